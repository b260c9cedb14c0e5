/**
 * What RSAES-OAEP allows with KMS's RSA key specs: the algorithms, their hashes and the
 * longest plaintext each takes. Apart from the encryption itself (rsaEncryption.ts) so the
 * app can check a message's length before calling, without loading the engine's crypto.
 */
import type { KeySpec } from './keySpecs';

export type RsaEncryptionAlgorithm = 'RSAES_OAEP_SHA_1' | 'RSAES_OAEP_SHA_256';

export const RSA_OAEP_HASH: Record<
  RsaEncryptionAlgorithm,
  { name: 'SHA-1' | 'SHA-256'; bytes: number }
> = {
  RSAES_OAEP_SHA_1: { name: 'SHA-1', bytes: 20 },
  RSAES_OAEP_SHA_256: { name: 'SHA-256', bytes: 32 },
};

const MODULUS_BYTES: Partial<Record<KeySpec, number>> = {
  RSA_2048: 256,
  RSA_3072: 384,
  RSA_4096: 512,
};

export const isRsaEncryption = (
  algorithm: string | undefined,
): algorithm is RsaEncryptionAlgorithm =>
  algorithm === 'RSAES_OAEP_SHA_1' || algorithm === 'RSAES_OAEP_SHA_256';

/** The longest plaintext OAEP takes (RFC 8017 7.1.1): modulus − 2·hash − 2 bytes. */
export const maxRsaPlaintext = (spec: KeySpec, algorithm: RsaEncryptionAlgorithm): number =>
  (MODULUS_BYTES[spec] ?? 0) - 2 * RSA_OAEP_HASH[algorithm].bytes - 2;
