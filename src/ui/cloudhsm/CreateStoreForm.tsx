import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CloudHsmClusterView } from '../../engine';
import { ErrorBox } from '../format/ErrorBox';
import { ACTION_BUTTON, CARD, FIELD, LABEL } from '../side/styles';
import { Checklist } from './Checklist';
import { InvalidNote } from './InvalidNote';
import { useKmsCall } from './useKmsCall';
import { invalidStoreForm, type Invalid } from './validate';

/**
 * CreateCustomKeyStore: a name, the cluster, its trust anchor (prefilled from the cluster,
 * as an administrator would paste it) and kmsuser's password. Bad input is refused here;
 * what KMS refuses (a cluster not ready) shows with the checklist saying why.
 */
export function CreateStoreForm({
  clusters,
  password: typedPassword,
}: {
  clusters: readonly CloudHsmClusterView[];
  password: string;
}) {
  const { t } = useTranslation();
  const ids = { name: useId(), cluster: useId(), anchor: useId(), password: useId() };
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<string>();
  const clusterId = chosen ?? clusters[0]?.clusterId ?? '';
  const cluster = clusters.find((c) => c.clusterId === clusterId);
  const [anchor, setAnchor] = useState<string>();
  const trustAnchor = anchor ?? cluster?.trustAnchor ?? '';
  const [password, setPassword] = useState<string>();
  const kmsuserPassword = password ?? typedPassword;
  const [invalid, setInvalid] = useState<Invalid>();
  const { run, error, busy } = useKmsCall();

  async function submit() {
    const form = { name, clusterId, trustAnchor, password: kmsuserPassword };
    const bad = invalidStoreForm(form);
    setInvalid(bad);
    if (bad) return;
    const out = await run('CreateCustomKeyStore', {
      CustomKeyStoreName: name,
      CloudHsmClusterId: clusterId,
      TrustAnchorCertificate: trustAnchor,
      KeyStorePassword: kmsuserPassword,
    });
    if (out) setName('');
  }

  if (clusters.length === 0)
    return <p className="text-sm text-slate-700">{t('cloudHsm.store.noCluster')}</p>;
  return (
    <form
      aria-label={t('cloudHsm.store.create')}
      className={CARD}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div>
        <label htmlFor={ids.name} className={LABEL}>
          {t('cloudHsm.store.name')}
        </label>
        <input
          id={ids.name}
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={invalid === 'name' || undefined}
          className={FIELD}
        />
      </div>
      <div>
        <label htmlFor={ids.cluster} className={LABEL}>
          {t('cloudHsm.store.clusterChoice')}
        </label>
        <select
          id={ids.cluster}
          value={clusterId}
          onChange={(e) => {
            setChosen(e.target.value);
            setAnchor(undefined);
          }}
          className={`${FIELD} font-mono`}
        >
          {clusters.map((c) => (
            <option key={c.clusterId} value={c.clusterId}>
              {c.clusterId} ({c.state})
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={ids.anchor} className={LABEL}>
          {t('cloudHsm.store.trustAnchor')}
        </label>
        <textarea
          id={ids.anchor}
          rows={3}
          value={trustAnchor}
          onChange={(e) => setAnchor(e.target.value)}
          aria-invalid={invalid === 'trustAnchor' || undefined}
          className={`${FIELD} font-mono text-[10px]`}
        />
      </div>
      <div>
        <label htmlFor={ids.password} className={LABEL}>
          {t('cloudHsm.store.password')}
        </label>
        <input
          id={ids.password}
          type="password"
          autoComplete="off"
          value={kmsuserPassword}
          onChange={(e) => setPassword(e.target.value)}
          aria-invalid={invalid === 'password' || undefined}
          className={FIELD}
        />
      </div>
      <InvalidNote invalid={invalid} />
      <button type="submit" className={ACTION_BUTTON} disabled={busy}>
        {t('cloudHsm.store.create')}
      </button>
      {error && (
        <>
          <ErrorBox error={error} />
          <Checklist cluster={cluster} />
        </>
      )}
    </form>
  );
}
