/**
 * What someone outside AWS can do with a KMS key's public key alone: no AWS credentials, no
 * call to KMS. They encrypt for the key's owner with RSA-OAEP, and they verify the owner's
 * signatures. It is done the way such a person would do it — with the browser's WebCrypto
 * where it has the algorithm, and with @noble where it does not (secp256k1, ML-DSA) — never
 * with the engine's key material. Loaded on first use: it is not in the initial bundle.
 */
import type { KeySpec } from '../../engine/keySpecs';
import { ecdsaDerToRaw, readSpki } from '../../engine/crypto/der';
import type { PublicKeyEncryption, RawSigningAlgorithm } from './algorithms';

type Hash = 'SHA-256' | 'SHA-384' | 'SHA-512';
const hashOf = (algorithm: string): Hash => `SHA-${algorithm.slice(-3)}` as Hash;

const NIST_CURVES: Partial<Record<KeySpec, { curve: string; size: number }>> = {
  ECC_NIST_P256: { curve: 'P-256', size: 32 },
  ECC_NIST_P384: { curve: 'P-384', size: 48 },
  ECC_NIST_P521: { curve: 'P-521', size: 66 },
};

const buffer = (bytes: Uint8Array): BufferSource => bytes as BufferSource;

/** RSA-OAEP with MGF1 over the same hash and an empty label, as KMS decrypts it. */
export async function encryptWithPublicKey(
  publicKey: Uint8Array,
  algorithm: PublicKeyEncryption,
  plaintext: Uint8Array,
): Promise<Uint8Array> {
  const hash = algorithm === 'RSAES_OAEP_SHA_1' ? 'SHA-1' : 'SHA-256';
  const key = await crypto.subtle.importKey(
    'spki',
    buffer(publicKey),
    { name: 'RSA-OAEP', hash },
    false,
    ['encrypt'],
  );
  return new Uint8Array(await crypto.subtle.encrypt({ name: 'RSA-OAEP' }, key, buffer(plaintext)));
}

/**
 * Whether `signature` (as KMS returns it: DER for ECDSA) is the key's signature of the whole
 * `message`. A malformed key or signature is simply not valid.
 */
export async function verifyWithPublicKey(
  publicKey: Uint8Array,
  keySpec: KeySpec,
  algorithm: RawSigningAlgorithm,
  message: Uint8Array,
  signature: Uint8Array,
): Promise<boolean> {
  try {
    return await verify(publicKey, keySpec, algorithm, message, signature);
  } catch {
    return false;
  }
}

async function verify(
  publicKey: Uint8Array,
  keySpec: KeySpec,
  algorithm: RawSigningAlgorithm,
  message: Uint8Array,
  signature: Uint8Array,
): Promise<boolean> {
  const subtle = crypto.subtle;
  if (algorithm.startsWith('RSASSA_PSS_')) {
    const hash = hashOf(algorithm);
    const key = await subtle.importKey(
      'spki',
      buffer(publicKey),
      { name: 'RSA-PSS', hash },
      false,
      ['verify'],
    );
    // KMS uses a salt as long as the hash.
    const saltLength = Number(hash.slice(4)) / 8;
    return subtle.verify({ name: 'RSA-PSS', saltLength }, key, buffer(signature), buffer(message));
  }
  if (algorithm.startsWith('RSASSA_PKCS1_V1_5_')) {
    const name = 'RSASSA-PKCS1-v1_5';
    const key = await subtle.importKey(
      'spki',
      buffer(publicKey),
      { name, hash: hashOf(algorithm) },
      false,
      ['verify'],
    );
    return subtle.verify({ name }, key, buffer(signature), buffer(message));
  }
  if (algorithm.startsWith('ECDSA_')) {
    const nist = NIST_CURVES[keySpec];
    if (!nist) return verifySecp256k1(publicKey, message, signature);
    const raw = ecdsaDerToRaw(signature, nist.size);
    if (!raw) return false;
    const key = await subtle.importKey(
      'spki',
      buffer(publicKey),
      { name: 'ECDSA', namedCurve: nist.curve },
      false,
      ['verify'],
    );
    return subtle.verify(
      { name: 'ECDSA', hash: hashOf(algorithm) },
      key,
      buffer(raw),
      buffer(message),
    );
  }
  if (algorithm === 'ED25519_SHA_512') {
    const key = await subtle.importKey('spki', buffer(publicKey), { name: 'Ed25519' }, false, [
      'verify',
    ]);
    return subtle.verify({ name: 'Ed25519' }, key, buffer(signature), buffer(message));
  }
  // ML_DSA_SHAKE_256: WebCrypto has no ML-DSA yet.
  const point = readSpki(publicKey)?.publicKey;
  if (!point) return false;
  const { ml_dsa44, ml_dsa65, ml_dsa87 } = await import('@noble/post-quantum/ml-dsa.js');
  const mlDsa = keySpec === 'ML_DSA_44' ? ml_dsa44 : keySpec === 'ML_DSA_65' ? ml_dsa65 : ml_dsa87;
  return mlDsa.verify(signature, message, point);
}

/** secp256k1 (ECDSA_SHA_256): not in WebCrypto. */
async function verifySecp256k1(
  publicKey: Uint8Array,
  message: Uint8Array,
  signature: Uint8Array,
): Promise<boolean> {
  const point = readSpki(publicKey)?.publicKey;
  const raw = ecdsaDerToRaw(signature, 32);
  if (!point || !raw) return false;
  const { secp256k1 } = await import('@noble/curves/secp256k1.js');
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', buffer(message)));
  return secp256k1.verify(raw, digest, point, { prehash: false, lowS: false, format: 'compact' });
}
