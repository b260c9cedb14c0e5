import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isRawSigningAlgorithm, toBase64, type HeldPublicKey } from '../../store';
import { useApp } from '../app/useApp';
import { StepHeading } from '../panel/StepHeading';
import { FIELD, LABEL, PRIMARY_BUTTON, STEP } from '../panel/styles';
import { CopyText } from '../side/CopyText';
import { OutsideFailure } from './OutsideFailure';
import { RoleTag } from './RoleTag';

/** Step 3 (signing keys): the owner signs a whole message (MessageType RAW) through KMS. */
export function SignOwnerStep({ held }: { held: HeldPublicKey }) {
  const { t } = useTranslation();
  const id = useId();
  const algorithms = held.signingAlgorithms.filter(isRawSigningAlgorithm);
  const [algorithm, setAlgorithm] = useState(algorithms[0] ?? 'ECDSA_SHA_256');
  const [message, setMessage] = useState<string>(() => t('outside.sign.defaultMessage'));
  const sign = useApp((s) => s.signAsOwner);
  const busy = useApp((s) => s.outsideBusy === 'Sign');
  const signed = useApp((s) => s.ownerSignature);
  const signature = signed ? toBase64(signed.signature) : '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) void sign(message, algorithm);
  };

  return (
    <form aria-labelledby={`${id}-title`} aria-busy={busy} onSubmit={submit} className={STEP}>
      <StepHeading id={`${id}-title`} step={3}>
        {t('outside.sign.title')}
      </StepHeading>
      <RoleTag role="owner" />
      <div>
        <label htmlFor={`${id}-message`} className={LABEL}>
          {t('outside.sign.message')}
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
          {t('outside.sign.algorithm')}
        </label>
        <select
          id={`${id}-algorithm`}
          value={algorithm}
          onChange={(e) => setAlgorithm(algorithms.find((a) => a === e.target.value) ?? algorithm)}
          className={`${FIELD} font-mono`}
        >
          {algorithms.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={busy} className={PRIMARY_BUTTON}>
        {t('outside.sign.submit')}
      </button>
      <OutsideFailure step="Sign" />
      {signed && (
        <div className="space-y-2">
          <p id={`${id}-signature`} role="status" className="text-sm text-emerald-800">
            {t('outside.sign.signature', { bytes: signed.signature.length })}
          </p>
          <textarea
            readOnly
            value={signature}
            rows={3}
            aria-labelledby={`${id}-signature`}
            className={`${FIELD} font-mono text-xs`}
          />
          <CopyText text={signature} label={t('outside.sign.copy')} />
        </div>
      )}
    </form>
  );
}
