import type { EnableKeyRequest } from '@aws-sdk/client-kms';
import { defineOperation, type Valid } from '../operation';
import { KeyIdType, required } from '../shapes';

export const enableKey = defineOperation<Valid<EnableKeyRequest, 'KeyId'>, Record<string, never>>({
  name: 'EnableKey',
  input: { KeyId: required(KeyIdType) },
  async run(ctx, input) {
    const key = ctx.useKey(input.KeyId, 'kms:EnableKey', { aliases: false });
    // A rotation that fell due while the key was disabled runs right after this call.
    key.state = 'Enabled';
    ctx.step({ type: 'change', target: 'key', id: key.keyId, what: 'enabled' });
    return {};
  },
});
