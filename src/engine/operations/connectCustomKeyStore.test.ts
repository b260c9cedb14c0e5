import { describe, expect, it } from 'vitest';
import { createKms } from '../kms';
import { connectedStore, must, PASSWORD, readyCluster, START } from '../cloudhsm/testKit';

const state = async (kms: ReturnType<typeof createKms>, id: string) =>
  (await must(kms.call('DescribeCustomKeyStores', { CustomKeyStoreId: id }))).CustomKeyStores![0]!;

describe('ConnectCustomKeyStore', () => {
  it('CONNECTING, then CONNECTED right after the call: a record without a CloudTrail event', async () => {
    const kms = createKms({ startTime: START });
    const { clusterId, trustAnchor } = await readyCluster(kms);
    const { CustomKeyStoreId: id } = await must(
      kms.call('CreateCustomKeyStore', {
        CustomKeyStoreName: 's',
        CloudHsmClusterId: clusterId,
        TrustAnchorCertificate: trustAnchor,
        KeyStorePassword: PASSWORD,
      }),
    );
    const records: { kind: string; events: unknown[] }[] = [];
    kms.subscribe((r) => records.push(r));
    const call = await kms.call('ConnectCustomKeyStore', { CustomKeyStoreId: id! });
    expect(call.output).toEqual({});
    expect(call.trace).toContainEqual({
      type: 'change',
      target: 'custom-key-store',
      id,
      what: 'connecting',
    });
    expect(records.map((r) => [r.kind, r.events.length])).toEqual([
      ['api-call', 1],
      ['service-event', 0],
    ]);
    expect(await state(kms, id!)).toMatchObject({ ConnectionState: 'CONNECTED' });
    expect((await state(kms, id!)).ConnectionErrorCode).toBeUndefined();
    // Connecting a connected store succeeds and changes nothing.
    expect(
      (await kms.call('ConnectCustomKeyStore', { CustomKeyStoreId: id! })).error,
    ).toBeUndefined();
  });

  it('fails with INSUFFICIENT_CLOUDHSM_HSMS without an active HSM; from FAILED, disconnect first', async () => {
    const { kms, storeId, clusterId } = await connectedStore();
    await must(kms.call('DisconnectCustomKeyStore', { CustomKeyStoreId: storeId }));
    for (const hsm of kms.cloudHsmClusters()[0]!.hsms)
      await kms.deleteCloudHsmHsm(clusterId, hsm.hsmId);
    await must(kms.call('ConnectCustomKeyStore', { CustomKeyStoreId: storeId }));
    expect(await state(kms, storeId)).toMatchObject({
      ConnectionState: 'FAILED',
      ConnectionErrorCode: 'INSUFFICIENT_CLOUDHSM_HSMS',
    });
    const again = await kms.call('ConnectCustomKeyStore', { CustomKeyStoreId: storeId });
    expect(again.error?.name).toBe('CustomKeyStoreInvalidStateException');
    await kms.createCloudHsmHsm(clusterId, 'us-east-1c');
    await must(kms.call('DisconnectCustomKeyStore', { CustomKeyStoreId: storeId }));
    // One active HSM is enough to connect.
    await must(kms.call('ConnectCustomKeyStore', { CustomKeyStoreId: storeId }));
    expect(await state(kms, storeId)).toMatchObject({ ConnectionState: 'CONNECTED' });
  });

  it('refuses an unknown store', async () => {
    const kms = createKms({ startTime: START });
    const r = await kms.call('ConnectCustomKeyStore', {
      CustomKeyStoreId: 'cks-00000000000000000',
    });
    expect(r.error?.name).toBe('CustomKeyStoreNotFoundException');
  });
});
