/** Which algorithms a key accepts, and the checks every cryptographic call shares. */
import type { EncryptionAlgorithmSpec, MacAlgorithmSpec } from '@aws-sdk/client-kms';
import { kmsError } from './errors';
import { KEY_SPECS, type KeyUsage } from './keySpecs';
import type { KmsKey } from './model';

/**
 * A key must have the usage an operation needs. AWS words it (recorded against the service):
 * "<key ARN> key usage is ENCRYPT_DECRYPT which is not valid for GenerateMac."
 */
export function requireUsage(key: KmsKey, usage: KeyUsage, operation = 'this operation'): void {
  if (key.keyUsage !== usage) {
    throw kmsError(
      'InvalidKeyUsageException',
      `${key.arn} key usage is ${key.keyUsage} which is not valid for ${operation}.`,
    );
  }
}

/**
 * A key used for encryption must have the usage for it. Data keys, ReEncrypt and the
 * symmetric ciphertext format need a symmetric key.
 */
export function requireEncryptDecrypt(key: KmsKey, operation?: string): void {
  requireUsage(key, 'ENCRYPT_DECRYPT', operation);
}

/** "Algorithm HMAC_SHA_256 is incompatible with key spec HMAC_224." (recorded against AWS) */
const incompatible = (algorithm: string, key: KmsKey) =>
  kmsError(
    'InvalidKeyUsageException',
    `Algorithm ${algorithm} is incompatible with key spec ${key.keySpec}.`,
  );

/**
 * The encryption algorithm a call uses with `key` (SYMMETRIC_DEFAULT when none is given):
 * refused unless the key's spec allows it. `operation` names the call in the usage error.
 */
export function checkEncryptionAlgorithm(
  key: KmsKey,
  algorithm: string | undefined,
  operation?: string,
): EncryptionAlgorithmSpec {
  requireEncryptDecrypt(key, operation);
  const alg = algorithm ?? 'SYMMETRIC_DEFAULT';
  const allowed: readonly string[] = KEY_SPECS[key.keySpec].encryption ?? [];
  if (!allowed.includes(alg)) throw incompatible(alg, key);
  return alg as EncryptionAlgorithmSpec;
}

/** GenerateMac and VerifyMac: an HMAC key, and the one MAC algorithm its spec has. */
export function checkMacAlgorithm(
  key: KmsKey,
  algorithm: MacAlgorithmSpec,
  operation: string,
): MacAlgorithmSpec {
  requireUsage(key, 'GENERATE_VERIFY_MAC', operation);
  const allowed: readonly string[] = KEY_SPECS[key.keySpec].mac ?? [];
  if (!allowed.includes(algorithm)) throw incompatible(algorithm, key);
  return algorithm;
}

/** DryRun: every check passed, so AWS answers with this instead of doing the work. */
export function endDryRun(dryRun: boolean | undefined): void {
  if (dryRun) {
    throw kmsError(
      'DryRunOperationException',
      'The request would have succeeded, but the DryRun option is set.',
    );
  }
}
