import { describe, expect, it } from 'vitest';
import { createKms } from '../kms';

const START = Date.UTC(2026, 0, 1);

async function lab() {
  const kms = createKms({ startTime: START });
  const app = kms.principal('application');
  const create = (SecretString: string, extra: { KmsKeyId?: string; Name?: string } = {}) =>
    kms.service(
      {
        service: 'secretsmanager',
        action: 'CreateSecret',
        Name: 'prod/db',
        SecretString,
        ...extra,
      },
      { principal: app },
    );
  const get = (SecretId = 'prod/db', principal = app) =>
    kms.service({ service: 'secretsmanager', action: 'GetSecretValue', SecretId }, { principal });
  const key = (await kms.call('CreateKey', {})).output!.KeyMetadata!;
  return { kms, app, create, get, keyArn: key.Arn!, keyId: key.KeyId! };
}

type Created = { ARN: string; Name: string; VersionId: string };

describe('Secrets Manager: a secret', () => {
  it('is sealed under a data key bound to its ARN and version, and read back by name or ARN', async () => {
    const { kms, app, create, get, keyArn } = await lab();
    const created = await create('hunter2', { KmsKeyId: keyArn });
    expect(created.error).toBeUndefined();
    const { ARN, VersionId } = created.output as Created;
    expect(ARN).toMatch(
      /^arn:aws:secretsmanager:us-east-1:111122223333:secret:prod\/db-[A-Za-z0-9]{6}$/,
    );
    expect(VersionId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const context = { SecretARN: ARN, SecretVersionId: VersionId };
    expect(created.calls.map((c) => [c.operation, c.input])).toEqual([
      ['GenerateDataKey', { KeyId: keyArn, KeySpec: 'AES_256', EncryptionContext: context }],
    ]);
    expect(created.work.map((w) => w.action)).toEqual([
      'encrypt-data',
      'discard-plaintext-key',
      'store',
    ]);
    expect(kms.cloudTrail.at(-1)).toMatchObject({
      eventName: 'GenerateDataKey',
      userIdentity: { arn: app.arn, invokedBy: 'secretsmanager.amazonaws.com' },
      requestParameters: { encryptionContext: context },
    });

    for (const id of ['prod/db', ARN]) {
      const read = await get(id);
      expect(read.output).toMatchObject({
        ARN,
        Name: 'prod/db',
        VersionId,
        SecretString: 'hunter2',
        VersionStages: ['AWSCURRENT'],
      });
      expect(read.calls.map((c) => [c.operation, c.input])).toEqual([
        ['Decrypt', { CiphertextBlob: expect.any(Uint8Array), EncryptionContext: context }],
      ]);
      expect(read.work).toEqual([{ action: 'decrypt-data', bytes: 7 }]);
    }
  });

  it('uses aws/secretsmanager by default', async () => {
    const { kms, create, get } = await lab();
    expect((await create('x')).error).toBeUndefined();
    const managed = (await kms.call('DescribeKey', { KeyId: 'alias/aws/secretsmanager' })).output!
      .KeyMetadata!;
    expect(managed.KeyManager).toBe('AWS');
    expect((await get()).output).toMatchObject({ SecretString: 'x' });
  });
});

describe('Secrets Manager: KMS refusals in its words', () => {
  it('DecryptionFailure after DisableKey, EncryptionFailure creating under it', async () => {
    const { kms, create, get, keyId } = await lab();
    await create('hunter2', { KmsKeyId: keyId });
    await kms.call('DisableKey', { KeyId: keyId });
    const refused = await get();
    expect(refused.error).toMatchObject({
      code: 'DecryptionFailure',
      message:
        "Secrets Manager can't decrypt the protected secret text using the provided KMS key.",
      kms: { name: 'DisabledException' },
    });
    expect(refused.work).toEqual([]);
    const notCreated = await create('other', { KmsKeyId: keyId, Name: 'other' });
    expect(notCreated.error).toMatchObject({
      code: 'EncryptionFailure',
      kms: { name: 'DisabledException' },
    });
    expect(notCreated.error!.message).toMatch(/^Secrets Manager can't encrypt/);
    expect((await get('other')).error?.code).toBe('ResourceNotFoundException');
  });

  it('AccessDeniedException "Access to KMS is not allowed" for a caller without the key', async () => {
    const { kms, create, get, keyId } = await lab();
    await create('hunter2', { KmsKeyId: keyId });
    const refused = await get('prod/db', kms.principal('developer'));
    expect(refused.error).toMatchObject({
      code: 'AccessDeniedException',
      message: 'Access to KMS is not allowed',
      kms: { name: 'AccessDeniedException' },
    });
  });
});

describe('Secrets Manager: its own refusals change nothing', () => {
  it('an unknown secret, a second secret of the same name', async () => {
    const { create, get, keyId } = await lab();
    expect((await get('nope')).error).toEqual({
      code: 'ResourceNotFoundException',
      message: "Secrets Manager can't find the specified secret.",
    });
    await create('a', { KmsKeyId: keyId });
    const again = await create('b', { KmsKeyId: keyId });
    expect(again.error).toEqual({
      code: 'ResourceExistsException',
      message: 'The operation failed because the secret prod/db already exists.',
    });
    expect(again.calls).toEqual([]);
  });

  it.each([
    ['an empty name', { Name: '' }, 'Invalid name.'],
    ['a name with a space', { Name: 'my secret' }, 'Invalid name.'],
    ['a value over 64 KB', { SecretString: 'x'.repeat(65537) }, 'less than or equal to 65536'],
  ])('%s', async (_, extra, message) => {
    const { kms, create, keyId } = await lab();
    const before = { view: JSON.stringify(kms.view()), trail: kms.cloudTrail.length };
    const { SecretString = 'v', ...rest } = extra as { SecretString?: string; Name?: string };
    const refused = await create(SecretString, { KmsKeyId: keyId, ...rest });
    expect(refused.error?.code).toBe('ValidationException');
    expect(refused.error?.message).toContain(message);
    expect(refused.calls).toEqual([]);
    expect({ view: JSON.stringify(kms.view()), trail: kms.cloudTrail.length }).toEqual(before);
  });
});
