import { describe, expect, it } from 'vitest';
import { createKms } from './kms';
import { DAY_MS } from './scheduler';

const START = Date.UTC(2026, 0, 1);
const text = (s: string) => new TextEncoder().encode(s);

async function newKey(kms = createKms({ startTime: START }), region = 'us-east-1') {
  const record = await kms.call('CreateKey', {}, { region });
  return { kms, keyId: record.output!.KeyMetadata!.KeyId! };
}

describe('kms.call', () => {
  it('records the trace of a call in order: call, resolve, authorize, check-state, material, audit, return', async () => {
    const { kms, keyId } = await newKey();
    const record = await kms.call('Encrypt', { KeyId: keyId, Plaintext: text('hola') });
    expect(record.trace.map((s) => s.type)).toEqual([
      'call',
      'resolve',
      'authorize',
      'check-state',
      'material',
      'audit',
      'return',
    ]);
    expect(record.events).toHaveLength(1);
    expect(record.events[0]).toMatchObject({
      eventName: 'Encrypt',
      eventType: 'AwsApiCall',
      awsRegion: 'us-east-1',
    });
  });

  it('serializes concurrent calls: every one lands, none is lost', async () => {
    const kms = createKms({ startTime: START });
    const records = await Promise.all(Array.from({ length: 40 }, () => kms.call('CreateKey', {})));
    expect(records.every((r) => r.output)).toBe(true);
    const listed = await kms.call('ListKeys', { Limit: 1000 });
    expect(listed.output!.Keys).toHaveLength(40);
  });

  it('rolls a failed mutating call back whole', async () => {
    const { kms, keyId } = await newKey();
    const before = (await kms.snapshot()).world;
    // The first tag is fine; the second is reserved, so nothing may be applied.
    const record = await kms.call('TagResource', {
      KeyId: keyId,
      Tags: [
        { TagKey: 'team', TagValue: 'a' },
        { TagKey: 'aws:x', TagValue: 'b' },
      ],
    });
    expect(record.error?.name).toBe('TagException');
    expect((await kms.snapshot()).world).toEqual(before);
  });

  it('never throws: an unknown operation or Region becomes a KMS error in the record', async () => {
    const kms = createKms({ startTime: START });
    expect((await kms.call('Nope', {})).error?.name).toBe('UnknownOperationException');
    expect((await kms.call('ListKeys', {}, { region: 'xx-nowhere-9' })).error?.name).toBe(
      'UnrecognizedClientException',
    );
    expect((await kms.call('ListKeys', 'not an object')).error?.name).toBe(
      'SerializationException',
    );
  });

  it('audits failed calls with their errorCode and message', async () => {
    const kms = createKms({ startTime: START });
    await kms.call('DescribeKey', { KeyId: 'alias/missing' });
    expect(kms.cloudTrail.at(-1)).toMatchObject({
      eventName: 'DescribeKey',
      errorCode: 'NotFoundException',
      errorMessage: 'Alias arn:aws:kms:us-east-1:111122223333:alias/missing is not found.',
    });
  });

  it('never writes plaintext or ciphertext into CloudTrail', async () => {
    const { kms, keyId } = await newKey();
    const encrypted = await kms.call('Encrypt', {
      KeyId: keyId,
      Plaintext: text('top secret'),
      EncryptionContext: { app: 'x' },
    });
    await kms.call('Decrypt', {
      CiphertextBlob: encrypted.output!.CiphertextBlob!,
      EncryptionContext: { app: 'x' },
    });
    const trail = JSON.stringify(kms.cloudTrail);
    expect(trail).not.toContain('top secret');
    expect(trail).toContain('"encryptionContext":{"app":"x"}');
    expect(
      kms.cloudTrail.every((e) => e.responseElements === null || e.eventName === 'CreateKey'),
    ).toBe(true);
  });

  it('tells subscribers about every record and survives a listener that throws', async () => {
    const kms = createKms({ startTime: START });
    const seen: string[] = [];
    kms.subscribe(() => {
      throw new Error('listener bug');
    });
    const stop = kms.subscribe((r) => seen.push(r.operation));
    await kms.call('CreateKey', {});
    stop();
    await kms.call('ListKeys', {});
    expect(seen).toEqual(['CreateKey']);
  });
});

