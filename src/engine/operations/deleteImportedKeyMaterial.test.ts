import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createKms } from '../kms';
import { DAY, START, externalKey, heldKey, importInto, newKms } from './importTestKit';

const text = (s: string) => new TextEncoder().encode(s);

async function importedKey(validTo = new Date(START + 30 * DAY)) {
  const kms = newKms();
  const key = await externalKey(kms);
  const material = new Uint8Array(randomBytes(32));
  const imported = await importInto(kms, key.KeyId!, material, { validTo });
  expect(imported.error).toBeUndefined();
  const blob = (await kms.call('Encrypt', { KeyId: key.KeyId!, Plaintext: text('kept') })).output!
    .CiphertextBlob!;
  return { kms, key, material, blob, materialId: imported.output!.KeyMaterialId! };
}

describe('DeleteImportedKeyMaterial', { timeout: 20_000 }, () => {
  it('drops the bytes: the key is PendingImport until the same material comes back', async () => {
    const { kms, key, material, blob, materialId } = await importedKey();
    const deleted = await kms.call('DeleteImportedKeyMaterial', { KeyId: key.KeyId! });
    expect(deleted.output).toEqual({ KeyId: key.Arn, KeyMaterialId: materialId });
    expect(deleted.trace).toContainEqual(
      expect.objectContaining({ type: 'material', action: 'destroy', materialId }),
    );
    expect(deleted.events[0]).toMatchObject({
      requestParameters: { keyId: key.KeyId },
      responseElements: null,
    });
    expect((await heldKey(kms, key.KeyId!)).materials).toEqual([]);
    const described = (await kms.call('DescribeKey', { KeyId: key.KeyId! })).output!.KeyMetadata!;
    expect(described).toMatchObject({ KeyState: 'PendingImport', Enabled: false });
    expect(described.ValidTo).toBeUndefined();
    expect((await kms.call('Decrypt', { CiphertextBlob: blob })).error).toMatchObject({
      name: 'KMSInvalidStateException',
      message: `${key.Arn} is pending import.`,
    });

    const again = await importInto(kms, key.KeyId!, material, { expires: false });
    expect(again.output?.KeyMaterialId).toBe(materialId);
    const opened = await kms.call('Decrypt', { CiphertextBlob: blob });
    expect(new TextDecoder().decode(opened.output!.Plaintext)).toBe('kept');
  });

  it('is refused on a key whose material KMS made, and changes nothing twice', async () => {
    const { kms, key } = await importedKey();
    const generated = (await kms.call('CreateKey', {})).output!.KeyMetadata!;
    expect(
      (await kms.call('DeleteImportedKeyMaterial', { KeyId: generated.KeyId! })).error?.name,
    ).toBe('UnsupportedOperationException');
    await kms.call('DeleteImportedKeyMaterial', { KeyId: key.KeyId! });
    const twice = await kms.call('DeleteImportedKeyMaterial', { KeyId: key.KeyId! });
    expect(twice.error).toBeUndefined();
    expect(twice.trace.some((s) => s.type === 'material')).toBe(false);
  });
});

describe('CancelKeyDeletion of an imported key', () => {
  it('brings back a key without material as PendingImport, one with material as Disabled', async () => {
    const { kms, key } = await importedKey();
    const bare = await externalKey(kms);
    const stateAfterCancel = async (KeyId: string) => {
      await kms.call('ScheduleKeyDeletion', { KeyId });
      await kms.call('CancelKeyDeletion', { KeyId });
      return (await kms.call('DescribeKey', { KeyId })).output!.KeyMetadata!.KeyState;
    };
    expect(await stateAfterCancel(bare.KeyId!)).toBe('PendingImport');
    expect(await stateAfterCancel(key.KeyId!)).toBe('Disabled');
  });
});

describe('expiry of imported material (DeleteExpiredKeyMaterial)', { timeout: 20_000 }, () => {
  it('deletes the material when the clock passes ValidTo, as an AwsServiceEvent', async () => {
    const { kms, key, material, blob } = await importedKey(new Date(START + 2 * DAY));
    expect(kms.clock.upcoming()).toContainEqual({
      at: START + 2 * DAY,
      kind: 'DeleteExpiredKeyMaterial',
      region: 'us-east-1',
      keyId: key.KeyId,
    });
    const records = await kms.clock.advance(3 * DAY);
    const expired = records.find((r) => r.operation === 'DeleteExpiredKeyMaterial');
    expect(expired?.kind).toBe('service-event');
    expect(expired?.time).toBe(START + 2 * DAY);
    expect(expired?.events[0]).toMatchObject({
      eventName: 'DeleteExpiredKeyMaterial',
      eventType: 'AwsServiceEvent',
      resources: [{ ARN: key.Arn }],
    });
    const described = (await kms.call('DescribeKey', { KeyId: key.KeyId! })).output!.KeyMetadata!;
    expect(described.KeyState).toBe('PendingImport');
    expect((await kms.call('Decrypt', { CiphertextBlob: blob })).error?.name).toBe(
      'KMSInvalidStateException',
    );
    // Nothing else falls due: the material is gone, and with it its expiry.
    expect(await kms.clock.advance(400 * DAY)).toEqual([]);
    await importInto(kms, key.KeyId!, material, { validTo: new Date(START + 410 * DAY) });
    expect((await kms.call('Decrypt', { CiphertextBlob: blob })).error).toBeUndefined();
  });

  it('survives a snapshot: imported state and open parameters load again', async () => {
    const { kms, key, blob } = await importedKey();
    const restored = createKms({ startTime: START });
    await restored.restore(await kms.snapshot());
    const described = (await restored.call('DescribeKey', { KeyId: key.KeyId! })).output!
      .KeyMetadata!;
    expect(described.ExpirationModel).toBe('KEY_MATERIAL_EXPIRES');
    expect((await restored.call('Decrypt', { CiphertextBlob: blob })).error).toBeUndefined();
    const view = restored.view().regions.find((r) => r.code === 'us-east-1')!;
    expect(view.keys.find((k) => k.keyId === key.KeyId)?.imported).toEqual({
      expirationModel: 'KEY_MATERIAL_EXPIRES',
      validTo: START + 30 * DAY,
    });
  });

  it('refuses a snapshot whose import state is malformed; one saved before imports loads', async () => {
    const { kms, key } = await importedKey();
    const snapshot = await kms.snapshot();
    const held = snapshot.world.regions['us-east-1']!.keys[key.KeyId!]!;
    const broken = structuredClone(snapshot);
    broken.world.regions['us-east-1']!.keys[key.KeyId!]!.imported = {
      parameters: [{ token: 'x' }],
    } as never;
    await expect(createKms().restore(broken)).rejects.toThrow('imported material malformed');
    const before = structuredClone(snapshot);
    const generated = before.world.regions['us-east-1']!.keys[key.KeyId!]!;
    delete generated.imported;
    generated.origin = 'AWS_KMS';
    await expect(createKms().restore(before)).resolves.toBeUndefined();
    expect(held.imported?.parameters).toHaveLength(1);
  });
});
