import type { RotateKeyOnDemandRequest, RotateKeyOnDemandResponse } from '@aws-sdk/client-kms';
import { kmsError } from '../errors';
import { defineOperation, type Output, type Valid } from '../operation';
import {
  AUTOMATIC_ROTATION_GUARD_MS,
  ON_DEMAND_ROTATION_LIMIT,
  requireRotationManagedHere,
} from '../rotation';
import { rotate } from '../dueWork';
import { KeyIdType, required } from '../shapes';

export const rotateKeyOnDemand = defineOperation<
  Valid<RotateKeyOnDemandRequest, 'KeyId'>,
  Output<RotateKeyOnDemandResponse>
>({
  name: 'RotateKeyOnDemand',
  input: { KeyId: required(KeyIdType) },
  async run(ctx, input) {
    const key = ctx.useKey(input.KeyId, 'kms:RotateKeyOnDemand', { aliases: false });
    requireRotationManagedHere(key);
    if (key.rotation.onDemandCount >= ON_DEMAND_ROTATION_LIMIT) {
      throw kmsError(
        'LimitExceededException',
        `${key.arn} has reached the limit of ${ON_DEMAND_ROTATION_LIMIT} on-demand rotations.`,
      );
    }
    const next = key.rotation.enabled ? key.rotation.nextRotationDate : undefined;
    if (next !== undefined && next - ctx.now <= AUTOMATIC_ROTATION_GUARD_MS) {
      // Unverified wording: AWS documents the condition, not the message.
      throw kmsError(
        'ConflictException',
        `An automatic rotation of ${key.arn} is scheduled to begin within the next 20 minutes.`,
      );
    }
    // Real KMS finishes an on-demand rotation within moments; here it completes in the call.
    rotate(ctx, key, 'ON_DEMAND');
    key.rotation.onDemandCount += 1;
    return { KeyId: key.keyId };
  },
});
