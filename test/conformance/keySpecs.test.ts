/**
 * Every key spec through the AWS SDK (issue 5, first part): CreateKey of each spec and
 * usage, the algorithm lists DescribeKey returns, GetPublicKey's DER SubjectPublicKeyInfo —
 * read back by an independent implementation (Node's crypto) — and the refusals KMS gives
 * when a key is used for what its spec or usage does not allow.
 */
import {
  CreateKeyCommand,
  DescribeKeyCommand,
  EnableKeyRotationCommand,
  EncryptCommand,
  GenerateDataKeyCommand,
  GetPublicKeyCommand,
  InvalidKeyUsageException,
  UnsupportedOperationException,
  type KeySpec,
  type KeyUsageType,
} from '@aws-sdk/client-kms';
import { createPublicKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createKey, expectKmsError, newLab, trackCommands } from './client';

trackCommands(import.meta.url);

/** Each spec with every usage it accepts, and what DescribeKey lists for it. */
const SPECS: [KeySpec, KeyUsageType, string, string[]][] = [
  [
    'RSA_2048',
    'ENCRYPT_DECRYPT',
    'EncryptionAlgorithms',
    ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256'],
  ],
  [
    'RSA_3072',
    'SIGN_VERIFY',
    'SigningAlgorithms',
    [
      'RSASSA_PSS_SHA_256',
      'RSASSA_PSS_SHA_384',
      'RSASSA_PSS_SHA_512',
      'RSASSA_PKCS1_V1_5_SHA_256',
      'RSASSA_PKCS1_V1_5_SHA_384',
      'RSASSA_PKCS1_V1_5_SHA_512',
    ],
  ],
  ['ECC_NIST_P256', 'SIGN_VERIFY', 'SigningAlgorithms', ['ECDSA_SHA_256']],
  ['ECC_NIST_P384', 'KEY_AGREEMENT', 'KeyAgreementAlgorithms', ['ECDH']],
  ['ECC_NIST_P521', 'SIGN_VERIFY', 'SigningAlgorithms', ['ECDSA_SHA_512']],
  ['ECC_SECG_P256K1', 'SIGN_VERIFY', 'SigningAlgorithms', ['ECDSA_SHA_256']],
  [
    'ECC_NIST_EDWARDS25519',
    'SIGN_VERIFY',
    'SigningAlgorithms',
    ['ED25519_SHA_512', 'ED25519_PH_SHA_512'],
  ],
  ['ML_DSA_44', 'SIGN_VERIFY', 'SigningAlgorithms', ['ML_DSA_SHAKE_256']],
  ['HMAC_224', 'GENERATE_VERIFY_MAC', 'MacAlgorithms', ['HMAC_SHA_224']],
  ['HMAC_512', 'GENERATE_VERIFY_MAC', 'MacAlgorithms', ['HMAC_SHA_512']],
];

/** What Node's crypto reads in the SubjectPublicKeyInfo of each asymmetric spec. */
const NODE_KEY: Partial<Record<KeySpec, { type: string; detail?: Record<string, unknown> }>> = {
  RSA_2048: { type: 'rsa', detail: { modulusLength: 2048 } },
  RSA_3072: { type: 'rsa', detail: { modulusLength: 3072 } },
  ECC_NIST_P256: { type: 'ec', detail: { namedCurve: 'prime256v1' } },
  ECC_NIST_P384: { type: 'ec', detail: { namedCurve: 'secp384r1' } },
  ECC_NIST_P521: { type: 'ec', detail: { namedCurve: 'secp521r1' } },
  ECC_SECG_P256K1: { type: 'ec', detail: { namedCurve: 'secp256k1' } },
  ECC_NIST_EDWARDS25519: { type: 'ed25519' },
};

