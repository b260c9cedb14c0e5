/**
 * Every key spec KMS offers outside the China Regions: the usages each accepts and the
 * algorithms each usage allows. One table, read by CreateKey (which usages a spec takes),
 * KeyMetadata (the algorithm lists DescribeKey and GetPublicKey return) and every
 * cryptographic operation (which algorithm a key may use). From kms-facts.md and the KMS
 * Developer Guide's "Key spec reference".
 */
import type {
  EncryptionAlgorithmSpec,
  KeyAgreementAlgorithmSpec,
  MacAlgorithmSpec,
  SigningAlgorithmSpec,
} from '@aws-sdk/client-kms';

export type KeySpec =
  | 'SYMMETRIC_DEFAULT'
  | 'HMAC_224'
  | 'HMAC_256'
  | 'HMAC_384'
  | 'HMAC_512'
  | 'RSA_2048'
  | 'RSA_3072'
  | 'RSA_4096'
  | 'ECC_NIST_P256'
  | 'ECC_NIST_P384'
  | 'ECC_NIST_P521'
  | 'ECC_SECG_P256K1'
  | 'ECC_NIST_EDWARDS25519'
  | 'ML_DSA_44'
  | 'ML_DSA_65'
  | 'ML_DSA_87';

export type KeyUsage = 'ENCRYPT_DECRYPT' | 'SIGN_VERIFY' | 'GENERATE_VERIFY_MAC' | 'KEY_AGREEMENT';

/** What kind of cryptography a spec is: decides how its material is made and used. */
export type KeyFamily = 'symmetric' | 'hmac' | 'rsa' | 'ecc' | 'ed25519' | 'ml-dsa';

export interface KeySpecInfo {
  family: KeyFamily;
  /** Usages the spec accepts; the first is CreateKey's default only for SYMMETRIC_DEFAULT. */
  usages: readonly KeyUsage[];
  encryption?: readonly EncryptionAlgorithmSpec[];
  signing?: readonly SigningAlgorithmSpec[];
  mac?: readonly MacAlgorithmSpec[];
  keyAgreement?: readonly KeyAgreementAlgorithmSpec[];
}

const RSA: Omit<KeySpecInfo, 'family'> = {
  usages: ['ENCRYPT_DECRYPT', 'SIGN_VERIFY'],
  encryption: ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256'],
  signing: [
    'RSASSA_PSS_SHA_256',
    'RSASSA_PSS_SHA_384',
    'RSASSA_PSS_SHA_512',
    'RSASSA_PKCS1_V1_5_SHA_256',
    'RSASSA_PKCS1_V1_5_SHA_384',
    'RSASSA_PKCS1_V1_5_SHA_512',
  ],
};
const nist = (signing: SigningAlgorithmSpec): KeySpecInfo => ({
  family: 'ecc',
  usages: ['SIGN_VERIFY', 'KEY_AGREEMENT'],
  signing: [signing],
  keyAgreement: ['ECDH'],
});
const hmac = (mac: MacAlgorithmSpec): KeySpecInfo => ({
  family: 'hmac',
  usages: ['GENERATE_VERIFY_MAC'],
  mac: [mac],
});
const mlDsa: KeySpecInfo = {
  family: 'ml-dsa',
  usages: ['SIGN_VERIFY'],
  signing: ['ML_DSA_SHAKE_256'],
};

export const KEY_SPECS: Readonly<Record<KeySpec, KeySpecInfo>> = {
  SYMMETRIC_DEFAULT: {
    family: 'symmetric',
    usages: ['ENCRYPT_DECRYPT'],
    encryption: ['SYMMETRIC_DEFAULT'],
  },
  HMAC_224: hmac('HMAC_SHA_224'),
  HMAC_256: hmac('HMAC_SHA_256'),
  HMAC_384: hmac('HMAC_SHA_384'),
  HMAC_512: hmac('HMAC_SHA_512'),
  RSA_2048: { family: 'rsa', ...RSA },
  RSA_3072: { family: 'rsa', ...RSA },
  RSA_4096: { family: 'rsa', ...RSA },
  ECC_NIST_P256: nist('ECDSA_SHA_256'),
  ECC_NIST_P384: nist('ECDSA_SHA_384'),
  ECC_NIST_P521: nist('ECDSA_SHA_512'),
  ECC_SECG_P256K1: { family: 'ecc', usages: ['SIGN_VERIFY'], signing: ['ECDSA_SHA_256'] },
  ECC_NIST_EDWARDS25519: {
    family: 'ed25519',
    usages: ['SIGN_VERIFY'],
    signing: ['ED25519_SHA_512', 'ED25519_PH_SHA_512'],
  },
  ML_DSA_44: mlDsa,
  ML_DSA_65: mlDsa,
  ML_DSA_87: mlDsa,
};

export const isKeySpec = (value: string): value is KeySpec => Object.hasOwn(KEY_SPECS, value);

/** The algorithm lists KeyMetadata carries for a key of this spec and usage. */
export function algorithmsOf(
  spec: KeySpec,
  usage: KeyUsage,
): {
  EncryptionAlgorithms?: EncryptionAlgorithmSpec[];
  SigningAlgorithms?: SigningAlgorithmSpec[];
  MacAlgorithms?: MacAlgorithmSpec[];
  KeyAgreementAlgorithms?: KeyAgreementAlgorithmSpec[];
} {
  const info = KEY_SPECS[spec];
  switch (usage) {
    case 'ENCRYPT_DECRYPT':
      return { EncryptionAlgorithms: [...(info.encryption ?? [])] };
    case 'SIGN_VERIFY':
      return { SigningAlgorithms: [...(info.signing ?? [])] };
    case 'GENERATE_VERIFY_MAC':
      return { MacAlgorithms: [...(info.mac ?? [])] };
    case 'KEY_AGREEMENT':
      return { KeyAgreementAlgorithms: [...(info.keyAgreement ?? [])] };
  }
}
