import type {
  DisconnectCustomKeyStoreRequest,
  DisconnectCustomKeyStoreResponse,
} from '@aws-sdk/client-kms';
import {
  CustomKeyStoreIdType,
  disconnectStore,
  findStore,
  invalidStoreState,
} from '../customKeyStores';
import { defineOperation, type Output } from '../operation';
import { required } from '../shapes';

/** CONNECTED, CONNECTING or FAILED → DISCONNECTED at once; its keys become Unavailable. */
export const disconnectCustomKeyStore = defineOperation<
  DisconnectCustomKeyStoreRequest,
  Output<DisconnectCustomKeyStoreResponse>
>({
  name: 'DisconnectCustomKeyStore',
  input: { CustomKeyStoreId: required(CustomKeyStoreIdType) },
  async run(ctx, input) {
    ctx.authorizeAccount('kms:DisconnectCustomKeyStore');
    const store = findStore(ctx, input.CustomKeyStoreId!);
    if (store.connectionState === 'DISCONNECTED' || store.connectionState === 'DISCONNECTING')
      throw invalidStoreState(store, 'DisconnectCustomKeyStore');
    disconnectStore(ctx.regionState, store);
    ctx.step({ type: 'change', target: 'custom-key-store', id: store.id, what: 'disconnected' });
    return {};
  },
});
