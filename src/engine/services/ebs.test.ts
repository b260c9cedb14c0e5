import { describe, expect, it } from 'vitest';
import { createKms } from '../kms';

const START = Date.UTC(2026, 0, 1);
const INSTANCE = 'i-0123456789abcdef0';

async function lab() {
  const kms = createKms({ startTime: START });
  const app = kms.principal('application');
  const create = (input: { Size: number; KmsKeyId?: string }) =>
    kms.service({ service: 'ebs', action: 'CreateVolume', ...input }, { principal: app });
  const attach = (VolumeId: string, InstanceId = INSTANCE) =>
    kms.service(
      { service: 'ebs', action: 'AttachVolume', VolumeId, InstanceId },
      { principal: app },
    );
  const key = (await kms.call('CreateKey', {})).output!.KeyMetadata!;
  return { kms, app, create, attach, keyArn: key.Arn!, keyId: key.KeyId! };
}

const stored = (kms: ReturnType<typeof createKms>) =>
  kms.view().regions.find((r) => r.code === 'us-east-1')?.stored ?? [];

describe('EBS: an encrypted volume', () => {
  it('is created with a grant for EC2 and a data key without plaintext, bound to the volume id', async () => {
    const { kms, app, create, keyArn } = await lab();
    const created = await create({ Size: 8, KmsKeyId: keyArn });
    expect(created.error).toBeUndefined();
    const volumeId = created.output!.VolumeId as string;
    expect(volumeId).toMatch(/^vol-[0-9a-f]{17}$/);
    expect(created.output).toEqual({
      VolumeId: volumeId,
      Encrypted: true,
      KmsKeyId: keyArn,
      Size: 8,
      State: 'available',
    });
    const context = { 'aws:ebs:id': volumeId };
    expect(created.calls.map((c) => [c.operation, c.input])).toEqual([
      [
        'CreateGrant',
        {
          KeyId: keyArn,
          GranteePrincipal: 'ec2.amazonaws.com',
          Operations: ['Decrypt'],
          Constraints: { EncryptionContextSubset: context },
        },
      ],
      [
        'GenerateDataKeyWithoutPlaintext',
        { KeyId: keyArn, KeySpec: 'AES_256', EncryptionContext: context },
      ],
    ]);
    expect(created.work).toEqual([{ action: 'store', bytes: 0 }]);
    const [item] = stored(kms);
    expect(item).toMatchObject({
      service: 'ebs',
      name: volumeId,
      protection: { kind: 'kms', keyArn },
      encryptionContext: context,
      size: 8,
      grantId: (created.calls[0]!.output as { GrantId: string }).GrantId,
    });
    // Both calls audited as the caller, EC2 in invokedBy.
    const events = kms.cloudTrail.slice(-2);
    expect(events.map((e) => e.eventName)).toEqual([
      'CreateGrant',
      'GenerateDataKeyWithoutPlaintext',
    ]);
    for (const e of events)
      expect(e.userIdentity).toMatchObject({ arn: app.arn, invokedBy: 'ec2.amazonaws.com' });
  });

  it('is attached by EC2 itself, decrypting the data key by the grant into the host', async () => {
    const { kms, create, attach, keyArn } = await lab();
    const volumeId = (await create({ Size: 8, KmsKeyId: keyArn })).output!.VolumeId as string;
    const attached = await attach(volumeId);
    expect(attached.output).toEqual({
      VolumeId: volumeId,
      InstanceId: INSTANCE,
      State: 'attached',
      Device: '/dev/sdf',
    });
    expect(attached.calls.map((c) => [c.operation, c.input])).toEqual([
      [
        'Decrypt',
        {
          CiphertextBlob: expect.any(Uint8Array),
          EncryptionContext: { 'aws:ebs:id': volumeId },
        },
      ],
    ]);
    expect(attached.work).toEqual([{ action: 'hold-data-key', bytes: 32 }]);
    expect(kms.cloudTrail.at(-1)!.userIdentity).toMatchObject({
      type: 'AWSService',
      invokedBy: 'ec2.amazonaws.com',
    });
    expect(stored(kms)[0]!.details).toMatchObject({ attachedTo: INSTANCE, device: '/dev/sdf' });
  });

  it('uses aws/ebs when no key is given, created by EC2 for the caller', async () => {
    const { kms, create, attach } = await lab();
    const created = await create({ Size: 1 });
    expect(created.error).toBeUndefined();
    const managed = (await kms.call('DescribeKey', { KeyId: 'alias/aws/ebs' })).output!
      .KeyMetadata!;
    expect(managed.KeyManager).toBe('AWS');
    expect(created.output!.KmsKeyId).toBe(managed.Arn);
    expect((await attach(created.output!.VolumeId as string)).error).toBeUndefined();
  });

  it('accepts an alias, learning the key behind it first', async () => {
    const { kms, create, keyId, keyArn } = await lab();
    await kms.call('CreateAlias', { AliasName: 'alias/disks', TargetKeyId: keyId });
    const created = await create({ Size: 2, KmsKeyId: 'alias/disks' });
    expect(created.calls.map((c) => c.operation)).toEqual([
      'DescribeKey',
      'CreateGrant',
      'GenerateDataKeyWithoutPlaintext',
    ]);
    expect(created.output!.KmsKeyId).toBe(keyArn);
  });
});

