/**
 * The algorithms of the "outside AWS" flow, named as KMS names them. Kept apart from
 * publicKeyCrypto.ts so the UI can list them without loading the cryptography.
 */
import { KEY_SPECS, type KeySpec } from '../../engine/keySpecs';
import { maxRsaPlaintext } from '../../engine/rsaLimits';

/** The RSA encryption algorithms KMS offers. */
export type PublicKeyEncryption = 'RSAES_OAEP_SHA_1' | 'RSAES_OAEP_SHA_256';

/**
 * The signing algorithms that sign a whole message (MessageType RAW), which is what the owner
 * sends. ED25519_PH_SHA_512 is left out: KMS takes it only with a DIGEST.
 */
export const RAW_SIGNING_ALGORITHMS = [
  'RSASSA_PSS_SHA_256',
  'RSASSA_PSS_SHA_384',
  'RSASSA_PSS_SHA_512',
  'RSASSA_PKCS1_V1_5_SHA_256',
  'RSASSA_PKCS1_V1_5_SHA_384',
  'RSASSA_PKCS1_V1_5_SHA_512',
  'ECDSA_SHA_256',
  'ECDSA_SHA_384',
  'ECDSA_SHA_512',
  'ED25519_SHA_512',
  'ML_DSA_SHAKE_256',
] as const;
export type RawSigningAlgorithm = (typeof RAW_SIGNING_ALGORITHMS)[number];

export const isRawSigningAlgorithm = (name: string): name is RawSigningAlgorithm =>
  (RAW_SIGNING_ALGORITHMS as readonly string[]).includes(name);

export const isPublicKeyEncryption = (name: string): name is PublicKeyEncryption =>
  name === 'RSAES_OAEP_SHA_1' || name === 'RSAES_OAEP_SHA_256';

/** The key pairs that encrypt or sign: every spec but the symmetric and HMAC ones. */
export type PairUsage = 'ENCRYPT_DECRYPT' | 'SIGN_VERIFY';

export const PAIR_SPECS: readonly { spec: KeySpec; usages: PairUsage[] }[] = Object.entries(
  KEY_SPECS,
)
  .map(([spec, info]) => ({
    spec: spec as KeySpec,
    usages: info.usages.filter(
      (u): u is PairUsage => u === 'ENCRYPT_DECRYPT' || u === 'SIGN_VERIFY',
    ),
  }))
  .filter(({ spec, usages }) => spec !== 'SYMMETRIC_DEFAULT' && usages.length > 0);

/** The longest message RSA-OAEP takes with a key of this spec. */
export const encryptLimit = (spec: KeySpec, algorithm: PublicKeyEncryption): number =>
  maxRsaPlaintext(spec, algorithm);
