import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fromBase64, isPublicKeyEncryption, toBase64, type HeldPublicKey } from '../../store';
import { useApp } from '../app/useApp';
import { StepHeading } from '../panel/StepHeading';
import { PRIMARY_BUTTON, STEP } from '../panel/styles';
import { AlgorithmSelect, TextField } from './fields';
import { OutsideFailure } from './OutsideFailure';
import { RoleTag } from './RoleTag';

/**
 * Step 4 (encryption keys): the owner decrypts through KMS what arrived. The field starts
 * with the ciphertext of step 3 (it remounts when a new one arrives) and takes any other.
 */
export function DecryptOwnerStep({ held }: { held: HeldPublicKey }) {
  const sent = useApp((s) => s.outsideCiphertext);
  const arrived = sent ? toBase64(sent.bytes) : '';
  return (
    <DecryptForm key={arrived} held={held} arrived={arrived} arrivedAlgorithm={sent?.algorithm} />
  );
}

function DecryptForm({
  held,
  arrived,
  arrivedAlgorithm,
}: {
  held: HeldPublicKey;
  arrived: string;
  arrivedAlgorithm: string | undefined;
}) {
  const { t } = useTranslation();
  const id = useId();
  const algorithms = held.encryptionAlgorithms.filter(isPublicKeyEncryption);
  const [text, setText] = useState(arrived);
  const [algorithm, setAlgorithm] = useState(
    algorithms.find((a) => a === arrivedAlgorithm) ?? algorithms.at(-1) ?? 'RSAES_OAEP_SHA_256',
  );
  const decrypt = useApp((s) => s.decryptAsOwner);
  const refuse = useApp((s) => s.refuseCiphertext);
  const notBase64 = useApp(
    (s) => s.outsideFailure?.kind === 'local' && s.outsideFailure.reason === 'notBase64',
  );
  const busy = useApp((s) => s.outsideBusy === 'Decrypt');
  const plaintext = useApp((s) => s.ownerPlaintext);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const bytes = fromBase64(text.replace(/\s+/g, ''));
    if (bytes && bytes.length > 0) void decrypt(bytes, algorithm);
    else refuse();
  };

  return (
    <form aria-labelledby={`${id}-title`} aria-busy={busy} onSubmit={submit} className={STEP}>
      <StepHeading id={`${id}-title`} step={4}>
        {t('outside.decrypt.title')}
      </StepHeading>
      <RoleTag role="owner" />
      <TextField
        label={t('outside.decrypt.ciphertext')}
        value={text}
        onChange={setText}
        rows={3}
        mono
        invalid={notBase64}
        hint={t('outside.decrypt.hint')}
      />
      <AlgorithmSelect
        label={t('outside.decrypt.algorithm')}
        algorithms={algorithms}
        value={algorithm}
        onChange={setAlgorithm}
      />
      <button type="submit" disabled={busy} className={PRIMARY_BUTTON}>
        {t('outside.decrypt.submit')}
      </button>
      <OutsideFailure step="Decrypt" />
      {plaintext !== undefined && (
        <div role="status" className="space-y-1">
          <p id={`${id}-result`} className="text-sm text-emerald-800">
            {t('outside.decrypt.result')}
          </p>
          <p
            aria-labelledby={`${id}-result`}
            className="rounded-md border border-emerald-300 bg-white p-2 text-sm break-words"
          >
            {plaintext}
          </p>
        </div>
      )}
    </form>
  );
}
