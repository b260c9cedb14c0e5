import { describe, expect, it } from 'vitest';
import { createKms } from '../kms';
import { connectedStore, must, PASSWORD, readyCluster, START } from '../cloudhsm/testKit';

const request = (clusterId: string, trustAnchor: string, name = 'store') => ({
  CustomKeyStoreName: name,
  CloudHsmClusterId: clusterId,
  TrustAnchorCertificate: trustAnchor,
  KeyStorePassword: PASSWORD,
});

describe('CreateCustomKeyStore', () => {
  it('creates a DISCONNECTED store for an active cluster, audited without the password', async () => {
    const kms = createKms({ startTime: START });
    const { clusterId, trustAnchor } = await readyCluster(kms);
    const record = await kms.call<'CreateCustomKeyStore'>(
      'CreateCustomKeyStore',
      request(clusterId, trustAnchor),
    );
    const id = record.output!.CustomKeyStoreId!;
    expect(record.trace).toContainEqual({
      type: 'change',
      target: 'custom-key-store',
      id,
      what: 'created',
    });
    const event = kms.cloudTrail.at(-1)!;
    expect(event.eventName).toBe('CreateCustomKeyStore');
    expect(event.requestParameters).toMatchObject({
      customKeyStoreName: 'store',
      cloudHsmClusterId: clusterId,
    });
    expect(JSON.stringify(event)).not.toContain(PASSWORD);
    expect(event.responseElements).toEqual({ customKeyStoreId: id });
    const { CustomKeyStores } = await must(kms.call('DescribeCustomKeyStores', {}));
    expect(CustomKeyStores).toEqual([
      expect.objectContaining({
        CustomKeyStoreId: id,
        ConnectionState: 'DISCONNECTED',
        CustomKeyStoreType: 'AWS_CLOUDHSM',
      }),
    ]);
  });

  it('refuses a name in use, an unknown cluster, a cluster in use or related to one in use', async () => {
    const { kms, clusterId, trustAnchor } = await connectedStore();
    expect(
      (await kms.call('CreateCustomKeyStore', request(clusterId, trustAnchor, 'lab-store'))).error
        ?.name,
    ).toBe('CustomKeyStoreNameInUseException');
    expect(
      (await kms.call('CreateCustomKeyStore', request('cluster-aaaaaaaaaaa', trustAnchor))).error
        ?.name,
    ).toBe('CloudHsmClusterNotFoundException');
    expect(
      (await kms.call('CreateCustomKeyStore', request(clusterId, trustAnchor))).error?.name,
    ).toBe('CloudHsmClusterInUseException');
    const restored = await kms.createCloudHsmCluster({
      region: 'us-east-1',
      sourceClusterId: clusterId,
    });
    expect(
      (await kms.call('CreateCustomKeyStore', request(restored.clusterId, trustAnchor))).error
        ?.name,
    ).toBe('CloudHsmClusterInUseException');
    // A cluster of another Region is not found from this one.
    const elsewhere = await kms.call('CreateCustomKeyStore', request(clusterId, trustAnchor, 'x'), {
      region: 'eu-west-1',
    });
    expect(elsewhere.error?.name).toBe('CloudHsmClusterNotFoundException');
  });

  it('needs an ACTIVE cluster, two HSMs in two zones, and the cluster’s trust anchor', async () => {
    const kms = createKms({ startTime: START });
    const { clusterId } = await kms.createCloudHsmCluster({ region: 'us-east-1' });
    const pem = '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n';
    expect((await kms.call('CreateCustomKeyStore', request(clusterId, pem))).error?.name).toBe(
      'CloudHsmClusterNotActiveException',
    );
    const ready = await readyCluster(kms);
    const wrong = await kms.call('CreateCustomKeyStore', request(ready.clusterId, pem));
    expect(wrong.error?.name).toBe('IncorrectTrustAnchorException');
    const missing = await kms.call('CreateCustomKeyStore', { CustomKeyStoreName: 'only a name' });
    expect(missing.error?.name).toBe('ValidationException');
    const xks = await kms.call('CreateCustomKeyStore', {
      CustomKeyStoreName: 'xks',
      CustomKeyStoreType: 'EXTERNAL_KEY_STORE',
    });
    expect(xks.error?.name).toBe('UnsupportedOperationException');
    const { CustomKeyStores } = await must(kms.call('DescribeCustomKeyStores', {}));
    expect(CustomKeyStores).toEqual([]);
  });
});
