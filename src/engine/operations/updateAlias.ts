import type { UpdateAliasRequest } from '@aws-sdk/client-kms';
import { checkCustomerAliasName, existingAlias } from '../aliasName';
import { kmsError } from '../errors';
import { defineOperation, type Valid } from '../operation';
import { AliasNameType, KeyIdType, required } from '../shapes';

export const updateAlias = defineOperation<
  Valid<UpdateAliasRequest, 'AliasName' | 'TargetKeyId'>,
  Record<string, never>
>({
  name: 'UpdateAlias',
  input: { AliasName: required(AliasNameType), TargetKeyId: required(KeyIdType) },
  async run(ctx, input) {
    checkCustomerAliasName(input.AliasName);
    const alias = existingAlias(ctx, input.AliasName);
    const current = ctx.regionState.keys[alias.targetKeyId];
    const key = ctx.useKey(input.TargetKeyId, 'kms:UpdateAlias', { aliases: false });
    // An alias may only move to a key of the same type and usage, so callers keep working.
    if (current && (current.keySpec !== key.keySpec || current.keyUsage !== key.keyUsage)) {
      throw kmsError(
        'ValidationException',
        `${key.arn} has a different key spec or key usage than the current target of ${alias.name}.`,
      );
    }
    alias.targetKeyId = key.keyId;
    alias.updatedAt = ctx.now;
    ctx.step({ type: 'change', target: 'alias', id: alias.name, what: 'retargeted' });
    return {};
  },
});
