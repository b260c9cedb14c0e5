/**
 * Data key pairs through the AWS SDK: GenerateDataKeyPair and
 * GenerateDataKeyPairWithoutPlaintext for every pair spec outside China. The pair is checked
 * by an independent implementation (Node's crypto: the private key's public half is the
 * PublicKey returned), and the encrypted private key by KMS itself (Decrypt gives back exactly
 * the PKCS#8, with the same encryption context only).
 */
import {
  DecryptCommand,
  DisableKeyCommand,
  DisabledException,
  DryRunOperationException,
  GenerateDataKeyPairCommand,
  GenerateDataKeyPairWithoutPlaintextCommand,
  InvalidCiphertextException,
  InvalidKeyUsageException,
  UnsupportedOperationException,
  type DataKeyPairSpec,
} from '@aws-sdk/client-kms';
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  createKey,
  expectKmsError,
  MATERIAL_ID,
  newLab,
  trackCommands,
  validation,
} from './client';

trackCommands(import.meta.url);

const CONTEXT = { purpose: 'data-key-pair', tenant: 'acme' };

/** What Node's crypto reads in each pair's private key. */
const NODE_KEY: [DataKeyPairSpec, string, Record<string, unknown>][] = [
  ['RSA_2048', 'rsa', { modulusLength: 2048 }],
  ['RSA_3072', 'rsa', { modulusLength: 3072 }],
  ['RSA_4096', 'rsa', { modulusLength: 4096 }],
  ['ECC_NIST_P256', 'ec', { namedCurve: 'prime256v1' }],
  ['ECC_NIST_P384', 'ec', { namedCurve: 'secp384r1' }],
  ['ECC_NIST_P521', 'ec', { namedCurve: 'secp521r1' }],
  ['ECC_SECG_P256K1', 'ec', { namedCurve: 'secp256k1' }],
  ['ECC_NIST_EDWARDS25519', 'ed25519', {}],
];

/** The DER SubjectPublicKeyInfo Node derives from a DER PKCS#8 private key. */
function publicOf(pkcs8: Uint8Array, expectedType?: string, detail?: Record<string, unknown>) {
  const privateKey = createPrivateKey({ key: Buffer.from(pkcs8), format: 'der', type: 'pkcs8' });
  if (expectedType) expect(privateKey.asymmetricKeyType).toBe(expectedType);
  if (detail) expect(privateKey.asymmetricKeyDetails).toMatchObject(detail);
  return new Uint8Array(createPublicKey(privateKey).export({ format: 'der', type: 'spki' }));
}

describe('GenerateDataKeyPair', () => {
  it.each(NODE_KEY)(
    '%s: a real pair; the encrypted private key decrypts to exactly the plaintext one',
    async (spec, type, detail) => {
      const { us } = newLab();
      const key = await createKey(us);
      const pair = await us.send(
        new GenerateDataKeyPairCommand({
          KeyId: key.KeyId,
          KeyPairSpec: spec,
          EncryptionContext: CONTEXT,
        }),
      );
      expect(pair.KeyId).toBe(key.Arn);
      expect(pair.KeyPairSpec).toBe(spec);
      expect(pair.KeyMaterialId).toMatch(MATERIAL_ID);
      expect(pair.PrivateKeyPlaintext).toBeInstanceOf(Uint8Array);
      expect(publicOf(pair.PrivateKeyPlaintext!, type, detail)).toEqual(pair.PublicKey);
      // The public key is a DER SPKI Node reads on its own.
      const publicKey = createPublicKey({
        key: Buffer.from(pair.PublicKey!),
        format: 'der',
        type: 'spki',
      });
      expect(publicKey.asymmetricKeyType).toBe(type);

      const opened = await us.send(
        new DecryptCommand({
          CiphertextBlob: pair.PrivateKeyCiphertextBlob,
          EncryptionContext: CONTEXT,
        }),
      );
      expect(opened.KeyId).toBe(key.Arn);
      expect(opened.Plaintext).toEqual(pair.PrivateKeyPlaintext);
      await expectKmsError(
        us.send(
          new DecryptCommand({
            CiphertextBlob: pair.PrivateKeyCiphertextBlob,
            EncryptionContext: { ...CONTEXT, tenant: 'other' },
          }),
        ),
        { type: InvalidCiphertextException },
      );
      await expectKmsError(
        us.send(new DecryptCommand({ CiphertextBlob: pair.PrivateKeyCiphertextBlob })),
        { type: InvalidCiphertextException },
      );
    },
  );

  it('every call makes a new pair', async () => {
    const { us } = newLab();
    const key = await createKey(us);
    const input = { KeyId: key.KeyId, KeyPairSpec: 'ECC_NIST_P256' as const };
    const a = await us.send(new GenerateDataKeyPairCommand(input));
    const b = await us.send(new GenerateDataKeyPairCommand(input));
    expect(a.PublicKey).not.toEqual(b.PublicKey);
    expect(a.PrivateKeyPlaintext).not.toEqual(b.PrivateKeyPlaintext);
  });

  it('traces the encryption of the private key and the pair leaving KMS', async () => {
    const { us, kms } = newLab();
    const key = await createKey(us);
    const record = await kms.call(
      'GenerateDataKeyPair',
      { KeyId: key.KeyId, KeyPairSpec: 'ECC_NIST_P384' },
      { region: 'us-east-1' },
    );
    expect(record.error).toBeUndefined();
    const material = record.trace.find((s) => s.type === 'material');
    expect(material).toMatchObject({ keyId: key.KeyId, action: 'encrypt', ok: true });
    const dataKey = record.trace.find((s) => s.type === 'data-key');
    expect(dataKey).toEqual({
      type: 'data-key',
      keyId: key.KeyId,
      bytes: record.output!.PrivateKeyPlaintext!.length,
      withPlaintext: true,
      pair: 'ECC_NIST_P384',
    });
  });
});

