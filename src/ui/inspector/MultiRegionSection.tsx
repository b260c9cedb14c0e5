import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyView } from '../../engine';
import { useApp } from '../app/useApp';
import { ErrorBox } from '../format/ErrorBox';
import { regionLabel } from '../format/regionName';
import { FIELD, LABEL } from '../side/styles';
import { ActionButton } from './ActionButton';
import { unavailable } from './availability';
import { Field } from './Field';
import { useAction } from './useAction';

/**
 * A multi-Region key's family: which Region holds the primary and which the replicas (the
 * keys with the same id), with the two things to do with it — replicate the primary into
 * another Region, and promote this replica to primary (UpdatePrimaryRegion, called in the
 * primary's Region).
 */
export function MultiRegionSection({ keyView }: { keyView: KeyView }) {
  const { t } = useTranslation();
  const id = useId();
  const regions = useApp((s) => s.view.regions);
  const family = regions.flatMap((r) => r.keys.filter((k) => k.keyId === keyView.keyId));
  const primary = family.find((k) => k.multiRegionRole === 'PRIMARY');
  const replicas = family.filter((k) => k.multiRegionRole === 'REPLICA');
  const free = regions.map((r) => r.code).filter((code) => !family.some((k) => k.region === code));
  const [target, setTarget] = useState<string>(free[0] ?? '');
  const chosen = free.includes(target) ? target : (free[0] ?? '');
  // Both actions are calls to the primary's Region.
  const { run, error, busy } = useAction(primary?.region ?? keyView.region);
  const isPrimary = keyView.multiRegionRole === 'PRIMARY';

  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3">
      <h4 id={`${id}-title`} className="text-sm font-semibold text-slate-900">
        {t('inspector.multiRegionKey.title')}
      </h4>
      <p className="text-xs text-slate-700">{t('inspector.multiRegionKey.intro')}</p>
      <dl className="grid gap-3">
        <Field term={t('inspector.multiRegionKey.role')}>
          {t(`inspector.multiRegionKey.roles.${isPrimary ? 'primary' : 'replica'}`)}
        </Field>
        <Field term={t('inspector.multiRegionKey.primary')}>
          {primary ? regionLabel(t, primary.region) : t('inspector.none')}
        </Field>
        <Field term={t('inspector.multiRegionKey.replicas')}>
          {replicas.length
            ? replicas.map((r) => regionLabel(t, r.region)).join(', ')
            : t('inspector.none')}
        </Field>
      </dl>
      {isPrimary && free.length > 0 && (
        <div className="space-y-2">
          <label htmlFor={`${id}-region`} className={LABEL}>
            {t('inspector.multiRegionKey.replicaRegion')}
          </label>
          <select
            id={`${id}-region`}
            className={FIELD}
            value={chosen}
            onChange={(e) => setTarget(e.target.value)}
          >
            {free.map((code) => (
              <option key={code} value={code}>
                {regionLabel(t, code)}
              </option>
            ))}
          </select>
          <ActionButton
            unavailable={unavailable('ReplicateKey', keyView)}
            busy={busy}
            onClick={() =>
              void run('ReplicateKey', { KeyId: keyView.keyId, ReplicaRegion: chosen })
            }
          >
            {t('inspector.multiRegionKey.replicate', { region: chosen })}
          </ActionButton>
        </div>
      )}
      {!isPrimary && primary && (
        <ActionButton
          unavailable={unavailable('UpdatePrimaryRegion', primary)}
          busy={busy}
          onClick={() =>
            void run('UpdatePrimaryRegion', { KeyId: keyView.keyId, PrimaryRegion: keyView.region })
          }
        >
          {t('inspector.multiRegionKey.promote')}
        </ActionButton>
      )}
      {error && <ErrorBox error={error} />}
    </section>
  );
}
