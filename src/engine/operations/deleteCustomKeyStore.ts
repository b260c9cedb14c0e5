import type {
  DeleteCustomKeyStoreRequest,
  DeleteCustomKeyStoreResponse,
} from '@aws-sdk/client-kms';
import {
  CustomKeyStoreIdType,
  findStore,
  invalidStoreState,
  keysOfStore,
  storesOf,
} from '../customKeyStores';
import { kmsError } from '../errors';
import { defineOperation, type Output } from '../operation';
import { required } from '../shapes';

/** Only a DISCONNECTED store with no keys left (keys pending deletion count: AWS waits for them). */
export const deleteCustomKeyStore = defineOperation<
  DeleteCustomKeyStoreRequest,
  Output<DeleteCustomKeyStoreResponse>
>({
  name: 'DeleteCustomKeyStore',
  input: { CustomKeyStoreId: required(CustomKeyStoreIdType) },
  async run(ctx, input) {
    ctx.authorizeAccount('kms:DeleteCustomKeyStore');
    const store = findStore(ctx, input.CustomKeyStoreId!);
    if (store.connectionState !== 'DISCONNECTED')
      throw invalidStoreState(store, 'DeleteCustomKeyStore');
    const keys = keysOfStore(ctx.regionState, store.id);
    if (keys.length > 0) {
      throw kmsError(
        'CustomKeyStoreHasCMKsException',
        `Custom key store ${store.id} still has ${keys.length} KMS key${keys.length === 1 ? '' : 's'}: schedule ${keys.length === 1 ? 'it' : 'them'} for deletion and wait until ${keys.length === 1 ? 'it is' : 'they are'} deleted.`,
      );
    }
    delete storesOf(ctx.regionState)[store.id];
    ctx.step({ type: 'change', target: 'custom-key-store', id: store.id, what: 'deleted' });
    return {};
  },
});
