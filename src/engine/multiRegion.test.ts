import { describe, expect, it } from 'vitest';
import { createKms } from './kms';
import { DAY_MS } from './scheduler';

const START = Date.UTC(2026, 0, 1);
const text = (s: string) => new TextEncoder().encode(s);
const east = { region: 'us-east-1' };
const mumbai = { region: 'ap-south-1' };

async function primaryWithReplica() {
  const kms = createKms({ startTime: START });
  const created = await kms.call('CreateKey', { MultiRegion: true, Description: 'mrk' }, east);
  const keyId = created.output!.KeyMetadata!.KeyId!;
  const replicated = await kms.call(
    'ReplicateKey',
    { KeyId: keyId, ReplicaRegion: 'ap-south-1' },
    east,
  );
  return { kms, keyId, created, replicated };
}

describe('multi-Region keys', () => {
  it('a primary has an mrk- id and says it is the primary', async () => {
    const { created } = await primaryWithReplica();
    const meta = created.output!.KeyMetadata!;
    expect(meta.KeyId).toMatch(/^mrk-[0-9a-f]{32}$/);
    expect(meta.MultiRegion).toBe(true);
    expect(meta.MultiRegionConfiguration).toEqual({
      MultiRegionKeyType: 'PRIMARY',
      PrimaryKey: { Arn: meta.Arn, Region: 'us-east-1' },
      ReplicaKeys: [],
    });
  });

  it('a replica is Creating when ReplicateKey returns, then Enabled once KMS synchronizes it', async () => {
    const { kms, keyId, replicated } = await primaryWithReplica();
    expect(replicated.error).toBeUndefined();
    expect(replicated.output!.ReplicaKeyMetadata).toMatchObject({
      KeyId: keyId,
      Arn: `arn:aws:kms:ap-south-1:111122223333:key/${keyId}`,
      KeyState: 'Creating',
      MultiRegionConfiguration: { MultiRegionKeyType: 'REPLICA' },
    });
    const events = kms.cloudTrail.map((e) => [e.eventName, e.awsRegion, e.eventType]);
    expect(events.slice(-2)).toEqual([
      ['ReplicateKey', 'us-east-1', 'AwsApiCall'],
      ['SynchronizeMultiRegionKey', 'ap-south-1', 'AwsServiceEvent'],
    ]);
    const described = await kms.call('DescribeKey', { KeyId: keyId }, mumbai);
    expect(described.output!.KeyMetadata).toMatchObject({
      KeyState: 'Enabled',
      MultiRegionConfiguration: {
        MultiRegionKeyType: 'REPLICA',
        PrimaryKey: { Region: 'us-east-1' },
        ReplicaKeys: [{ Region: 'ap-south-1' }],
      },
    });
  });

  it('decrypts in one Region what the related key encrypted in another, with only local work', async () => {
    const { kms, keyId } = await primaryWithReplica();
    const sealed = await kms.call('Encrypt', { KeyId: keyId, Plaintext: text('hola') }, east);
    const opened = await kms.call(
      'Decrypt',
      { CiphertextBlob: sealed.output!.CiphertextBlob! },
      mumbai,
    );
    expect(new TextDecoder().decode(opened.output!.Plaintext)).toBe('hola');
    expect(opened.output!.KeyId).toBe(`arn:aws:kms:ap-south-1:111122223333:key/${keyId}`);
    const material = opened.trace.find((s) => s.type === 'material');
    expect(material).toMatchObject({ location: { kind: 'kms-hsm-fleet', region: 'ap-south-1' } });
    expect(opened.trace.every((s) => s.type !== 'call' || s.region === 'ap-south-1')).toBe(true);
  });

  it("a single-Region key's ciphertext and ARN do not work in another Region", async () => {
    const kms = createKms({ startTime: START });
    const key = (await kms.call('CreateKey', {}, east)).output!.KeyMetadata!;
    const sealed = await kms.call('Encrypt', { KeyId: key.KeyId!, Plaintext: text('x') }, east);
    const elsewhere = await kms.call(
      'Decrypt',
      { CiphertextBlob: sealed.output!.CiphertextBlob! },
      mumbai,
    );
    expect(elsewhere.error?.name).toBe('AccessDeniedException');
    const byArn = await kms.call('Encrypt', { KeyId: key.Arn!, Plaintext: text('x') }, mumbai);
    expect(byArn.error?.name).toBe('NotFoundException');
    const replicate = await kms.call(
      'ReplicateKey',
      { KeyId: key.KeyId!, ReplicaRegion: 'ap-south-1' },
      east,
    );
    expect(replicate.error?.name).toBe('UnsupportedOperationException');
  });

  it('rotation is managed on the primary and reaches the replicas', async () => {
    const { kms, keyId } = await primaryWithReplica();
    const onReplica = await kms.call('EnableKeyRotation', { KeyId: keyId }, mumbai);
    expect(onReplica.error?.name).toBe('UnsupportedOperationException');
    expect((await kms.call('RotateKeyOnDemand', { KeyId: keyId }, east)).error).toBeUndefined();
    const rotations = await kms.call('ListKeyRotations', { KeyId: keyId }, mumbai);
    expect(rotations.output!.Rotations).toHaveLength(1);
    expect((await kms.call('EnableKeyRotation', { KeyId: keyId }, east)).error).toBeUndefined();
    const status = await kms.call('GetKeyRotationStatus', { KeyId: keyId }, mumbai);
    expect(status.output!.KeyRotationEnabled).toBe(true);
    const due = await kms.clock.advance(366 * DAY_MS);
    // The primary rotates once; the replica gets the new version without rotating itself.
    expect(due.filter((r) => r.operation === 'RotateKey').map((r) => r.region)).toEqual([
      'us-east-1',
    ]);
    const sealed = await kms.call('Encrypt', { KeyId: keyId, Plaintext: text('y') }, mumbai);
    const opened = await kms.call(
      'Decrypt',
      { CiphertextBlob: sealed.output!.CiphertextBlob! },
      east,
    );
    const primary = (await kms.call('DescribeKey', { KeyId: keyId }, east)).output!.KeyMetadata!;
    // The replica encrypted with the newest version, which the primary made.
    expect(opened.output!.KeyMaterialId).toBe(primary.CurrentKeyMaterialId);
    expect(
      (await kms.call('ListKeyRotations', { KeyId: keyId }, mumbai)).output!.Rotations,
    ).toHaveLength(2);
  });

  it('keeps state, aliases and description per Region', async () => {
    const { kms, keyId } = await primaryWithReplica();
    await kms.call('DisableKey', { KeyId: keyId }, mumbai);
    await kms.call('CreateAlias', { AliasName: 'alias/local', TargetKeyId: keyId }, mumbai);
    const primary = await kms.call('Encrypt', { KeyId: keyId, Plaintext: text('z') }, east);
    expect(primary.error).toBeUndefined();
    const aliases = await kms.call('ListAliases', { KeyId: keyId }, east);
    expect(aliases.output!.Aliases).toEqual([]);
  });

  it('refuses a second replica in the same Region and a replica of a replica', async () => {
    const { kms, keyId } = await primaryWithReplica();
    const again = await kms.call(
      'ReplicateKey',
      { KeyId: keyId, ReplicaRegion: 'ap-south-1' },
      east,
    );
    expect(again.error?.name).toBe('AlreadyExistsException');
    const chained = await kms.call(
      'ReplicateKey',
      { KeyId: keyId, ReplicaRegion: 'eu-west-1' },
      mumbai,
    );
    expect(chained.error?.name).toBe('UnsupportedOperationException');
  });

  it('UpdatePrimaryRegion swaps the roles: both Updating, then back to their states', async () => {
    const { kms, keyId } = await primaryWithReplica();
    const updated = await kms.call(
      'UpdatePrimaryRegion',
      { KeyId: keyId, PrimaryRegion: 'ap-south-1' },
      east,
    );
    expect(updated.error).toBeUndefined();
    expect(updated.trace.filter((s) => s.type === 'change')).toHaveLength(2);
    const meta = (await kms.call('DescribeKey', { KeyId: keyId }, east)).output!.KeyMetadata!;
    expect(meta.KeyState).toBe('Enabled');
    expect(meta.MultiRegionConfiguration).toMatchObject({
      MultiRegionKeyType: 'REPLICA',
      PrimaryKey: { Region: 'ap-south-1' },
      ReplicaKeys: [{ Region: 'us-east-1' }],
    });
    const syncs = kms.cloudTrail.filter((e) => e.eventName === 'SynchronizeMultiRegionKey');
    expect(
      syncs
        .slice(-2)
        .map((e) => e.awsRegion)
        .sort(),
    ).toEqual(['ap-south-1', 'us-east-1']);
  });

  it('a primary with replicas waits in PendingReplicaDeletion until they are deleted', async () => {
    const { kms, keyId } = await primaryWithReplica();
    const scheduled = await kms.call(
      'ScheduleKeyDeletion',
      { KeyId: keyId, PendingWindowInDays: 7 },
      east,
    );
    expect(scheduled.output).toMatchObject({
      KeyState: 'PendingReplicaDeletion',
      PendingWindowInDays: 7,
    });
    expect(scheduled.output!.DeletionDate).toBeUndefined();
    await kms.call('ScheduleKeyDeletion', { KeyId: keyId, PendingWindowInDays: 7 }, mumbai);
    await kms.clock.advance(7 * DAY_MS);
    const primary = (await kms.call('DescribeKey', { KeyId: keyId }, east)).output!.KeyMetadata!;
    expect(primary.KeyState).toBe('PendingDeletion');
    expect(primary.MultiRegionConfiguration!.ReplicaKeys).toEqual([]);
    await kms.clock.advance(7 * DAY_MS);
    expect((await kms.call('DescribeKey', { KeyId: keyId }, east)).error?.name).toBe(
      'NotFoundException',
    );
  });
});
