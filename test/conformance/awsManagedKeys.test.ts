/**
 * AWS managed keys (aws/s3, aws/ebs) and AWS owned keys, as a program using the AWS SDK
 * sees them once the simulated services have made them: visible, readable, rotating every
 * year on their own — and not the account's to change or use directly, whoever asks.
 */
import {
  CreateAliasCommand,
  DescribeKeyCommand,
  DisableKeyCommand,
  DisableKeyRotationCommand,
  EnableKeyRotationCommand,
  EncryptCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  KMSServiceException,
  ListAliasesCommand,
  ListKeyRotationsCommand,
  ListKeysCommand,
  PutKeyPolicyCommand,
  ScheduleKeyDeletionCommand,
  TagResourceCommand,
  UpdateKeyDescriptionCommand,
  type KMSClient,
} from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_ID,
  createKey,
  DAY_MS,
  expectKmsError,
  newLab,
  trackCommands,
  utf8,
} from './client';

trackCommands(import.meta.url);

/** A lab where S3 (SSE-KMS) and EBS have each made their AWS managed key for Application. */
async function withManagedKeys() {
  const lab = newLab();
  const { kms } = lab;
  const app = kms.principal('application');
  const put = await kms.service(
    {
      service: 's3',
      action: 'PutObject',
      Bucket: 'invoices',
      Key: 'a.pdf',
      Body: 'factura',
      ServerSideEncryption: 'aws:kms',
    },
    { principal: app },
  );
  const volume = await kms.service(
    { service: 'ebs', action: 'CreateVolume', Size: 8 },
    { principal: app },
  );
  expect(put.error).toBeUndefined();
  expect(volume.error).toBeUndefined();
  const s3 = await keyMetadata(lab.us, 'alias/aws/s3');
  const ebs = await keyMetadata(lab.us, 'alias/aws/ebs');
  return { ...lab, app, s3, ebs };
}

async function keyMetadata(client: KMSClient, KeyId: string) {
  const { KeyMetadata } = await client.send(new DescribeKeyCommand({ KeyId }));
  return KeyMetadata as typeof KeyMetadata & { KeyId: string; Arn: string };
}

/** AWS's denial when no policy allows the action: the AWS managed key's policy lets nobody. */
const denied = (action: string, arn: string) =>
  `User: arn:aws:iam::${ACCOUNT_ID}:root is not authorized to perform: kms:${action} on resource: ${arn} because no resource-based policy allows the kms:${action} action`;

