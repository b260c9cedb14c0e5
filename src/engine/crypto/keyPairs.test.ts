import {
  constants,
  createPrivateKey,
  createPublicKey,
  privateDecrypt,
  publicEncrypt,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KEY_SPECS, type KeySpec } from '../keySpecs';
import { bytesEqual, toHex, utf8 } from './bytes';
import { ecdsaRawToDer, readSpki } from './der';
import { generateKeyMaterial, mlDsaFor, OID, publicKeyOf } from './keyPairs';

const ALL_SPECS = Object.keys(KEY_SPECS) as KeySpec[];
const message = utf8('KMS Lab: a message to sign');

const publicKeyObject = (spki: Uint8Array): KeyObject =>
  createPublicKey({ key: Buffer.from(spki), format: 'der', type: 'spki' });
const privateKeyObject = (pkcs8: Uint8Array): KeyObject =>
  createPrivateKey({ key: Buffer.from(pkcs8), format: 'der', type: 'pkcs8' });

/** Node re-exports the public half of our private key exactly as our SPKI. */
function expectSamePublicKey(privateKey: KeyObject, spki: Uint8Array): void {
  const derived = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
  expect(toHex(new Uint8Array(derived))).toBe(toHex(spki));
}

describe('generateKeyMaterial: one test per spec, checked by Node’s own crypto', () => {
  it('covers every spec in the table', () => {
    expect(ALL_SPECS).toHaveLength(16);
  });

  it('SYMMETRIC_DEFAULT: 32 random bytes, no public key', async () => {
    const a = await generateKeyMaterial('SYMMETRIC_DEFAULT');
    const b = await generateKeyMaterial('SYMMETRIC_DEFAULT');
    expect(a.bytes).toHaveLength(32);
    expect(a.publicKey).toBeUndefined();
    expect(bytesEqual(a.bytes, b.bytes)).toBe(false);
    expect(await publicKeyOf('SYMMETRIC_DEFAULT', a.bytes)).toBeUndefined();
  });

  it.each([
    ['HMAC_224', 28],
    ['HMAC_256', 32],
    ['HMAC_384', 48],
    ['HMAC_512', 64],
  ] as const)('%s: a %i-byte secret', async (spec, size) => {
    const a = await generateKeyMaterial(spec);
    const b = await generateKeyMaterial(spec);
    expect(a.bytes).toHaveLength(size);
    expect(a.publicKey).toBeUndefined();
    expect(bytesEqual(a.bytes, b.bytes)).toBe(false);
    expect(await publicKeyOf(spec, a.bytes)).toBeUndefined();
  });

  it.each([
    ['RSA_2048', 2048],
    ['RSA_3072', 3072],
    ['RSA_4096', 4096],
  ] as const)(
    '%s: PKCS#8 + SPKI that sign (PSS, PKCS#1 v1.5) and encrypt (OAEP) with Node',
    async (spec, bits) => {
      const { bytes, publicKey } = await generateKeyMaterial(spec);
      const pub = publicKeyObject(publicKey!);
      const priv = privateKeyObject(bytes);
      expect(pub.asymmetricKeyType).toBe('rsa'); // rsaEncryption: good for signing and OAEP
      expect(pub.asymmetricKeyDetails).toMatchObject({
        modulusLength: bits,
        publicExponent: 65537n,
      });
      expectSamePublicKey(priv, publicKey!);

      const pss = { padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 };
      const sigPss = sign('sha256', message, { key: priv, ...pss });
      expect(verify('sha256', message, { key: pub, ...pss }, sigPss)).toBe(true);
      const sigV15 = sign('sha512', message, priv);
      expect(verify('sha512', message, pub, sigV15)).toBe(true);
      expect(verify('sha512', utf8('another'), pub, sigV15)).toBe(false);

      const oaep = { padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' };
      const sealed = publicEncrypt({ key: pub, ...oaep }, message);
      expect(privateDecrypt({ key: priv, ...oaep }, sealed)).toEqual(Buffer.from(message));

      expect(toHex((await publicKeyOf(spec, bytes))!)).toBe(toHex(publicKey!));
    },
    60_000, // RSA_4096 key generation can take seconds
  );

  it.each([
    ['ECC_NIST_P256', 'prime256v1', 'sha256'],
    ['ECC_NIST_P384', 'secp384r1', 'sha384'],
    ['ECC_NIST_P521', 'secp521r1', 'sha512'],
    ['ECC_SECG_P256K1', 'secp256k1', 'sha256'],
  ] as const)('%s: PKCS#8 + named-curve SPKI that sign with Node', async (spec, curve, hash) => {
    const { bytes, publicKey } = await generateKeyMaterial(spec);
    const pub = publicKeyObject(publicKey!);
    const priv = privateKeyObject(bytes);
    expect(pub.asymmetricKeyType).toBe('ec');
    expect(pub.asymmetricKeyDetails).toEqual({ namedCurve: curve });
    expect(priv.asymmetricKeyDetails).toEqual({ namedCurve: curve });
    expectSamePublicKey(priv, publicKey!);
    // Named curve, uncompressed point.
    const parsed = readSpki(publicKey!)!;
    expect(parsed.algorithmOid).toBe(OID.ecPublicKey);
    expect(parsed.parameters?.tag).toBe(0x06);
    expect(parsed.publicKey[0]).toBe(0x04);

    const signature = sign(hash, message, priv);
    expect(verify(hash, message, pub, signature)).toBe(true);
    expect(verify(hash, utf8('another'), pub, signature)).toBe(false);
    expect(toHex((await publicKeyOf(spec, bytes))!)).toBe(toHex(publicKey!));
  });

  it('ECC_SECG_P256K1: a noble signature, as DER, verifies with Node', async () => {
    const { bytes, publicKey } = await generateKeyMaterial('ECC_SECG_P256K1');
    const { secp256k1 } = await import('@noble/curves/secp256k1.js');
    const scalar = privateKeyObject(bytes).export({ format: 'jwk' }).d!;
    const raw = secp256k1.sign(message, new Uint8Array(Buffer.from(scalar, 'base64url')));
    expect(verify('sha256', message, publicKeyObject(publicKey!), ecdsaRawToDer(raw))).toBe(true);
  });

  it('ECC_NIST_EDWARDS25519: PKCS#8 + SPKI (1.3.101.112) that sign with Node', async () => {
    const { bytes, publicKey } = await generateKeyMaterial('ECC_NIST_EDWARDS25519');
    const pub = publicKeyObject(publicKey!);
    const priv = privateKeyObject(bytes);
    expect(pub.asymmetricKeyType).toBe('ed25519');
    expect(readSpki(publicKey!)).toMatchObject({ algorithmOid: OID.ed25519 });
    expect(readSpki(publicKey!)?.parameters).toBeUndefined();
    expectSamePublicKey(priv, publicKey!);
    const signature = sign(null, message, priv);
    expect(verify(null, message, pub, signature)).toBe(true);
    expect(toHex((await publicKeyOf('ECC_NIST_EDWARDS25519', bytes))!)).toBe(toHex(publicKey!));
  });

  it.each([
    ['ML_DSA_44', OID.mlDsa44, 1312],
    ['ML_DSA_65', OID.mlDsa65, 1952],
    ['ML_DSA_87', OID.mlDsa87, 2592],
  ] as const)(
    '%s: a 32-byte seed, and an SPKI (%s) whose key verifies the seed’s signatures',
    async (spec, oid, publicKeyBytes) => {
      const { bytes, publicKey } = await generateKeyMaterial(spec);
      expect(bytes).toHaveLength(32);
      // Node 20 (OpenSSL 3.0) knows no ML-DSA: read the SPKI with our reader.
      const parsed = readSpki(publicKey!)!;
      expect(parsed.algorithmOid).toBe(oid);
      expect(parsed.parameters).toBeUndefined(); // RFC 9881: parameters absent
      expect(parsed.publicKey).toHaveLength(publicKeyBytes);

      const mlDsa = await mlDsaFor(spec);
      const { secretKey } = mlDsa.keygen(bytes);
      const signature = mlDsa.sign(message, secretKey);
      expect(mlDsa.verify(signature, message, parsed.publicKey)).toBe(true);
      expect(mlDsa.verify(signature, utf8('another'), parsed.publicKey)).toBe(false);

      const again = await generateKeyMaterial(spec);
      expect(bytesEqual(again.bytes, bytes)).toBe(false);
      expect(toHex((await publicKeyOf(spec, bytes))!)).toBe(toHex(publicKey!));
    },
  );
});

describe('publicKeyOf', () => {
  it('answers undefined for material that does not parse', async () => {
    const junk = utf8('not a key');
    for (const spec of [
      'RSA_2048',
      'ECC_NIST_P256',
      'ECC_SECG_P256K1',
      'ECC_NIST_EDWARDS25519',
      'ML_DSA_44',
    ] as const)
      expect(await publicKeyOf(spec, junk)).toBeUndefined();
  });
});

describe('Ed25519 without WebCrypto support', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.resetModules();
  });

  it('falls back to noble and still writes PKCS#8 and SPKI Node accepts', async () => {
    vi.resetModules();
    const real = crypto.subtle.generateKey.bind(crypto.subtle);
    const spy = vi.spyOn(crypto.subtle, 'generateKey').mockImplementation(((
      algorithm: AlgorithmIdentifier,
      ...rest: unknown[]
    ) => {
      const name = typeof algorithm === 'string' ? algorithm : algorithm.name;
      if (name === 'Ed25519') return Promise.reject(new DOMException('no', 'NotSupportedError'));
      return (real as (...args: unknown[]) => unknown)(algorithm, ...rest);
    }) as typeof crypto.subtle.generateKey);
    const fresh = await import('./keyPairs');
    const { bytes, publicKey } = await fresh.generateKeyMaterial('ECC_NIST_EDWARDS25519');
    expect(spy).toHaveBeenCalled();
    const priv = privateKeyObject(bytes);
    expectSamePublicKey(priv, publicKey!);
    expect(verify(null, message, publicKeyObject(publicKey!), sign(null, message, priv))).toBe(
      true,
    );
  });
});
