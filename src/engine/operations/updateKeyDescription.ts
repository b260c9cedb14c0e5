import type { UpdateKeyDescriptionRequest } from '@aws-sdk/client-kms';
import { defineOperation, type Valid } from '../operation';
import { DescriptionType, KeyIdType, required } from '../shapes';

export const updateKeyDescription = defineOperation<
  Valid<UpdateKeyDescriptionRequest, 'KeyId' | 'Description'>,
  Record<string, never>
>({
  name: 'UpdateKeyDescription',
  input: { KeyId: required(KeyIdType), Description: required(DescriptionType) },
  async run(ctx, input) {
    const key = ctx.useKey(input.KeyId, 'kms:UpdateKeyDescription', {
      aliases: false,
    });
    key.description = input.Description;
    ctx.step({ type: 'change', target: 'key', id: key.keyId, what: 'description' });
    return {};
  },
});
