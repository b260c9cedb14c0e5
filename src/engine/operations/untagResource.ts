import type { UntagResourceRequest } from '@aws-sdk/client-kms';
import { defineOperation, type Valid } from '../operation';
import { KeyIdType, required, TagKeyList } from '../shapes';
import { checkTagKeys } from '../tags';

export const untagResource = defineOperation<
  Valid<UntagResourceRequest, 'KeyId' | 'TagKeys'>,
  Record<string, never>
>({
  name: 'UntagResource',
  input: { KeyId: required(KeyIdType), TagKeys: required(TagKeyList) },
  async run(ctx, input) {
    checkTagKeys(input.TagKeys);
    const key = ctx.useKey(input.KeyId, 'kms:UntagResource', { aliases: false });
    key.tags = key.tags.filter((t) => !input.TagKeys.includes(t.TagKey));
    ctx.step({ type: 'change', target: 'key', id: key.keyId, what: 'tags' });
    return {};
  },
});
