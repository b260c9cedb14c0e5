import { describe, expect, it } from 'vitest';
import { createKms } from '../kms';
import { DAY_MS } from '../scheduler';

const START = Date.UTC(2026, 0, 1);

async function lab() {
  const kms = createKms({ startTime: START });
  const app = kms.principal('application');
  const put = (body: string, extra: Record<string, string> = {}) =>
    kms.service(
      {
        service: 's3',
        action: 'PutObject',
        Bucket: 'invoices',
        Key: '2026/01.pdf',
        Body: body,
        ServerSideEncryption: 'aws:kms',
        ...extra,
      },
      { principal: app },
    );
  const get = () =>
    kms.service(
      { service: 's3', action: 'GetObject', Bucket: 'invoices', Key: '2026/01.pdf' },
      { principal: app },
    );
  return { kms, app, put, get };
}

describe('S3 with SSE-KMS under a customer managed key', () => {
  it('stores the object under a data key, reads it back through KMS, and fails once the key is disabled', async () => {
    const { kms, put, get } = await lab();
    const keyId = (await kms.call('CreateKey', {})).output!.KeyMetadata!.Arn!;

    const stored = await put('factura', { SSEKMSKeyId: keyId });
    expect(stored.error).toBeUndefined();
    expect(stored.output).toEqual({ ServerSideEncryption: 'aws:kms', SSEKMSKeyId: keyId });
    expect(stored.calls.map((c) => c.operation)).toEqual(['GenerateDataKey']);
    expect(stored.calls[0]!.input).toMatchObject({
      KeySpec: 'AES_256',
      EncryptionContext: { 'aws:s3:arn': 'arn:aws:s3:::invoices/2026/01.pdf' },
    });
    expect(stored.work.map((w) => w.action)).toEqual([
      'encrypt-data',
      'discard-plaintext-key',
      'store',
    ]);

    const read = await get();
    expect(read.output).toMatchObject({ Body: 'factura', SSEKMSKeyId: keyId });
    expect(read.calls.map((c) => c.operation)).toEqual(['Decrypt']);

    await kms.call('DisableKey', { KeyId: keyId });
    const refused = await get();
    expect(refused.output).toBeUndefined();
    expect(refused.error).toMatchObject({
      code: 'KMS.DisabledException',
      kms: { name: 'DisabledException' },
    });
  });

  it('audits each KMS call as the caller, with S3 in invokedBy', async () => {
    const { kms, put } = await lab();
    const keyId = (await kms.call('CreateKey', {})).output!.KeyMetadata!.KeyId!;
    await put('x', { SSEKMSKeyId: keyId });
    const event = kms.cloudTrail.at(-1)!;
    expect(event).toMatchObject({
      eventName: 'GenerateDataKey',
      sourceIPAddress: 's3.amazonaws.com',
      userIdentity: {
        type: 'AssumedRole',
        arn: kms.principal('application').arn,
        invokedBy: 's3.amazonaws.com',
      },
      requestParameters: {
        encryptionContext: { 'aws:s3:arn': 'arn:aws:s3:::invoices/2026/01.pdf' },
      },
    });
  });

  it('is refused at the policy step when the caller may not use the key', async () => {
    const { kms } = await lab();
    const keyId = (await kms.call('CreateKey', {})).output!.KeyMetadata!.KeyId!;
    const refused = await kms.service(
      {
        service: 's3',
        action: 'PutObject',
        Bucket: 'invoices',
        Key: 'a',
        Body: 'x',
        ServerSideEncryption: 'aws:kms',
        SSEKMSKeyId: keyId,
      },
      { principal: kms.principal('developer') },
    );
    expect(refused.error).toMatchObject({
      code: 'AccessDenied',
      kms: { name: 'AccessDeniedException' },
    });
    expect(refused.work).toEqual([]);
  });
});

