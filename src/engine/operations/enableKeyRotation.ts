import type { EnableKeyRotationRequest } from '@aws-sdk/client-kms';
import { defineOperation, type Valid } from '../operation';
import { requireRotationManagedHere, DEFAULT_ROTATION_PERIOD_DAYS } from '../rotation';
import { DAY_MS } from '../scheduler';
import { KeyIdType, optional, required } from '../shapes';

export const enableKeyRotation = defineOperation<
  Valid<EnableKeyRotationRequest, 'KeyId'>,
  Record<string, never>
>({
  name: 'EnableKeyRotation',
  input: {
    KeyId: required(KeyIdType),
    RotationPeriodInDays: optional({ type: 'integer', min: 90, max: 2560 }),
  },
  async run(ctx, input) {
    const key = ctx.useKey(input.KeyId, 'kms:EnableKeyRotation', { aliases: false });
    requireRotationManagedHere(key);
    const period = input.RotationPeriodInDays ?? DEFAULT_ROTATION_PERIOD_DAYS;
    const lastRotation = key.materials[key.materials.length - 1]!.createdAt;
    // Newly enabled: the period counts from now. Already on: a new period counts from the last rotation.
    const next = key.rotation.enabled
      ? Math.max(ctx.now, lastRotation + period * DAY_MS)
      : ctx.now + period * DAY_MS;
    key.rotation = { ...key.rotation, enabled: true, periodInDays: period, nextRotationDate: next };
    ctx.step({ type: 'change', target: 'key', id: key.keyId, what: 'rotation-enabled' });
    return {};
  },
});
