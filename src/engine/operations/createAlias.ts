import type { CreateAliasRequest } from '@aws-sdk/client-kms';
import { checkCustomerAliasName } from '../aliasName';
import { aliasArn } from '../arn';
import { kmsError } from '../errors';
import { defineOperation, type Valid } from '../operation';
import { AliasNameType, KeyIdType, required } from '../shapes';

export const createAlias = defineOperation<
  Valid<CreateAliasRequest, 'AliasName' | 'TargetKeyId'>,
  Record<string, never>
>({
  name: 'CreateAlias',
  input: { AliasName: required(AliasNameType), TargetKeyId: required(KeyIdType) },
  async run(ctx, input) {
    const name = input.AliasName;
    checkCustomerAliasName(name);
    const arn = aliasArn(ctx.region, ctx.accountId, name);
    if (ctx.regionState.aliases[name]) {
      throw kmsError('AlreadyExistsException', `An alias with the name ${arn} already exists`);
    }
    const key = ctx.useKey(input.TargetKeyId, 'kms:CreateAlias', { aliases: false });
    ctx.regionState.aliases[name] = {
      name,
      arn,
      targetKeyId: key.keyId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    ctx.step({ type: 'change', target: 'alias', id: name, what: 'created' });
    return {};
  },
});
