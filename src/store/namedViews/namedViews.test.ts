import { describe, expect, it } from 'vitest';
import type { OperationRecord, TraceStep } from '../../engine';
import { isLocalRecord, type PlayableRecord } from '../../graph';
import { createAppStore } from '../createAppStore';

const calls = (records: readonly OperationRecord[]) => records.map((r) => r.operation);
/** What the playlist holds, KMS calls by operation and local work by action. */
const played = (playlist: readonly PlayableRecord[]) =>
  playlist.map((r) => (isLocalRecord(r) ? r.action : r.operation));
const material = (record: OperationRecord | undefined) =>
  record?.trace.find((s): s is Extract<TraceStep, { type: 'material' }> => s.type === 'material');

describe('named view: symmetric', () => {
  it('creates its key, encrypts and decrypts, in its Region', async () => {
    const store = createAppStore();
    const outcome = await store.getState().runView('symmetric');
    expect(outcome).toEqual({ ok: true });
    const { records, playlist, view } = store.getState();
    expect(calls(records)).toEqual(['CreateKey', 'CreateAlias', 'Encrypt', 'Decrypt']);
    expect(records.every((r) => r.region === 'us-east-1' && !r.error)).toBe(true);
    expect(played(playlist)).toEqual(calls(records));
    const region = view.regions.find((r) => r.code === 'us-east-1');
    expect(region?.aliases.map((a) => a.name)).toEqual(['alias/kmslab-symmetric']);
    expect(store.getState().viewOutcomes.symmetric).toEqual({ ok: true });
  });

  it('reuses its key on a second run instead of creating another', async () => {
    const store = createAppStore();
    await store.getState().runView('symmetric');
    const before = store.getState().records.length;
    expect(await store.getState().runView('symmetric')).toEqual({ ok: true });
    expect(calls(store.getState().records.slice(before))).toEqual(['Encrypt', 'Decrypt']);
    expect(store.getState().view.regions.find((r) => r.code === 'us-east-1')?.keys).toHaveLength(1);
  });

  it('stops at the failed call and reports the AWS error', async () => {
    const store = createAppStore();
    await store.getState().runView('symmetric');
    const keyId = store.getState().view.regions.find((r) => r.code === 'us-east-1')?.keys[0]?.keyId;
    const disabled = await store.getState().call('DisableKey', { KeyId: keyId ?? '' }, 'us-east-1');
    expect(disabled.error).toBeUndefined();
    const before = store.getState().records.length;
    const outcome = await store.getState().runView('symmetric');
    expect(outcome).toMatchObject({ ok: false, operation: 'Encrypt', error: 'DisabledException' });
    const after = store.getState().records.slice(before);
    expect(calls(after)).toEqual(['Encrypt']);
    expect(store.getState().viewOutcomes.symmetric).toEqual(outcome);
    expect(store.getState().viewRunning).toBeUndefined();
  });
});

describe('named view: envelope', () => {
  it('plays the local work between GenerateDataKey and Decrypt, and the message round-trips', async () => {
    const store = createAppStore();
    const outcome = await store.getState().runView('envelope');
    expect(outcome).toEqual({ ok: true });
    const { records, playlist } = store.getState();
    expect(calls(records)).toEqual(['CreateKey', 'CreateAlias', 'GenerateDataKey', 'Decrypt']);
    expect(played(playlist)).toEqual([
      'CreateKey',
      'CreateAlias',
      'GenerateDataKey',
      'encrypt-data',
      'discard-plaintext-key',
      'Decrypt',
      'decrypt-data',
    ]);
    const generated = records[2] as OperationRecord<{ Plaintext?: Uint8Array }>;
    expect(generated.input).toMatchObject({ KeySpec: 'AES_256' });
    // The plaintext data key was zeroed once used.
    expect(generated.output?.Plaintext?.every((b) => b === 0)).toBe(true);
    const local = playlist.filter(isLocalRecord);
    expect(local.map((r) => [r.action, r.region, r.principal])).toEqual([
      ['encrypt-data', 'eu-west-1', generated.principal],
      ['discard-plaintext-key', 'eu-west-1', generated.principal],
      ['decrypt-data', 'eu-west-1', generated.principal],
    ]);
    expect(local[0]?.bytes).toBeGreaterThan(0);
    expect(local[1]?.bytes).toBe(0);
    expect(local[2]?.bytes).toBe(local[0]?.bytes);
  });
});

