import type { ListAliasesRequest, ListAliasesResponse } from '@aws-sdk/client-kms';
import { defineOperation, type Output } from '../operation';
import { paginate } from '../paging';
import { KeyIdType, LimitType, MarkerType, optional } from '../shapes';

export const listAliases = defineOperation<ListAliasesRequest, Output<ListAliasesResponse>>({
  name: 'ListAliases',
  input: { KeyId: optional(KeyIdType), Limit: optional(LimitType), Marker: optional(MarkerType) },
  async run(ctx, input) {
    // ListAliases is IAM's alone (resource "*"), with or without a KeyId to filter by.
    ctx.authorizeAccount('kms:ListAliases');
    const keyId = input.KeyId ? ctx.resolveKey(input.KeyId, { aliases: false }).keyId : undefined;
    const aliases = Object.values(ctx.regionState.aliases)
      .filter((a) => keyId === undefined || a.targetKeyId === keyId)
      .sort((a, b) => a.name.localeCompare(b.name));
    const page = paginate(aliases, (a) => a.name, input.Limit, input.Marker, 50);
    return {
      Aliases: page.items.map((a) => ({
        AliasName: a.name,
        AliasArn: a.arn,
        TargetKeyId: a.targetKeyId,
        CreationDate: new Date(a.createdAt),
        LastUpdatedDate: new Date(a.updatedAt),
      })),
      ...(page.NextMarker ? { NextMarker: page.NextMarker } : {}),
      Truncated: page.Truncated,
    };
  },
});
