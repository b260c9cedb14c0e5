/**
 * Encryption with RSA key pairs through the AWS SDK: Encrypt, Decrypt and ReEncrypt with
 * RSAES_OAEP_SHA_1 and RSAES_OAEP_SHA_256. The other side of the interop is Node's crypto:
 * a ciphertext it makes with the public key from GetPublicKey (OAEP, MGF1 with the same
 * hash, empty label) decrypts in KMS. Limits and refusals use the messages recorded
 * against AWS where they are known.
 */
import {
  CreateKeyCommand,
  DecryptCommand,
  DryRunOperationException,
  EncryptCommand,
  GetPublicKeyCommand,
  InvalidCiphertextException,
  InvalidKeyUsageException,
  ReEncryptCommand,
  type EncryptionAlgorithmSpec,
  type KeySpec,
  type KMSClient,
} from '@aws-sdk/client-kms';
import { constants, createPublicKey, publicEncrypt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  MATERIAL_ID,
  body,
  createKey,
  expectKmsError,
  newLab,
  text,
  trackCommands,
  utf8,
} from './client';

trackCommands(import.meta.url);

type RsaAlgorithm = Extract<EncryptionAlgorithmSpec, 'RSAES_OAEP_SHA_1' | 'RSAES_OAEP_SHA_256'>;
const ALGORITHMS: [RsaAlgorithm, string][] = [
  ['RSAES_OAEP_SHA_1', 'sha1'],
  ['RSAES_OAEP_SHA_256', 'sha256'],
];

const rsaKey = (client: KMSClient, spec: KeySpec = 'RSA_2048') =>
  createKey(client, { KeySpec: spec, KeyUsage: 'ENCRYPT_DECRYPT' });

/** Encrypts outside AWS, as a partner holding only the public key would. */
async function encryptOutside(
  client: KMSClient,
  keyId: string,
  hash: string,
  plaintext: Uint8Array,
): Promise<Uint8Array> {
  const { PublicKey } = await client.send(new GetPublicKeyCommand({ KeyId: keyId }));
  const key = createPublicKey({ key: Buffer.from(PublicKey!), format: 'der', type: 'spki' });
  return publicEncrypt(
    { key, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: hash },
    plaintext,
  );
}

const invalidCiphertext = { type: InvalidCiphertextException, message: null };

