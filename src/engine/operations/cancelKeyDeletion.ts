import type { CancelKeyDeletionRequest, CancelKeyDeletionResponse } from '@aws-sdk/client-kms';
import { keepUnavailableWhileDisconnected } from '../customKeyStores';
import { defineOperation, type Output, type Valid } from '../operation';
import { KeyIdType, required } from '../shapes';

export const cancelKeyDeletion = defineOperation<
  Valid<CancelKeyDeletionRequest, 'KeyId'>,
  Output<CancelKeyDeletionResponse>
>({
  name: 'CancelKeyDeletion',
  input: { KeyId: required(KeyIdType) },
  async run(ctx, input) {
    const key = ctx.useKey(input.KeyId, 'kms:CancelKeyDeletion', {
      aliases: false,
    });
    // A key saved from deletion comes back disabled, never straight into use; an imported
    // key without its material comes back waiting for it.
    key.state =
      key.origin === 'EXTERNAL' && key.materials.length === 0 ? 'PendingImport' : 'Disabled';
    delete key.deletionDate;
    delete key.pendingWindowInDays;
    // In a disconnected CloudHSM key store it waits, Unavailable, until the store connects.
    keepUnavailableWhileDisconnected(ctx.regionState, key);
    ctx.step({ type: 'change', target: 'key', id: key.keyId, what: 'deletion-cancelled' });
    return { KeyId: key.arn };
  },
});
