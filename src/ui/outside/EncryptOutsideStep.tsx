import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { encryptLimit, isPublicKeyEncryption, toBase64, type HeldPublicKey } from '../../store';
import { useApp } from '../app/useApp';
import { StepHeading } from '../panel/StepHeading';
import { PRIMARY_BUTTON, STEP } from '../panel/styles';
import { AlgorithmSelect, ProducedValue, TextField } from './fields';
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
      <TextField label={t('outside.encrypt.message')} value={message} onChange={setMessage} />
      <AlgorithmSelect
        label={t('outside.encrypt.algorithm')}
        algorithms={algorithms}
        value={algorithm}
        onChange={setAlgorithm}
        hint={t('outside.encrypt.limit', { max: encryptLimit(held.keySpec, algorithm) })}
      />
      <button type="submit" disabled={busy} className={PRIMARY_BUTTON}>
        {t('outside.encrypt.submit')}
      </button>
      <OutsideFailure step="encrypt" />
      {sent && (
        <ProducedValue
          caption={t('outside.encrypt.done', { bytes: sent.bytes.length })}
          value={toBase64(sent.bytes)}
          copyLabel={t('outside.encrypt.copy')}
          rows={4}
        />
      )}
    </form>
  );
}
