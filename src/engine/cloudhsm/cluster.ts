/**
 * The simulated CloudHSM API: create, initialize and activate a cluster, add and remove its
 * HSMs. Every transition is immediate (AWS takes minutes for each): a call leaves the cluster
 * or HSM in the state AWS would settle into — UNINITIALIZED after creation, INITIALIZED after
 * initialization, ACTIVE after activation; an HSM is ACTIVE when created and gone when
 * deleted. DEGRADED and the *_IN_PROGRESS states are never shown.
 *
 * AWS's CloudHSM error messages are not published: the messages here are plain sentences.
 * Each function checks everything before it changes anything, so a refusal changes nothing.
 */
import { randomBytes, toHex } from '../crypto/bytes';
import { isRegionCode } from '../regions';
import { CloudHsmError } from './errors';
import type { CloudHsmCluster, CloudHsmState, Hsm } from './model';

/** Availability Zones of each Region the lab knows (Tokyo has no 1b for new accounts). */
const ZONE_LETTERS: Record<string, readonly string[]> = { 'ap-northeast-1': ['a', 'c', 'd'] };

export const availabilityZonesOf = (region: string): string[] =>
  (ZONE_LETTERS[region] ?? ['a', 'b', 'c']).map((letter) => `${region}${letter}`);

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
/** 11 characters of CloudHSM's lowercase base32 alphabet ([a-z2-7]). */
function base32Id(): string {
  return [...randomBytes(11)].map((b) => BASE32[b % 32]).join('');
}
const hexId = (n: number): string => toHex(randomBytes(Math.ceil(n / 2))).slice(0, n);

export const CLUSTER_ID = /^cluster-[2-7a-z]{11}$/;
export const HSM_ID = /^hsm-[2-7a-z]{11}$/;

/** The username KMS logs in with; the key store holds its password. */
export const KMS_USER = 'kmsuser';

function must(state: CloudHsmState, clusterId: string): CloudHsmCluster {
  const cluster = Object.hasOwn(state.clusters, clusterId) ? state.clusters[clusterId] : undefined;
  if (!cluster) {
    throw new CloudHsmError('CloudHsmResourceNotFoundException', `Cluster ${clusterId} not found.`);
  }
  return cluster;
}

export interface CreateClusterOptions {
  region: string;
  /** Zones for its subnets (default: every zone of the Region); at least two. */
  availabilityZones?: string[];
  /** Restore from a backup of this cluster: same trust anchor, users and backup history. */
  sourceClusterId?: string;
}

/** CreateCluster: UNINITIALIZED, or (from a backup) ACTIVE with the source's users. */
export function createCluster(
  state: CloudHsmState,
  options: CreateClusterOptions,
  now: number,
): CloudHsmCluster {
  if (!isRegionCode(options.region)) {
    throw new CloudHsmError(
      'CloudHsmInvalidRequestException',
      `${String(options.region)} is not a Region of the lab.`,
    );
  }
  const zones = availabilityZonesOf(options.region);
  const chosen = [...new Set(options.availabilityZones ?? zones)];
  const unknown = chosen.find((z) => !zones.includes(z));
  if (unknown) {
    throw new CloudHsmError(
      'CloudHsmInvalidRequestException',
      `${unknown} is not an Availability Zone of ${options.region}.`,
    );
  }
  if (chosen.length < 2) {
    throw new CloudHsmError(
      'CloudHsmInvalidRequestException',
      'A cluster needs subnets in at least two Availability Zones.',
    );
  }
  const source = options.sourceClusterId ? must(state, options.sourceClusterId) : undefined;
  if (source && source.region !== options.region) {
    throw new CloudHsmError(
      'CloudHsmInvalidRequestException',
      `Backups of ${source.clusterId} are in ${source.region}.`,
    );
  }
  if (source && !source.trustAnchor) {
    throw new CloudHsmError(
      'CloudHsmInvalidRequestException',
      `Cluster ${source.clusterId} has no backup: it was never initialized.`,
    );
  }
  const clusterId = `cluster-${base32Id()}`;
  const cluster: CloudHsmCluster = {
    clusterId,
    region: options.region,
    state: source ? 'ACTIVE' : 'UNINITIALIZED',
    createdAt: now,
    hsmType: 'hsm2m.medium',
    vpcId: `vpc-${hexId(17)}`,
    securityGroup: `sg-${hexId(17)}`,
    subnetMapping: Object.fromEntries(chosen.map((z) => [z, `subnet-${hexId(17)}`])),
    hsms: [],
    ...(source?.trustAnchor ? { trustAnchor: source.trustAnchor } : {}),
    lineage: source?.lineage ?? clusterId,
    cryptoUsers: source ? source.cryptoUsers.map((u) => ({ ...u })) : [],
  };
  state.clusters[clusterId] = cluster;
  return cluster;
}

/**
 * A trust anchor for a cluster, as PEM. Not a real X.509 certificate (signing one here would
 * be heavy and teaches nothing): a PEM-wrapped random value, labelled as the lab's.
 */
