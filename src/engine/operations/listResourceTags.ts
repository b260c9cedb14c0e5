import type { ListResourceTagsRequest, ListResourceTagsResponse } from '@aws-sdk/client-kms';
import { defineOperation, type Output, type Valid } from '../operation';
import { paginate } from '../paging';
import { KeyIdType, LimitType, MarkerType, optional, required } from '../shapes';

export const listResourceTags = defineOperation<
  Valid<ListResourceTagsRequest, 'KeyId'>,
  Output<ListResourceTagsResponse>
>({
  name: 'ListResourceTags',
  input: { KeyId: required(KeyIdType), Limit: optional(LimitType), Marker: optional(MarkerType) },
  async run(ctx, input) {
    const key = ctx.useKey(input.KeyId, 'kms:ListResourceTags', { aliases: false });
    const page = paginate(key.tags, (t) => t.TagKey, input.Limit, input.Marker, 50);
    return {
      Tags: page.items.map((t) => ({ ...t })),
      ...(page.NextMarker ? { NextMarker: page.NextMarker } : {}),
      Truncated: page.Truncated,
    };
  },
});
