import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SMALL_BUTTON } from './styles';

/** A copy-to-clipboard button named after what it copies; says "Copied" for a moment. */
export function CopyText({ text, label }: { text: string; label: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      // No clipboard (permission or insecure context): the text stays selectable.
    }
  };
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" onClick={() => void copy()} className={SMALL_BUTTON}>
        {label}
      </button>
      <span role="status" className="text-xs text-emerald-800">
        {copied && t('inspector.copied')}
      </span>
    </span>
  );
}
