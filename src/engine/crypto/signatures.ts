/**
 * Digital signatures with the key material keyPairs.ts makes, byte for byte as KMS signs:
 *
 * - RSASSA-PSS (salt length = hash length, MGF1 with the same hash) and RSASSA-PKCS1-v1_5,
 *   RFC 8017. A RAW message is signed by WebCrypto. A DIGEST (the caller hashed the message)
 *   cannot be: WebCrypto always hashes. So for it the encoding (EMSA-PSS, or
 *   EMSA-PKCS1-v1_5 with its DigestInfo) is built here and the RSA private operation is done
 *   with BigInt arithmetic on the PKCS#8 key (CRT). Verification always takes this second path
 *   (the public operation, e = 65537, is cheap).
 * - ECDSA on P-256/P-384/P-521: WebCrypto for a RAW message; a DIGEST, and secp256k1 (not in
 *   WebCrypto), through @noble/curves with `prehash: false`. Signatures are DER (RFC 3279),
 *   never normalized to low S (KMS does not either); verification takes only DER and both S.
 * - Ed25519 (RFC 8032): pure Ed25519 over the message, and Ed25519ph over the caller's
 *   SHA-512 digest — which, as KMS documents, still hashes it once more (FIPS 186-5 §7.8.1).
 * - ML-DSA (FIPS 204): pure ML-DSA with an empty context over the message, or the signing of
 *   an externally computed μ (EXTERNAL_MU, §6.2), from the key's 32-byte seed.
 *
 * The @noble modules are loaded with dynamic import() by the functions that need them.
 */
import type { KeySpec } from '../keySpecs';
import { bytesEqual, concatBytes, fromHex, randomBytes, toHex } from './bytes';
import {
  ecdsaDerToRaw,
  ecdsaRawToDer,
  nullValue,
  octetString,
  oid,
  readAll,
  readOnly,
  readPkcs8,
  readSpki,
  readUnsignedInteger,
  sequence,
  TAG,
} from './der';
import { mlDsaFor } from './keyPairs';

export type HashName = 'SHA-256' | 'SHA-384' | 'SHA-512';
export type SignatureKind = 'rsa-pss' | 'rsa-pkcs1' | 'ecdsa' | 'ed25519' | 'ed25519ph' | 'ml-dsa';
/** How `message` is given: whole (RAW), hashed by the caller (DIGEST), or ML-DSA's μ. */
export type MessageForm = 'RAW' | 'DIGEST' | 'EXTERNAL_MU';

export interface SignatureScheme {
  kind: SignatureKind;
  /** The hash the algorithm starts with (ML-DSA's SHAKE-256 is internal to it: none here). */
  hash?: HashName;
}

/** The private material (PKCS#8, or the ML-DSA seed) and the SPKI of one key pair. */
export interface SigningKey {
  spec: KeySpec;
  privateKey: Uint8Array;
  publicKey: Uint8Array;
}

export const HASH_BYTES: Record<HashName, number> = { 'SHA-256': 32, 'SHA-384': 48, 'SHA-512': 64 };

const HASH_OID: Record<HashName, string> = {
  'SHA-256': '2.16.840.1.101.3.4.2.1',
  'SHA-384': '2.16.840.1.101.3.4.2.2',
  'SHA-512': '2.16.840.1.101.3.4.2.3',
};

export async function digest(hash: HashName, data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest(hash, data as BufferSource));
}

/** Signs `message` (in the given form) with the key; throws only on unusable material. */
export async function createSignature(
  key: SigningKey,
  scheme: SignatureScheme,
  message: Uint8Array,
  form: MessageForm,
): Promise<Uint8Array> {
  switch (scheme.kind) {
    case 'rsa-pss':
    case 'rsa-pkcs1':
      return form === 'RAW'
        ? webCryptoRsaSign(key, scheme, message)
        : rsaSignDigest(key, scheme, message);
    case 'ecdsa':
      return ecdsaSign(key, scheme.hash!, message, form);
    case 'ed25519':
    case 'ed25519ph': {
      const seed = ed25519Seed(key.privateKey);
      const { ed25519, ed25519ph } = await import('@noble/curves/ed25519.js');
      return (scheme.kind === 'ed25519' ? ed25519 : ed25519ph).sign(message, seed);
    }
    case 'ml-dsa': {
      const mlDsa = await mlDsaFor(key.spec as MlDsaSpec);
      const { secretKey } = mlDsa.keygen(key.privateKey);
      return form === 'EXTERNAL_MU'
        ? mlDsa.internal.sign(message, secretKey, { externalMu: true })
        : mlDsa.sign(message, secretKey);
    }
  }
}

