/**
 * CloudHSM key stores through the AWS SDK: a cluster made ready with the lab's simulated
 * CloudHSM service (CloudHSM's API, not KMS's, so it is called on the engine directly), then
 * the six custom key store operations and CreateKey in a store, as an application would send
 * them. Each refusal arrives as the SDK's own exception class. AWS does not publish the
 * messages of these exceptions: only the class is asserted, except for the key state
 * message (`<key ARN> is unavailable.`), which KMS words like every other key state.
 */
import {
  CloudHsmClusterInUseException,
  CloudHsmClusterInvalidConfigurationException,
  CloudHsmClusterNotActiveException,
  CloudHsmClusterNotFoundException,
  CloudHsmClusterNotRelatedException,
  ConnectCustomKeyStoreCommand,
  CreateCustomKeyStoreCommand,
  CustomKeyStoreHasCMKsException,
  CustomKeyStoreInvalidStateException,
  CustomKeyStoreNameInUseException,
  CustomKeyStoreNotFoundException,
  DecryptCommand,
  DeleteCustomKeyStoreCommand,
  DescribeCustomKeyStoresCommand,
  DescribeKeyCommand,
  DisconnectCustomKeyStoreCommand,
  EncryptCommand,
  GenerateRandomCommand,
  IncorrectTrustAnchorException,
  KMSInvalidStateException,
  UnsupportedOperationException,
  UpdateCustomKeyStoreCommand,
  type KMSClient,
} from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import type { Kms } from '../../src/engine';
import {
  body,
  createKey,
  expectKmsError,
  keyArn,
  newLab,
  text,
  trackCommands,
  utf8,
} from './client';

trackCommands(import.meta.url);

const PASSWORD = 'kmsuser-Passw0rd';

/** Through CloudHSM's API: an ACTIVE cluster with kmsuser and an HSM in each zone given. */
async function readyCluster(kms: Kms, zones = ['us-east-1a', 'us-east-1b']) {
  const { clusterId } = await kms.createCloudHsmCluster({ region: 'us-east-1' });
  await kms.createCloudHsmHsm(clusterId, zones[0]!);
  const { trustAnchor } = await kms.initializeCloudHsmCluster(clusterId);
  await kms.activateCloudHsmCluster(clusterId, PASSWORD);
  for (const zone of zones.slice(1)) await kms.createCloudHsmHsm(clusterId, zone);
  return { clusterId, trustAnchor: trustAnchor! };
}

async function createStore(
  client: KMSClient,
  clusterId: string,
  trustAnchor: string,
  name: string,
) {
  const out = await client.send(
    new CreateCustomKeyStoreCommand({
      CustomKeyStoreName: name,
      CloudHsmClusterId: clusterId,
      TrustAnchorCertificate: trustAnchor,
      KeyStorePassword: PASSWORD,
    }),
  );
  expect(out.CustomKeyStoreId).toMatch(/^cks-[0-9a-f]{17}$/);
  return out.CustomKeyStoreId!;
}

async function storeOf(client: KMSClient, id: string) {
  const { CustomKeyStores } = await client.send(
    new DescribeCustomKeyStoresCommand({ CustomKeyStoreId: id }),
  );
  return CustomKeyStores![0]!;
}

