import { useTranslation } from 'react-i18next';
import { useClipboard } from '../format/useClipboard';
import { SMALL_BUTTON } from './styles';

/** A copy-to-clipboard button named after what it copies; says "Copied" for a moment. */
export function CopyText({ text, label }: { text: string; label: string }) {
  const { t } = useTranslation();
  const { copied, copy } = useClipboard(text);
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" onClick={() => void copy()} className={SMALL_BUTTON}>
        {label}
      </button>
      <span role="status" className="text-xs text-emerald-800">
        {copied && t('side.copied')}
      </span>
    </span>
  );
}
