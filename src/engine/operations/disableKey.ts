import type { DisableKeyRequest } from '@aws-sdk/client-kms';
import { defineOperation, type Valid } from '../operation';
import { KeyIdType, required } from '../shapes';

export const disableKey = defineOperation<Valid<DisableKeyRequest, 'KeyId'>, Record<string, never>>(
  {
    name: 'DisableKey',
    input: { KeyId: required(KeyIdType) },
    async run(ctx, input) {
      const key = ctx.useKey(input.KeyId, 'kms:DisableKey', { aliases: false });
      key.state = 'Disabled';
      ctx.step({ type: 'change', target: 'key', id: key.keyId, what: 'disabled' });
      return {};
    },
  },
);
