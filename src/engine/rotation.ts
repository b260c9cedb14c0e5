/** Rotation rules shared by the rotation operations. */
import { kmsError } from './errors';
import type { KmsKey } from './model';

/** On-demand rotations allowed per key (an AWS quota that cannot be raised). */
export const ON_DEMAND_ROTATION_LIMIT = 25;
export const DEFAULT_ROTATION_PERIOD_DAYS = 365;
/** RotateKeyOnDemand is refused this close to a scheduled automatic rotation. */
export const AUTOMATIC_ROTATION_GUARD_MS = 20 * 60 * 1000;

/** Only symmetric keys whose material KMS generated, outside custom key stores, rotate. */
export function requireRotatable(key: KmsKey): void {
  if (key.keySpec !== 'SYMMETRIC_DEFAULT' || key.origin !== 'AWS_KMS') {
    throw kmsError('UnsupportedOperationException', `${key.arn} does not support key rotation.`);
  }
}

/** Related multi-Region keys share their material: only the primary's rotation can be managed. */
export function requireRotationManagedHere(key: KmsKey): void {
  requireRotatable(key);
  if (key.multiRegionRole === 'REPLICA') {
    throw kmsError(
      'UnsupportedOperationException',
      `${key.arn} is a multi-Region replica key. Manage its rotation on the primary key.`,
    );
  }
}