/** Whether `signature` is the key's signature of `message`; malformed input is just false. */
export async function checkSignature(
  key: SigningKey,
  scheme: SignatureScheme,
  message: Uint8Array,
  form: MessageForm,
  signature: Uint8Array,
): Promise<boolean> {
  try {
    const publicKey = readSpki(key.publicKey)?.publicKey;
    if (!publicKey) return false;
    switch (scheme.kind) {
      case 'rsa-pss':
      case 'rsa-pkcs1': {
        const mHash = form === 'RAW' ? await digest(scheme.hash!, message) : message;
        return await rsaVerifyDigest(key, scheme, mHash, signature);
      }
      case 'ecdsa': {
        const curve = await nobleCurve(key.spec);
        const raw = ecdsaDerToRaw(signature, ECDSA_FIELD_BYTES[key.spec]!);
        if (!raw) return false;
        const mHash = form === 'RAW' ? await digest(scheme.hash!, message) : message;
        return curve.verify(raw, mHash, publicKey, {
          prehash: false,
          lowS: false,
          format: 'compact',
        });
      }
      case 'ed25519':
      case 'ed25519ph': {
        const { ed25519, ed25519ph } = await import('@noble/curves/ed25519.js');
        // zip215: false — RFC 8032's strict rules, as OpenSSL verifies.
        return (scheme.kind === 'ed25519' ? ed25519 : ed25519ph).verify(
          signature,
          message,
          publicKey,
          { zip215: false },
        );
      }
      case 'ml-dsa': {
        const mlDsa = await mlDsaFor(key.spec as MlDsaSpec);
        return form === 'EXTERNAL_MU'
          ? mlDsa.internal.verify(signature, message, publicKey, { externalMu: true })
          : mlDsa.verify(signature, message, publicKey);
      }
    }
  } catch {
    return false;
  }
}

type MlDsaSpec = 'ML_DSA_44' | 'ML_DSA_65' | 'ML_DSA_87';

// ------------------------------------------------------------------------------------ RSA

interface RsaPrivateKey {
  n: bigint;
  e: bigint;
  p: bigint;
  q: bigint;
  dp: bigint;
  dq: bigint;
  qi: bigint;
  /** Bytes of the modulus (k in RFC 8017). */
  size: number;
  /** Bits of the modulus. */
  bits: number;
}

const toBigInt = (bytes: Uint8Array): bigint => (bytes.length ? BigInt('0x' + toHex(bytes)) : 0n);

/** I2OSP: `x` as exactly `length` big-endian bytes, or undefined when it does not fit. */
function toBytes(x: bigint, length: number): Uint8Array | undefined {
  const hex = x.toString(16);
  if (hex.length > length * 2) return undefined;
  return fromHex(hex.padStart(length * 2, '0'));
}

function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  let b = base % modulus;
  for (let e = exponent; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * b) % modulus;
    b = (b * b) % modulus;
  }
  return result;
}

/** RSAPrivateKey (RFC 8017 A.1.2) inside PKCS#8, as WebCrypto exports it. */
function readRsaPrivateKey(der: Uint8Array): RsaPrivateKey {
  const info = readPkcs8(der);
  const body = info && readOnly(info.privateKey, TAG.SEQUENCE);
  const parts = body && readAll(body.content);
  if (!parts || parts.length < 9) throw new Error('not an RSA private key');
  const ints = parts.slice(1, 9).map((part) => {
    const magnitude = part.tag === TAG.INTEGER ? readUnsignedInteger(part.content) : undefined;
    if (!magnitude) throw new Error('not an RSA private key');
    return toBigInt(magnitude);
  });
  const [n, e, , p, q, dp, dq, qi] = ints;
  const bits = n!.toString(2).length;
  return { n: n!, e: e!, p: p!, q: q!, dp: dp!, dq: dq!, qi: qi!, bits, size: Math.ceil(bits / 8) };
}

/** RSASP1 with the Chinese remainder theorem, checked by the public operation. */
function rsaPrivate(key: RsaPrivateKey, m: bigint): bigint {
  const m1 = modPow(m, key.dp, key.p);
  const m2 = modPow(m, key.dq, key.q);
  const h = (key.qi * (((m1 - m2) % key.p) + key.p)) % key.p;
  const s = m2 + h * key.q;
  if (modPow(s, key.e, key.n) !== m) throw new Error('RSA private operation failed');
  return s;
}

