import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CloudHsmClusterView, CustomKeyStoreView, KeyView } from '../../engine';
import { keyLabel } from '../../graph';
import { ErrorBox } from '../format/ErrorBox';
import { KeyStateBadge } from '../canvas/KeyStateBadge';
import { ACTION_BUTTON, CARD, DANGER_BUTTON, FIELD, LABEL } from '../side/styles';
import { Checklist } from './Checklist';
import { InvalidNote } from './InvalidNote';
import { TryStoreKey } from './TryStoreKey';
import { useKmsCall } from './useKmsCall';
import { invalidName, invalidPassword, type Invalid } from './validate';

const KNOWN_ERRORS = [
  'CLUSTER_NOT_FOUND',
  'INSUFFICIENT_CLOUDHSM_HSMS',
  'USER_NOT_FOUND',
  'INVALID_CREDENTIALS',
] as const;
type KnownError = (typeof KNOWN_ERRORS)[number];
/** A ConnectionErrorCode with its own explanation, or `other`. */
const errorText = (code: string): KnownError | 'other' =>
  (KNOWN_ERRORS as readonly string[]).includes(code) ? (code as KnownError) : 'other';

/**
 * One custom key store: its connection state (and, when it failed, its ConnectionErrorCode
 * explained), Connect/Disconnect, CreateKey in it, a quick Encrypt/Decrypt with its keys,
 * UpdateCustomKeyStore and DeleteCustomKeyStore. While it is not connected, the checklist
 * of its cluster says what is missing.
 */
export function StoreCard({
  store,
  cluster,
  keys,
}: {
  store: CustomKeyStoreView;
  cluster: CloudHsmClusterView | undefined;
  keys: readonly KeyView[];
}) {
  const { t } = useTranslation();
  const { run, error, busy } = useKmsCall();
  const ids = { name: useId(), password: useId() };
  const [newName, setNewName] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [invalid, setInvalid] = useState<Invalid>();
  const [created, setCreated] = useState<string>();
  const id = { CustomKeyStoreId: store.id };
  const connected = store.connectionState === 'CONNECTED';
  const label = t('cloudHsm.store.label', { name: store.name, id: store.id });

  function update() {
    const bad =
      (newName ? invalidName(newName) : undefined) ??
      (newPassword ? invalidPassword(newPassword) : undefined) ??
      (!newName && !newPassword ? 'name' : undefined);
    setInvalid(bad);
    if (bad) return;
    void run('UpdateCustomKeyStore', {
      ...id,
      ...(newName ? { NewCustomKeyStoreName: newName } : {}),
      ...(newPassword ? { KeyStorePassword: newPassword } : {}),
    }).then((out) => {
      if (out) {
        setNewName('');
        setNewPassword('');
      }
    });
  }

  return (
    <article aria-label={label} className={CARD}>
      <div>
        <h4 className="text-sm font-semibold text-slate-900">{label}</h4>
        <p className="font-mono text-xs text-slate-700">{store.clusterId}</p>
        <p className="text-sm text-slate-800">
          {t('cloudHsm.store.connection', { state: t(`cloudHsm.states.${store.connectionState}`) })}
        </p>
        {store.connectionErrorCode && (
          <p className="text-sm text-red-800">
            {t('cloudHsm.store.errorCode', { code: store.connectionErrorCode })} —{' '}
            {t(`cloudHsm.connectionErrors.${errorText(store.connectionErrorCode)}`)}
          </p>
        )}
      </div>
      <div className="flex flex-wrap gap-2">
        {connected ? (
          <button
            type="button"
            className={ACTION_BUTTON}
            disabled={busy}
            onClick={() => void run('DisconnectCustomKeyStore', id)}
          >
            {t('cloudHsm.store.disconnect')}
          </button>
        ) : (
          <button
            type="button"
            className={ACTION_BUTTON}
            disabled={busy}
            onClick={() => void run('ConnectCustomKeyStore', id)}
          >
            {t('cloudHsm.store.connect')}
          </button>
        )}
        <button
          type="button"
          className={ACTION_BUTTON}
          disabled={busy}
          onClick={() =>
            void run('CreateKey', { Origin: 'AWS_CLOUDHSM', CustomKeyStoreId: store.id }).then(
              (out) => setCreated(out?.KeyMetadata?.KeyId),
            )
          }
        >
          {t('cloudHsm.store.createKey')}
        </button>
      </div>
      {created && (
        <p role="status" className="font-mono text-xs text-emerald-800">
          {t('cloudHsm.store.keyCreated', { key: created })}
        </p>
      )}
      {error && <ErrorBox error={error} />}
      {!connected && <Checklist cluster={cluster} />}
      <div>
        <p className="text-sm font-medium text-slate-800">
          {t('cloudHsm.store.keys', { count: keys.length })}
        </p>
        {keys.length === 0 ? (
          <p className="text-sm text-slate-600">{t('cloudHsm.store.noKeys')}</p>
        ) : (
          <ul className="text-sm">
            {keys.map((k) => (
              <li key={k.keyId} className="flex flex-wrap items-center gap-2">
                <span className="font-mono text-xs">{keyLabel(k)}</span>
                <KeyStateBadge state={k.state} />
              </li>
            ))}
          </ul>
        )}
      </div>
      {keys.length > 0 && <TryStoreKey keys={keys} />}
      <details>
        <summary className="cursor-pointer text-sm font-medium text-slate-800">
          {t('cloudHsm.store.update')}
        </summary>
        <form
          className="mt-2 space-y-2"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            update();
          }}
        >
          <div>
            <label htmlFor={ids.name} className={LABEL}>
              {t('cloudHsm.store.newName')}
            </label>
            <input
              id={ids.name}
              value={newName}
              onChange={(e) => setNewName(e.target.value)}
              className={FIELD}
            />
          </div>
          <div>
            <label htmlFor={ids.password} className={LABEL}>
              {t('cloudHsm.store.newPassword')}
            </label>
            <input
              id={ids.password}
              type="password"
              autoComplete="off"
              value={newPassword}
              onChange={(e) => setNewPassword(e.target.value)}
              className={FIELD}
            />
          </div>
          <InvalidNote invalid={invalid} />
          <button type="submit" className={ACTION_BUTTON} disabled={busy}>
            {t('cloudHsm.store.update')}
          </button>
        </form>
      </details>
      <button
        type="button"
        className={DANGER_BUTTON}
        disabled={busy}
        onClick={() => void run('DeleteCustomKeyStore', id)}
      >
        {t('cloudHsm.store.delete')}
      </button>
    </article>
  );
}
