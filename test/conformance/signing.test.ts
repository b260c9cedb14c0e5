/**
 * Sign and Verify through the AWS SDK, checked by independent implementations: every
 * signature KMS makes (RAW and DIGEST) verifies with Node's crypto (OpenSSL) against the
 * public key GetPublicKey returns, and Node's own signatures, made with the same private
 * key, verify through KMS Verify. Ed25519ph and ML-DSA, which Node 20 lacks, are checked
 * with @noble. Tampered messages and signatures are refused with KMSInvalidSignatureException.
 */
import {
  CreateKeyCommand,
  DisableKeyCommand,
  DisabledException,
  DryRunOperationException,
  GetPublicKeyCommand,
  InvalidKeyUsageException,
  KMSInvalidSignatureException,
  SignCommand,
  VerifyCommand,
  type KMSClient,
  type MessageType,
  type SigningAlgorithmSpec,
} from '@aws-sdk/client-kms';
import {
  constants,
  createHash,
  createPrivateKey,
  createPublicKey,
  sign as nodeSign,
  verify as nodeVerify,
  type KeyObject,
} from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Kms } from '../../src/engine';
import { readSpki } from '../../src/engine/crypto/der';
import { createKey, expectKmsError, newLab, trackCommands, utf8 } from './client';

trackCommands(import.meta.url);

const MESSAGE = utf8('Pay 100 euros to Alice, 2026-11-30');
const REGION = 'us-east-1';

type NodeHash = 'sha256' | 'sha384' | 'sha512';

interface Case {
  spec: string;
  algorithm: SigningAlgorithmSpec;
  /** Node's name of the hash; null for pure Ed25519. */
  hash: NodeHash | null;
  /** Node's key options for RSA padding. */
  rsa?: 'pss' | 'pkcs1';
}

const HASH_BYTES: Record<NodeHash, number> = { sha256: 32, sha384: 48, sha512: 64 };

const RSA_CASES: Case[] = (['sha256', 'sha384', 'sha512'] as const).flatMap((hash) => [
  {
    spec: 'RSA_2048',
    algorithm: `RSASSA_PSS_SHA_${hash.slice(3)}` as SigningAlgorithmSpec,
    hash,
    rsa: 'pss' as const,
  },
  {
    spec: 'RSA_2048',
    algorithm: `RSASSA_PKCS1_V1_5_SHA_${hash.slice(3)}` as SigningAlgorithmSpec,
    hash,
    rsa: 'pkcs1' as const,
  },
]);

const CASES: Case[] = [
  ...RSA_CASES,
  { spec: 'ECC_NIST_P256', algorithm: 'ECDSA_SHA_256', hash: 'sha256' },
  { spec: 'ECC_NIST_P384', algorithm: 'ECDSA_SHA_384', hash: 'sha384' },
  { spec: 'ECC_NIST_P521', algorithm: 'ECDSA_SHA_512', hash: 'sha512' },
  { spec: 'ECC_SECG_P256K1', algorithm: 'ECDSA_SHA_256', hash: 'sha256' },
  { spec: 'ECC_NIST_EDWARDS25519', algorithm: 'ED25519_SHA_512', hash: null },
];

/** Node's key argument for a case: RSA with its padding (PSS salt = hash length, as KMS). */
function nodeKey(c: Case, key: KeyObject) {
  if (c.rsa === 'pss') {
    return {
      key,
      padding: constants.RSA_PKCS1_PSS_PADDING,
      saltLength: HASH_BYTES[c.hash!],
    };
  }
  if (c.rsa === 'pkcs1') return { key, padding: constants.RSA_PKCS1_PADDING };
  return key;
}

/** The private key of a KMS key, read from the engine's state (a test may; a caller cannot). */
async function privateMaterial(kms: Kms, keyId: string): Promise<Uint8Array> {
  const { world } = await kms.snapshot();
  return world.regions[REGION]!.keys[keyId]!.materials[0]!.bytes;
}

