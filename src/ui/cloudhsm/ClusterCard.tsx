import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CloudHsmClusterView } from '../../engine';
import type { CloudHsmFailure, CloudHsmOutcome } from '../../store';
import { useApp } from '../app/useApp';
import { CopyText } from '../side/CopyText';
import { ACTION_BUTTON, CARD, FIELD, HINT, LABEL, SMALL_BUTTON } from '../side/styles';
import { Checklist } from './Checklist';
import { CloudHsmFailureBox } from './CloudHsmFailureBox';
import { InvalidNote } from './InvalidNote';
import { invalidPassword, type Invalid } from './validate';

/**
 * One CloudHSM cluster: its zones with their HSMs (add one in a zone, delete one), then
 * initialize (its trust anchor shown, copyable) and activate (kmsuser's password), and the
 * checklist of what a key store still needs from it.
 */
export function ClusterCard({
  cluster,
  password,
  onPassword,
}: {
  cluster: CloudHsmClusterView;
  /** kmsuser's password as typed here, offered again to the key store form. */
  password: string;
  onPassword: (password: string) => void;
}) {
  const { t } = useTranslation();
  const passwordId = useId();
  const createHsm = useApp((s) => s.createCloudHsmHsm);
  const deleteHsm = useApp((s) => s.deleteCloudHsmHsm);
  const initialize = useApp((s) => s.initializeCloudHsmCluster);
  const activate = useApp((s) => s.activateCloudHsmCluster);
  const [failure, setFailure] = useState<{ action: string; failure: CloudHsmFailure }>();
  const [invalid, setInvalid] = useState<Invalid>();
  const [busy, setBusy] = useState(false);

  async function act<T>(action: string, run: () => Promise<CloudHsmOutcome<T>>) {
    setBusy(true);
    setFailure(undefined);
    const outcome = await run();
    setBusy(false);
    if (!outcome.ok) setFailure({ action, failure: outcome.failure });
  }

  function onActivate() {
    const bad = invalidPassword(password);
    setInvalid(bad);
    if (!bad) void act('Activate', () => activate(cluster.clusterId, password));
  }

  return (
    <article
      aria-label={t('cloudHsm.cluster.label', { cluster: cluster.clusterId })}
      className={CARD}
    >
      <div>
        <h4 className="font-mono text-sm font-semibold text-slate-900">
          {t('cloudHsm.cluster.label', { cluster: cluster.clusterId })}
        </h4>
        <p className="text-sm text-slate-700">
          {t('cloudHsm.cluster.state', { state: cluster.state })}
        </p>
      </div>
      <ul className="grid gap-2 sm:grid-cols-3">
        {cluster.zones.map((zone) => (
          <li
            key={zone.availabilityZone}
            className="rounded-md border border-slate-300 bg-white p-2"
          >
            <p className="font-mono text-xs text-slate-700">
              {t('cloudHsm.cluster.zone', { zone: zone.availabilityZone })}
            </p>
            {zone.hsms.length === 0 ? (
              <p className="text-sm text-slate-600">{t('cloudHsm.cluster.noHsm')}</p>
            ) : (
              <ul>
                {zone.hsms.map((hsm) => (
                  <li key={hsm.hsmId} className="flex flex-wrap items-center gap-1">
                    <span className="font-mono text-xs text-slate-900">{hsm.hsmId}</span>
                    <button
                      type="button"
                      className={SMALL_BUTTON}
                      disabled={busy}
                      onClick={() =>
                        void act('DeleteHsm', () => deleteHsm(cluster.clusterId, hsm.hsmId))
                      }
                    >
                      {t('cloudHsm.cluster.removeHsm', { hsm: hsm.hsmId })}
                    </button>
                  </li>
                ))}
              </ul>
            )}
            <button
              type="button"
              className={`${SMALL_BUTTON} mt-1`}
              disabled={busy}
              onClick={() =>
                void act('CreateHsm', () => createHsm(cluster.clusterId, zone.availabilityZone))
              }
            >
              {t('cloudHsm.cluster.addHsm', { zone: zone.availabilityZone })}
            </button>
          </li>
        ))}
      </ul>
      {cluster.state === 'UNINITIALIZED' && (
        <div>
          <button
            type="button"
            className={ACTION_BUTTON}
            disabled={busy}
            onClick={() => void act('InitializeCluster', () => initialize(cluster.clusterId))}
          >
            {t('cloudHsm.cluster.initialize')}
          </button>
          <p className={HINT}>{t('cloudHsm.cluster.initializeHint')}</p>
        </div>
      )}
      {cluster.trustAnchor && (
        <details>
          <summary className="cursor-pointer text-sm font-medium text-slate-800">
            {t('cloudHsm.cluster.trustAnchor')}
          </summary>
          <pre className="mt-1 rounded bg-white p-2 font-mono text-[10px] break-all whitespace-pre-wrap text-slate-800">
            {cluster.trustAnchor}
          </pre>
          <CopyText text={cluster.trustAnchor} label={t('cloudHsm.cluster.copyTrustAnchor')} />
        </details>
      )}
      {cluster.state === 'INITIALIZED' && (
        <form
          className="space-y-2"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            onActivate();
          }}
        >
          <p className={HINT}>{t('cloudHsm.cluster.activateHint')}</p>
          <div>
            <label htmlFor={passwordId} className={LABEL}>
              {t('cloudHsm.cluster.password')}
            </label>
            <input
              id={passwordId}
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(e) => onPassword(e.target.value)}
              aria-invalid={invalid ? true : undefined}
              aria-describedby={`${passwordId}-hint`}
              className={FIELD}
            />
            <p id={`${passwordId}-hint`} className={HINT}>
              {t('cloudHsm.cluster.passwordHint')}
            </p>
          </div>
          <InvalidNote invalid={invalid} />
          <button type="submit" className={ACTION_BUTTON} disabled={busy}>
            {t('cloudHsm.cluster.activate')}
          </button>
        </form>
      )}
      {cluster.state === 'ACTIVE' && (
        <p className="text-sm text-emerald-800">{t('cloudHsm.cluster.kmsuserReady')}</p>
      )}
      <CloudHsmFailureBox action={failure?.action ?? ''} failure={failure?.failure} />
      <Checklist cluster={cluster} />
    </article>
  );
}
