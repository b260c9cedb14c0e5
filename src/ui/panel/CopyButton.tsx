import { useTranslation } from 'react-i18next';
import { useClipboard } from '../format/useClipboard';
import { SECONDARY_BUTTON } from './styles';

/** Copies the ciphertext to the clipboard and says so for a moment. */
export function CopyButton({ text }: { text: string }) {
  const { t } = useTranslation();
  const { copied, copy } = useClipboard(text);
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