/** EMSA-PKCS1-v1_5 (RFC 8017 §9.2) of a digest: 00 01 FF… 00 DigestInfo. */
function emsaPkcs1(hash: HashName, mHash: Uint8Array, emLength: number): Uint8Array {
  const t = sequence(sequence(oid(HASH_OID[hash]), nullValue()), octetString(mHash));
  const em = new Uint8Array(emLength).fill(0xff);
  em[0] = 0;
  em[1] = 1;
  em[emLength - t.length - 1] = 0;
  em.set(t, emLength - t.length);
  return em;
}

/** MGF1 (RFC 8017 B.2.1). */
async function mgf1(hash: HashName, seed: Uint8Array, length: number): Promise<Uint8Array> {
  const out = new Uint8Array(length);
  const counter = new Uint8Array(4);
  for (let i = 0, at = 0; at < length; i++, at += HASH_BYTES[hash]) {
    new DataView(counter.buffer).setUint32(0, i);
    const block = await digest(hash, concatBytes(seed, counter));
    out.set(block.subarray(0, Math.min(block.length, length - at)), at);
  }
  return out;
}

/** EMSA-PSS-ENCODE (RFC 8017 §9.1.1) with a salt as long as the hash. */
async function emsaPssEncode(
  hash: HashName,
  mHash: Uint8Array,
  emBits: number,
): Promise<Uint8Array> {
  const hLen = HASH_BYTES[hash];
  const emLen = Math.ceil(emBits / 8);
  const salt = randomBytes(hLen);
  const h = await digest(hash, concatBytes(new Uint8Array(8), mHash, salt));
  const db = new Uint8Array(emLen - hLen - 1);
  db[db.length - hLen - 1] = 0x01;
  db.set(salt, db.length - hLen);
  const mask = await mgf1(hash, h, db.length);
  for (let i = 0; i < db.length; i++) db[i]! ^= mask[i]!;
  db[0]! &= 0xff >> (8 * emLen - emBits);
  return concatBytes(db, h, Uint8Array.of(0xbc));
}

/** EMSA-PSS-VERIFY (RFC 8017 §9.1.2) with a salt as long as the hash. */
async function emsaPssVerify(
  hash: HashName,
  mHash: Uint8Array,
  em: Uint8Array,
  emBits: number,
): Promise<boolean> {
  const hLen = HASH_BYTES[hash];
  const emLen = Math.ceil(emBits / 8);
  if (em.length !== emLen || emLen < 2 * hLen + 2 || em[emLen - 1] !== 0xbc) return false;
  const maskedDb = em.subarray(0, emLen - hLen - 1);
  const h = em.subarray(emLen - hLen - 1, emLen - 1);
  const top = 0xff >> (8 * emLen - emBits);
  if (maskedDb[0]! & ~top & 0xff) return false;
  const mask = await mgf1(hash, h, maskedDb.length);
  const db = maskedDb.map((b, i) => b ^ mask[i]!);
  db[0]! &= top;
  const psLength = db.length - hLen - 1;
  for (let i = 0; i < psLength; i++) if (db[i] !== 0) return false;
  if (db[psLength] !== 0x01) return false;
  const salt = db.subarray(db.length - hLen);
  return bytesEqual(h, await digest(hash, concatBytes(new Uint8Array(8), mHash, salt)));
}

async function rsaSignDigest(
  key: SigningKey,
  scheme: SignatureScheme,
  mHash: Uint8Array,
): Promise<Uint8Array> {
  const rsa = readRsaPrivateKey(key.privateKey);
  const hash = scheme.hash!;
  const em =
    scheme.kind === 'rsa-pss'
      ? await emsaPssEncode(hash, mHash, rsa.bits - 1)
      : emsaPkcs1(hash, mHash, rsa.size);
  return toBytes(rsaPrivate(rsa, toBigInt(em)), rsa.size)!;
}

