import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { toBase64 } from '../../store';
import { useApp } from '../app/useApp';
import { CopyButton } from './CopyButton';
import { FIELD, HINT, LABEL } from './styles';

/** Encrypt's CiphertextBlob as base64, read-only and copyable. */
export function CiphertextView() {
  const { t } = useTranslation();
  const id = useId();
  const encrypted = useApp((s) => s.encrypted);
  const base64 = useMemo(() => encrypted && toBase64(encrypted.ciphertext), [encrypted]);
  if (!encrypted || !base64) return null;
  return (
    <div>
      <label htmlFor={id} className={LABEL}>
        {t('panel.encrypt.ciphertext')}
      </label>
      <textarea
        id={id}
        readOnly
        value={base64}
        rows={5}
        aria-describedby={`${id}-size`}
        className={`${FIELD} resize-y font-mono text-xs break-all`}
      />
      <div className="mt-2 flex items-center gap-3">
        <CopyButton text={base64} />
        <span id={`${id}-size`} className={HINT}>
          {t('panel.encrypt.size', { bytes: encrypted.ciphertext.length })}
        </span>
      </div>
    </div>
  );
}