describe('Encrypt / Decrypt with RSA keys', () => {
  it.each(ALGORITHMS)(
    'decrypts what Node encrypted with the public key (%s, oaepHash %s)',
    async (algorithm, hash) => {
      const { us } = newLab();
      const key = await rsaKey(us);
      const secret = utf8('a 32-byte data key, or a password');
      const ciphertext = await encryptOutside(us, key.KeyId, hash, secret);
      const decrypted = await us.send(
        new DecryptCommand({
          CiphertextBlob: ciphertext,
          KeyId: key.KeyId,
          EncryptionAlgorithm: algorithm,
        }),
      );
      // No KeyMaterialId: KMS returns it only for symmetric keys.
      expect(body(decrypted)).toEqual({
        KeyId: key.Arn,
        Plaintext: secret,
        EncryptionAlgorithm: algorithm,
      });
    },
  );

  it.each(ALGORITHMS)(
    'encrypts with %s: the raw OAEP output, randomized, that Decrypt reverses',
    async (algorithm) => {
      const { us } = newLab();
      const key = await rsaKey(us);
      const plaintext = utf8('hola, mundo');
      const encrypted = await us.send(
        new EncryptCommand({
          KeyId: key.KeyId,
          Plaintext: plaintext,
          EncryptionAlgorithm: algorithm,
        }),
      );
      expect(body(encrypted)).toEqual({
        CiphertextBlob: expect.any(Uint8Array),
        KeyId: key.Arn,
        EncryptionAlgorithm: algorithm,
      });
      expect(encrypted.CiphertextBlob).toHaveLength(256);
      const again = await us.send(
        new EncryptCommand({
          KeyId: key.KeyId,
          Plaintext: plaintext,
          EncryptionAlgorithm: algorithm,
        }),
      );
      expect(again.CiphertextBlob).not.toEqual(encrypted.CiphertextBlob);
      for (const blob of [encrypted.CiphertextBlob, again.CiphertextBlob]) {
        const { Plaintext } = await us.send(
          new DecryptCommand({
            CiphertextBlob: blob,
            KeyId: key.Arn,
            EncryptionAlgorithm: algorithm,
          }),
        );
        expect(text(Plaintext)).toBe('hola, mundo');
      }
    },
  );

  it('cannot decrypt an RSA ciphertext without the key, the algorithm, or with the wrong ones', async () => {
    const { us } = newLab();
    const key = await rsaKey(us);
    const other = await rsaKey(us);
    const { CiphertextBlob } = await us.send(
      new EncryptCommand({
        KeyId: key.KeyId,
        Plaintext: utf8('secret'),
        EncryptionAlgorithm: 'RSAES_OAEP_SHA_256',
      }),
    );
    const decrypt = (input: { KeyId?: string; EncryptionAlgorithm?: RsaAlgorithm }) =>
      us.send(new DecryptCommand({ CiphertextBlob, ...input }));
    // The ciphertext names no key: without KeyId, KMS cannot read it.
    await expectKmsError(decrypt({}), invalidCiphertext);
    await expectKmsError(decrypt({ EncryptionAlgorithm: 'RSAES_OAEP_SHA_256' }), invalidCiphertext);
    // Without the algorithm, KMS takes it for a symmetric ciphertext.
    await expectKmsError(decrypt({ KeyId: key.KeyId }), invalidCiphertext);
    await expectKmsError(
      decrypt({ KeyId: key.KeyId, EncryptionAlgorithm: 'RSAES_OAEP_SHA_1' }),
      invalidCiphertext,
    );
    await expectKmsError(
      decrypt({ KeyId: other.KeyId, EncryptionAlgorithm: 'RSAES_OAEP_SHA_256' }),
      invalidCiphertext,
    );
    const tampered = CiphertextBlob!.slice();
    tampered[100]! ^= 0x01;
    await expectKmsError(
      us.send(
        new DecryptCommand({
          CiphertextBlob: tampered,
          KeyId: key.KeyId,
          EncryptionAlgorithm: 'RSAES_OAEP_SHA_256',
        }),
      ),
      invalidCiphertext,
    );
    // The right key and algorithm open it.
    const { Plaintext } = await decrypt({
      KeyId: key.KeyId,
      EncryptionAlgorithm: 'RSAES_OAEP_SHA_256',
    });
    expect(text(Plaintext)).toBe('secret');
  });

  it('encrypts at most modulus − 2·hash − 2 bytes, with the message AWS gives', async () => {
    const { us } = newLab();
    const limits: [KeySpec, number, number][] = [
      ['RSA_2048', 214, 190],
      ['RSA_3072', 342, 318],
      ['RSA_4096', 470, 446],
    ];
    for (const [spec, sha1, sha256] of limits) {
      const key = await rsaKey(us, spec);
      for (const [algorithm, max] of [
        ['RSAES_OAEP_SHA_1', sha1],
        ['RSAES_OAEP_SHA_256', sha256],
      ] as const) {
        const encrypt = (length: number) =>
          us.send(
            new EncryptCommand({
              KeyId: key.KeyId,
              Plaintext: new Uint8Array(length).fill(0x61),
              EncryptionAlgorithm: algorithm,
            }),
          );
        const { CiphertextBlob } = await encrypt(max);
        const { Plaintext } = await us.send(
          new DecryptCommand({ CiphertextBlob, KeyId: key.KeyId, EncryptionAlgorithm: algorithm }),
        );
        expect(Plaintext).toHaveLength(max);
        await expectKmsError(encrypt(max + 1), {
          type: 'ValidationException',
          message: `Algorithm ${algorithm} and key spec ${spec} cannot encrypt data larger than ${max} bytes.`,
        });
      }
    }
  });

  it('refuses an encryption context, the symmetric algorithm and signing keys', async () => {
    const { us } = newLab();
    const key = await rsaKey(us);
    const contextRefused = {
      type: 'ValidationException' as const,
      message:
        'EncryptionContext is not supported when encrypting/decrypting with asymmetric CMKs.',
    };
    await expectKmsError(
      us.send(
        new EncryptCommand({
          KeyId: key.KeyId,
          Plaintext: utf8('x'),
          EncryptionAlgorithm: 'RSAES_OAEP_SHA_256',
          EncryptionContext: { purpose: 'test' },
        }),
      ),
      contextRefused,
    );
    const ciphertext = await encryptOutside(us, key.KeyId, 'sha256', utf8('x'));
    await expectKmsError(
      us.send(
        new DecryptCommand({
          CiphertextBlob: ciphertext,
          KeyId: key.KeyId,
          EncryptionAlgorithm: 'RSAES_OAEP_SHA_256',
          EncryptionContext: { purpose: 'test' },
        }),
      ),
      contextRefused,
    );
    await expectKmsError(
      us.send(
        new EncryptCommand({
          KeyId: key.KeyId,
          Plaintext: utf8('x'),
          EncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
        }),
      ),
      {
        type: InvalidKeyUsageException,
        message: 'Algorithm SYMMETRIC_DEFAULT is incompatible with key spec RSA_2048.',
      },
    );
    const { KeyMetadata: signing } = await us.send(
      new CreateKeyCommand({ KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' }),
    );
    await expectKmsError(
      us.send(
        new EncryptCommand({
          KeyId: signing!.KeyId,
          Plaintext: utf8('x'),
          EncryptionAlgorithm: 'RSAES_OAEP_SHA_256',
        }),
      ),
      {
        type: InvalidKeyUsageException,
        message: `${signing!.Arn} key usage is SIGN_VERIFY which is not valid for Encrypt.`,
      },
    );
  });

  it('answers DryRun with DryRunOperationException', async () => {
    const { us } = newLab();
    const key = await rsaKey(us);
    await expectKmsError(
      us.send(
        new EncryptCommand({
          KeyId: key.KeyId,
          Plaintext: utf8('x'),
          EncryptionAlgorithm: 'RSAES_OAEP_SHA_1',
          DryRun: true,
        }),
      ),
      { type: DryRunOperationException },
    );
  });

  it('traces the key pair at work, and a failed decryption as failed', async () => {
    const { us, kms } = newLab();
    const key = await rsaKey(us);
    const region = { region: 'us-east-1' };
    const encrypted = await kms.call(
      'Encrypt',
      { KeyId: key.KeyId, Plaintext: utf8('x'), EncryptionAlgorithm: 'RSAES_OAEP_SHA_256' },
      region,
    );
    expect(encrypted.trace.find((s) => s.type === 'material')).toMatchObject({
      keyId: key.KeyId,
      action: 'encrypt',
      ok: true,
    });
    const refused = await kms.call(
      'Decrypt',
      {
        CiphertextBlob: (encrypted.output as { CiphertextBlob: Uint8Array }).CiphertextBlob,
        KeyId: key.KeyId,
        EncryptionAlgorithm: 'RSAES_OAEP_SHA_1',
      },
      region,
    );
    expect(refused.error?.name).toBe('InvalidCiphertextException');
    expect(refused.trace.find((s) => s.type === 'material')).toMatchObject({
      keyId: key.KeyId,
      action: 'decrypt',
      ok: false,
    });
  });
});

describe('ReEncrypt with RSA keys', () => {
  it('moves a ciphertext from an RSA key to a symmetric key and back', async () => {
    const { us } = newLab();
    const rsa = await rsaKey(us);
    const symmetric = await createKey(us);
    const outside = await encryptOutside(us, rsa.KeyId, 'sha1', utf8('moving secret'));

    const toSymmetric = await us.send(
      new ReEncryptCommand({
        CiphertextBlob: outside,
        SourceKeyId: rsa.KeyId,
        SourceEncryptionAlgorithm: 'RSAES_OAEP_SHA_1',
        DestinationKeyId: symmetric.KeyId,
        DestinationEncryptionContext: { stage: 'symmetric' },
      }),
    );
    expect(body(toSymmetric)).toEqual({
      CiphertextBlob: expect.any(Uint8Array),
      SourceKeyId: rsa.Arn,
      KeyId: symmetric.Arn,
      SourceEncryptionAlgorithm: 'RSAES_OAEP_SHA_1',
      DestinationEncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
      DestinationKeyMaterialId: expect.stringMatching(MATERIAL_ID),
    });

    const toRsa = await us.send(
      new ReEncryptCommand({
        CiphertextBlob: toSymmetric.CiphertextBlob,
        SourceEncryptionContext: { stage: 'symmetric' },
        DestinationKeyId: rsa.KeyId,
        DestinationEncryptionAlgorithm: 'RSAES_OAEP_SHA_256',
      }),
    );
    expect(body(toRsa)).toEqual({
      CiphertextBlob: expect.any(Uint8Array),
      SourceKeyId: symmetric.Arn,
      KeyId: rsa.Arn,
      SourceEncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
      DestinationEncryptionAlgorithm: 'RSAES_OAEP_SHA_256',
      SourceKeyMaterialId: expect.stringMatching(MATERIAL_ID),
    });
    const { Plaintext } = await us.send(
      new DecryptCommand({
        CiphertextBlob: toRsa.CiphertextBlob,
        KeyId: rsa.KeyId,
        EncryptionAlgorithm: 'RSAES_OAEP_SHA_256',
      }),
    );
    expect(text(Plaintext)).toBe('moving secret');
  });

  it('refuses an RSA source without SourceKeyId, and a destination context for an RSA key', async () => {
    const { us } = newLab();
    const rsa = await rsaKey(us);
    const symmetric = await createKey(us);
    const outside = await encryptOutside(us, rsa.KeyId, 'sha256', utf8('x'));
    await expectKmsError(
      us.send(
        new ReEncryptCommand({
          CiphertextBlob: outside,
          SourceEncryptionAlgorithm: 'RSAES_OAEP_SHA_256',
          DestinationKeyId: symmetric.KeyId,
        }),
      ),
      invalidCiphertext,
    );
    const { CiphertextBlob } = await us.send(
      new EncryptCommand({ KeyId: symmetric.KeyId, Plaintext: utf8('x') }),
    );
    await expectKmsError(
      us.send(
        new ReEncryptCommand({
          CiphertextBlob,
          DestinationKeyId: rsa.KeyId,
          DestinationEncryptionAlgorithm: 'RSAES_OAEP_SHA_256',
          DestinationEncryptionContext: { not: 'allowed' },
        }),
      ),
      {
        type: 'ValidationException',
        message:
          'EncryptionContext is not supported when encrypting/decrypting with asymmetric CMKs.',
      },
    );
  });
});
