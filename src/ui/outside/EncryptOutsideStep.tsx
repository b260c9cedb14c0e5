import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { encryptLimit, isPublicKeyEncryption, toBase64, type HeldPublicKey } from '../../store';
import { useApp } from '../app/useApp';
import { StepHeading } from '../panel/StepHeading';
import { FIELD, HINT, LABEL, PRIMARY_BUTTON, STEP } from '../panel/styles';
import { CopyText } from '../side/CopyText';
import { OutsideFailure } from './OutsideFailure';
import { RoleTag } from './RoleTag';

/** Step 3 (encryption keys): someone outside AWS encrypts with the public key alone. */
export function EncryptOutsideStep({ held }: { held: HeldPublicKey }) {
  const { t } = useTranslation();
  const id = useId();
  const algorithms = held.encryptionAlgorithms.filter(isPublicKeyEncryption);
  const [algorithm, setAlgorithm] = useState(algorithms.at(-1) ?? 'RSAES_OAEP_SHA_256');
  const [message, setMessage] = useState<string>(() => t('outside.encrypt.defaultMessage'));
  const encrypt = useApp((s) => s.encryptOutside);
  const busy = useApp((s) => s.outsideBusy === 'encrypt');
  const sent = useApp((s) => s.outsideCiphertext);
  const ciphertext = sent ? toBase64(sent.bytes) : '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) void encrypt(message, algorithm);
  };

  return (
    <form aria-labelledby={`${id}-title`} aria-busy={busy} onSubmit={submit} className={STEP}>
      <StepHeading id={`${id}-title`} step={3}>
        {t('outside.encrypt.title')}
      </StepHeading>
      <RoleTag role="outside" />
      <div>
        <label htmlFor={`${id}-message`} className={LABEL}>
          {t('outside.encrypt.message')}
        </label>
        <textarea
          id={`${id}-message`}
          value={message}
          rows={2}
          onChange={(e) => setMessage(e.target.value)}
          className={FIELD}
        />
      </div>
      <div>
        <label htmlFor={`${id}-algorithm`} className={LABEL}>
          {t('outside.encrypt.algorithm')}
        </label>
        <select
          id={`${id}-algorithm`}
          value={algorithm}
          onChange={(e) => setAlgorithm(algorithms.find((a) => a === e.target.value) ?? algorithm)}
          aria-describedby={`${id}-limit`}
          className={`${FIELD} font-mono`}
        >
          {algorithms.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
        <p id={`${id}-limit`} className={`mt-1 ${HINT}`}>
          {t('outside.encrypt.limit', { max: encryptLimit(held.keySpec, algorithm) })}
        </p>
      </div>
      <button type="submit" disabled={busy} className={PRIMARY_BUTTON}>
        {t('outside.encrypt.submit')}
      </button>
      <OutsideFailure step="encrypt" />
      {sent && (
        <div className="space-y-2">
          <p id={`${id}-ciphertext`} role="status" className="text-sm text-emerald-800">
            {t('outside.encrypt.done', { bytes: sent.bytes.length })}
          </p>
          <textarea
            readOnly
            value={ciphertext}
            rows={4}
            aria-labelledby={`${id}-ciphertext`}
            className={`${FIELD} font-mono text-xs`}
          />
          <CopyText text={ciphertext} label={t('outside.encrypt.copy')} />
        </div>
      )}
    </form>
  );
}
