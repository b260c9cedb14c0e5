import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyView } from '../../engine';
import { keyLabel } from '../../graph';
import { toBase64 } from '../../store';
import { ErrorBox } from '../format/ErrorBox';
import { ACTION_BUTTON, FIELD, LABEL } from '../side/styles';
import { InvalidNote } from './InvalidNote';
import { useKmsCall } from './useKmsCall';

/**
 * A quick Encrypt and Decrypt with a key of the store, to prove the cluster works: the
 * canvas lights the HSM that did each, and the narration names it.
 */
export function TryStoreKey({ keys }: { keys: readonly KeyView[] }) {
  const { t } = useTranslation();
  const ids = { key: useId(), message: useId() };
  const [chosen, setChosen] = useState<string>();
  const keyId = chosen && keys.some((k) => k.keyId === chosen) ? chosen : keys.at(-1)!.keyId;
  const [message, setMessage] = useState('');
  const [missing, setMissing] = useState(false);
  const [blob, setBlob] = useState<Uint8Array>();
  const [plaintext, setPlaintext] = useState<string>();
  const { run, error, busy } = useKmsCall();

  async function encrypt() {
    setMissing(message.length === 0);
    if (message.length === 0) return;
    setPlaintext(undefined);
    const out = await run('Encrypt', {
      KeyId: keyId,
      Plaintext: new TextEncoder().encode(message),
    });
    setBlob(out?.CiphertextBlob);
  }

  async function decrypt() {
    if (!blob) return;
    const out = await run('Decrypt', { CiphertextBlob: blob });
    setPlaintext(out?.Plaintext ? new TextDecoder().decode(out.Plaintext) : undefined);
  }

  return (
    <div className="space-y-2 rounded-md border border-slate-300 bg-white p-3">
      <p className="text-sm font-semibold text-slate-900">{t('cloudHsm.store.tryIt')}</p>
      <div>
        <label htmlFor={ids.key} className={LABEL}>
          {t('cloudHsm.store.key')}
        </label>
        <select
          id={ids.key}
          value={keyId}
          onChange={(e) => setChosen(e.target.value)}
          className={`${FIELD} font-mono`}
        >
          {keys.map((k) => (
            <option key={k.keyId} value={k.keyId}>
              {keyLabel(k)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={ids.message} className={LABEL}>
          {t('cloudHsm.store.message')}
        </label>
        <input
          id={ids.message}
          value={message}
          onChange={(e) => setMessage(e.target.value)}
          aria-invalid={missing || undefined}
          className={FIELD}
        />
      </div>
      <InvalidNote invalid={missing ? 'message' : undefined} />
      <div className="flex gap-2">
        <button
          type="button"
          className={ACTION_BUTTON}
          disabled={busy}
          onClick={() => void encrypt()}
        >
          {t('cloudHsm.store.encrypt')}
        </button>
        <button
          type="button"
          className={ACTION_BUTTON}
          disabled={busy || !blob}
          onClick={() => void decrypt()}
        >
          {t('cloudHsm.store.decrypt')}
        </button>
      </div>
      {blob && (
        <p className="text-xs break-all text-slate-700">
          <span className="font-medium">{t('cloudHsm.store.ciphertext')}: </span>
          <span className="font-mono">{toBase64(blob)}</span>
        </p>
      )}
      {plaintext !== undefined && (
        <p role="status" className="text-sm font-medium text-emerald-800">
          {t('cloudHsm.store.plaintext', { text: plaintext })}
        </p>
      )}
      {error && <ErrorBox error={error} />}
    </div>
  );
}
