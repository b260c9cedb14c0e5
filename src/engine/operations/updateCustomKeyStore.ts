import type {
  UpdateCustomKeyStoreRequest,
  UpdateCustomKeyStoreResponse,
} from '@aws-sdk/client-kms';
import {
  CloudHsmClusterIdType,
  CustomKeyStoreIdType,
  CustomKeyStoreNameType,
  findStore,
  invalidStoreState,
  KeyStorePasswordType,
  refuseExternalKeyStore,
  requireActiveCluster,
  requireCluster,
  requireHsmsInTwoZones,
  storeList,
  XKS_MEMBERS,
} from '../customKeyStores';
import { kmsError } from '../errors';
import { defineOperation, type Output } from '../operation';
import { optional, required } from '../shapes';

/**
 * A new name (allowed while CONNECTED too, as AWS now documents), a new `kmsuser` password,
 * or a related cluster (one restored from a backup of the store's cluster): those two only
 * while DISCONNECTED.
 */
export const updateCustomKeyStore = defineOperation<
  UpdateCustomKeyStoreRequest,
  Output<UpdateCustomKeyStoreResponse>
>({
  name: 'UpdateCustomKeyStore',
  input: {
    CustomKeyStoreId: required(CustomKeyStoreIdType),
    NewCustomKeyStoreName: optional(CustomKeyStoreNameType),
    KeyStorePassword: optional(KeyStorePasswordType),
    CloudHsmClusterId: optional(CloudHsmClusterIdType),
    ...XKS_MEMBERS,
  },
  async run(ctx, input) {
    ctx.authorizeAccount('kms:UpdateCustomKeyStore');
    refuseExternalKeyStore(input);
    const store = findStore(ctx, input.CustomKeyStoreId!);
    const { NewCustomKeyStoreName: name, KeyStorePassword: password } = input;
    const clusterId = input.CloudHsmClusterId;
    const onlyName = password === undefined && clusterId === undefined;
    if (
      store.connectionState !== 'DISCONNECTED' &&
      !(onlyName && store.connectionState === 'CONNECTED')
    ) {
      throw invalidStoreState(store, 'UpdateCustomKeyStore');
    }
    if (
      name !== undefined &&
      storeList(ctx.regionState).some((s) => s.name === name && s !== store)
    ) {
      throw kmsError(
        'CustomKeyStoreNameInUseException',
        `The custom key store name ${name} is already in use in this account and Region.`,
      );
    }
    if (clusterId !== undefined && clusterId !== store.clusterId) {
      const cluster = requireCluster(ctx, clusterId);
      const current = ctx.world.cloudHsm?.clusters[store.clusterId];
      if (!current || current.lineage !== cluster.lineage) {
        throw kmsError(
          'CloudHsmClusterNotRelatedException',
          `The AWS CloudHSM cluster ${clusterId} does not share a backup history with ${store.clusterId}, the cluster of custom key store ${store.id}.`,
        );
      }
      requireActiveCluster(cluster);
      requireHsmsInTwoZones(cluster);
      store.clusterId = clusterId;
    }
    if (name !== undefined) store.name = name;
    if (password !== undefined) store.password = password;
    ctx.step({ type: 'change', target: 'custom-key-store', id: store.id, what: 'updated' });
    return {};
  },
});