async function publicKeyOf(us: KMSClient, keyId: string): Promise<Uint8Array> {
  return (await us.send(new GetPublicKeyCommand({ KeyId: keyId }))).PublicKey!;
}

const kmsSign = async (
  us: KMSClient,
  KeyId: string,
  SigningAlgorithm: SigningAlgorithmSpec,
  Message: Uint8Array,
  MessageType?: MessageType,
) => us.send(new SignCommand({ KeyId, SigningAlgorithm, Message, MessageType }));

const kmsVerify = (
  us: KMSClient,
  KeyId: string,
  SigningAlgorithm: SigningAlgorithmSpec,
  Message: Uint8Array,
  Signature: Uint8Array,
  MessageType?: MessageType,
) => us.send(new VerifyCommand({ KeyId, SigningAlgorithm, Message, Signature, MessageType }));

const flipped = (bytes: Uint8Array, at: number): Uint8Array => {
  const out = bytes.slice();
  out[at]! ^= 0x01;
  return out;
};

const invalidSignature = { type: KMSInvalidSignatureException, message: null };

/** Key generation (RSA above all) is slow on a loaded machine. */
const SLOW = 30_000;

describe('Sign and Verify interoperate with Node crypto', () => {
  it.each(CASES)(
    '$spec $algorithm',
    async (c) => {
      const { kms, us } = newLab();
      const meta = await createKey(us, { KeySpec: c.spec as never, KeyUsage: 'SIGN_VERIFY' });
      const keyId = meta.KeyId!;
      const publicKey = createPublicKey({
        key: Buffer.from(await publicKeyOf(us, keyId)),
        format: 'der',
        type: 'spki',
      });

      // RAW: KMS hashes (or, for Ed25519, signs the message itself).
      const raw = await kmsSign(us, keyId, c.algorithm, MESSAGE, 'RAW');
      expect(raw).toMatchObject({ KeyId: meta.Arn, SigningAlgorithm: c.algorithm });
      expect(nodeVerify(c.hash, MESSAGE, nodeKey(c, publicKey), raw.Signature!)).toBe(true);
      expect(await kmsVerify(us, keyId, c.algorithm, MESSAGE, raw.Signature!)).toMatchObject({
        KeyId: meta.Arn,
        SignatureValid: true,
        SigningAlgorithm: c.algorithm,
      });

      // Node signs with the same private key; KMS Verify accepts it.
      const privateKey = createPrivateKey({
        key: Buffer.from(await privateMaterial(kms, keyId)),
        format: 'der',
        type: 'pkcs8',
      });
      const nodeSignature = nodeSign(c.hash, MESSAGE, nodeKey(c, privateKey));
      await kmsVerify(us, keyId, c.algorithm, MESSAGE, nodeSignature, 'RAW');

      // Tampered message or signature.
      await expectKmsError(
        kmsVerify(us, keyId, c.algorithm, flipped(MESSAGE, 3), raw.Signature!),
        invalidSignature,
      );
      await expectKmsError(
        kmsVerify(
          us,
          keyId,
          c.algorithm,
          MESSAGE,
          flipped(raw.Signature!, raw.Signature!.length - 2),
        ),
        invalidSignature,
      );

      if (c.hash === null) {
        // Pure Ed25519 takes only RAW.
        await expectKmsError(
          kmsSign(us, keyId, c.algorithm, createHash('sha512').update(MESSAGE).digest(), 'DIGEST'),
          { type: 'ValidationException' },
        );
        return;
      }

      // DIGEST: the caller hashed; KMS does not hash again, so Node verifies the message.
      const digest = createHash(c.hash).update(MESSAGE).digest();
      const signed = await kmsSign(us, keyId, c.algorithm, digest, 'DIGEST');
      expect(nodeVerify(c.hash, MESSAGE, nodeKey(c, publicKey), signed.Signature!)).toBe(true);
      await kmsVerify(us, keyId, c.algorithm, digest, signed.Signature!, 'DIGEST');
      await kmsVerify(us, keyId, c.algorithm, MESSAGE, signed.Signature!, 'RAW');
      await kmsVerify(us, keyId, c.algorithm, digest, nodeSignature, 'DIGEST');
      // A digest treated as a message is hashed again: another message.
      await expectKmsError(
        kmsVerify(us, keyId, c.algorithm, digest, signed.Signature!, 'RAW'),
        invalidSignature,
      );
      // A digest must be exactly the hash's length.
      await expectKmsError(kmsSign(us, keyId, c.algorithm, digest.subarray(1), 'DIGEST'), {
        type: 'ValidationException',
        message: `Digest is invalid length for algorithm ${c.algorithm}.`,
      });
    },
    SLOW,
  );

  it(
    'RSA_4096: PSS over a digest, PKCS#1 v1.5 over a message',
    async () => {
      const { kms, us } = newLab();
      const { KeyId } = await createKey(us, { KeySpec: 'RSA_4096', KeyUsage: 'SIGN_VERIFY' });
      const publicKey = createPublicKey({
        key: Buffer.from(await publicKeyOf(us, KeyId!)),
        format: 'der',
        type: 'spki',
      });
      const digest = createHash('sha512').update(MESSAGE).digest();
      const pss = await kmsSign(us, KeyId!, 'RSASSA_PSS_SHA_512', digest, 'DIGEST');
      expect(pss.Signature).toHaveLength(512);
      const pssKey = { key: publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 64 };
      expect(nodeVerify('sha512', MESSAGE, pssKey, pss.Signature!)).toBe(true);
      const pkcs1 = await kmsSign(us, KeyId!, 'RSASSA_PKCS1_V1_5_SHA_256', MESSAGE);
      expect(nodeVerify('sha256', MESSAGE, publicKey, pkcs1.Signature!)).toBe(true);
      const privateKey = createPrivateKey({
        key: Buffer.from(await privateMaterial(kms, KeyId!)),
        format: 'der',
        type: 'pkcs8',
      });
      const nodePss = nodeSign('sha512', MESSAGE, { ...pssKey, key: privateKey });
      await kmsVerify(us, KeyId!, 'RSASSA_PSS_SHA_512', digest, nodePss, 'DIGEST');
      // KMS signs PSS with a salt as long as the hash and verifies only that.
      const longSalt = nodeSign('sha512', MESSAGE, { ...pssKey, key: privateKey, saltLength: 100 });
      await expectKmsError(
        kmsVerify(us, KeyId!, 'RSASSA_PSS_SHA_512', MESSAGE, longSalt),
        invalidSignature,
      );
    },
    SLOW,
  );

  it('Ed25519ph signs a SHA-512 digest, hashing it once more (checked with noble)', async () => {
    const { us } = newLab();
    const { KeyId } = await createKey(us, {
      KeySpec: 'ECC_NIST_EDWARDS25519',
      KeyUsage: 'SIGN_VERIFY',
    });
    const raw = readSpki(await publicKeyOf(us, KeyId!))!.publicKey;
    const digest = createHash('sha512').update(MESSAGE).digest();
    const { Signature } = await kmsSign(us, KeyId!, 'ED25519_PH_SHA_512', digest, 'DIGEST');
    const { ed25519ph } = await import('@noble/curves/ed25519.js');
    expect(ed25519ph.verify(Signature!, digest, raw)).toBe(true);
    await kmsVerify(us, KeyId!, 'ED25519_PH_SHA_512', digest, Signature!, 'DIGEST');
    await expectKmsError(
      kmsVerify(us, KeyId!, 'ED25519_PH_SHA_512', flipped(digest, 0), Signature!, 'DIGEST'),
      invalidSignature,
    );
    // ED25519_PH_SHA_512 takes only DIGEST, of 64 bytes.
    await expectKmsError(kmsSign(us, KeyId!, 'ED25519_PH_SHA_512', MESSAGE, 'RAW'), {
      type: 'ValidationException',
    });
    await expectKmsError(
      kmsSign(us, KeyId!, 'ED25519_PH_SHA_512', digest.subarray(0, 32), 'DIGEST'),
      {
        type: 'ValidationException',
        message: 'Digest is invalid length for algorithm ED25519_PH_SHA_512.',
      },
    );
  });

  it.each(['ML_DSA_44', 'ML_DSA_65', 'ML_DSA_87'] as const)(
    '%s ML_DSA_SHAKE_256: RAW and EXTERNAL_MU, checked with noble',
    async (spec) => {
      const { kms, us } = newLab();
      const { KeyId } = await createKey(us, { KeySpec: spec, KeyUsage: 'SIGN_VERIFY' });
      const publicKey = readSpki(await publicKeyOf(us, KeyId!))!.publicKey;
      const { ml_dsa44, ml_dsa65, ml_dsa87 } = await import('@noble/post-quantum/ml-dsa.js');
      const mlDsa = { ML_DSA_44: ml_dsa44, ML_DSA_65: ml_dsa65, ML_DSA_87: ml_dsa87 }[spec];

      const raw = await kmsSign(us, KeyId!, 'ML_DSA_SHAKE_256', MESSAGE, 'RAW');
      expect(raw.Signature).toHaveLength(mlDsa.lengths.signature!);
      expect(mlDsa.verify(raw.Signature!, MESSAGE, publicKey)).toBe(true);
      await kmsVerify(us, KeyId!, 'ML_DSA_SHAKE_256', MESSAGE, raw.Signature!);

      // μ = SHAKE256(SHAKE256(pk, 64) ‖ 0 ‖ 0 ‖ M, 64) (FIPS 204 §6.2, empty context): the
      // signature over μ is a signature over the message.
      const { shake256 } = await import('@noble/hashes/sha3.js');
      const tr = shake256(publicKey, { dkLen: 64 });
      const mu = shake256(new Uint8Array([...tr, 0, 0, ...MESSAGE]), { dkLen: 64 });
      const external = await kmsSign(us, KeyId!, 'ML_DSA_SHAKE_256', mu, 'EXTERNAL_MU');
      expect(mlDsa.verify(external.Signature!, MESSAGE, publicKey)).toBe(true);
      await kmsVerify(us, KeyId!, 'ML_DSA_SHAKE_256', mu, raw.Signature!, 'EXTERNAL_MU');

      // noble signs with the key KMS keeps (its seed); KMS Verify accepts it.
      const { secretKey } = mlDsa.keygen(await privateMaterial(kms, KeyId!));
      await kmsVerify(us, KeyId!, 'ML_DSA_SHAKE_256', MESSAGE, mlDsa.sign(MESSAGE, secretKey));

      await expectKmsError(
        kmsVerify(us, KeyId!, 'ML_DSA_SHAKE_256', flipped(MESSAGE, 0), raw.Signature!),
        invalidSignature,
      );
      await expectKmsError(
        kmsVerify(us, KeyId!, 'ML_DSA_SHAKE_256', MESSAGE, flipped(raw.Signature!, 10)),
        invalidSignature,
      );
      await expectKmsError(kmsSign(us, KeyId!, 'ML_DSA_SHAKE_256', mu.subarray(1), 'EXTERNAL_MU'), {
        type: 'ValidationException',
        message: 'Digest is invalid length for algorithm ML_DSA_SHAKE_256.',
      });
      await expectKmsError(
        kmsSign(
          us,
          KeyId!,
          'ML_DSA_SHAKE_256',
          createHash('sha256').update(MESSAGE).digest(),
          'DIGEST',
        ),
        { type: 'ValidationException' },
      );
    },
  );
});

