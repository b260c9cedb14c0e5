import { describe, expect, it } from 'vitest';
import { createAppStore } from './createAppStore';

const clusters = (store: ReturnType<typeof createAppStore>) =>
  store.getState().view.regions.find((r) => r.code === 'us-east-1')?.cloudHsmClusters ?? [];

describe('cloudHsmSlice', () => {
  it('walks a cluster to ACTIVE, the view following each step, with no KMS record', async () => {
    const store = createAppStore();
    const s = () => store.getState();
    const created = await s().createCloudHsmCluster('us-east-1');
    if (!created.ok) throw new Error(created.failure.message);
    const { clusterId } = created.value;
    expect(clusters(store).map((c) => c.state)).toEqual(['UNINITIALIZED']);
    const hsm = await s().createCloudHsmHsm(clusterId, 'us-east-1a');
    expect(hsm.ok).toBe(true);
    expect(clusters(store)[0]!.hsms).toHaveLength(1);
    const initialized = await s().initializeCloudHsmCluster(clusterId);
    expect(initialized.ok && initialized.value.trustAnchor).toMatch(/BEGIN CERTIFICATE/);
    expect(clusters(store)[0]!.state).toBe('INITIALIZED');
    expect((await s().activateCloudHsmCluster(clusterId, 'kmsuser-pass')).ok).toBe(true);
    expect(clusters(store)[0]!.state).toBe('ACTIVE');
    expect(clusters(store)[0]!.cryptoUsers).toEqual(['kmsuser']);
    if (hsm.ok) expect((await s().deleteCloudHsmHsm(clusterId, hsm.value)).ok).toBe(true);
    expect(clusters(store)[0]!.hsms).toHaveLength(0);
    expect(s().records).toHaveLength(0);
  });

  it('explains a refusal and changes nothing', async () => {
    const store = createAppStore();
    const s = () => store.getState();
    const created = await s().createCloudHsmCluster('us-east-1');
    if (!created.ok) throw new Error('no cluster');
    const { clusterId } = created.value;
    const before = s().view;
    const noHsm = await s().initializeCloudHsmCluster(clusterId);
    expect(noHsm).toEqual({
      ok: false,
      failure: expect.objectContaining({
        name: 'CloudHsmInvalidRequestException',
        reason: 'noHsm',
      }),
    });
    expect(s().view).toBe(before);
    expect(await s().activateCloudHsmCluster(clusterId, 'kmsuser-pass')).toMatchObject({
      ok: false,
      failure: { reason: 'notInitialized' },
    });
    expect(await s().createCloudHsmHsm(clusterId, 'eu-west-1a')).toMatchObject({
      ok: false,
      failure: { reason: 'noSubnet' },
    });
    expect(await s().createCloudHsmHsm('cluster-aaaaaaaaaaa', 'us-east-1a')).toMatchObject({
      ok: false,
      failure: { name: 'CloudHsmResourceNotFoundException', reason: 'clusterNotFound' },
    });
    await s().createCloudHsmHsm(clusterId, 'us-east-1a');
    await s().initializeCloudHsmCluster(clusterId);
    expect(await s().activateCloudHsmCluster(clusterId, 'short')).toMatchObject({
      ok: false,
      failure: { reason: 'password' },
    });
  });
});
