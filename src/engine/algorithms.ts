/** Which algorithms a key accepts, and the checks every cryptographic call shares. */
import { kmsError } from './errors';
import { KEY_SPECS } from './keySpecs';
import type { KmsKey } from './model';
import { notYetSimulated } from './notYet';

/**
 * A key used for encryption must have the usage for it (AWS's wording for this case was not
 * found: a plain sentence). Data keys, ReEncrypt and the symmetric ciphertext format need
 * a symmetric key.
 */
export function requireEncryptDecrypt(key: KmsKey): void {
  if (key.keyUsage !== 'ENCRYPT_DECRYPT') {
    throw kmsError(
      'InvalidKeyUsageException',
      `${key.arn} key usage is ${key.keyUsage} which is not valid for this operation.`,
    );
  }
}

export function checkEncryptionAlgorithm(
  key: KmsKey,
  algorithm: string | undefined,
): 'SYMMETRIC_DEFAULT' {
  requireEncryptDecrypt(key);
  const alg = algorithm ?? 'SYMMETRIC_DEFAULT';
  const allowed: readonly string[] = KEY_SPECS[key.keySpec].encryption ?? [];
  if (!allowed.includes(alg)) {
    throw kmsError(
      'InvalidKeyUsageException',
      `Algorithm ${alg} is incompatible with key spec ${key.keySpec}.`,
    );
  }
  if (alg !== 'SYMMETRIC_DEFAULT') throw notYetSimulated(`${alg} encryption`);
  return alg;
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
