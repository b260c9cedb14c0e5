import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fromBase64, isPublicKeyEncryption, toBase64, type HeldPublicKey } from '../../store';
import { useApp } from '../app/useApp';
import { StepHeading } from '../panel/StepHeading';
import { FIELD, HINT, LABEL, PRIMARY_BUTTON, STEP } from '../panel/styles';
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
      <div>
        <label htmlFor={`${id}-ciphertext`} className={LABEL}>
          {t('outside.decrypt.ciphertext')}
        </label>
        <textarea
          id={`${id}-ciphertext`}
          value={text}
          rows={3}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={notBase64 || undefined}
          aria-describedby={`${id}-hint`}
          className={`${FIELD} font-mono text-xs`}
        />
        <p id={`${id}-hint`} className={`mt-1 ${HINT}`}>
          {t('outside.decrypt.hint')}
        </p>
      </div>
      <div>
        <label htmlFor={`${id}-algorithm`} className={LABEL}>
          {t('outside.decrypt.algorithm')}
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
