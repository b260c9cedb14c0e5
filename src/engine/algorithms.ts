/** Which algorithms a key accepts, and the checks every cryptographic call shares. */
import { kmsError } from './errors';
import type { KmsKey } from './model';

export function checkEncryptionAlgorithm(
  key: KmsKey,
  algorithm: string | undefined,
): 'SYMMETRIC_DEFAULT' {
  const alg = algorithm ?? 'SYMMETRIC_DEFAULT';
  if (alg !== 'SYMMETRIC_DEFAULT') {
    throw kmsError(
      'InvalidKeyUsageException',
      `Algorithm ${alg} is incompatible with key spec ${key.keySpec}.`,
    );
  }
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