async function rsaVerifyDigest(
  key: SigningKey,
  scheme: SignatureScheme,
  mHash: Uint8Array,
  signature: Uint8Array,
): Promise<boolean> {
  const rsa = readRsaPrivateKey(key.privateKey);
  const hash = scheme.hash!;
  if (signature.length !== rsa.size || mHash.length !== HASH_BYTES[hash]) return false;
  const s = toBigInt(signature);
  if (s >= rsa.n) return false;
  const m = modPow(s, rsa.e, rsa.n);
  if (scheme.kind === 'rsa-pkcs1') {
    const em = toBytes(m, rsa.size);
    return !!em && bytesEqual(em, emsaPkcs1(hash, mHash, rsa.size));
  }
  const emBits = rsa.bits - 1;
  const em = toBytes(m, Math.ceil(emBits / 8));
  return !!em && (await emsaPssVerify(hash, mHash, em, emBits));
}

async function webCryptoRsaSign(
  key: SigningKey,
  scheme: SignatureScheme,
  message: Uint8Array,
): Promise<Uint8Array> {
  const hash = scheme.hash!;
  const name = scheme.kind === 'rsa-pss' ? 'RSA-PSS' : 'RSASSA-PKCS1-v1_5';
  const privateKey = await crypto.subtle.importKey(
    'pkcs8',
    key.privateKey as BufferSource,
    { name, hash },
    false,
    ['sign'],
  );
  const params = name === 'RSA-PSS' ? { name, saltLength: HASH_BYTES[hash] } : { name };
  return new Uint8Array(await crypto.subtle.sign(params, privateKey, message as BufferSource));
}

// ---------------------------------------------------------------------------------- ECDSA

const NIST_CURVE: Partial<Record<KeySpec, 'P-256' | 'P-384' | 'P-521'>> = {
  ECC_NIST_P256: 'P-256',
  ECC_NIST_P384: 'P-384',
  ECC_NIST_P521: 'P-521',
};

/** Bytes of each of r and s (the field size). */
const ECDSA_FIELD_BYTES: Partial<Record<KeySpec, number>> = {
  ECC_NIST_P256: 32,
  ECC_NIST_P384: 48,
  ECC_NIST_P521: 66,
  ECC_SECG_P256K1: 32,
};

async function nobleCurve(spec: KeySpec) {
  if (spec === 'ECC_SECG_P256K1') return (await import('@noble/curves/secp256k1.js')).secp256k1;
  const { p256, p384, p521 } = await import('@noble/curves/nist.js');
  if (spec === 'ECC_NIST_P256') return p256;
  if (spec === 'ECC_NIST_P384') return p384;
  if (spec === 'ECC_NIST_P521') return p521;
  throw new Error(`no ECDSA curve for ${spec}`);
}

/** The private scalar of an RFC 5915 ECPrivateKey inside PKCS#8. */
function ecPrivateScalar(der: Uint8Array, size: number): Uint8Array {
  const info = readPkcs8(der);
  const ec = info && readOnly(info.privateKey, TAG.SEQUENCE);
  const secret = ec && readAll(ec.content)?.[1];
  if (secret?.tag !== TAG.OCTET_STRING || secret.content.length !== size) {
    throw new Error('not an EC private key');
  }
  return secret.content;
}

async function ecdsaSign(
  key: SigningKey,
  hash: HashName,
  message: Uint8Array,
  form: MessageForm,
): Promise<Uint8Array> {
  const namedCurve = NIST_CURVE[key.spec];
  if (namedCurve && form === 'RAW') {
    const privateKey = await crypto.subtle.importKey(
      'pkcs8',
      key.privateKey as BufferSource,
      { name: 'ECDSA', namedCurve },
      false,
      ['sign'],
    );
    const raw = await crypto.subtle.sign(
      { name: 'ECDSA', hash },
      privateKey,
      message as BufferSource,
    );
    return ecdsaRawToDer(new Uint8Array(raw));
  }
  const curve = await nobleCurve(key.spec);
  const mHash = form === 'RAW' ? await digest(hash, message) : message;
  const secret = ecPrivateScalar(key.privateKey, ECDSA_FIELD_BYTES[key.spec]!);
  // extraEntropy: hedged (randomized) nonces, as an HSM signs; lowS: false, as KMS does.
  const raw = curve.sign(mHash, secret, {
    prehash: false,
    lowS: false,
    extraEntropy: true,
    format: 'compact',
  });
  return ecdsaRawToDer(raw);
}

// -------------------------------------------------------------------------------- Ed25519

function ed25519Seed(der: Uint8Array): Uint8Array {
  const info = readPkcs8(der);
  const seed = info && readOnly(info.privateKey, TAG.OCTET_STRING)?.content;
  if (seed?.length !== 32) throw new Error('not an Ed25519 private key');
  return seed;
}
