import type { TagResourceRequest } from '@aws-sdk/client-kms';
import { defineOperation, type Valid } from '../operation';
import { KeyIdType, required, TagList } from '../shapes';
import { mergeTags } from '../tags';

export const tagResource = defineOperation<
  Valid<TagResourceRequest, 'KeyId' | 'Tags'>,
  Record<string, never>
>({
  name: 'TagResource',
  input: { KeyId: required(KeyIdType), Tags: required(TagList) },
  async run(ctx, input) {
    const key = ctx.useKey(input.KeyId, 'kms:TagResource', { aliases: false });
    key.tags = mergeTags(
      key.tags,
      input.Tags.map((t) => ({ TagKey: t.TagKey!, TagValue: t.TagValue! })),
    );
    ctx.step({ type: 'change', target: 'key', id: key.keyId, what: 'tags' });
    return {};
  },
});
