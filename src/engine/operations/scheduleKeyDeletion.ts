import type { ScheduleKeyDeletionRequest, ScheduleKeyDeletionResponse } from '@aws-sdk/client-kms';
import { kmsError } from '../errors';
import { defineOperation, type Output, type Valid } from '../operation';
import { replicasOf } from '../multiRegion';
import { DAY_MS } from '../scheduler';
import { KeyIdType, optional, required } from '../shapes';

/** The model allows 1–365 days; the service enforces 7–30. */
export const MIN_PENDING_DAYS = 7;
export const MAX_PENDING_DAYS = 30;

export const scheduleKeyDeletion = defineOperation<
  Valid<ScheduleKeyDeletionRequest, 'KeyId'>,
  Output<ScheduleKeyDeletionResponse>
>({
  name: 'ScheduleKeyDeletion',
  input: {
    KeyId: required(KeyIdType),
    PendingWindowInDays: optional({ type: 'integer', min: 1, max: 365 }),
  },
  async run(ctx, input) {
    const days = input.PendingWindowInDays ?? MAX_PENDING_DAYS;
    if (days < MIN_PENDING_DAYS || days > MAX_PENDING_DAYS) {
      throw kmsError(
        'ValidationException',
        `PendingWindowInDays must be between ${MIN_PENDING_DAYS} and ${MAX_PENDING_DAYS}`,
      );
    }
    const key = ctx.useKey(input.KeyId, 'kms:ScheduleKeyDeletion', {
      aliases: false,
    });
    key.pendingWindowInDays = days;
    ctx.step({ type: 'change', target: 'key', id: key.keyId, what: 'deletion-scheduled' });
    // A primary with replicas waits for them to be deleted; its own period starts then.
    if (key.multiRegionRole === 'PRIMARY' && replicasOf(ctx.world, key.keyId).length > 0) {
      key.state = 'PendingReplicaDeletion';
      return { KeyId: key.arn, KeyState: key.state, PendingWindowInDays: days };
    }
    key.state = 'PendingDeletion';
    key.deletionDate = ctx.now + days * DAY_MS;
    return {
      KeyId: key.arn,
      DeletionDate: new Date(key.deletionDate),
      KeyState: key.state,
      PendingWindowInDays: days,
    };
  },
});
