import type { ListKeysRequest, ListKeysResponse } from '@aws-sdk/client-kms';
import { defineOperation, type Output } from '../operation';
import { paginate } from '../paging';
import { LimitType, MarkerType, optional } from '../shapes';

export const listKeys = defineOperation<ListKeysRequest, Output<ListKeysResponse>>({
  name: 'ListKeys',
  input: { Limit: optional(LimitType), Marker: optional(MarkerType) },
  async run(ctx, input) {
    ctx.authorizeAccount('kms:ListKeys');
    const keys = Object.values(ctx.regionState.keys);
    const page = paginate(keys, (k) => k.keyId, input.Limit, input.Marker, 100);
    return {
      Keys: page.items.map((k) => ({ KeyId: k.keyId, KeyArn: k.arn })),
      ...(page.NextMarker ? { NextMarker: page.NextMarker } : {}),
      Truncated: page.Truncated,
    };
  },
});
