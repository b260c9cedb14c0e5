import type { RetireGrantRequest } from '@aws-sdk/client-kms';
import { endDryRun } from '../algorithms';
import { kmsError } from '../errors';
import { authorizeRetire, GrantIdType, grantOf, grantOfToken, GrantTokenType } from '../grants';
import { defineOperation } from '../operation';
import { BooleanType, KeyIdType, optional } from '../shapes';

export const retireGrant = defineOperation<RetireGrantRequest, Record<string, never>>({
  name: 'RetireGrant',
  input: {
    GrantToken: optional(GrantTokenType),
    KeyId: optional(KeyIdType),
    GrantId: optional(GrantIdType),
    DryRun: optional(BooleanType),
  },
  async run(ctx, input) {
    // The grant, by its token or by key and grant id. Who may retire it is the grant's to say,
    // not the key policy's (grants.ts: authorizeRetire).
    let found;
    if (input.GrantToken !== undefined) {
      found = grantOfToken(ctx.regionState, input.GrantToken);
      ctx.touch(found.key);
    } else if (input.KeyId !== undefined && input.GrantId !== undefined) {
      const key = ctx.resolveKey(input.KeyId, { aliases: false });
      found = { key, grant: grantOf(key, input.GrantId) };
    } else {
      // AWS's wording was not found: a plain sentence.
      throw kmsError(
        'ValidationException',
        'Either GrantToken, or both KeyId and GrantId, must be specified.',
      );
    }
    const { key, grant } = found;
    authorizeRetire(ctx, key, grant);
    ctx.requireState(key);
    endDryRun(input.DryRun);
    key.grants = key.grants.filter((g) => g !== grant);
    ctx.step({ type: 'change', target: 'key', id: key.keyId, what: 'grant-retired' });
    return {};
  },
});
