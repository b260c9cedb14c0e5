import type {
  GetKeyRotationStatusRequest,
  GetKeyRotationStatusResponse,
} from '@aws-sdk/client-kms';
import { defineOperation, type Output, type Valid } from '../operation';
import { KeyIdType, required } from '../shapes';

export const getKeyRotationStatus = defineOperation<
  Valid<GetKeyRotationStatusRequest, 'KeyId'>,
  Output<GetKeyRotationStatusResponse>
>({
  name: 'GetKeyRotationStatus',
  input: { KeyId: required(KeyIdType) },
  async run(ctx, input) {
    const key = ctx.useKey(input.KeyId, 'kms:GetKeyRotationStatus', { aliases: false });
    const { enabled, periodInDays, nextRotationDate } = key.rotation;
    return {
      KeyRotationEnabled: enabled,
      KeyId: key.arn,
      ...(enabled ? { RotationPeriodInDays: periodInDays } : {}),
      ...(enabled && nextRotationDate !== undefined
        ? { NextRotationDate: new Date(nextRotationDate) }
        : {}),
    };
  },
});