describe('GenerateDataKeyPairWithoutPlaintext', () => {
  it('returns the public key and only the encrypted private key, which Decrypt opens', async () => {
    const { us, kms } = newLab();
    const key = await createKey(us);
    await kms.call('CreateAlias', { AliasName: 'alias/pairs', TargetKeyId: key.KeyId });
    const pair = await us.send(
      new GenerateDataKeyPairWithoutPlaintextCommand({
        KeyId: 'alias/pairs',
        KeyPairSpec: 'ECC_NIST_P521',
        EncryptionContext: CONTEXT,
      }),
    );
    expect(pair).not.toHaveProperty('PrivateKeyPlaintext');
    expect(pair).toMatchObject({ KeyId: key.Arn, KeyPairSpec: 'ECC_NIST_P521' });
    expect(pair.KeyMaterialId).toMatch(MATERIAL_ID);
    const opened = await us.send(
      new DecryptCommand({
        CiphertextBlob: pair.PrivateKeyCiphertextBlob,
        EncryptionContext: CONTEXT,
      }),
    );
    expect(publicOf(opened.Plaintext!, 'ec', { namedCurve: 'secp521r1' })).toEqual(pair.PublicKey);
    const record = await kms.call(
      'GenerateDataKeyPairWithoutPlaintext',
      { KeyId: key.KeyId, KeyPairSpec: 'ECC_NIST_P256' },
      { region: 'us-east-1' },
    );
    expect(record.trace.find((s) => s.type === 'data-key')).toMatchObject({
      withPlaintext: false,
      pair: 'ECC_NIST_P256',
    });
  });
});

describe('data key pair refusals', () => {
  it('needs a symmetric encryption KMS key', async () => {
    const { us } = newLab();
    const rsa = await createKey(us, { KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT' });
    const mac = await createKey(us, { KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' });
    const agreement = await createKey(us, { KeySpec: 'ECC_NIST_P256', KeyUsage: 'KEY_AGREEMENT' });
    for (const key of [rsa, mac, agreement]) {
      const input = { KeyId: key.KeyId, KeyPairSpec: 'ECC_NIST_P256' as const };
      for (const call of [
        () => us.send(new GenerateDataKeyPairCommand(input)),
        () => us.send(new GenerateDataKeyPairWithoutPlaintextCommand(input)),
      ]) {
        await expectKmsError(call(), {
          type: InvalidKeyUsageException,
          message: `${key.Arn} key spec is ${key.KeySpec} which is not valid for this operation.`,
        });
      }
    }
  });

  it('SM2 only in the China Regions; a pair spec is required', async () => {
    const { us } = newLab();
    const key = await createKey(us);
    await expectKmsError(
      us.send(new GenerateDataKeyPairCommand({ KeyId: key.KeyId, KeyPairSpec: 'SM2' })),
      { type: UnsupportedOperationException },
    );
    await expectKmsError(
      us.send(new GenerateDataKeyPairWithoutPlaintextCommand({ KeyId: key.KeyId } as never)),
      {
        type: 'ValidationException',
        message: validation(
          "Value null at 'keyPairSpec' failed to satisfy constraint: Member must not be null",
        ),
      },
    );
  });

  it('DryRun answers DryRunOperationException; a disabled key is refused; Recipient is not simulated', async () => {
    const { us } = newLab();
    const key = await createKey(us);
    await expectKmsError(
      us.send(
        new GenerateDataKeyPairCommand({ KeyId: key.KeyId, KeyPairSpec: 'RSA_2048', DryRun: true }),
      ),
      {
        type: DryRunOperationException,
        message: 'The request would have succeeded, but the DryRun option is set.',
      },
    );
    await expectKmsError(
      us.send(
        new GenerateDataKeyPairCommand({
          KeyId: key.KeyId,
          KeyPairSpec: 'ECC_NIST_P256',
          Recipient: { KeyEncryptionAlgorithm: 'RSAES_OAEP_SHA_256' },
        }),
      ),
      { type: UnsupportedOperationException },
    );
    await us.send(new DisableKeyCommand({ KeyId: key.KeyId }));
    await expectKmsError(
      us.send(
        new GenerateDataKeyPairWithoutPlaintextCommand({
          KeyId: key.KeyId,
          KeyPairSpec: 'ECC_NIST_P256',
        }),
      ),
      { type: DisabledException, message: `${key.Arn} is disabled.` },
    );
  });
});
