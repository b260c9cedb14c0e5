import { describe, expect, it } from 'vitest';
import { createKms } from './kms';
import { connectedStore, must, PASSWORD, START, storeKey } from './cloudhsm/testKit';
import type { TraceStep } from './trace';

const text = (s: string) => new TextEncoder().encode(s);
const materialSteps = (trace: TraceStep[]) =>
  trace.filter((s): s is Extract<TraceStep, { type: 'material' }> => s.type === 'material');

describe('a CloudHSM key store, from an empty cluster to an encrypted message', () => {
  it('the second HSM, in another zone, is what lets the store be created and the key made', async () => {
    const kms = createKms({ startTime: START });
    const { clusterId } = await kms.createCloudHsmCluster({ region: 'us-east-1' });
    const first = await kms.createCloudHsmHsm(clusterId, 'us-east-1a');
    const { trustAnchor } = await kms.initializeCloudHsmCluster(clusterId);
    await kms.activateCloudHsmCluster(clusterId, PASSWORD);
    const request = {
      CustomKeyStoreName: 'walk',
      CloudHsmClusterId: clusterId,
      TrustAnchorCertificate: trustAnchor!,
      KeyStorePassword: PASSWORD,
    };
    // One HSM: the cluster does not meet KMS's requirements.
    const refused = await kms.call('CreateCustomKeyStore', request);
    expect(refused.error?.name).toBe('CloudHsmClusterInvalidConfigurationException');
    // A second HSM in the same zone is not enough either.
    const sameZone = await kms.createCloudHsmHsm(clusterId, 'us-east-1a');
    expect((await kms.call('CreateCustomKeyStore', request)).error?.name).toBe(
      'CloudHsmClusterInvalidConfigurationException',
    );
    await kms.deleteCloudHsmHsm(clusterId, sameZone.hsmId);
    const second = await kms.createCloudHsmHsm(clusterId, 'us-east-1b');
    const { CustomKeyStoreId: storeId } = await must(
      kms.call<'CreateCustomKeyStore'>('CreateCustomKeyStore', request),
    );
    expect(storeId).toMatch(/^cks-[0-9a-f]{17}$/);

    // Not connected yet: no key can be made in it.
    const early = await kms.call('CreateKey', {
      Origin: 'AWS_CLOUDHSM',
      CustomKeyStoreId: storeId,
    });
    expect(early.error?.name).toBe('CustomKeyStoreInvalidStateException');

    const seen: string[] = [];
    kms.subscribe((r) => {
      if (r.operation === 'ConnectCustomKeyStore')
        seen.push(`${r.kind}:${kms.view().regions[0]!.customKeyStores![0]!.connectionState}`);
    });
    await must(kms.call('ConnectCustomKeyStore', { CustomKeyStoreId: storeId }));
    // The canvas sees both moments: CONNECTING after the call, CONNECTED once KMS settles.
    expect(seen).toEqual(['api-call:CONNECTING', 'service-event:CONNECTED']);

    const key = await storeKey(kms, storeId!);
    expect(key).toMatchObject({
      Origin: 'AWS_CLOUDHSM',
      CustomKeyStoreId: storeId,
      CloudHsmClusterId: clusterId,
      KeySpec: 'SYMMETRIC_DEFAULT',
      MultiRegion: false,
      KeyState: 'Enabled',
    });
    const encrypted = await kms.call('Encrypt', { KeyId: key.KeyId!, Plaintext: text('hola') });
    expect(encrypted.error).toBeUndefined();
    // The trace names the HSM that did the work, in the cluster.
    expect(materialSteps(encrypted.trace)[0]!.location).toEqual({
      kind: 'cloudhsm',
      region: 'us-east-1',
      clusterId,
      hsmId: first.hsmId,
    });
    const decrypted = await must(
      kms.call('Decrypt', { CiphertextBlob: encrypted.output!.CiphertextBlob! }),
    );
    expect(new TextDecoder().decode(decrypted.Plaintext)).toBe('hola');

    // The first HSM gone, the other does the work.
    await kms.deleteCloudHsmHsm(clusterId, first.hsmId);
    const again = await kms.call('Encrypt', { KeyId: key.KeyId!, Plaintext: text('adiós') });
    expect(materialSteps(again.trace)[0]!.location).toMatchObject({ hsmId: second.hsmId });
    // One HSM is enough to use keys, not to make new ones.
    const lonely = await kms.call('CreateKey', {
      Origin: 'AWS_CLOUDHSM',
      CustomKeyStoreId: storeId,
    });
    expect(lonely.error?.name).toBe('CloudHsmClusterInvalidConfigurationException');
    // None: the key is not available.
    await kms.deleteCloudHsmHsm(clusterId, second.hsmId);
    const none = await kms.call('Encrypt', { KeyId: key.KeyId!, Plaintext: text('x') });
    expect(none.error?.name).toBe('KeyUnavailableException');
  });

  it('the key was generated in the HSM, and the store key cannot rotate, import or be multi-Region', async () => {
    const { kms, storeId, clusterId } = await connectedStore();
    const created = await kms.call('CreateKey', {
      Origin: 'AWS_CLOUDHSM',
      CustomKeyStoreId: storeId,
    });
    const [generate] = materialSteps(created.trace);
    expect(generate).toMatchObject({
      action: 'generate',
      location: { kind: 'cloudhsm', clusterId },
    });
    const keyId = created.output!.KeyMetadata!.KeyId!;
    expect((await kms.call('EnableKeyRotation', { KeyId: keyId })).error?.name).toBe(
      'UnsupportedOperationException',
    );
    const multi = await kms.call('CreateKey', {
      Origin: 'AWS_CLOUDHSM',
      CustomKeyStoreId: storeId,
      MultiRegion: true,
    });
    expect(multi.error?.name).toBe('UnsupportedOperationException');
    const hmac = await kms.call('CreateKey', {
      Origin: 'AWS_CLOUDHSM',
      CustomKeyStoreId: storeId,
      KeySpec: 'HMAC_256',
      KeyUsage: 'GENERATE_VERIFY_MAC',
    });
    expect(hmac.error?.name).toBe('UnsupportedOperationException');
    const noOrigin = await kms.call('CreateKey', { CustomKeyStoreId: storeId });
    expect(noOrigin.error?.name).toBe('ValidationException');
    const noStore = await kms.call('CreateKey', { Origin: 'AWS_CLOUDHSM' });
    expect(noStore.error?.name).toBe('ValidationException');
    const unknown = await kms.call('CreateKey', {
      Origin: 'AWS_CLOUDHSM',
      CustomKeyStoreId: 'cks-00000000000000000',
    });
    expect(unknown.error?.name).toBe('CustomKeyStoreNotFoundException');
  });

  it('disconnecting makes its keys Unavailable; reconnecting brings each back as it was', async () => {
    const { kms, storeId } = await connectedStore();
    const enabled = await storeKey(kms, storeId);
    const disabled = await storeKey(kms, storeId);
    const pending = await storeKey(kms, storeId);
    await must(kms.call('DisableKey', { KeyId: disabled.KeyId! }));
    await must(kms.call('ScheduleKeyDeletion', { KeyId: pending.KeyId!, PendingWindowInDays: 7 }));
    const blob = (await must(kms.call('Encrypt', { KeyId: enabled.KeyId!, Plaintext: text('m') })))
      .CiphertextBlob!;
    await must(kms.call('DisconnectCustomKeyStore', { CustomKeyStoreId: storeId }));
    const states = () =>
      Object.fromEntries(kms.view().regions[0]!.keys.map((k) => [k.keyId, k.state]));
    expect(states()).toEqual({
      [enabled.KeyId!]: 'Unavailable',
      [disabled.KeyId!]: 'Unavailable',
      [pending.KeyId!]: 'PendingDeletion',
    });
    const refused = await kms.call('Encrypt', { KeyId: enabled.KeyId!, Plaintext: text('m') });
    expect(refused.error).toMatchObject({
      name: 'KMSInvalidStateException',
      message: `${enabled.Arn} is unavailable.`,
    });
    expect((await kms.call('Decrypt', { CiphertextBlob: blob })).error?.name).toBe(
      'KMSInvalidStateException',
    );
    const describe = await must(kms.call('DescribeKey', { KeyId: enabled.KeyId! }));
    expect(describe.KeyMetadata).toMatchObject({ KeyState: 'Unavailable', Enabled: false });
    await must(kms.call('ConnectCustomKeyStore', { CustomKeyStoreId: storeId }));
    expect(states()).toEqual({
      [enabled.KeyId!]: 'Enabled',
      [disabled.KeyId!]: 'Disabled',
      [pending.KeyId!]: 'PendingDeletion',
    });
    expect((await kms.call('Decrypt', { CiphertextBlob: blob })).error).toBeUndefined();
  });

  it('GenerateRandom draws from the cluster only while the store is connected', async () => {
    const { kms, storeId, clusterId } = await connectedStore();
    const drawn = await kms.call('GenerateRandom', {
      NumberOfBytes: 16,
      CustomKeyStoreId: storeId,
    });
    expect(drawn.output!.Plaintext).toHaveLength(16);
    expect(drawn.trace.find((s) => s.type === 'random')).toMatchObject({
      location: { kind: 'cloudhsm', clusterId },
    });
    await must(kms.call('DisconnectCustomKeyStore', { CustomKeyStoreId: storeId }));
    const refused = await kms.call('GenerateRandom', {
      NumberOfBytes: 16,
      CustomKeyStoreId: storeId,
    });
    expect(refused.error?.name).toBe('CustomKeyStoreInvalidStateException');
    const unknown = await kms.call('GenerateRandom', {
      NumberOfBytes: 16,
      CustomKeyStoreId: 'cks-00000000000000000',
    });
    expect(unknown.error?.name).toBe('CustomKeyStoreNotFoundException');
  });

  it('the view draws each store in front of its cluster, HSMs per zone; keys name their store', async () => {
    const { kms, storeId, clusterId } = await connectedStore('eu-west-1');
    const key = await storeKey(kms, storeId, 'eu-west-1');
    const region = kms.view().regions.find((r) => r.code === 'eu-west-1')!;
    expect(region.customKeyStores).toEqual([
      expect.objectContaining({
        id: storeId,
        clusterId,
        connectionState: 'CONNECTED',
        keyIds: [key.KeyId],
      }),
    ]);
    const [cluster] = region.cloudHsmClusters!;
    expect(cluster!.zones.map((z) => [z.availabilityZone, z.hsms.length])).toEqual([
      ['eu-west-1a', 1],
      ['eu-west-1b', 1],
      ['eu-west-1c', 0],
    ]);
    expect(region.keys.find((k) => k.keyId === key.KeyId)!.customKeyStoreId).toBe(storeId);
    expect(kms.view().regions.find((r) => r.code === 'us-east-1')!.cloudHsmClusters).toEqual([]);
    expect(JSON.stringify(kms.view())).not.toContain(PASSWORD);
  });

  it('snapshots keep stores and clusters; a snapshot from before them loads with none', async () => {
    const { kms, storeId } = await connectedStore();
    const snapshot = await kms.snapshot();
    const copy = createKms();
    await copy.restore(snapshot);
    expect(copy.view().regions[0]!.customKeyStores![0]!.id).toBe(storeId);
    const regions = Object.fromEntries(
      Object.entries(snapshot.world.regions).map(([code, { customKeyStores: _s, ...rest }]) => [
        code,
        rest,
      ]),
    );
    const { cloudHsm: _c, ...world } = snapshot.world;
    await copy.restore({ ...snapshot, world: { ...world, regions } });
    expect(copy.view().regions[0]!.customKeyStores).toEqual([]);
    expect(copy.cloudHsmClusters()).toEqual([]);
    const bad = structuredClone(snapshot);
    bad.world.regions['us-east-1']!.customKeyStores = { x: 1 } as never;
    await expect(copy.restore(bad)).rejects.toThrow(/custom key store is malformed/);
  });
});

describe('a key of a disconnected store saved from deletion', () => {
  it('stays Unavailable, and comes back Disabled when the store connects', async () => {
    const { kms, storeId } = await connectedStore();
    const key = await storeKey(kms, storeId);
    await must(kms.call('ScheduleKeyDeletion', { KeyId: key.KeyId!, PendingWindowInDays: 7 }));
    await must(kms.call('DisconnectCustomKeyStore', { CustomKeyStoreId: storeId }));
    await must(kms.call('CancelKeyDeletion', { KeyId: key.KeyId! }));
    const state = () => kms.view().regions[0]!.keys.find((k) => k.keyId === key.KeyId)!.state;
    expect(state()).toBe('Unavailable');
    expect((await kms.call('EnableKey', { KeyId: key.KeyId! })).error?.name).toBe(
      'KMSInvalidStateException',
    );
    await must(kms.call('ConnectCustomKeyStore', { CustomKeyStoreId: storeId }));
    expect(state()).toBe('Disabled');
  });
});
