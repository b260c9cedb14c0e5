import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../app/useApp';
import { LABEL } from './styles';

/** Decrypt's Plaintext, shown as text. */
export function DecryptedView() {
  const { t } = useTranslation();
  const id = useId();
  const decrypted = useApp((s) => s.decrypted);
  if (!decrypted) return null;
  return (
    <div>
      <label htmlFor={id} className={LABEL}>
        {t('panel.decrypt.plaintext')}
      </label>
      <output
        id={id}
        className="mt-1 block rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm whitespace-pre-wrap text-emerald-950"
      >
        {decrypted.plaintext}
      </output>
    </div>
  );
}
