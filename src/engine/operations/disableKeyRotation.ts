import type { DisableKeyRotationRequest } from '@aws-sdk/client-kms';
import { defineOperation, type Valid } from '../operation';
import { requireRotationManagedHere } from '../rotation';
import { KeyIdType, required } from '../shapes';

export const disableKeyRotation = defineOperation<
  Valid<DisableKeyRotationRequest, 'KeyId'>,
  Record<string, never>
>({
  name: 'DisableKeyRotation',
  input: { KeyId: required(KeyIdType) },
  async run(ctx, input) {
    const key = ctx.useKey(input.KeyId, 'kms:DisableKeyRotation', { aliases: false });
    requireRotationManagedHere(key);
    key.rotation.enabled = false;
    delete key.rotation.nextRotationDate;
    ctx.step({ type: 'change', target: 'key', id: key.keyId, what: 'rotation-disabled' });
    return {};
  },
});
