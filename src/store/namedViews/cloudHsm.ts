/**
 * CloudHSM custom key store, the course's diagram: a CloudHSM cluster with an HSM in each of
 * two Availability Zones, the KMS custom key store in front of it, connected, a key created
 * in it (Origin AWS_CLOUDHSM) and a message encrypted and decrypted — each time by an HSM of
 * the cluster, which the canvas lights and the narration names. KMS is still the API.
 *
 * The cluster is made ready through the simulated CloudHSM service (not KMS calls: nothing
 * plays for them, the canvas redraws the cluster). Later runs reuse the store, its cluster
 * and its key, adding back an HSM or connecting again when the learner took them away.
 */
import type { CustomKeyStoreView, RegionCode, WorldView } from '../../engine';
import {
  clusterNodeId,
  keyNodeId,
  keyStoreNodeId,
  kmsEndpointNodeId,
  regionNodeId,
} from '../../graph';
import {
  aliasTarget,
  expectSame,
  utf8,
  ViewStopped,
  type NamedView,
  type ViewContext,
} from './namedView';

const REGION: RegionCode = 'us-east-1';
const ZONES = ['us-east-1a', 'us-east-1b'] as const;
const STORE = 'kmslab-cloudhsm';
const ALIAS = 'alias/kmslab-cloudhsm';
/** kmsuser's password: the view's own cluster, so the view knows it. */
const PASSWORD = 'kmslab-kmsuser';
const MESSAGE = 'Nómina de marzo: el material nunca sale de mi clúster';

const regionOf = (world: WorldView) => world.regions.find((r) => r.code === REGION);
const storeOf = (world: WorldView): CustomKeyStoreView | undefined =>
  regionOf(world)?.customKeyStores?.find((s) => s.name === STORE);

/** A new cluster, made ready for KMS: an HSM, initialized, activated, an HSM in another zone. */
async function readyCluster(ctx: ViewContext): Promise<{ clusterId: string; trustAnchor: string }> {
  const { clusterId } = await ctx.cloudHsm('CreateCluster', (s) => s.createCloudHsmCluster(REGION));
  await ctx.cloudHsm('CreateHsm', (s) => s.createCloudHsmHsm(clusterId, ZONES[0]));
  const { trustAnchor = '' } = await ctx.cloudHsm('InitializeCluster', (s) =>
    s.initializeCloudHsmCluster(clusterId),
  );
  await ctx.cloudHsm('Activate', (s) => s.activateCloudHsmCluster(clusterId, PASSWORD));
  await ctx.cloudHsm('CreateHsm', (s) => s.createCloudHsmHsm(clusterId, ZONES[1]));
  return { clusterId, trustAnchor };
}

/** The store's cluster with an active HSM in each of the two zones again. */
async function twoZones(ctx: ViewContext, clusterId: string): Promise<void> {
  const cluster = regionOf(ctx.world())?.cloudHsmClusters?.find((c) => c.clusterId === clusterId);
  if (!cluster) throw new ViewStopped('ConnectCustomKeyStore', 'CLUSTER_NOT_FOUND', clusterId);
  for (const zone of ZONES) {
    const here = cluster.zones.find((z) => z.availabilityZone === zone);
    if (here && !here.hsms.some((h) => h.state === 'ACTIVE'))
      await ctx.cloudHsm('CreateHsm', (s) => s.createCloudHsmHsm(clusterId, zone));
  }
}

export const cloudHsmView = {
  id: 'cloudHsm' as const,
  region: REGION,
  focus: (world: WorldView) => {
    const store = storeOf(world);
    if (!store) return [regionNodeId(REGION)];
    const keyId = aliasTarget(world, REGION, ALIAS);
    return [
      kmsEndpointNodeId(REGION),
      ...(keyId ? [keyNodeId(REGION, keyId)] : []),
      keyStoreNodeId(REGION, store.id),
      clusterNodeId(REGION, store.clusterId),
    ];
  },
  async run(ctx) {
    let store = storeOf(ctx.world());
    if (!store) {
      const { clusterId, trustAnchor } = await readyCluster(ctx);
      await ctx.call('CreateCustomKeyStore', {
        CustomKeyStoreName: STORE,
        CloudHsmClusterId: clusterId,
        TrustAnchorCertificate: trustAnchor,
        KeyStorePassword: PASSWORD,
      });
      store = storeOf(ctx.world())!;
    } else {
      await twoZones(ctx, store.clusterId);
    }
    ctx.frame();
    if (store.connectionState !== 'CONNECTED') {
      await ctx.call('ConnectCustomKeyStore', { CustomKeyStoreId: store.id });
      // KMS finishes the attempt right after the call: CONNECTED, or FAILED with a code.
      const now = storeOf(ctx.world());
      if (now?.connectionState !== 'CONNECTED')
        throw new ViewStopped(
          'ConnectCustomKeyStore',
          now?.connectionErrorCode ?? 'FAILED',
          `${store.id} is ${now?.connectionState ?? 'gone'}`,
        );
    }
    const existing = aliasTarget(ctx.world(), REGION, ALIAS);
    if (!existing || !store.keyIds.includes(existing)) {
      const created = await ctx.call('CreateKey', {
        Origin: 'AWS_CLOUDHSM',
        CustomKeyStoreId: store.id,
        Description: 'KMS Lab: key in a CloudHSM key store',
      });
      const keyId = created.output.KeyMetadata?.KeyId ?? '';
      await ctx.call(existing ? 'UpdateAlias' : 'CreateAlias', {
        AliasName: ALIAS,
        TargetKeyId: keyId,
      });
      ctx.frame();
    }
    const sealed = await ctx.call('Encrypt', { KeyId: ALIAS, Plaintext: utf8(MESSAGE) });
    const opened = await ctx.call('Decrypt', {
      CiphertextBlob: sealed.output.CiphertextBlob ?? new Uint8Array(),
    });
    expectSame('Decrypt', MESSAGE, opened.output.Plaintext ?? new Uint8Array());
  },
} satisfies NamedView;