describe('the simulated clock', () => {
  it('deletes a key when its waiting period ends, with its aliases, as a DeleteKey service event', async () => {
    const { kms, keyId } = await newKey();
    await kms.call('CreateAlias', { AliasName: 'alias/app', TargetKeyId: keyId });
    await kms.call('ScheduleKeyDeletion', { KeyId: keyId, PendingWindowInDays: 7 });
    expect(await kms.clock.advance(7 * DAY_MS - 1)).toEqual([]);
    const records = await kms.clock.advance(1);
    expect(records.map((r) => r.operation)).toEqual(['DeleteKey']);
    expect(records[0]!.events[0]).toMatchObject({
      eventType: 'AwsServiceEvent',
      eventName: 'DeleteKey',
    });
    expect(kms.view().regions.find((r) => r.code === 'us-east-1')!.keys).toEqual([]);
    expect((await kms.call('ListAliases', {})).output!.Aliases).toEqual([]);
  });

  it('rotates on schedule, keeps every version, and moves NextRotationDate on', async () => {
    const { kms, keyId } = await newKey();
    await kms.call('EnableKeyRotation', { KeyId: keyId, RotationPeriodInDays: 90 });
    const before = await kms.call('Encrypt', { KeyId: keyId, Plaintext: text('old') });
    const records = await kms.clock.advance(200 * DAY_MS);
    expect(records.map((r) => r.operation)).toEqual(['RotateKey', 'RotateKey']);
    const status = await kms.call('GetKeyRotationStatus', { KeyId: keyId });
    expect(status.output!.NextRotationDate).toEqual(new Date(START + 270 * DAY_MS));
    const decrypted = await kms.call('Decrypt', { CiphertextBlob: before.output!.CiphertextBlob! });
    expect(new TextDecoder().decode(decrypted.output!.Plaintext)).toBe('old');
    expect(kms.view().regions[0]!.keys[0]!.materialVersions).toBe(3);
  });

  it('holds the rotation of a disabled key and runs it as soon as the key is enabled again', async () => {
    const { kms, keyId } = await newKey();
    await kms.call('EnableKeyRotation', { KeyId: keyId, RotationPeriodInDays: 90 });
    await kms.call('DisableKey', { KeyId: keyId });
    expect(await kms.clock.advance(120 * DAY_MS)).toEqual([]);
    const seen: string[] = [];
    kms.subscribe((r) => seen.push(r.operation));
    await kms.call('EnableKey', { KeyId: keyId });
    expect(seen).toEqual(['EnableKey', 'RotateKey']);
  });

  it('lists what is due, soonest first', async () => {
    const { kms, keyId } = await newKey();
    const other = (await kms.call('CreateKey', {})).output!.KeyMetadata!.KeyId!;
    await kms.call('EnableKeyRotation', { KeyId: keyId });
    await kms.call('ScheduleKeyDeletion', { KeyId: other, PendingWindowInDays: 10 });
    expect(kms.clock.upcoming().map((e) => [e.kind, e.keyId])).toEqual([
      ['DeleteKey', other],
      ['RotateKey', keyId],
    ]);
  });
});

describe('snapshot and restore', () => {
  it('round-trips the whole state: ciphertexts from before decrypt in a fresh engine', async () => {
    const { kms, keyId } = await newKey();
    await kms.call('CreateAlias', { AliasName: 'alias/a', TargetKeyId: keyId });
    const encrypted = await kms.call('Encrypt', {
      KeyId: 'alias/a',
      Plaintext: text('persist me'),
      EncryptionContext: { k: 'v' },
    });
    const snapshot = await kms.snapshot();

    const fresh = createKms();
    await fresh.restore(structuredClone(snapshot));
    const decrypted = await fresh.call('Decrypt', {
      CiphertextBlob: encrypted.output!.CiphertextBlob!,
      EncryptionContext: { k: 'v' },
    });
    expect(new TextDecoder().decode(decrypted.output!.Plaintext)).toBe('persist me');
    expect(fresh.clock.now()).toEqual(kms.clock.now());
    // The restored trail, plus the Decrypt just made.
    expect(fresh.cloudTrail).toHaveLength(snapshot.cloudTrail.length + 1);
  });

  it('refuses what is not a snapshot and keeps the state it had', async () => {
    const { kms } = await newKey();
    const before = await kms.snapshot();
    await expect(kms.restore({ format: 'something-else' })).rejects.toThrow(
      /Not a KMS Lab engine snapshot/,
    );
    const broken = structuredClone(before);
    (
      Object.values(broken.world.regions['us-east-1']!.keys)[0]!.materials[0] as { bytes: unknown }
    ).bytes = 'AAAA';
    await expect(kms.restore(broken)).rejects.toThrow(/malformed/);
    expect((await kms.snapshot()).world).toEqual(before.world);
  });
});
