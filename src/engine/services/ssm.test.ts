import { describe, expect, it } from 'vitest';
import { toBase64 } from '../crypto/bytes';
import { createKms } from '../kms';

const START = Date.UTC(2026, 0, 1);
const ARN = 'arn:aws:ssm:us-east-1:111122223333:parameter/prod/db/password';

async function lab() {
  const kms = createKms({ startTime: START });
  const app = kms.principal('application');
  const put = (Value: string, extra: { KeyId?: string; Overwrite?: boolean; Name?: string } = {}) =>
    kms.service(
      {
        service: 'ssm',
        action: 'PutParameter',
        Name: '/prod/db/password',
        Value,
        Type: 'SecureString',
        ...extra,
      },
      { principal: app },
    );
  const get = (WithDecryption = true, Name = '/prod/db/password') =>
    kms.service(
      { service: 'ssm', action: 'GetParameter', Name, WithDecryption },
      { principal: app },
    );
  const key = (await kms.call('CreateKey', {})).output!.KeyMetadata!;
  return { kms, app, put, get, keyArn: key.Arn!, keyId: key.KeyId! };
}

describe('Parameter Store: a SecureString parameter', () => {
  it('is encrypted by KMS directly, bound to its ARN, and read back with decryption', async () => {
    const { kms, app, put, get, keyArn } = await lab();
    const stored = await put('s3cr3t', { KeyId: keyArn });
    expect(stored.error).toBeUndefined();
    expect(stored.output).toEqual({ Version: 1, Tier: 'Standard' });
    expect(stored.calls.map((c) => c.operation)).toEqual(['Encrypt']);
    expect(stored.calls[0]!.input).toMatchObject({
      KeyId: keyArn,
      EncryptionContext: { PARAMETER_ARN: ARN },
    });
    expect(stored.work).toEqual([{ action: 'store', bytes: 6 }]);
    expect(kms.cloudTrail.at(-1)).toMatchObject({
      eventName: 'Encrypt',
      userIdentity: { arn: app.arn, invokedBy: 'ssm.amazonaws.com' },
      requestParameters: { encryptionContext: { PARAMETER_ARN: ARN } },
    });

    const read = await get();
    expect(read.output).toEqual({
      Parameter: {
        Name: '/prod/db/password',
        Type: 'SecureString',
        Value: 's3cr3t',
        Version: 1,
        ARN,
        DataType: 'text',
      },
    });
    expect(read.calls.map((c) => [c.operation, c.input])).toEqual([
      [
        'Decrypt',
        { CiphertextBlob: expect.any(Uint8Array), EncryptionContext: { PARAMETER_ARN: ARN } },
      ],
    ]);
    expect(kms.cloudTrail.at(-1)!.userIdentity.invokedBy).toBe('ssm.amazonaws.com');
  });

  it('without decryption answers the ciphertext and calls nothing', async () => {
    const { put, get, keyId } = await lab();
    const stored = await put('s3cr3t', { KeyId: keyId });
    const read = await get(false);
    expect(read.calls).toEqual([]);
    const blob = (stored.calls[0]!.output as { CiphertextBlob: Uint8Array }).CiphertextBlob;
    expect((read.output as { Parameter: { Value: string } }).Parameter.Value).toBe(toBase64(blob));
  });

  it('uses aws/ssm by default; a second put needs Overwrite and makes version 2', async () => {
    const { kms, put, get } = await lab();
    expect((await put('one')).error).toBeUndefined();
    const managed = (await kms.call('DescribeKey', { KeyId: 'alias/aws/ssm' })).output!
      .KeyMetadata!;
    expect(managed.KeyManager).toBe('AWS');
    const again = await put('two');
    expect(again.error).toEqual({
      code: 'ParameterAlreadyExists',
      message:
        'The parameter already exists. To overwrite this value, set the overwrite option in the request to true.',
    });
    expect(again.calls).toEqual([]);
    expect((await put('two', { Overwrite: true })).output).toEqual({
      Version: 2,
      Tier: 'Standard',
    });
    expect((await get()).output).toMatchObject({ Parameter: { Value: 'two', Version: 2 } });
  });

  it('passes KMS refusals through: a disabled key, a caller without access', async () => {
    const { kms, put, get, keyId } = await lab();
    await put('s3cr3t', { KeyId: keyId });
    await kms.call('DisableKey', { KeyId: keyId });
    const refused = await get();
    expect(refused.error).toMatchObject({
      code: 'DisabledException',
      kms: { name: 'DisabledException' },
    });
    expect(refused.error!.message).toMatch(
      /\(Service: AWSKMS; Status Code: 400; Error Code: DisabledException\)$/,
    );
    await kms.call('EnableKey', { KeyId: keyId });
    const denied = await kms.service(
      { service: 'ssm', action: 'GetParameter', Name: '/prod/db/password', WithDecryption: true },
      { principal: kms.principal('developer') },
    );
    expect(denied.error?.code).toBe('AccessDeniedException');
  });

  it('answers ParameterNotFound for a name never put, calling nothing', async () => {
    const { get } = await lab();
    const missing = await get(true, '/nope');
    expect(missing.error?.code).toBe('ParameterNotFound');
    expect(missing.calls).toEqual([]);
  });
});

describe('Parameter Store: bad input changes nothing', () => {
  it.each([
    ['a name with a space', { Name: 'db password' }, 'Parameter name:'],
    ['a name prefixed with aws', { Name: '/aws/x' }, 'Parameter name:'],
    ['a name prefixed with ssm', { Name: 'ssmThing' }, 'Parameter name:'],
    ['a path without its leading slash', { Name: 'prod/db' }, 'Parameter name:'],
    ['an empty value', { Value: '' }, "Value '' at 'value'"],
    ['a value over 4 KB', { Value: 'x'.repeat(4097) }, 'Standard tier parameters support'],
  ])('%s', async (_, extra, message) => {
    const { kms, put, keyId } = await lab();
    const before = { view: JSON.stringify(kms.view()), trail: kms.cloudTrail.length };
    const { Value = 'v', ...rest } = extra as { Value?: string; Name?: string };
    const refused = await put(Value, { KeyId: keyId, ...rest });
    expect(refused.error?.code).toBe('ValidationException');
    expect(refused.error?.message).toContain(message);
    expect(refused.calls).toEqual([]);
    expect({ view: JSON.stringify(kms.view()), trail: kms.cloudTrail.length }).toEqual(before);
  });
});
