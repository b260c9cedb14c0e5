import type {
  ConnectCustomKeyStoreRequest,
  ConnectCustomKeyStoreResponse,
} from '@aws-sdk/client-kms';
import {
  CustomKeyStoreIdType,
  findStore,
  invalidStoreState,
  requireActiveCluster,
} from '../customKeyStores';
import { findCluster } from '../cloudhsm/cluster';
import { defineOperation, type Output } from '../operation';
import { required } from '../shapes';

/**
 * Starts connecting: CONNECTING, finished by KMS right after the call (customKeyStores.ts
 * `finishConnecting`): CONNECTED, or FAILED with a ConnectionErrorCode. Connecting a store
 * that is CONNECTED or CONNECTING succeeds and changes nothing; DISCONNECTING or FAILED is
 * refused (from FAILED, disconnect first). A cluster that is gone fails the attempt
 * (CLUSTER_NOT_FOUND); one that exists but is not ACTIVE is refused at once.
 */
export const connectCustomKeyStore = defineOperation<
  ConnectCustomKeyStoreRequest,
  Output<ConnectCustomKeyStoreResponse>
>({
  name: 'ConnectCustomKeyStore',
  input: { CustomKeyStoreId: required(CustomKeyStoreIdType) },
  async run(ctx, input) {
    ctx.authorizeAccount('kms:ConnectCustomKeyStore');
    const store = findStore(ctx, input.CustomKeyStoreId!);
    if (store.connectionState === 'DISCONNECTING' || store.connectionState === 'FAILED')
      throw invalidStoreState(store, 'ConnectCustomKeyStore');
    if (store.connectionState !== 'DISCONNECTED') return {};
    const cluster = findCluster(ctx.world.cloudHsm, store.clusterId);
    if (cluster) requireActiveCluster(cluster);
    store.connectionState = 'CONNECTING';
    store.connectingUntil = ctx.now;
    ctx.step({ type: 'change', target: 'custom-key-store', id: store.id, what: 'connecting' });
    return {};
  },
});
