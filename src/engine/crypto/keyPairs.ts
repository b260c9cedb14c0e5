/**
 * Key material for every key spec, made with real cryptography. WebCrypto where it can
 * (AES, HMAC, RSA, NIST curves, Ed25519 where the platform has it); the @noble libraries
 * for what WebCrypto lacks (secp256k1, ML-DSA, Ed25519 elsewhere). The noble modules are
 * loaded with dynamic import() only when such a key is made, so they stay out of the app's
 * initial bundle.
 *
 * What `bytes` holds, per family:
 * - symmetric, hmac: the raw secret (32 bytes; 28/32/48/64 for HMAC_224/256/384/512);
 * - rsa, ecc, ed25519: the private key as DER PKCS#8, readable by any crypto library;
 * - ml-dsa: the 32-byte seed ξ of FIPS 204 ML-DSA.KeyGen. The seed is the private key
 *   in its most compact form (KMS and RFC 9881's "seed" choice keep it so); the expanded
 *   signing key is derived from it again whenever it is needed.
 * `publicKey`, for every asymmetric family, is the DER SubjectPublicKeyInfo GetPublicKey
 * returns.
 */
import { KEY_SPECS, type KeySpec } from '../keySpecs';
import { randomBytes } from './bytes';
import {
  bitString,
  contextTag,
  octetString,
  pkcs8,
  readAll,
  readOnly,
  readPkcs8,
  sequence,
  smallInteger,
  spki,
  TAG,
} from './der';

export interface GeneratedMaterial {
  /** Private material (see the module comment for its form per family). */
  bytes: Uint8Array;
  /** DER SubjectPublicKeyInfo, for asymmetric specs only. */
  publicKey?: Uint8Array;
}

export const OID = {
  ecPublicKey: '1.2.840.10045.2.1',
  secp256k1: '1.3.132.0.10',
  ed25519: '1.3.101.112',
  mlDsa44: '2.16.840.1.101.3.4.3.17',
  mlDsa65: '2.16.840.1.101.3.4.3.18',
  mlDsa87: '2.16.840.1.101.3.4.3.19',
} as const;

const HMAC_BYTES: Partial<Record<KeySpec, number>> = {
  HMAC_224: 28,
  HMAC_256: 32,
  HMAC_384: 48,
  HMAC_512: 64,
};

const RSA_BITS: Partial<Record<KeySpec, number>> = {
  RSA_2048: 2048,
  RSA_3072: 3072,
  RSA_4096: 4096,
};

const NIST_CURVE: Partial<Record<KeySpec, 'P-256' | 'P-384' | 'P-521'>> = {
  ECC_NIST_P256: 'P-256',
  ECC_NIST_P384: 'P-384',
  ECC_NIST_P521: 'P-521',
};

type MlDsaSpec = 'ML_DSA_44' | 'ML_DSA_65' | 'ML_DSA_87';
const ML_DSA_OID: Record<MlDsaSpec, string> = {
  ML_DSA_44: OID.mlDsa44,
  ML_DSA_65: OID.mlDsa65,
  ML_DSA_87: OID.mlDsa87,
};

/** Length of the seed ML-DSA keys are kept as. */
export const ML_DSA_SEED_BYTES = 32;

const exportPair = async (pair: CryptoKeyPair): Promise<GeneratedMaterial> => ({
  bytes: new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey)),
  publicKey: new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey)),
});

/** The noble ML-DSA instance for a spec, loaded on first use. */
export async function mlDsaFor(spec: MlDsaSpec) {
  const { ml_dsa44, ml_dsa65, ml_dsa87 } = await import('@noble/post-quantum/ml-dsa.js');
  return { ML_DSA_44: ml_dsa44, ML_DSA_65: ml_dsa65, ML_DSA_87: ml_dsa87 }[spec];
}

/** RFC 5915 ECPrivateKey inside PKCS#8, the way OpenSSL writes a secp256k1 key. */
function secp256k1Pkcs8(secretKey: Uint8Array, uncompressedPoint: Uint8Array): Uint8Array {
  const ecPrivateKey = sequence(
    smallInteger(1),
    octetString(secretKey),
    contextTag(1, bitString(uncompressedPoint)),
  );
  return pkcs8(OID.ecPublicKey, OID.secp256k1, ecPrivateKey);
}

/** Whether this platform's WebCrypto makes Ed25519 keys (Node 20, Chromium, Firefox, Safari 17+). */
let webCryptoEd25519: boolean | undefined;

async function ed25519Material(): Promise<GeneratedMaterial> {
  if (webCryptoEd25519 !== false) {
    try {
      const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, [
        'sign',
        'verify',
      ])) as CryptoKeyPair;
      webCryptoEd25519 = true;
      return await exportPair(pair);
    } catch (e) {
      if (webCryptoEd25519) throw e;
      webCryptoEd25519 = false;
    }
  }
  const { ed25519 } = await import('@noble/curves/ed25519.js');
  const seed = randomBytes(32);
  return {
    bytes: pkcs8(OID.ed25519, null, octetString(seed)),
    publicKey: spki(OID.ed25519, null, ed25519.getPublicKey(seed)),
  };
}

