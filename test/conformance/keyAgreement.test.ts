/**
 * DeriveSharedSecret through the AWS SDK: ECDH between a KEY_AGREEMENT KMS key and a peer's
 * public key. The secret is checked against an independent implementation (Node's crypto,
 * with a key pair Node made and the KMS key's public key from GetPublicKey), on each curve.
 */
import {
  DeriveSharedSecretCommand,
  DryRunOperationException,
  GetPublicKeyCommand,
  InvalidKeyUsageException,
  UnsupportedOperationException,
  type KeySpec,
} from '@aws-sdk/client-kms';
import { createPublicKey, diffieHellman, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createKey, expectKmsError, newLab, trackCommands, validation } from './client';

trackCommands(import.meta.url);

const CURVES: [KeySpec, string, number][] = [
  ['ECC_NIST_P256', 'prime256v1', 32],
  ['ECC_NIST_P384', 'secp384r1', 48],
  ['ECC_NIST_P521', 'secp521r1', 66],
];

const spkiOf = (publicKey: KeyObject) =>
  new Uint8Array(publicKey.export({ format: 'der', type: 'spki' }));

describe('DeriveSharedSecret', () => {
  it.each(CURVES)(
    '%s: the secret equals what Node computes with its own key pair and the KMS public key',
    async (spec, namedCurve, bytes) => {
      const { us } = newLab();
      const key = await createKey(us, { KeySpec: spec, KeyUsage: 'KEY_AGREEMENT' });
      const bob = generateKeyPairSync('ec', { namedCurve });
      const derived = await us.send(
        new DeriveSharedSecretCommand({
          KeyId: key.KeyId,
          KeyAgreementAlgorithm: 'ECDH',
          PublicKey: spkiOf(bob.publicKey),
        }),
      );
      expect(derived).toMatchObject({
        KeyId: key.Arn,
        KeyOrigin: 'AWS_KMS',
        KeyAgreementAlgorithm: 'ECDH',
      });
      expect(derived.SharedSecret).toHaveLength(bytes);

      const { PublicKey } = await us.send(new GetPublicKeyCommand({ KeyId: key.KeyId }));
      const alice = createPublicKey({ key: Buffer.from(PublicKey!), format: 'der', type: 'spki' });
      const expected = diffieHellman({ privateKey: bob.privateKey, publicKey: alice });
      expect(derived.SharedSecret).toEqual(new Uint8Array(expected));
    },
  );

  it('two KMS keys on the same curve derive the same secret from each other’s public keys', async () => {
    const { us, kms } = newLab();
    const alice = await createKey(us, { KeySpec: 'ECC_NIST_P256', KeyUsage: 'KEY_AGREEMENT' });
    const bob = await createKey(us, { KeySpec: 'ECC_NIST_P256', KeyUsage: 'KEY_AGREEMENT' });
    await kms.call('CreateAlias', { AliasName: 'alias/alice', TargetKeyId: alice.KeyId });
    const publicOf = async (KeyId: string) =>
      (await us.send(new GetPublicKeyCommand({ KeyId }))).PublicKey!;
    const a = await us.send(
      new DeriveSharedSecretCommand({
        KeyId: 'alias/alice',
        KeyAgreementAlgorithm: 'ECDH',
        PublicKey: await publicOf(bob.KeyId),
      }),
    );
    const b = await us.send(
      new DeriveSharedSecretCommand({
        KeyId: bob.Arn,
        KeyAgreementAlgorithm: 'ECDH',
        PublicKey: await publicOf(alice.KeyId),
      }),
    );
    expect(a.KeyId).toBe(alice.Arn);
    expect(a.SharedSecret).toEqual(b.SharedSecret);
  });

  it('traces the private key at work', async () => {
    const { us, kms } = newLab();
    const key = await createKey(us, { KeySpec: 'ECC_NIST_P384', KeyUsage: 'KEY_AGREEMENT' });
    const peer = generateKeyPairSync('ec', { namedCurve: 'secp384r1' });
    const record = await kms.call(
      'DeriveSharedSecret',
      { KeyId: key.KeyId, KeyAgreementAlgorithm: 'ECDH', PublicKey: spkiOf(peer.publicKey) },
      { region: 'us-east-1' },
    );
    expect(record.error).toBeUndefined();
    expect(record.trace.find((s) => s.type === 'material')).toMatchObject({
      keyId: key.KeyId,
      version: 1,
      action: 'derive-shared-secret',
      ok: true,
    });
  });

  it('refuses a public key that is malformed or on another curve (ValidationException)', async () => {
    const { us } = newLab();
    const key = await createKey(us, { KeySpec: 'ECC_NIST_P256', KeyUsage: 'KEY_AGREEMENT' });
    const otherCurves = [
      spkiOf(generateKeyPairSync('ec', { namedCurve: 'secp384r1' }).publicKey),
      spkiOf(generateKeyPairSync('ec', { namedCurve: 'secp256k1' }).publicKey),
      spkiOf(generateKeyPairSync('ed25519').publicKey),
      spkiOf(generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey),
    ];
    const good = spkiOf(generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey);
    const offCurve = good.slice();
    offCurve[offCurve.length - 1]! ^= 1; // y changed: the point is no longer on P-256
    for (const PublicKey of [
      ...otherCurves,
      offCurve,
      new TextEncoder().encode('InvalidPublicKey'),
      good.subarray(0, 40),
    ]) {
      await expectKmsError(
        us.send(
          new DeriveSharedSecretCommand({
            KeyId: key.KeyId,
            KeyAgreementAlgorithm: 'ECDH',
            PublicKey,
          }),
        ),
        { type: 'ValidationException' },
      );
    }
    await expectKmsError(
      us.send(
        new DeriveSharedSecretCommand({
          KeyId: key.KeyId,
          KeyAgreementAlgorithm: 'ECDH',
          PublicKey: new Uint8Array(0),
        }),
      ),
      {
        type: 'ValidationException',
        message: validation(
          "Value at 'publicKey' failed to satisfy constraint: Member must have length greater than or equal to 1",
        ),
      },
    );
  });

  it('refuses a key of another usage or spec', async () => {
    const { us } = newLab();
    const peer = spkiOf(generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey);
    const signing = await createKey(us, { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' });
    const symmetric = await createKey(us);
    const mac = await createKey(us, { KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' });
    for (const key of [signing, symmetric, mac]) {
      await expectKmsError(
        us.send(
          new DeriveSharedSecretCommand({
            KeyId: key.KeyId,
            KeyAgreementAlgorithm: 'ECDH',
            PublicKey: peer,
          }),
        ),
        {
          type: InvalidKeyUsageException,
          message: `${key.Arn} key usage is ${key.KeyUsage} which is not valid for DeriveSharedSecret.`,
        },
      );
    }
  });

  it('DryRun answers DryRunOperationException; Recipient is not simulated', async () => {
    const { us } = newLab();
    const key = await createKey(us, { KeySpec: 'ECC_NIST_P521', KeyUsage: 'KEY_AGREEMENT' });
    const PublicKey = spkiOf(generateKeyPairSync('ec', { namedCurve: 'secp521r1' }).publicKey);
    const base = { KeyId: key.KeyId, KeyAgreementAlgorithm: 'ECDH' as const, PublicKey };
    await expectKmsError(us.send(new DeriveSharedSecretCommand({ ...base, DryRun: true })), {
      type: DryRunOperationException,
      message: 'The request would have succeeded, but the DryRun option is set.',
    });
    await expectKmsError(
      us.send(
        new DeriveSharedSecretCommand({
          ...base,
          Recipient: { KeyEncryptionAlgorithm: 'RSAES_OAEP_SHA_256' },
        }),
      ),
      { type: UnsupportedOperationException },
    );
  });
});
