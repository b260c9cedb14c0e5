import type { ListKeyPoliciesRequest, ListKeyPoliciesResponse } from '@aws-sdk/client-kms';
import { defineOperation, type Output, type Valid } from '../operation';
import { paginate } from '../paging';
import { POLICY_NAME } from '../policy';
import { KeyIdType, LimitType, MarkerType, optional, required } from '../shapes';

export const listKeyPolicies = defineOperation<
  Valid<ListKeyPoliciesRequest, 'KeyId'>,
  Output<ListKeyPoliciesResponse>
>({
  name: 'ListKeyPolicies',
  input: { KeyId: required(KeyIdType), Limit: optional(LimitType), Marker: optional(MarkerType) },
  async run(ctx, input) {
    ctx.useKey(input.KeyId, 'kms:ListKeyPolicies', { aliases: false });
    const page = paginate([POLICY_NAME], (n) => n, input.Limit, input.Marker, 100);
    return {
      PolicyNames: page.items,
      ...(page.NextMarker ? { NextMarker: page.NextMarker } : {}),
      Truncated: page.Truncated,
    };
  },
});