/** Fresh key material for a key of this spec. */
export async function generateKeyMaterial(spec: KeySpec): Promise<GeneratedMaterial> {
  switch (KEY_SPECS[spec].family) {
    case 'symmetric':
      return { bytes: randomBytes(32) };
    case 'hmac':
      return { bytes: randomBytes(HMAC_BYTES[spec]!) };
    case 'rsa': {
      const pair = await crypto.subtle.generateKey(
        {
          name: 'RSA-PSS',
          modulusLength: RSA_BITS[spec]!,
          publicExponent: Uint8Array.of(1, 0, 1),
          hash: 'SHA-256',
        },
        true,
        ['sign', 'verify'],
      );
      return exportPair(pair);
    }
    case 'ecc': {
      const namedCurve = NIST_CURVE[spec];
      if (namedCurve) {
        const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve }, true, [
          'sign',
          'verify',
        ]);
        return exportPair(pair);
      }
      // ECC_SECG_P256K1: not in WebCrypto.
      const { secp256k1 } = await import('@noble/curves/secp256k1.js');
      const secretKey = secp256k1.utils.randomSecretKey();
      const point = secp256k1.getPublicKey(secretKey, false);
      return {
        bytes: secp256k1Pkcs8(secretKey, point),
        publicKey: spki(OID.ecPublicKey, OID.secp256k1, point),
      };
    }
    case 'ed25519':
      return ed25519Material();
    case 'ml-dsa': {
      const mlDsa = await mlDsaFor(spec as MlDsaSpec);
      const seed = randomBytes(ML_DSA_SEED_BYTES);
      const { publicKey } = mlDsa.keygen(seed);
      return { bytes: seed, publicKey: spki(ML_DSA_OID[spec as MlDsaSpec], null, publicKey) };
    }
  }
}

/**
 * The DER SubjectPublicKeyInfo of the private material `bytes` (as generateKeyMaterial
 * made it), or undefined for symmetric and HMAC specs and for material that does not parse.
 */
export async function publicKeyOf(
  spec: KeySpec,
  bytes: Uint8Array,
): Promise<Uint8Array | undefined> {
  const family = KEY_SPECS[spec].family;
  try {
    switch (family) {
      case 'symmetric':
      case 'hmac':
        return undefined;
      case 'ml-dsa': {
        if (bytes.length !== ML_DSA_SEED_BYTES) return undefined;
        const mlDsa = await mlDsaFor(spec as MlDsaSpec);
        return spki(ML_DSA_OID[spec as MlDsaSpec], null, mlDsa.keygen(bytes).publicKey);
      }
      case 'ecc':
        if (spec === 'ECC_SECG_P256K1') {
          const secretKey = secp256k1Secret(bytes);
          if (!secretKey) return undefined;
          const { secp256k1 } = await import('@noble/curves/secp256k1.js');
          return spki(OID.ecPublicKey, OID.secp256k1, secp256k1.getPublicKey(secretKey, false));
        }
        return await webCryptoPublicKey({ name: 'ECDSA', namedCurve: NIST_CURVE[spec]! }, bytes, [
          'd',
        ]);
      case 'rsa':
        return await webCryptoPublicKey({ name: 'RSA-PSS', hash: 'SHA-256' }, bytes, [
          'd',
          'p',
          'q',
          'dp',
          'dq',
          'qi',
        ]);
      case 'ed25519': {
        const info = readPkcs8(bytes);
        const seed = info && readOnly(info.privateKey, TAG.OCTET_STRING)?.content;
        if (info?.algorithmOid !== OID.ed25519 || seed?.length !== 32) return undefined;
        const { ed25519 } = await import('@noble/curves/ed25519.js');
        return spki(OID.ed25519, null, ed25519.getPublicKey(seed));
      }
    }
  } catch {
    return undefined;
  }
}

/** The private scalar inside our secp256k1 PKCS#8, or undefined. */
function secp256k1Secret(der: Uint8Array): Uint8Array | undefined {
  const info = readPkcs8(der);
  if (info?.algorithmOid !== OID.ecPublicKey) return undefined;
  // ECPrivateKey ::= SEQUENCE { version INTEGER 1, privateKey OCTET STRING, [0] …, [1] … }
  const ec = readOnly(info.privateKey, TAG.SEQUENCE);
  const secret = ec && readAll(ec.content)?.[1];
  return secret?.tag === TAG.OCTET_STRING && secret.content.length === 32
    ? secret.content
    : undefined;
}

/** Public SPKI of a WebCrypto PKCS#8 private key, by way of its JWK minus the private members. */
async function webCryptoPublicKey(
  algorithm: EcKeyImportParams | RsaHashedImportParams,
  der: Uint8Array,
  privateMembers: string[],
): Promise<Uint8Array> {
  const privateKey = await crypto.subtle.importKey('pkcs8', der as BufferSource, algorithm, true, [
    'sign',
  ]);
  const jwk = await crypto.subtle.exportKey('jwk', privateKey);
  const publicJwk: JsonWebKey = { ...jwk, key_ops: ['verify'] };
  for (const member of privateMembers) delete publicJwk[member as keyof JsonWebKey];
  const publicKey = await crypto.subtle.importKey('jwk', publicJwk, algorithm, true, ['verify']);
  return new Uint8Array(await crypto.subtle.exportKey('spki', publicKey));
}
