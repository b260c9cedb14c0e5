/**
 * Features real KMS has that this version of KMS Lab does not simulate yet answer with
 * UnsupportedOperationException and say so plainly, rather than pretending.
 */
import { kmsError, type KmsError } from './errors';

export const notYetSimulated = (feature: string): KmsError =>
  kmsError('UnsupportedOperationException', `KMS Lab does not simulate ${feature} yet.`);
