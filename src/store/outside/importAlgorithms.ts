/**
 * What the owner's workstation chooses when it imports key material, named as KMS names
 * them. Kept apart from the wrapping code so the UI can list them without loading it.
 * RSAES_PKCS1_V1_5 (refused since 2023) and SM2 (China Regions only) are not offered.
 */

/** The wrapping algorithms offered, the default (AWS's recommendation) first. */
export const WRAPPING_ALGORITHMS = [
  'RSAES_OAEP_SHA_256',
  'RSAES_OAEP_SHA_1',
  'RSA_AES_KEY_WRAP_SHA_256',
  'RSA_AES_KEY_WRAP_SHA_1',
] as const;
export type WrappingAlgorithm = (typeof WRAPPING_ALGORITHMS)[number];

export const WRAPPING_KEY_SPECS = ['RSA_2048', 'RSA_3072', 'RSA_4096'] as const;
export type WrappingKeySpec = (typeof WRAPPING_KEY_SPECS)[number];

/** A symmetric KMS key takes 256-bit material, and nothing else. */
export const MATERIAL_BYTES = 32;

/** ImportKeyMaterial's ValidTo may be at most 365 days after the request. */
export const MAX_VALID_TO_DAYS = 365;

export const isWrappingAlgorithm = (name: string): name is WrappingAlgorithm =>
  (WRAPPING_ALGORITHMS as readonly string[]).includes(name);
export const isWrappingKeySpec = (name: string): name is WrappingKeySpec =>
  (WRAPPING_KEY_SPECS as readonly string[]).includes(name);