describe('CloudHSM key stores through the SDK', () => {
  it('from a one-HSM cluster to a message encrypted in the cluster: the second HSM in another zone is what it takes', async () => {
    const { kms, us } = newLab();
    const { clusterId, trustAnchor } = await readyCluster(kms, ['us-east-1a']);
    const create = new CreateCustomKeyStoreCommand({
      CustomKeyStoreName: 'ExampleKeyStore',
      CloudHsmClusterId: clusterId,
      TrustAnchorCertificate: trustAnchor,
      KeyStorePassword: PASSWORD,
    });
    await expectKmsError(us.send(create), { type: CloudHsmClusterInvalidConfigurationException });
    await kms.createCloudHsmHsm(clusterId, 'us-east-1b');
    const { CustomKeyStoreId: id } = await us.send(create);

    const described = await us.send(new DescribeCustomKeyStoresCommand({}));
    expect(body(described)).toEqual({
      CustomKeyStores: [
        {
          CustomKeyStoreId: id,
          CustomKeyStoreName: 'ExampleKeyStore',
          CloudHsmClusterId: clusterId,
          TrustAnchorCertificate: trustAnchor,
          ConnectionState: 'DISCONNECTED',
          CreationDate: expect.any(Date),
          CustomKeyStoreType: 'AWS_CLOUDHSM',
        },
      ],
      Truncated: false,
    });

    await expectKmsError(createKey(us, { Origin: 'AWS_CLOUDHSM', CustomKeyStoreId: id }), {
      type: CustomKeyStoreInvalidStateException,
    });
    expect(body(await us.send(new ConnectCustomKeyStoreCommand({ CustomKeyStoreId: id })))).toEqual(
      {},
    );
    expect((await storeOf(us, id!)).ConnectionState).toBe('CONNECTED');

    const key = await createKey(us, { Origin: 'AWS_CLOUDHSM', CustomKeyStoreId: id });
    expect(key).toMatchObject({
      Origin: 'AWS_CLOUDHSM',
      CustomKeyStoreId: id,
      CloudHsmClusterId: clusterId,
      KeySpec: 'SYMMETRIC_DEFAULT',
      KeyState: 'Enabled',
      MultiRegion: false,
    });
    const { CiphertextBlob } = await us.send(
      new EncryptCommand({ KeyId: key.KeyId, Plaintext: utf8('attack at dawn') }),
    );
    const { Plaintext, KeyId } = await us.send(new DecryptCommand({ CiphertextBlob }));
    expect(text(Plaintext)).toBe('attack at dawn');
    expect(KeyId).toBe(keyArn('us-east-1', key.KeyId));
    const random = await us.send(
      new GenerateRandomCommand({ NumberOfBytes: 32, CustomKeyStoreId: id }),
    );
    expect(random.Plaintext).toHaveLength(32);

    // Disconnected: the key is Unavailable and refuses to work; reconnected, it is back.
    expect(
      body(await us.send(new DisconnectCustomKeyStoreCommand({ CustomKeyStoreId: id }))),
    ).toEqual({});
    const { KeyMetadata } = await us.send(new DescribeKeyCommand({ KeyId: key.KeyId }));
    expect(KeyMetadata).toMatchObject({ KeyState: 'Unavailable', Enabled: false });
    await expectKmsError(us.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: utf8('x') })), {
      type: KMSInvalidStateException,
      message: `${key.Arn} is unavailable.`,
    });
    await expectKmsError(
      us.send(new GenerateRandomCommand({ NumberOfBytes: 8, CustomKeyStoreId: id })),
      {
        type: CustomKeyStoreInvalidStateException,
      },
    );
    // A key remains: the store cannot be deleted.
    await expectKmsError(us.send(new DeleteCustomKeyStoreCommand({ CustomKeyStoreId: id })), {
      type: CustomKeyStoreHasCMKsException,
    });
    await us.send(new ConnectCustomKeyStoreCommand({ CustomKeyStoreId: id }));
    const again = await us.send(new DecryptCommand({ CiphertextBlob }));
    expect(text(again.Plaintext)).toBe('attack at dawn');
  });

  it('a store needs an active cluster, its trust anchor, a free cluster and a free name', async () => {
    const { kms, us } = newLab();
    const fresh = await kms.createCloudHsmCluster({ region: 'us-east-1' });
    const { clusterId, trustAnchor } = await readyCluster(kms);
    const request = (over: Record<string, string>) =>
      new CreateCustomKeyStoreCommand({
        CustomKeyStoreName: 'first',
        CloudHsmClusterId: clusterId,
        TrustAnchorCertificate: trustAnchor,
        KeyStorePassword: PASSWORD,
        ...over,
      });
    await expectKmsError(us.send(request({ CloudHsmClusterId: fresh.clusterId })), {
      type: CloudHsmClusterNotActiveException,
    });
    await expectKmsError(us.send(request({ CloudHsmClusterId: 'cluster-234567abcde' })), {
      type: CloudHsmClusterNotFoundException,
    });
    await expectKmsError(
      us.send(
        request({
          TrustAnchorCertificate: '-----BEGIN CERTIFICATE-----\nAA==\n-----END CERTIFICATE-----',
        }),
      ),
      { type: IncorrectTrustAnchorException },
    );
    await us.send(request({}));
    await expectKmsError(us.send(request({ CustomKeyStoreName: 'second' })), {
      type: CloudHsmClusterInUseException,
    });
    const other = await readyCluster(kms);
    await expectKmsError(
      us.send(
        request({ CloudHsmClusterId: other.clusterId, TrustAnchorCertificate: other.trustAnchor }),
      ),
      { type: CustomKeyStoreNameInUseException },
    );
    await expectKmsError(
      us.send(
        new CreateCustomKeyStoreCommand({
          CustomKeyStoreName: 'xks',
          CustomKeyStoreType: 'EXTERNAL_KEY_STORE',
        }),
      ),
      { type: UnsupportedOperationException },
    );
  });

  it('updates a disconnected store (name, password, a related cluster), then deletes it', async () => {
    const { kms, us } = newLab();
    const { clusterId, trustAnchor } = await readyCluster(kms);
    const id = await createStore(us, clusterId, trustAnchor, 'to-update');
    await us.send(new ConnectCustomKeyStoreCommand({ CustomKeyStoreId: id }));
    await expectKmsError(
      us.send(
        new UpdateCustomKeyStoreCommand({ CustomKeyStoreId: id, KeyStorePassword: 'another-pass' }),
      ),
      { type: CustomKeyStoreInvalidStateException },
    );
    await expectKmsError(us.send(new DeleteCustomKeyStoreCommand({ CustomKeyStoreId: id })), {
      type: CustomKeyStoreInvalidStateException,
    });
    await us.send(new DisconnectCustomKeyStoreCommand({ CustomKeyStoreId: id }));
    await expectKmsError(us.send(new DisconnectCustomKeyStoreCommand({ CustomKeyStoreId: id })), {
      type: CustomKeyStoreInvalidStateException,
    });
    const unrelated = await readyCluster(kms);
    await expectKmsError(
      us.send(
        new UpdateCustomKeyStoreCommand({
          CustomKeyStoreId: id,
          CloudHsmClusterId: unrelated.clusterId,
        }),
      ),
      { type: CloudHsmClusterNotRelatedException },
    );
    const restored = await kms.createCloudHsmCluster({
      region: 'us-east-1',
      sourceClusterId: clusterId,
    });
    await kms.createCloudHsmHsm(restored.clusterId, 'us-east-1b');
    await kms.createCloudHsmHsm(restored.clusterId, 'us-east-1c');
    const updated = await us.send(
      new UpdateCustomKeyStoreCommand({
        CustomKeyStoreId: id,
        NewCustomKeyStoreName: 'updated',
        CloudHsmClusterId: restored.clusterId,
      }),
    );
    expect(body(updated)).toEqual({});
    expect(await storeOf(us, id)).toMatchObject({
      CustomKeyStoreName: 'updated',
      CloudHsmClusterId: restored.clusterId,
    });
    // A wrong password is found out when connecting: FAILED, INVALID_CREDENTIALS.
    await us.send(
      new UpdateCustomKeyStoreCommand({ CustomKeyStoreId: id, KeyStorePassword: 'wrong-pass' }),
    );
    await us.send(new ConnectCustomKeyStoreCommand({ CustomKeyStoreId: id }));
    expect(await storeOf(us, id)).toMatchObject({
      ConnectionState: 'FAILED',
      ConnectionErrorCode: 'INVALID_CREDENTIALS',
    });
    await expectKmsError(us.send(new ConnectCustomKeyStoreCommand({ CustomKeyStoreId: id })), {
      type: CustomKeyStoreInvalidStateException,
    });
    await us.send(new DisconnectCustomKeyStoreCommand({ CustomKeyStoreId: id }));
    expect(body(await us.send(new DeleteCustomKeyStoreCommand({ CustomKeyStoreId: id })))).toEqual(
      {},
    );
    await expectKmsError(us.send(new DescribeCustomKeyStoresCommand({ CustomKeyStoreId: id })), {
      type: CustomKeyStoreNotFoundException,
    });
  });

  it('pages DescribeCustomKeyStores with Limit and Marker', async () => {
    const { kms, us } = newLab();
    const ids: string[] = [];
    for (const name of ['a', 'b', 'c']) {
      const { clusterId, trustAnchor } = await readyCluster(kms);
      ids.push(await createStore(us, clusterId, trustAnchor, name));
      await kms.clock.advance(1000);
    }
    const first = await us.send(new DescribeCustomKeyStoresCommand({ Limit: 2 }));
    expect(first.CustomKeyStores!.map((s) => s.CustomKeyStoreId)).toEqual(ids.slice(0, 2));
    expect(first.Truncated).toBe(true);
    const rest = await us.send(new DescribeCustomKeyStoresCommand({ Marker: first.NextMarker }));
    expect(rest.CustomKeyStores!.map((s) => s.CustomKeyStoreId)).toEqual([ids[2]]);
    expect(rest.Truncated).toBe(false);
  });
});