describe('the AWS managed key aws/s3', () => {
  it('is created by S3 the first time it is needed, once, managed by AWS and rotating yearly', async () => {
    const { kms, put, get } = await lab();
    const first = await put('uno');
    const second = await put('dos');
    expect(first.error).toBeUndefined();
    expect(second.error).toBeUndefined();
    const created = kms.cloudTrail.filter((e) => e.eventName === 'CreateKey');
    expect(created).toHaveLength(1);
    expect(created[0]!.userIdentity.invokedBy).toBe('s3.amazonaws.com');

    const described = await kms.call('DescribeKey', { KeyId: 'alias/aws/s3' });
    expect(described.output!.KeyMetadata).toMatchObject({
      KeyManager: 'AWS',
      Description: 'Default key that protects my S3 objects when no other key is defined',
      Enabled: true,
    });
    expect(first.output!.SSEKMSKeyId).toBe(described.output!.KeyMetadata!.Arn);
    const rotation = await kms.call('GetKeyRotationStatus', {
      KeyId: described.output!.KeyMetadata!.KeyId!,
    });
    expect(rotation.output).toMatchObject({ KeyRotationEnabled: true, RotationPeriodInDays: 365 });
    expect((await get()).output).toMatchObject({ Body: 'dos' });

    const records = await kms.clock.advance(366 * DAY_MS);
    expect(records.map((r) => r.operation)).toContain('RotateKey');
  });

  it('can be seen but not changed, disabled, deleted, rotated or used directly, even by the root user', async () => {
    const { kms, put } = await lab();
    await put('uno');
    const keyId = (await kms.call('DescribeKey', { KeyId: 'alias/aws/s3' })).output!.KeyMetadata!
      .KeyId!;
    expect((await kms.call('GetKeyPolicy', { KeyId: keyId })).error).toBeUndefined();
    const refusals = await Promise.all([
      kms.call('DisableKey', { KeyId: keyId }),
      kms.call('ScheduleKeyDeletion', { KeyId: keyId }),
      kms.call('DisableKeyRotation', { KeyId: keyId }),
      kms.call('PutKeyPolicy', { KeyId: keyId, Policy: '{}' }),
      kms.call('Encrypt', { KeyId: keyId, Plaintext: new Uint8Array([1]) }),
    ]);
    for (const r of refusals) expect(r.error?.name).toBe('AccessDeniedException');
    expect(refusals[0]!.error!.message).toBe(
      `User: arn:aws:iam::111122223333:root is not authorized to perform: kms:DisableKey on resource: ${(await kms.call('DescribeKey', { KeyId: keyId })).output!.KeyMetadata!.Arn} because no resource-based policy allows the kms:DisableKey action`,
    );
  });
});

describe('SSE-S3: an AWS owned key', () => {
  it('encrypts and decrypts without any KMS call, trail record or key in the account', async () => {
    const { kms, app } = await lab();
    const put = await kms.service(
      {
        service: 's3',
        action: 'PutObject',
        Bucket: 'public-site',
        Key: 'index.html',
        Body: '<h1>hola</h1>',
        ServerSideEncryption: 'AES256',
      },
      { principal: app },
    );
    const get = await kms.service(
      { service: 's3', action: 'GetObject', Bucket: 'public-site', Key: 'index.html' },
      { principal: app },
    );
    expect(get.output).toEqual({ Body: '<h1>hola</h1>', ServerSideEncryption: 'AES256' });
    expect([...put.calls, ...get.calls]).toEqual([]);
    expect(kms.cloudTrail).toEqual([]);
    expect((await kms.call('ListKeys', {})).output!.Keys).toEqual([]);
  });

  it('answers NoSuchKey for an object never stored, calling nothing', async () => {
    const { get } = await lab();
    const r = await get();
    expect(r.error).toEqual({ code: 'NoSuchKey', message: 'The specified key does not exist.' });
    expect(r.calls).toEqual([]);
  });
});
