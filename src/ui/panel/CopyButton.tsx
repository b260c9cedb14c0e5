import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SECONDARY_BUTTON } from './styles';

const COPIED_FOR_MS = 2000;

/** Copies a text to the clipboard and says so for a moment. */
export function CopyButton({ text }: { text: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), COPIED_FOR_MS);
    return () => clearTimeout(timer);
  }, [copied]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      // No clipboard here (permission or insecure context): the text stays selectable.
    }
  };

  return (
    <>
      <button type="button" onClick={() => void copy()} className={SECONDARY_BUTTON}>
        {t('panel.encrypt.copy')}
      </button>
      <span role="status" className="text-sm text-emerald-800">
        {copied && t('panel.encrypt.copied')}
      </span>
    </>
  );
}
