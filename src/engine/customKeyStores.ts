/**
 * CloudHSM key stores: what their six operations, CreateKey and GenerateRandom share — the
 * lookups, the cluster requirements, the connection and what it does to the store's keys,
 * and which HSM does a key's work.
 *
 * - A store is created DISCONNECTED. ConnectCustomKeyStore leaves it CONNECTING, due now;
 *   right after the call, KMS finishes the attempt (kms.ts `settleConnections`, its own
 *   record with no CloudTrail event: AWS logs none): CONNECTED, or FAILED with a
 *   ConnectionErrorCode. AWS takes minutes; the canvas sees both moments.
 * - Disconnecting is immediate (DISCONNECTING is never shown): every key of the store
 *   becomes Unavailable (keys pending deletion stay so), remembering its state, which comes
 *   back when the store connects again.
 * - A key's material lives in the cluster's HSMs; the first active HSM (oldest first) does
 *   each piece of work and the trace names it. With none active, a cryptographic operation
 *   fails with KeyUnavailableException (KMS's documented "the specified KMS key was not
 *   available"): AWS documents no more precise answer for a connected store whose HSMs are
 *   all gone.
 *
 * AWS publishes the exception names and when they are thrown, not their messages: the
 * messages here are plain sentences built from the exceptions' documented descriptions.
 */
import type { ConnectionErrorCodeType, CustomKeyStoresListEntry } from '@aws-sdk/client-kms';
import { activeHsms, findCluster, hasHsmsInTwoZones, KMS_USER } from './cloudhsm/cluster';
import type { CloudHsmCluster } from './cloudhsm/model';
import { toHex, randomBytes } from './crypto/bytes';
import { kmsError } from './errors';
import { notYetSimulated } from './notYet';
import { optional, required, type Members, type Shape } from './shapes';
import type { CustomKeyStore, KmsKey, RegionState, WorldState } from './model';
import type { OperationContext } from './operation';
import type { MaterialLocation } from './trace';

export const newCustomKeyStoreId = (): string => `cks-${toHex(randomBytes(9)).slice(0, 17)}`;

/** The Region's stores (a Region saved before stores existed gets an empty table). */
export const storesOf = (region: RegionState): Record<string, CustomKeyStore> =>
  (region.customKeyStores ??= {});

/** The stores of a Region, oldest first, without creating the table. */
export const storeList = (region: RegionState): CustomKeyStore[] =>
  Object.values(region.customKeyStores ?? {}).sort((a, b) => a.createdAt - b.createdAt);

export function findStore(ctx: OperationContext, id: string): CustomKeyStore {
  const store = Object.hasOwn(storesOf(ctx.regionState), id)
    ? storesOf(ctx.regionState)[id]
    : undefined;
  if (!store) {
    throw kmsError(
      'CustomKeyStoreNotFoundException',
      `Custom key store ${id} does not exist in this account and Region.`,
    );
  }
  return store;
}

export const keysOfStore = (region: RegionState, storeId: string): KmsKey[] =>
  Object.values(region.keys).filter((k) => k.customKeyStoreId === storeId);

/** The cluster with that id in the called Region, or CloudHsmClusterNotFoundException. */
export function requireCluster(ctx: OperationContext, clusterId: string): CloudHsmCluster {
  const cluster = findCluster(ctx.world.cloudHsm, clusterId);
  if (!cluster || cluster.region !== ctx.region) {
    throw kmsError(
      'CloudHsmClusterNotFoundException',
      `AWS KMS cannot find the AWS CloudHSM cluster ${clusterId}.`,
    );
  }
  return cluster;
}

export function requireActiveCluster(cluster: CloudHsmCluster): void {
  if (cluster.state !== 'ACTIVE') {
    throw kmsError(
      'CloudHsmClusterNotActiveException',
      `The AWS CloudHSM cluster ${cluster.clusterId} is not active (${cluster.state}). Initialize and activate it.`,
    );
  }
}

/** CreateCustomKeyStore, UpdateCustomKeyStore and CreateKey: two active HSMs in two zones. */
export function requireHsmsInTwoZones(cluster: CloudHsmCluster): void {
  if (!hasHsmsInTwoZones(cluster)) {
    throw kmsError(
      'CloudHsmClusterInvalidConfigurationException',
      `The AWS CloudHSM cluster ${cluster.clusterId} must have at least two active HSMs, each in a different Availability Zone.`,
    );
  }
}

export function invalidStoreState(store: CustomKeyStore, operation: string) {
  return kmsError(
    'CustomKeyStoreInvalidStateException',
    `${operation} is not valid for custom key store ${store.id}: its ConnectionState is ${store.connectionState}.`,
  );
}

