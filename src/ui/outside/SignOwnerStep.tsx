import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isRawSigningAlgorithm, toBase64, type HeldPublicKey } from '../../store';
import { useApp } from '../app/useApp';
import { StepHeading } from '../panel/StepHeading';
import { PRIMARY_BUTTON, STEP } from '../panel/styles';
import { AlgorithmSelect, ProducedValue, TextField } from './fields';
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
      <TextField label={t('outside.sign.message')} value={message} onChange={setMessage} />
      <AlgorithmSelect
        label={t('outside.sign.algorithm')}
        algorithms={algorithms}
        value={algorithm}
        onChange={setAlgorithm}
      />
      <button type="submit" disabled={busy} className={PRIMARY_BUTTON}>
        {t('outside.sign.submit')}
      </button>
      <OutsideFailure step="Sign" />
      {signed && (
        <ProducedValue
          caption={t('outside.sign.signature', { bytes: signed.signature.length })}
          value={toBase64(signed.signature)}
          copyLabel={t('outside.sign.copy')}
          rows={3}
        />
      )}
    </form>
  );
}
