import type { DescribeKeyRequest, DescribeKeyResponse } from '@aws-sdk/client-kms';
import { keyMetadata } from '../keyMetadata';
import { defineOperation, type Output, type Valid } from '../operation';
import { GrantTokenList, KeyIdType, optional, required } from '../shapes';

export const describeKey = defineOperation<
  Valid<DescribeKeyRequest, 'KeyId'>,
  Output<DescribeKeyResponse>
>({
  name: 'DescribeKey',
  input: { KeyId: required(KeyIdType), GrantTokens: optional(GrantTokenList) },
  async run(ctx, input) {
    const key = ctx.useKey(input.KeyId, 'kms:DescribeKey', { aliases: true });
    return { KeyMetadata: keyMetadata(key, ctx.world) };
  },
});