describe('key specs', () => {
  it.each(SPECS)(
    'CreateKey %s for %s: DescribeKey lists its algorithms; GetPublicKey gives what others can read',
    async (spec, usage, listName, algorithms) => {
      const { us } = newLab();
      const meta = await createKey(us, { KeySpec: spec, KeyUsage: usage });
      expect(meta).toMatchObject({ KeySpec: spec, KeyUsage: usage, [listName]: algorithms });
      const described = await us.send(new DescribeKeyCommand({ KeyId: meta.KeyId }));
      expect(described.KeyMetadata).toMatchObject({ KeySpec: spec, [listName]: algorithms });
      for (const other of ['EncryptionAlgorithms', 'SigningAlgorithms', 'MacAlgorithms'])
        if (other !== listName) expect(described.KeyMetadata).not.toHaveProperty(other);
      // One key material that never rotates: KMS names none (symmetric keys only).
      expect(described.KeyMetadata).not.toHaveProperty('CurrentKeyMaterialId');

      if (spec.startsWith('HMAC')) {
        await expectKmsError(us.send(new GetPublicKeyCommand({ KeyId: meta.KeyId })), {
          type: UnsupportedOperationException,
        });
        return;
      }
      const got = await us.send(new GetPublicKeyCommand({ KeyId: meta.KeyId }));
      expect(got).toMatchObject({
        KeyId: meta.Arn,
        KeySpec: spec,
        KeyUsage: usage,
        [listName]: algorithms,
      });
      const expected = NODE_KEY[spec];
      if (!expected) {
        // ML-DSA: Node 20 cannot read it; its SPKI is checked in src/engine/crypto tests.
        expect(got.PublicKey?.length).toBeGreaterThan(1312);
        return;
      }
      const key = createPublicKey({
        key: Buffer.from(got.PublicKey!),
        format: 'der',
        type: 'spki',
      });
      expect(key.asymmetricKeyType).toBe(expected.type);
      if (expected.detail) expect(key.asymmetricKeyDetails).toMatchObject(expected.detail);
    },
  );

  it('refuses a spec without a usage, a usage the spec does not take, and SM2 outside China', async () => {
    const { us } = newLab();
    await expectKmsError(us.send(new CreateKeyCommand({ KeySpec: 'RSA_2048' })), {
      type: 'ValidationException',
    });
    await expectKmsError(
      us.send(
        new CreateKeyCommand({ KeySpec: 'ECC_NIST_EDWARDS25519', KeyUsage: 'ENCRYPT_DECRYPT' }),
      ),
      {
        type: 'ValidationException',
        message: 'KeyUsage ENCRYPT_DECRYPT is not compatible with KeySpec ECC_NIST_EDWARDS25519',
      },
    );
    await expectKmsError(
      us.send(new CreateKeyCommand({ KeySpec: 'HMAC_256', KeyUsage: 'SIGN_VERIFY' })),
      { type: 'ValidationException' },
    );
    await expectKmsError(
      us.send(new CreateKeyCommand({ KeySpec: 'SM2', KeyUsage: 'SIGN_VERIFY' })),
      { type: UnsupportedOperationException },
    );
  });

  it('uses a key only for what its spec and usage allow', async () => {
    const { us } = newLab();
    const signing = await createKey(us, { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' });
    const mac = await createKey(us, { KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' });
    const rsa = await createKey(us, { KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT' });
    const symmetric = await createKey(us);
    const plaintext = new TextEncoder().encode('hola');
    for (const key of [signing, mac]) {
      await expectKmsError(
        us.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: plaintext })),
        {
          type: InvalidKeyUsageException,
        },
      );
    }
    // An RSA key encrypts only with an RSAES_OAEP algorithm, and never makes data keys.
    await expectKmsError(us.send(new EncryptCommand({ KeyId: rsa.KeyId, Plaintext: plaintext })), {
      type: InvalidKeyUsageException,
      message: 'Algorithm SYMMETRIC_DEFAULT is incompatible with key spec RSA_2048.',
    });
    await expectKmsError(
      us.send(new GenerateDataKeyCommand({ KeyId: rsa.KeyId, KeySpec: 'AES_256' })),
      { type: InvalidKeyUsageException },
    );
    await expectKmsError(us.send(new GetPublicKeyCommand({ KeyId: symmetric.KeyId })), {
      type: UnsupportedOperationException,
    });
    // Only symmetric keys rotate.
    await expectKmsError(us.send(new EnableKeyRotationCommand({ KeyId: signing.KeyId })), {
      type: UnsupportedOperationException,
    });
  });
});
