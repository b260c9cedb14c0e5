import type { ListRetirableGrantsRequest, ListGrantsResponse } from '@aws-sdk/client-kms';
import { grantListEntry, PrincipalIdType } from '../grants';
import { defineOperation, type Output, type Valid } from '../operation';
import { paginate } from '../paging';
import { LimitType, MarkerType, optional, required } from '../shapes';

export const listRetirableGrants = defineOperation<
  Valid<ListRetirableGrantsRequest, 'RetiringPrincipal'>,
  Output<ListGrantsResponse>
>({
  name: 'ListRetirableGrants',
  input: {
    Limit: optional(LimitType),
    Marker: optional(MarkerType),
    RetiringPrincipal: required(PrincipalIdType),
  },
  async run(ctx, input) {
    // IAM's alone: "KMS does not evaluate the caller's permissions to verify their access to
    // any KMS keys or grants that might be returned" (KMS API, ListRetirableGrants).
    ctx.authorizeAccount('kms:ListRetirableGrants');
    const found = Object.values(ctx.regionState.keys).flatMap((key) =>
      key.grants
        .filter((g) => g.retiringPrincipal === input.RetiringPrincipal)
        .map((grant) => ({ key, grant })),
    );
    const page = paginate(found, (f) => f.grant.grantId, input.Limit, input.Marker, 50);
    return {
      Grants: page.items.map((f) => grantListEntry(f.key, f.grant)),
      ...(page.NextMarker ? { NextMarker: page.NextMarker } : {}),
      Truncated: page.Truncated,
    };
  },
});
