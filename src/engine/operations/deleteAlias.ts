import type { DeleteAliasRequest } from '@aws-sdk/client-kms';
import { checkCustomerAliasName, existingAlias } from '../aliasName';
import { defineOperation, type Valid } from '../operation';
import { AliasNameType, required } from '../shapes';

export const deleteAlias = defineOperation<
  Valid<DeleteAliasRequest, 'AliasName'>,
  Record<string, never>
>({
  name: 'DeleteAlias',
  input: { AliasName: required(AliasNameType) },
  async run(ctx, input) {
    checkCustomerAliasName(input.AliasName);
    const alias = existingAlias(ctx, input.AliasName);
    const key = ctx.regionState.keys[alias.targetKeyId];
    if (key) {
      ctx.touch(key);
      ctx.authorize(key, 'kms:DeleteAlias');
    }
    delete ctx.regionState.aliases[alias.name];
    ctx.step({ type: 'change', target: 'alias', id: alias.name, what: 'deleted' });
    return {};
  },
});