/** DescribeCustomKeyStores' entry for a store (never its password). */
export function storeEntry(store: CustomKeyStore): CustomKeyStoresListEntry {
  return {
    CustomKeyStoreId: store.id,
    CustomKeyStoreName: store.name,
    CloudHsmClusterId: store.clusterId,
    TrustAnchorCertificate: store.trustAnchorCertificate,
    ConnectionState: store.connectionState,
    // Only connectionError below sets it, with the SDK's own values.
    ...(store.connectionErrorCode
      ? { ConnectionErrorCode: store.connectionErrorCode as ConnectionErrorCodeType }
      : {}),
    CreationDate: new Date(store.createdAt),
    CustomKeyStoreType: 'AWS_CLOUDHSM' as const,
  };
}

/** Disconnecting: the store's keys become Unavailable, keeping the state they come back to. */
export function disconnectStore(region: RegionState, store: CustomKeyStore): void {
  const wasConnected = store.connectionState === 'CONNECTED';
  store.connectionState = 'DISCONNECTED';
  delete store.connectionErrorCode;
  delete store.connectingUntil;
  if (!wasConnected) return;
  for (const key of keysOfStore(region, store.id)) {
    if (key.state === 'PendingDeletion' || key.state === 'Unavailable') continue;
    key.stateWhenConnected = key.state;
    key.state = 'Unavailable';
  }
}

/**
 * A key of a store that is not CONNECTED leaving PendingDeletion (CancelKeyDeletion) stays
 * Unavailable, with the state it comes back to when the store connects.
 */
export function keepUnavailableWhileDisconnected(region: RegionState, key: KmsKey): void {
  const store = key.customKeyStoreId ? region.customKeyStores?.[key.customKeyStoreId] : undefined;
  if (!store || store.connectionState === 'CONNECTED') return;
  key.stateWhenConnected = key.state;
  key.state = 'Unavailable';
}

/** Why a connection attempt fails (a ConnectionErrorCode), or undefined when it succeeds. */
function connectionError(world: WorldState, region: string, store: CustomKeyStore) {
  const cluster = findCluster(world.cloudHsm, store.clusterId);
  if (!cluster || cluster.region !== region) return 'CLUSTER_NOT_FOUND';
  if (activeHsms(cluster).length === 0) return 'INSUFFICIENT_CLOUDHSM_HSMS';
  const user = cluster.cryptoUsers.find((u) => u.username === KMS_USER);
  if (!user) return 'USER_NOT_FOUND';
  if (user.password !== store.password) return 'INVALID_CREDENTIALS';
  return undefined;
}

/** KMS finishes a connection attempt: CONNECTED (its keys back as they were) or FAILED. */
export function finishConnecting(
  world: WorldState,
  region: string,
  store: CustomKeyStore,
): 'CONNECTED' | 'FAILED' {
  delete store.connectingUntil;
  const error = connectionError(world, region, store);
  if (error) {
    store.connectionState = 'FAILED';
    store.connectionErrorCode = error;
    return 'FAILED';
  }
  store.connectionState = 'CONNECTED';
  delete store.connectionErrorCode;
  for (const key of keysOfStore(world.regions[region]!, store.id)) {
    if (key.state === 'Unavailable') key.state = key.stateWhenConnected ?? 'Enabled';
    delete key.stateWhenConnected;
  }
  return 'CONNECTED';
}

/** The cluster a key of a store is in (through its store, which may have moved to a related one). */
export function clusterIdOf(world: WorldState, key: KmsKey): string | undefined {
  if (!key.customKeyStoreId) return undefined;
  return world.regions[key.region]?.customKeyStores?.[key.customKeyStoreId]?.clusterId;
}

/** Where a key's material works: KMS's fleet, or its cluster's first active HSM. */
export function materialLocation(world: WorldState, key: KmsKey): MaterialLocation {
  const clusterId = clusterIdOf(world, key);
  if (!clusterId) return { kind: 'kms-hsm-fleet', region: key.region };
  const cluster = findCluster(world.cloudHsm, clusterId);
  const hsm = cluster ? activeHsms(cluster)[0] : undefined;
  return { kind: 'cloudhsm', region: key.region, clusterId, ...(hsm ? { hsmId: hsm.hsmId } : {}) };
}

/** A key whose cluster has no active HSM cannot do cryptographic work. */
export function requireWorkingHsm(key: KmsKey, location: MaterialLocation): void {
  if (location.kind === 'cloudhsm' && !location.hsmId) {
    throw kmsError(
      'KeyUnavailableException',
      `${key.arn} is not available: the AWS CloudHSM cluster ${location.clusterId} has no active HSM.`,
    );
  }
}

// ---------------------------------------------------------------------------------------
// Input shapes of the custom key store operations, as the service model defines them.