describe('EBS: when EC2 cannot use the key, attaching fails', () => {
  it('after DisableKey, and works again once the key is enabled', async () => {
    const { kms, create, attach, keyId } = await lab();
    const volumeId = (await create({ Size: 8, KmsKeyId: keyId })).output!.VolumeId as string;
    expect((await attach(volumeId)).error).toBeUndefined();
    await kms.call('DisableKey', { KeyId: keyId });
    const refused = await attach(volumeId);
    expect(refused.output).toBeUndefined();
    expect(refused.error).toMatchObject({
      code: 'Client.InvalidKMSKey.InvalidState',
      message: 'The KMS key provided is in an incompatible state',
      kms: { name: 'DisabledException' },
    });
    expect(refused.work).toEqual([]);
    await kms.call('EnableKey', { KeyId: keyId });
    expect((await attach(volumeId)).output).toMatchObject({ State: 'attached' });
  });

  it('after the grant is revoked', async () => {
    const { kms, create, attach, keyId } = await lab();
    const created = await create({ Size: 8, KmsKeyId: keyId });
    const grantId = (created.calls[0]!.output as { GrantId: string }).GrantId;
    expect(
      (await kms.call('RevokeGrant', { KeyId: keyId, GrantId: grantId })).error,
    ).toBeUndefined();
    const refused = await attach(created.output!.VolumeId as string);
    expect(refused.error).toMatchObject({
      code: 'Client.InternalError',
      message: 'Client error on launch',
      kms: { name: 'AccessDeniedException' },
    });
  });

  it('while the key is pending deletion', async () => {
    const { kms, create, attach, keyId } = await lab();
    const volumeId = (await create({ Size: 8, KmsKeyId: keyId })).output!.VolumeId as string;
    await kms.call('ScheduleKeyDeletion', { KeyId: keyId, PendingWindowInDays: 7 });
    const refused = await attach(volumeId);
    expect(refused.error).toMatchObject({
      code: 'Client.InvalidKMSKey.InvalidState',
      kms: { name: 'KMSInvalidStateException' },
    });
  });

  it('a caller who may not use the key gets no volume', async () => {
    const { kms, keyId } = await lab();
    const refused = await kms.service(
      { service: 'ebs', action: 'CreateVolume', Size: 8, KmsKeyId: keyId },
      { principal: kms.principal('developer') },
    );
    expect(refused.error).toMatchObject({
      code: 'Client.InternalError',
      kms: { name: 'AccessDeniedException' },
    });
    expect(stored(kms)).toEqual([]);
  });
});

describe('EBS: bad input', () => {
  it.each([0, -1, 1.5, 16385, Number.NaN])('a size of %s GiB changes nothing', async (Size) => {
    const { kms, create, keyId } = await lab();
    const before = { view: JSON.stringify(kms.view()), trail: kms.cloudTrail.length };
    const refused = await create({ Size, KmsKeyId: keyId });
    expect(refused.error?.code).toBe('InvalidParameterValue');
    expect(refused.error?.message).toContain('GiB');
    expect(refused.calls).toEqual([]);
    expect({ view: JSON.stringify(kms.view()), trail: kms.cloudTrail.length }).toEqual(before);
  });

  it('an unknown volume or a malformed instance id calls nothing', async () => {
    const { create, attach, keyId } = await lab();
    const missing = await attach('vol-0000000000000000f');
    expect(missing.error).toEqual({
      code: 'InvalidVolume.NotFound',
      message: "The volume 'vol-0000000000000000f' does not exist.",
    });
    expect(missing.calls).toEqual([]);
    const volumeId = (await create({ Size: 8, KmsKeyId: keyId })).output!.VolumeId as string;
    const malformed = await attach(volumeId, 'server-1');
    expect(malformed.error?.code).toBe('InvalidInstanceID.Malformed');
    expect(malformed.calls).toEqual([]);
  });
});