describe('AWS managed keys through the SDK', () => {
  it('are described as AWS managed, listed with their aws/ aliases, readable, rotating yearly', async () => {
    const { us, s3, ebs } = await withManagedKeys();
    expect(s3).toMatchObject({
      KeyManager: 'AWS',
      KeyState: 'Enabled',
      Description: 'Default key that protects my S3 objects when no other key is defined',
    });
    expect(ebs.KeyManager).toBe('AWS');

    const { Aliases } = await us.send(new ListAliasesCommand({}));
    expect(Aliases).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ AliasName: 'alias/aws/s3', TargetKeyId: s3.KeyId }),
        expect.objectContaining({ AliasName: 'alias/aws/ebs', TargetKeyId: ebs.KeyId }),
      ]),
    );

    const { Policy } = await us.send(new GetKeyPolicyCommand({ KeyId: s3.KeyId }));
    const policy = JSON.parse(Policy!) as { Id: string; Statement: { Condition?: unknown }[] };
    expect(policy.Id).toBe('auto-s3-2');
    expect(policy.Statement[0]!.Condition).toEqual({
      StringEquals: {
        'kms:CallerAccount': ACCOUNT_ID,
        'kms:ViaService': 's3.us-east-1.amazonaws.com',
      },
    });

    for (const key of [s3, ebs]) {
      const status = await us.send(new GetKeyRotationStatusCommand({ KeyId: key.KeyId }));
      expect(status).toMatchObject({ KeyRotationEnabled: true, RotationPeriodInDays: 365 });
    }
  });

  it.each([
    ['DisableKey', (k: string) => new DisableKeyCommand({ KeyId: k })],
    ['ScheduleKeyDeletion', (k: string) => new ScheduleKeyDeletionCommand({ KeyId: k })],
    ['EnableKeyRotation', (k: string) => new EnableKeyRotationCommand({ KeyId: k })],
    ['DisableKeyRotation', (k: string) => new DisableKeyRotationCommand({ KeyId: k })],
    ['PutKeyPolicy', (k: string) => new PutKeyPolicyCommand({ KeyId: k, Policy: '{}' })],
    [
      'UpdateKeyDescription',
      (k: string) => new UpdateKeyDescriptionCommand({ KeyId: k, Description: 'mine' }),
    ],
    [
      'TagResource',
      (k: string) => new TagResourceCommand({ KeyId: k, Tags: [{ TagKey: 'a', TagValue: 'b' }] }),
    ],
    [
      'CreateAlias',
      (k: string) => new CreateAliasCommand({ AliasName: 'alias/my-s3', TargetKeyId: k }),
    ],
    ['Encrypt', (k: string) => new EncryptCommand({ KeyId: k, Plaintext: utf8('x') })],
  ] as const)(
    '%s on one is refused with AccessDeniedException, even for the root user',
    async (action, command) => {
      const { kms, us, s3 } = await withManagedKeys();
      const before = JSON.stringify(kms.view());
      // One union command type per call: the SDK's send is overloaded per command.
      const send = us.send.bind(us) as (c: unknown) => Promise<unknown>;
      const error = await expectKmsError(send(command(s3.KeyId)), {
        type: 'AccessDeniedException',
        message: denied(action, s3.Arn),
      });
      expect(error.name).toBe('AccessDeniedException');
      expect(JSON.stringify(kms.view())).toBe(before);
    },
  );

  it('rotate on the clock after 365 days, with nobody asking', async () => {
    const { kms, us, s3 } = await withManagedKeys();
    const before = await us.send(new ListKeyRotationsCommand({ KeyId: s3.KeyId }));
    expect(before.Rotations ?? []).toEqual([]);
    await kms.clock.advance(364 * DAY_MS);
    expect(
      (await us.send(new ListKeyRotationsCommand({ KeyId: s3.KeyId }))).Rotations ?? [],
    ).toEqual([]);
    await kms.clock.advance(1 * DAY_MS);
    const after = await us.send(new ListKeyRotationsCommand({ KeyId: s3.KeyId }));
    expect(after.Rotations).toEqual([expect.objectContaining({ RotationType: 'AUTOMATIC' })]);
  });

  it('still refuses a new alias/aws/ name, even once AWS managed keys exist', async () => {
    const { us } = await withManagedKeys();
    const key = await createKey(us);
    await expect(
      us.send(new CreateAliasCommand({ AliasName: 'alias/aws/mine', TargetKeyId: key.KeyId })),
    ).rejects.toBeInstanceOf(KMSServiceException);
    const { Aliases } = await us.send(new ListAliasesCommand({ KeyId: key.KeyId }));
    expect(Aliases ?? []).toEqual([]);
  });
});

describe('AWS owned keys (SSE-S3) are outside the account', () => {
  it('ListKeys never lists one, and CloudTrail has no record of their use', async () => {
    const { kms, us, app, s3, ebs } = await withManagedKeys();
    const trail = kms.cloudTrail.length;
    const put = await kms.service(
      {
        service: 's3',
        action: 'PutObject',
        Bucket: 'site',
        Key: 'index.html',
        Body: '<h1>hola</h1>',
        ServerSideEncryption: 'AES256',
      },
      { principal: app },
    );
    const get = await kms.service(
      { service: 's3', action: 'GetObject', Bucket: 'site', Key: 'index.html' },
      { principal: app },
    );
    expect(get.output).toMatchObject({ Body: '<h1>hola</h1>', ServerSideEncryption: 'AES256' });
    expect([...put.calls, ...get.calls]).toEqual([]);
    expect(kms.cloudTrail.length).toBe(trail);
    const { Keys } = await us.send(new ListKeysCommand({}));
    expect((Keys ?? []).map((k) => k.KeyId).sort()).toEqual([s3.KeyId, ebs.KeyId].sort());
  });
});
