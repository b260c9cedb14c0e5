import { describe, expect, it } from 'vitest';
import { connectedStore, must, PASSWORD, readyCluster } from '../cloudhsm/testKit';

describe('UpdateCustomKeyStore', () => {
  it('renames a connected store; password and cluster only while DISCONNECTED', async () => {
    const { kms, storeId } = await connectedStore();
    await must(
      kms.call('UpdateCustomKeyStore', {
        CustomKeyStoreId: storeId,
        NewCustomKeyStoreName: 'renamed',
      }),
    );
    const refused = await kms.call('UpdateCustomKeyStore', {
      CustomKeyStoreId: storeId,
      KeyStorePassword: 'another-password',
    });
    expect(refused.error?.name).toBe('CustomKeyStoreInvalidStateException');
    await must(kms.call('DisconnectCustomKeyStore', { CustomKeyStoreId: storeId }));
    await must(
      kms.call('UpdateCustomKeyStore', {
        CustomKeyStoreId: storeId,
        KeyStorePassword: 'wrong-password',
      }),
    );
    // The wrong password: the next connection fails with INVALID_CREDENTIALS.
    await must(kms.call('ConnectCustomKeyStore', { CustomKeyStoreId: storeId }));
    const [store] = (
      await must(kms.call('DescribeCustomKeyStores', { CustomKeyStoreName: 'renamed' }))
    ).CustomKeyStores!;
    expect(store).toMatchObject({
      ConnectionState: 'FAILED',
      ConnectionErrorCode: 'INVALID_CREDENTIALS',
    });
  });

  it('moves the store to a related cluster only, and refuses a name in use', async () => {
    const { kms, storeId, clusterId } = await connectedStore();
    await must(kms.call('DisconnectCustomKeyStore', { CustomKeyStoreId: storeId }));
    const unrelated = await readyCluster(kms);
    const notRelated = await kms.call('UpdateCustomKeyStore', {
      CustomKeyStoreId: storeId,
      CloudHsmClusterId: unrelated.clusterId,
    });
    expect(notRelated.error?.name).toBe('CloudHsmClusterNotRelatedException');
    const restored = await kms.createCloudHsmCluster({
      region: 'us-east-1',
      sourceClusterId: clusterId,
    });
    const empty = await kms.call('UpdateCustomKeyStore', {
      CustomKeyStoreId: storeId,
      CloudHsmClusterId: restored.clusterId,
    });
    expect(empty.error?.name).toBe('CloudHsmClusterInvalidConfigurationException');
    await kms.createCloudHsmHsm(restored.clusterId, 'us-east-1a');
    await kms.createCloudHsmHsm(restored.clusterId, 'us-east-1c');
    await must(
      kms.call('UpdateCustomKeyStore', {
        CustomKeyStoreId: storeId,
        CloudHsmClusterId: restored.clusterId,
      }),
    );
    const [store] = (await must(kms.call('DescribeCustomKeyStores', { CustomKeyStoreId: storeId })))
      .CustomKeyStores!;
    expect(store!.CloudHsmClusterId).toBe(restored.clusterId);
    expect(
      (
        await kms.call('UpdateCustomKeyStore', {
          CustomKeyStoreId: storeId,
          CloudHsmClusterId: 'cluster-aaaaaaaaaaa',
        })
      ).error?.name,
    ).toBe('CloudHsmClusterNotFoundException');
    const { CustomKeyStoreId: other } = await must(
      kms.call('CreateCustomKeyStore', {
        CustomKeyStoreName: 'other',
        CloudHsmClusterId: unrelated.clusterId,
        TrustAnchorCertificate: unrelated.trustAnchor,
        KeyStorePassword: PASSWORD,
      }),
    );
    const taken = await kms.call('UpdateCustomKeyStore', {
      CustomKeyStoreId: other!,
      NewCustomKeyStoreName: 'lab-store',
    });
    expect(taken.error?.name).toBe('CustomKeyStoreNameInUseException');
    expect(
      (await kms.call('UpdateCustomKeyStore', { CustomKeyStoreId: 'cks-00000000000000000' })).error
        ?.name,
    ).toBe('CustomKeyStoreNotFoundException');
  });
});
