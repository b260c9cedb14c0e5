import type { ListGrantsRequest, ListGrantsResponse } from '@aws-sdk/client-kms';
import { GrantIdType, grantListEntry, PrincipalIdType } from '../grants';
import { defineOperation, type Output, type Valid } from '../operation';
import { paginate } from '../paging';
import { KeyIdType, LimitType, MarkerType, optional, required } from '../shapes';

export const listGrants = defineOperation<
  Valid<ListGrantsRequest, 'KeyId'>,
  Output<ListGrantsResponse>
>({
  name: 'ListGrants',
  input: {
    Limit: optional(LimitType),
    Marker: optional(MarkerType),
    KeyId: required(KeyIdType),
    GrantId: optional(GrantIdType),
    GranteePrincipal: optional(PrincipalIdType),
  },
  async run(ctx, input) {
    const key = ctx.useKey(input.KeyId, 'kms:ListGrants', {
      aliases: false,
      access: { conditions: { 'kms:GrantIsForAWSResource': ctx.invokedBy !== undefined } },
    });
    const grants = key.grants.filter(
      (g) =>
        (input.GrantId === undefined || g.grantId === input.GrantId) &&
        (input.GranteePrincipal === undefined || g.granteePrincipal === input.GranteePrincipal),
    );
    const page = paginate(grants, (g) => g.grantId, input.Limit, input.Marker, 50);
    return {
      Grants: page.items.map((g) => grantListEntry(key, g)),
      ...(page.NextMarker ? { NextMarker: page.NextMarker } : {}),
      Truncated: page.Truncated,
    };
  },
});