export function newTrustAnchor(clusterId: string): string {
  const label = new TextEncoder().encode(`KMS Lab simulated trust anchor for ${clusterId}:`);
  const body = new Uint8Array(label.length + 192);
  body.set(label);
  body.set(randomBytes(192), label.length);
  const b64 = btoa(String.fromCharCode(...body));
  const lines = b64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}

/**
 * InitializeCluster: needs an UNINITIALIZED cluster with an HSM (its CSR comes from the first
 * HSM); the trust anchor is the one given, or a new one.
 */
export function initializeCluster(
  state: CloudHsmState,
  clusterId: string,
  trustAnchor?: string,
): CloudHsmCluster {
  const cluster = must(state, clusterId);
  if (cluster.state !== 'UNINITIALIZED') {
    throw new CloudHsmError(
      'CloudHsmInvalidRequestException',
      `Cluster ${clusterId} is ${cluster.state}, not UNINITIALIZED.`,
    );
  }
  if (!cluster.hsms.some((h) => h.state === 'ACTIVE')) {
    throw new CloudHsmError(
      'CloudHsmInvalidRequestException',
      `Cluster ${clusterId} has no HSM: create one before initializing it.`,
    );
  }
  if (
    trustAnchor !== undefined &&
    !/^-----BEGIN CERTIFICATE-----[\s\S]+-----END CERTIFICATE-----\s*$/.test(trustAnchor)
  ) {
    throw new CloudHsmError(
      'CloudHsmInvalidRequestException',
      'The trust anchor must be a PEM certificate.',
    );
  }
  cluster.trustAnchor = trustAnchor ?? newTrustAnchor(clusterId);
  cluster.state = 'INITIALIZED';
  return cluster;
}

/**
 * Activation (the CloudHSM CLI's `cluster activate`, then `user create` for KMS): the
 * cluster becomes ACTIVE with the crypto user `kmsuser` holding `kmsUserPassword`.
 */
export function activateCluster(
  state: CloudHsmState,
  clusterId: string,
  kmsUserPassword: string,
): CloudHsmCluster {
  const cluster = must(state, clusterId);
  if (cluster.state !== 'INITIALIZED') {
    throw new CloudHsmError(
      'CloudHsmInvalidRequestException',
      `Cluster ${clusterId} is ${cluster.state}, not INITIALIZED.`,
    );
  }
  if (
    typeof kmsUserPassword !== 'string' ||
    kmsUserPassword.length < 7 ||
    kmsUserPassword.length > 32
  ) {
    throw new CloudHsmError(
      'CloudHsmInvalidRequestException',
      'The kmsuser password must be 7 to 32 characters long.',
    );
  }
  cluster.cryptoUsers = [
    ...cluster.cryptoUsers.filter((u) => u.username !== KMS_USER),
    { username: KMS_USER, password: kmsUserPassword },
  ];
  cluster.state = 'ACTIVE';
  return cluster;
}

/** CreateHsm: an ACTIVE HSM in one of the cluster's zones. */
export function createHsm(
  state: CloudHsmState,
  clusterId: string,
  availabilityZone: string,
  now: number,
): Hsm {
  const cluster = must(state, clusterId);
  const subnetId = cluster.subnetMapping[availabilityZone];
  if (!subnetId) {
    throw new CloudHsmError(
      'CloudHsmInvalidRequestException',
      `Cluster ${clusterId} has no subnet in ${availabilityZone}.`,
    );
  }
  const taken = new Set(cluster.hsms.map((h) => h.eniIp));
  const zone = Object.keys(cluster.subnetMapping).indexOf(availabilityZone);
  let host = 10;
  while (taken.has(`10.0.${zone}.${host}`)) host++;
  const hsm: Hsm = {
    hsmId: `hsm-${base32Id()}`,
    availabilityZone,
    subnetId,
    eniIp: `10.0.${zone}.${host}`,
    state: 'ACTIVE',
    createdAt: now,
  };
  cluster.hsms.push(hsm);
  return hsm;
}

/** DeleteHsm: the HSM is gone (its keys stay in the cluster's other HSMs and backups). */
export function deleteHsm(state: CloudHsmState, clusterId: string, hsmId: string): void {
  const cluster = must(state, clusterId);
  const index = cluster.hsms.findIndex((h) => h.hsmId === hsmId);
  if (index < 0) {
    throw new CloudHsmError(
      'CloudHsmResourceNotFoundException',
      `HSM ${hsmId} not found in cluster ${clusterId}.`,
    );
  }
  cluster.hsms.splice(index, 1);
}

export const activeHsms = (cluster: CloudHsmCluster): Hsm[] =>
  cluster.hsms.filter((h) => h.state === 'ACTIVE');

/** What KMS needs to create a store or a key: two active HSMs in different zones. */
export const hasHsmsInTwoZones = (cluster: CloudHsmCluster): boolean =>
  new Set(activeHsms(cluster).map((h) => h.availabilityZone)).size >= 2;

/** The cluster, or undefined (for KMS, which answers its own exceptions). */
export const findCluster = (
  state: CloudHsmState | undefined,
  clusterId: string,
): CloudHsmCluster | undefined =>
  state && Object.hasOwn(state.clusters, clusterId) ? state.clusters[clusterId] : undefined;

export const getCluster = must;
