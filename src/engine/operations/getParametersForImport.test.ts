import { createPublicKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DAY, START, externalKey, newKms } from './importTestKit';

describe('GetParametersForImport', { timeout: 20_000 }, () => {
  it('answers a fresh RSA wrapping key (DER SPKI), a token and ParametersValidTo = now + 24 h', async () => {
    const kms = newKms();
    const key = await externalKey(kms);
    const call = (spec: 'RSA_2048' | 'RSA_3072') =>
      kms.call('GetParametersForImport', {
        KeyId: key.KeyId!,
        WrappingAlgorithm: 'RSA_AES_KEY_WRAP_SHA_256',
        WrappingKeySpec: spec,
      });
    const first = await call('RSA_3072');
    expect(first.error).toBeUndefined();
    const out = first.output!;
    expect(out.KeyId).toBe(key.Arn);
    expect(out.ParametersValidTo).toEqual(new Date(START + DAY));
    const publicKey = createPublicKey({
      key: Buffer.from(out.PublicKey!),
      format: 'der',
      type: 'spki',
    });
    expect(publicKey.asymmetricKeyType).toBe('rsa');
    expect(publicKey.asymmetricKeyDetails?.modulusLength).toBe(3072);
    const second = (await call('RSA_2048')).output!;
    expect(Buffer.from(second.PublicKey!).equals(Buffer.from(out.PublicKey!))).toBe(false);
    expect(Buffer.from(second.ImportToken!).equals(Buffer.from(out.ImportToken!))).toBe(false);
  });

  it('is audited with its parameters, never the token or the public key', async () => {
    const kms = newKms();
    const key = await externalKey(kms);
    const record = await kms.call('GetParametersForImport', {
      KeyId: key.KeyId!,
      WrappingAlgorithm: 'RSAES_OAEP_SHA_256',
      WrappingKeySpec: 'RSA_2048',
    });
    expect(record.events[0]).toMatchObject({
      eventName: 'GetParametersForImport',
      requestParameters: {
        keyId: key.KeyId,
        wrappingAlgorithm: 'RSAES_OAEP_SHA_256',
        wrappingKeySpec: 'RSA_2048',
      },
      responseElements: null,
      resources: [{ ARN: key.Arn }],
    });
  });

  it('refuses keys whose material KMS made, RSAES_PKCS1_V1_5 and a key pending deletion', async () => {
    const kms = newKms();
    const generated = (await kms.call('CreateKey', {})).output!.KeyMetadata!;
    const params = (KeyId: string, WrappingAlgorithm = 'RSAES_OAEP_SHA_1') =>
      kms.call('GetParametersForImport', { KeyId, WrappingAlgorithm, WrappingKeySpec: 'RSA_2048' });
    expect((await params(generated.KeyId!)).error).toMatchObject({
      name: 'UnsupportedOperationException',
      message: `${generated.Arn} origin is AWS_KMS which is not valid for this operation.`,
    });
    const key = await externalKey(kms);
    expect((await params(key.KeyId!, 'RSAES_PKCS1_V1_5')).error?.name).toBe('ValidationException');
    await kms.call('ScheduleKeyDeletion', { KeyId: key.KeyId! });
    expect((await params(key.KeyId!)).error).toMatchObject({
      name: 'KMSInvalidStateException',
      message: `${key.Arn} is pending deletion.`,
    });
  });
});