describe('Sign and Verify refusals', () => {
  it('takes only a SIGN_VERIFY key and an algorithm its spec lists', async () => {
    const { us } = newLab();
    const symmetric = await createKey(us);
    await expectKmsError(kmsSign(us, symmetric.KeyId!, 'ECDSA_SHA_256', MESSAGE), {
      type: InvalidKeyUsageException,
      message: `${symmetric.Arn} key usage is ENCRYPT_DECRYPT which is not valid for Sign.`,
    });
    const rsaEncrypt = await createKey(us, { KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT' });
    await expectKmsError(
      kmsVerify(us, rsaEncrypt.KeyId!, 'RSASSA_PSS_SHA_256', MESSAGE, new Uint8Array(256)),
      {
        type: InvalidKeyUsageException,
        message: `${rsaEncrypt.Arn} key usage is ENCRYPT_DECRYPT which is not valid for Verify.`,
      },
    );
    const p256 = await createKey(us, { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' });
    for (const algorithm of ['ECDSA_SHA_384', 'RSASSA_PSS_SHA_256', 'SM2DSA'] as const) {
      await expectKmsError(kmsSign(us, p256.KeyId!, algorithm, MESSAGE), {
        type: InvalidKeyUsageException,
        message: `Algorithm ${algorithm} is incompatible with key spec ECC_NIST_P256.`,
      });
    }
    // A signature by another key, even of the same spec, does not verify.
    const other = await createKey(us, { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' });
    const { Signature } = await kmsSign(us, other.KeyId!, 'ECDSA_SHA_256', MESSAGE);
    await expectKmsError(
      kmsVerify(us, p256.KeyId!, 'ECDSA_SHA_256', MESSAGE, Signature!),
      invalidSignature,
    );
    // Not DER (raw r‖s): refused as invalid.
    await expectKmsError(
      kmsVerify(us, p256.KeyId!, 'ECDSA_SHA_256', MESSAGE, new Uint8Array(64).fill(1)),
      invalidSignature,
    );
  });

  it('DryRun answers DryRunOperationException after every check; a disabled key refuses', async () => {
    const { us } = newLab();
    const { KeyId, Arn } = await createKey(us, {
      KeySpec: 'ECC_NIST_P256',
      KeyUsage: 'SIGN_VERIFY',
    });
    const { Signature } = await kmsSign(us, KeyId!, 'ECDSA_SHA_256', MESSAGE);
    await expectKmsError(
      us.send(
        new SignCommand({
          KeyId,
          Message: MESSAGE,
          SigningAlgorithm: 'ECDSA_SHA_256',
          DryRun: true,
        }),
      ),
      { type: DryRunOperationException },
    );
    await expectKmsError(
      us.send(
        new VerifyCommand({
          KeyId,
          Message: MESSAGE,
          Signature,
          SigningAlgorithm: 'ECDSA_SHA_256',
          DryRun: true,
        }),
      ),
      { type: DryRunOperationException },
    );
    await us.send(new DisableKeyCommand({ KeyId }));
    await expectKmsError(kmsSign(us, KeyId!, 'ECDSA_SHA_256', MESSAGE), {
      type: DisabledException,
      message: `${Arn} is disabled.`,
    });
    await expectKmsError(kmsVerify(us, KeyId!, 'ECDSA_SHA_256', MESSAGE, Signature!), {
      type: DisabledException,
      message: `${Arn} is disabled.`,
    });
  });

  it('signs with a key ARN; the trace shows the private key signing and a failed verify', async () => {
    const { kms, us } = newLab();
    const key = await us.send(
      new CreateKeyCommand({ KeySpec: 'ECC_SECG_P256K1', KeyUsage: 'SIGN_VERIFY' }),
    );
    const arn = key.KeyMetadata!.Arn!;
    const records: { operation: string; trace: { type: string }[] }[] = [];
    kms.subscribe((record) => records.push(record));
    const signed = await kmsSign(us, arn, 'ECDSA_SHA_256', MESSAGE);
    expect(signed.KeyId).toBe(arn);
    await expectKmsError(
      kmsVerify(us, arn, 'ECDSA_SHA_256', flipped(MESSAGE, 0), signed.Signature!),
      invalidSignature,
    );
    const materialSteps = records.flatMap((r) => r.trace.filter((s) => s.type === 'material'));
    expect(materialSteps).toMatchObject([
      { action: 'sign', ok: true },
      { action: 'verify', ok: false },
    ]);
  });
});
