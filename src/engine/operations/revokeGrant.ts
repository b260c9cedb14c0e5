import type { RevokeGrantRequest } from '@aws-sdk/client-kms';
import { endDryRun } from '../algorithms';
import { GrantIdType, grantOf } from '../grants';
import { defineOperation, type Valid } from '../operation';
import { BooleanType, KeyIdType, optional, required } from '../shapes';

export const revokeGrant = defineOperation<
  Valid<RevokeGrantRequest, 'KeyId' | 'GrantId'>,
  Record<string, never>
>({
  name: 'RevokeGrant',
  input: {
    KeyId: required(KeyIdType),
    GrantId: required(GrantIdType),
    DryRun: optional(BooleanType),
  },
  async run(ctx, input) {
    const key = ctx.useKey(input.KeyId, 'kms:RevokeGrant', {
      aliases: false,
      access: { conditions: { 'kms:GrantIsForAWSResource': ctx.invokedBy !== undefined } },
    });
    const grant = grantOf(key, input.GrantId);
    endDryRun(input.DryRun);
    key.grants = key.grants.filter((g) => g !== grant);
    ctx.step({ type: 'change', target: 'key', id: key.keyId, what: 'grant-revoked' });
    return {};
  },
});
