import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CloudHsmClusterView, CustomKeyStoreView, KeyView } from '../../engine';
import type { CloudHsmFailure } from '../../store';
import { useApp } from '../app/useApp';
import { RegionPicker } from '../panel/RegionPicker';
import { ACTION_BUTTON, HINT } from '../side/styles';
import { Checklist } from './Checklist';
import { ClusterCard } from './ClusterCard';
import { CloudHsmFailureBox } from './CloudHsmFailureBox';
import { CreateStoreForm } from './CreateStoreForm';
import { StoreCard } from './StoreCard';

const NO_CLUSTERS: readonly CloudHsmClusterView[] = [];
const NO_STORES: readonly CustomKeyStoreView[] = [];
const NO_KEYS: readonly KeyView[] = [];

/** The Region's Availability Zones as a new cluster gets them (CloudHSM's default: all of them). */
const ZONES: Record<string, readonly string[]> = { 'ap-northeast-1': ['a', 'c', 'd'] };
const zonesOf = (region: string) => (ZONES[region] ?? ['a', 'b', 'c']).map((z) => `${region}${z}`);

/**
 * "CloudHSM": the CloudHSM side (a cluster in the selected Region, its HSMs per zone,
 * initialized and activated) and then KMS's side (a custom key store in front of it,
 * connected, a key created in it and used). Every KMS call plays on the canvas; CloudHSM's
 * own actions are not KMS calls, and the canvas simply redraws the cluster.
 */
export default function CloudHsmPanel() {
  const { t } = useTranslation();
  const region = useApp((s) => s.selectedRegion);
  const regionView = useApp((s) => s.view.regions.find((r) => r.code === region));
  const clusters = regionView?.cloudHsmClusters ?? NO_CLUSTERS;
  const stores = regionView?.customKeyStores ?? NO_STORES;
  const keys = regionView?.keys ?? NO_KEYS;
  const createCluster = useApp((s) => s.createCloudHsmCluster);
  const [failure, setFailure] = useState<CloudHsmFailure>();
  const [busy, setBusy] = useState(false);
  const [password, setPassword] = useState('');

  async function onCreateCluster() {
    setBusy(true);
    const outcome = await createCluster(region);
    setBusy(false);
    setFailure(outcome.ok ? undefined : outcome.failure);
  }

  return (
    <section aria-labelledby="cloudhsm-title" className="space-y-4">
      <div className="space-y-1">
        <h2 id="cloudhsm-title" className="text-xl font-semibold tracking-tight">
          {t('cloudHsm.title')}
        </h2>
        <p className="text-sm text-slate-700">{t('cloudHsm.intro')}</p>
      </div>
      <RegionPicker />
      <section aria-labelledby="cloudhsm-clusters" className="space-y-3">
        <h3 id="cloudhsm-clusters" className="text-base font-semibold text-slate-900">
          {t('cloudHsm.cluster.heading')}
        </h3>
        <p className={HINT}>{t('cloudHsm.cluster.notKms')}</p>
        {clusters.length === 0 && (
          <>
            <p className="text-sm text-slate-700">{t('cloudHsm.cluster.none')}</p>
            <Checklist cluster={undefined} />
          </>
        )}
        {clusters.map((cluster) => (
          <ClusterCard
            key={cluster.clusterId}
            cluster={cluster}
            password={password}
            onPassword={setPassword}
          />
        ))}
        <div>
          <button
            type="button"
            className={ACTION_BUTTON}
            disabled={busy}
            onClick={() => void onCreateCluster()}
          >
            {t('cloudHsm.cluster.create')}
          </button>
          <p className={HINT}>
            {t('cloudHsm.cluster.zonesHint', { zones: zonesOf(region).join(', ') })}
          </p>
        </div>
        <CloudHsmFailureBox action="CreateCluster" failure={failure} />
      </section>
      <section aria-labelledby="cloudhsm-stores" className="space-y-3">
        <h3 id="cloudhsm-stores" className="text-base font-semibold text-slate-900">
          {t('cloudHsm.store.heading')}
        </h3>
        {stores.length === 0 && (
          <p className="text-sm text-slate-700">{t('cloudHsm.store.none')}</p>
        )}
        {stores.map((store) => (
          <StoreCard
            key={store.id}
            store={store}
            cluster={clusters.find((c) => c.clusterId === store.clusterId)}
            keys={keys.filter((k) => k.customKeyStoreId === store.id)}
          />
        ))}
        <CreateStoreForm clusters={clusters} password={password} />
      </section>
    </section>
  );
}