export const CustomKeyStoreIdType: Shape = { type: 'string', min: 1, max: 64 };
export const CustomKeyStoreNameType: Shape = { type: 'string', min: 1, max: 256 };
export const CloudHsmClusterIdType: Shape = {
  type: 'string',
  min: 19,
  max: 24,
  pattern: 'cluster-[2-7a-zA-Z]{11,16}',
};
export const TrustAnchorCertificateType: Shape = { type: 'string', min: 1, max: 5000 };
export const KeyStorePasswordType: Shape = { type: 'string', min: 7, max: 32, sensitive: true };

/** External key store members: declared (and validated) so requests read as AWS reads them. */
export const XKS_MEMBERS = {
  XksProxyUriEndpoint: optional({
    type: 'string',
    min: 10,
    max: 128,
    pattern: '^https://[a-zA-Z0-9.-]+$',
  }),
  XksProxyUriPath: optional({
    type: 'string',
    min: 10,
    max: 128,
    pattern: '^(/[a-zA-Z0-9\\/_-]+/kms/xks/v\\d{1,2})$|^(/kms/xks/v\\d{1,2})$',
  }),
  XksProxyVpcEndpointServiceName: optional({
    type: 'string',
    min: 20,
    max: 64,
    pattern: '^(com|eu)\\.amazonaws\\.vpce\\.([a-z]+-){2,3}\\d+\\.vpce-svc-[0-9a-z]+$',
  }),
  XksProxyVpcEndpointServiceOwner: optional({
    type: 'string',
    min: 12,
    max: 12,
    pattern: '[0-9]{12}',
  }),
  XksProxyAuthenticationCredential: optional({
    type: 'structure',
    members: {
      AccessKeyId: required({
        type: 'string',
        min: 20,
        max: 30,
        pattern: '^[A-Z2-7]+$',
        sensitive: true,
      }),
      RawSecretAccessKey: required({
        type: 'string',
        min: 43,
        max: 64,
        pattern: '^[a-zA-Z0-9\\/+=]+$',
        sensitive: true,
      }),
    },
  }),
  XksProxyConnectivity: optional({
    type: 'enum',
    values: ['PUBLIC_ENDPOINT', 'VPC_ENDPOINT_SERVICE'],
  }),
} satisfies Members;

/** External key stores are not simulated: any of their members says so. */
export function refuseExternalKeyStore(input: object): void {
  if (Object.keys(XKS_MEMBERS).some((m) => (input as Record<string, unknown>)[m] !== undefined))
    throw notYetSimulated('external key stores');
}

/**
 * CreateKey in a CloudHSM key store: Origin AWS_CLOUDHSM with its CustomKeyStoreId, a
 * single-Region SYMMETRIC_DEFAULT key, the store CONNECTED and its cluster with two active
 * HSMs in two zones. Messages for the combinations AWS refuses are plain sentences.
 */
export function storeForNewKey(
  ctx: OperationContext,
  input: {
    Origin: string;
    CustomKeyStoreId?: string;
    KeySpec: string;
    KeyUsage: string;
    MultiRegion?: boolean;
  },
): CustomKeyStore {
  if (input.Origin !== 'AWS_CLOUDHSM' || input.CustomKeyStoreId === undefined) {
    throw kmsError(
      'ValidationException',
      'To create a KMS key in an AWS CloudHSM key store, specify both CustomKeyStoreId and Origin AWS_CLOUDHSM.',
    );
  }
  if (input.KeySpec !== 'SYMMETRIC_DEFAULT' || input.KeyUsage !== 'ENCRYPT_DECRYPT') {
    throw kmsError(
      'UnsupportedOperationException',
      'AWS CloudHSM key stores support only symmetric encryption KMS keys (SYMMETRIC_DEFAULT, ENCRYPT_DECRYPT).',
    );
  }
  if (input.MultiRegion) {
    throw kmsError(
      'UnsupportedOperationException',
      'You cannot create a multi-Region key in an AWS CloudHSM key store.',
    );
  }
  const store = findStore(ctx, input.CustomKeyStoreId);
  if (store.connectionState !== 'CONNECTED') throw invalidStoreState(store, 'CreateKey');
  requireHsmsInTwoZones(requireCluster(ctx, store.clusterId));
  return store;
}

/** GenerateRandom with CustomKeyStoreId: the store CONNECTED; the bytes come from an active HSM. */
export function randomSource(ctx: OperationContext, storeId: string): MaterialLocation {
  const store = findStore(ctx, storeId);
  if (store.connectionState !== 'CONNECTED') throw invalidStoreState(store, 'GenerateRandom');
  const cluster = findCluster(ctx.world.cloudHsm, store.clusterId);
  const hsm = cluster ? activeHsms(cluster)[0] : undefined;
  if (!hsm) {
    // GenerateRandom declares no exception for this; KMS's internal error is the honest answer.
    throw kmsError(
      'KMSInternalException',
      `The AWS CloudHSM cluster ${store.clusterId} has no active HSM.`,
    );
  }
  return { kind: 'cloudhsm', region: ctx.region, clusterId: store.clusterId, hsmId: hsm.hsmId };
}