describe('named view: rotation', () => {
  it('rotates, and decrypts the old ciphertext with version 1 and the new one with version 2', async () => {
    const store = createAppStore();
    const outcome = await store.getState().runView('rotation');
    expect(outcome).toEqual({ ok: true });
    const { records } = store.getState();
    expect(calls(records)).toEqual([
      'CreateKey',
      'CreateAlias',
      'Encrypt',
      'RotateKeyOnDemand',
      'Encrypt',
      'Decrypt',
      'Decrypt',
    ]);
    const [, , encryptBefore, , encryptAfter, decryptOld, decryptNew] = records;
    expect(material(encryptBefore)).toMatchObject({ action: 'encrypt', version: 1 });
    expect(material(encryptAfter)).toMatchObject({ action: 'encrypt', version: 2 });
    expect(material(decryptOld)).toMatchObject({ action: 'decrypt', version: 1, ok: true });
    expect(material(decryptNew)).toMatchObject({ action: 'decrypt', version: 2, ok: true });
  });

  it('reports LimitExceededException after 25 on-demand rotations, and stops there', async () => {
    const store = createAppStore();
    await store.getState().runView('rotation');
    const keyId = store
      .getState()
      .view.regions.find((r) => r.code === 'eu-central-1')
      ?.aliases.find((a) => a.name === 'alias/kmslab-rotation')?.targetKeyId;
    for (let i = 1; i < 25; i++) {
      const record = await store
        .getState()
        .call('RotateKeyOnDemand', { KeyId: keyId ?? '' }, 'eu-central-1');
      expect(record.error).toBeUndefined();
    }
    const before = store.getState().records.length;
    const outcome = await store.getState().runView('rotation');
    expect(outcome).toMatchObject({
      ok: false,
      operation: 'RotateKeyOnDemand',
      error: 'LimitExceededException',
    });
    expect(calls(store.getState().records.slice(before))).toEqual(['Encrypt', 'RotateKeyOnDemand']);
  });
});

