import type {
  CreateCustomKeyStoreRequest,
  CreateCustomKeyStoreResponse,
} from '@aws-sdk/client-kms';
import {
  CloudHsmClusterIdType,
  CustomKeyStoreNameType,
  KeyStorePasswordType,
  newCustomKeyStoreId,
  refuseExternalKeyStore,
  requireActiveCluster,
  requireCluster,
  requireHsmsInTwoZones,
  storeList,
  storesOf,
  TrustAnchorCertificateType,
  XKS_MEMBERS,
} from '../customKeyStores';
import { kmsError } from '../errors';
import { notYetSimulated } from '../notYet';
import { defineOperation, type Output } from '../operation';
import { optional, required } from '../shapes';

/**
 * A CloudHSM key store for a cluster of the called Region: the cluster must be ACTIVE with
 * two active HSMs in two zones, not linked to another store (nor related to the cluster of
 * one), and the trust anchor must be the one the cluster was initialized with. The store is
 * born DISCONNECTED. Messages are plain sentences (AWS publishes none; customKeyStores.ts).
 */
export const createCustomKeyStore = defineOperation<
  CreateCustomKeyStoreRequest,
  Output<CreateCustomKeyStoreResponse>
>({
  name: 'CreateCustomKeyStore',
  input: {
    CustomKeyStoreName: required(CustomKeyStoreNameType),
    CloudHsmClusterId: optional(CloudHsmClusterIdType),
    TrustAnchorCertificate: optional(TrustAnchorCertificateType),
    KeyStorePassword: optional(KeyStorePasswordType),
    CustomKeyStoreType: optional({ type: 'enum', values: ['AWS_CLOUDHSM', 'EXTERNAL_KEY_STORE'] }),
    ...XKS_MEMBERS,
  },
  async run(ctx, input) {
    ctx.authorizeAccount('kms:CreateCustomKeyStore');
    if (input.CustomKeyStoreType === 'EXTERNAL_KEY_STORE')
      throw notYetSimulated('external key stores');
    refuseExternalKeyStore(input);
    const { CloudHsmClusterId: clusterId, TrustAnchorCertificate: anchor } = input;
    const password = input.KeyStorePassword;
    if (clusterId === undefined || anchor === undefined || password === undefined) {
      throw kmsError(
        'ValidationException',
        'A CloudHSM key store needs CloudHsmClusterId, TrustAnchorCertificate and KeyStorePassword.',
      );
    }
    const name = input.CustomKeyStoreName!;
    if (storeList(ctx.regionState).some((s) => s.name === name)) {
      throw kmsError(
        'CustomKeyStoreNameInUseException',
        `The custom key store name ${name} is already in use in this account and Region.`,
      );
    }
    const cluster = requireCluster(ctx, clusterId);
    const linked = storeList(ctx.regionState).find((s) => {
      const other = ctx.world.cloudHsm?.clusters[s.clusterId];
      return s.clusterId === clusterId || other?.lineage === cluster.lineage;
    });
    if (linked) {
      throw kmsError(
        'CloudHsmClusterInUseException',
        `The AWS CloudHSM cluster ${clusterId} is already associated with a custom key store or shares a backup history with the cluster of one (${linked.id}).`,
      );
    }
    requireActiveCluster(cluster);
    requireHsmsInTwoZones(cluster);
    if (anchor.trim() !== cluster.trustAnchor?.trim()) {
      throw kmsError(
        'IncorrectTrustAnchorException',
        `The trust anchor certificate does not match the one of AWS CloudHSM cluster ${clusterId}.`,
      );
    }
    const id = newCustomKeyStoreId();
    storesOf(ctx.regionState)[id] = {
      id,
      name,
      clusterId,
      trustAnchorCertificate: anchor,
      password,
      connectionState: 'DISCONNECTED',
      createdAt: ctx.now,
    };
    ctx.step({ type: 'change', target: 'custom-key-store', id, what: 'created' });
    return { CustomKeyStoreId: id };
  },
});