describe('named view: asymmetric', () => {
  it('hands the public key out, encrypts outside AWS without KMS, and the owner decrypts', async () => {
    const store = createAppStore();
    expect(await store.getState().runView('asymmetric')).toEqual({ ok: true });
    const { records, playlist, view } = store.getState();
    expect(calls(records)).toEqual(['CreateKey', 'CreateAlias', 'GetPublicKey', 'Decrypt']);
    expect(records[0]?.input).toMatchObject({ KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT' });
    expect(played(playlist)).toEqual([
      'CreateKey',
      'CreateAlias',
      'GetPublicKey',
      'share-public-key',
      'encrypt-with-public-key',
      'send-ciphertext',
      'Decrypt',
    ]);
    const decrypt = records.at(-1);
    expect(decrypt?.input).toMatchObject({ EncryptionAlgorithm: 'RSAES_OAEP_SHA_256' });
    expect(material(decrypt)).toMatchObject({ action: 'decrypt', ok: true });
    const key = view.regions.find((r) => r.code === 'us-west-2')?.keys[0];
    expect(key).toMatchObject({ keySpec: 'RSA_2048', keyUsage: 'ENCRYPT_DECRYPT' });
  });
});

describe('named view: signature', () => {
  it('signs through KMS, verifies outside AWS, and refuses the altered copy', async () => {
    const store = createAppStore();
    expect(await store.getState().runView('signature')).toEqual({ ok: true });
    const { records, playlist } = store.getState();
    expect(calls(records)).toEqual(['CreateKey', 'CreateAlias', 'GetPublicKey', 'Sign']);
    const verdicts = playlist
      .filter(isLocalRecord)
      .filter((r) => r.action === 'verify-with-public-key')
      .map((r) => r.ok);
    expect(verdicts).toEqual([true, false]);
    expect(played(playlist).slice(2)).toEqual([
      'GetPublicKey',
      'share-public-key',
      'Sign',
      'send-signature',
      'verify-with-public-key',
      'verify-with-public-key',
    ]);
  });
});

describe('named view: key types', () => {
  it('stores through S3 under a customer managed key, aws/s3 and an AWS owned key, and shows aws/s3 refusing to be disabled', async () => {
    const store = createAppStore();
    const outcome = await store.getState().runView('keyTypes');
    expect(outcome).toEqual({ ok: true });
    const { records, playlist, view, kms } = store.getState();
    expect(calls(records)).toEqual([
      'CreateKey',
      'CreateAlias',
      'GenerateDataKey',
      'CreateKey',
      'GenerateDataKey',
      'GetKeyRotationStatus',
      'DisableKey',
    ]);
    // S3 created aws/s3 for the caller and used both keys for them.
    expect(records[3]?.invokedBy).toBe('s3.amazonaws.com');
    expect(
      records.filter((r) => r.operation === 'GenerateDataKey').map((r) => r.invokedBy),
    ).toEqual(['s3.amazonaws.com', 's3.amazonaws.com']);
    expect(records.at(-1)?.error?.name).toBe('AccessDeniedException');
    // The SSE-S3 upload played (the service's own work with a key AWS owns) but called nothing.
    expect(played(playlist)).toContain('aws-owned-encrypt');
    const region = view.regions.find((r) => r.code === 'ap-northeast-1');
    expect(region?.keys.map((k) => k.keyManager).sort()).toEqual(['AWS', 'CUSTOMER']);
    expect(region?.stored?.map((i) => i.protection.kind)).toEqual(['kms', 'kms', 'aws-owned']);
    expect(kms.cloudTrail.map((e) => e.eventName)).toEqual(calls(records));
  });

  it('reuses both keys on a second run', async () => {
    const store = createAppStore();
    await store.getState().runView('keyTypes');
    const before = store.getState().records.length;
    expect(await store.getState().runView('keyTypes')).toEqual({ ok: true });
    expect(calls(store.getState().records.slice(before))).toEqual([
      'GenerateDataKey',
      'GenerateDataKey',
      'GetKeyRotationStatus',
      'DisableKey',
    ]);
  });
});

describe('named view: multi-Region keys', () => {
  it('replicates the primary to eu-west-1 and ap-south-1 and decrypts in ap-south-1 what us-east-1 encrypted', async () => {
    const store = createAppStore();
    const outcome = await store.getState().runView('multiRegion');
    expect(outcome).toEqual({ ok: true });
    const { records, view } = store.getState();
    const apiCalls = records.filter((r) => r.kind === 'api-call');
    expect(apiCalls.map((r) => [r.operation, r.region])).toEqual([
      ['CreateKey', 'us-east-1'],
      ['CreateAlias', 'us-east-1'],
      ['ReplicateKey', 'us-east-1'],
      ['ReplicateKey', 'us-east-1'],
      ['Encrypt', 'us-east-1'],
      ['Decrypt', 'ap-south-1'],
    ]);
    const keyId = apiCalls[0]?.trace.find((s) => s.type === 'change')?.id ?? '';
    const holders = view.regions.filter((r) => r.keys.some((k) => k.keyId === keyId));
    expect(holders.map((r) => r.code).sort()).toEqual(['ap-south-1', 'eu-west-1', 'us-east-1']);
    // A second run finds everything in place and only encrypts and decrypts.
    const before = store.getState().records.length;
    expect(await store.getState().runView('multiRegion')).toEqual({ ok: true });
    expect(calls(store.getState().records.slice(before))).toEqual(['Encrypt', 'Decrypt']);
  });
});

describe('named view: imported key material (BYOK)', () => {
  /** The view's key and its state, as the world shows it now. */
  const importKey = (store: ReturnType<typeof createAppStore>) => {
    const region = store.getState().view.regions.find((r) => r.code === 'sa-east-1');
    const keyId = region?.aliases.find((a) => a.name === 'alias/kmslab-import')?.targetKeyId;
    return region?.keys.find((k) => k.keyId === keyId);
  };

  it('plays the five steps: EXTERNAL key, parameters, wrapped outside AWS, imported, in use', async () => {
    const store = createAppStore();
    expect(await store.getState().runView('import')).toEqual({ ok: true });
    const { records, playlist } = store.getState();
    expect(played(playlist)).toEqual([
      'CreateKey',
      'CreateAlias',
      'GetParametersForImport',
      'download-import-parameters',
      'generate-key-material',
      'wrap-key-material',
      'send-wrapped-material',
      'ImportKeyMaterial',
      'Encrypt',
      'Decrypt',
    ]);
    expect(records[0]?.input).toMatchObject({ Origin: 'EXTERNAL' });
    expect(records.every((r) => r.region === 'sa-east-1')).toBe(true);
    expect(importKey(store)).toMatchObject({ origin: 'EXTERNAL', state: 'Enabled' });

    // A second run finds the key enabled: it is only used.
    let before = store.getState().records.length;
    expect(await store.getState().runView('import')).toEqual({ ok: true });
    expect(calls(store.getState().records.slice(before))).toEqual(['Encrypt', 'Decrypt']);

    // Its material deleted, the run imports the same copy again (no new material, same key).
    const keyId = importKey(store)!.keyId;
    await store.getState().call('DeleteImportedKeyMaterial', { KeyId: keyId }, 'sa-east-1');
    expect(importKey(store)?.state).toBe('PendingImport');
    const from = store.getState().playlist.length;
    before = store.getState().records.length;
    expect(await store.getState().runView('import')).toEqual({ ok: true });
    expect(played(store.getState().playlist.slice(from))).toEqual([
      'GetParametersForImport',
      'download-import-parameters',
      'wrap-key-material',
      'send-wrapped-material',
      'ImportKeyMaterial',
      'Encrypt',
      'Decrypt',
    ]);
    const reimport = store
      .getState()
      .records.find((r, i) => i >= before && r.operation === 'ImportKeyMaterial');
    expect(reimport?.error).toBeUndefined();
    expect(importKey(store)).toMatchObject({ keyId, state: 'Enabled' });
  });

  it('without the owner’s copy (another session), makes a new key and points the alias at it', async () => {
    const store = createAppStore();
    // The alias names an EXTERNAL key whose material this session never had.
    const call = store.getState().call;
    const created = await call('CreateKey', { Origin: 'EXTERNAL' }, 'sa-east-1');
    const old = created.output?.KeyMetadata?.KeyId ?? '';
    await call('CreateAlias', { AliasName: 'alias/kmslab-import', TargetKeyId: old }, 'sa-east-1');
    const before = store.getState().records.length;
    expect(await store.getState().runView('import')).toEqual({ ok: true });
    expect(calls(store.getState().records.slice(before)).slice(0, 2)).toEqual([
      'CreateKey',
      'UpdateAlias',
    ]);
    expect(importKey(store)).toMatchObject({ state: 'Enabled' });
    expect(importKey(store)?.keyId).not.toBe(old);
  });
});

describe('named view: CloudHSM custom key store', () => {
  const region = (store: ReturnType<typeof createAppStore>) =>
    store.getState().view.regions.find((r) => r.code === 'us-east-1');

  it('readies a cluster in two zones, connects a store, and an HSM encrypts and decrypts', async () => {
    const store = createAppStore();
    expect(await store.getState().runView('cloudHsm')).toEqual({ ok: true });
    const { records } = store.getState();
    expect(calls(records)).toEqual([
      'CreateCustomKeyStore',
      'ConnectCustomKeyStore',
      'ConnectCustomKeyStore', // KMS finishing the attempt (a service event)
      'CreateKey',
      'CreateAlias',
      'Encrypt',
      'Decrypt',
    ]);
    const cluster = region(store)?.cloudHsmClusters?.[0];
    expect(cluster?.state).toBe('ACTIVE');
    expect(cluster?.zones.filter((z) => z.hsms.length > 0).map((z) => z.availabilityZone)).toEqual([
      'us-east-1a',
      'us-east-1b',
    ]);
    expect(region(store)?.customKeyStores?.[0]).toMatchObject({
      name: 'kmslab-cloudhsm',
      connectionState: 'CONNECTED',
    });
    // The HSM that did the work is named in the trace.
    const encrypt = records.find((r) => r.operation === 'Encrypt');
    expect(material(encrypt)?.location).toEqual({
      kind: 'cloudhsm',
      region: 'us-east-1',
      clusterId: cluster?.clusterId,
      hsmId: cluster?.hsms[0]?.hsmId,
    });
  });

  it('reuses everything on a second run, connecting again and adding back a missing HSM', async () => {
    const store = createAppStore();
    await store.getState().runView('cloudHsm');
    const storeId = region(store)!.customKeyStores![0]!.id;
    const cluster = region(store)!.cloudHsmClusters![0]!;
    await store
      .getState()
      .call('DisconnectCustomKeyStore', { CustomKeyStoreId: storeId }, 'us-east-1');
    await store.getState().deleteCloudHsmHsm(cluster.clusterId, cluster.hsms[1]!.hsmId);
    const before = store.getState().records.length;
    expect(await store.getState().runView('cloudHsm')).toEqual({ ok: true });
    expect(calls(store.getState().records.slice(before))).toEqual([
      'ConnectCustomKeyStore',
      'ConnectCustomKeyStore',
      'Encrypt',
      'Decrypt',
    ]);
    expect(region(store)?.cloudHsmClusters).toHaveLength(1);
    expect(region(store)?.cloudHsmClusters?.[0]?.hsms).toHaveLength(2);
    expect(region(store)?.keys).toHaveLength(1);
  });
});
