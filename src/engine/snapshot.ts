/**
 * Snapshots: the whole engine state (key material included) as one structured-cloneable
 * value, for persistence. `checkSnapshot` refuses anything that is not one, so a corrupt
 * saved world can never half-replace a good one.
 *
 * Fields added to the world after version 1 are optional in a snapshot and get their
 * defaults when missing, so every snapshot saved before keeps loading: `identityPolicies`
 * (issue 6) — an identity the snapshot does not name gets its default IAM policies — and a
 * key's `grants` (issue 6) — a key saved without them has none — and a key's `imported`
 * (Origin EXTERNAL), absent from every key saved before imported material existed — and
 * CloudHSM's clusters (`cloudHsm`) and each Region's `customKeyStores`: none when absent.
 */
import { emptyServices } from './services/model';
import { emptyCloudHsm, type CloudHsmState } from './cloudhsm/model';
import { isBytes } from './crypto/bytes';
import type { CloudTrailEvent } from './cloudtrail';
import type { WorldState } from './model';
import { defaultIdentityPolicies, type IdentityPolicies } from './principalPolicies';
import { IDENTITY_IDS, isIdentityId } from './principals';

export const SNAPSHOT_FORMAT = { format: 'kms-lab/engine-snapshot', version: 1 } as const;

export interface KmsSnapshot {
  format: typeof SNAPSHOT_FORMAT.format;
  version: typeof SNAPSHOT_FORMAT.version;
  world: WorldState;
  cloudTrail: CloudTrailEvent[];
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);

export function checkSnapshot(value: unknown): KmsSnapshot {
  const fail = (why: string): never => {
    throw new Error(`Not a KMS Lab engine snapshot: ${why}`);
  };
  if (!isObject(value)) return fail('not an object');
  if (value.format !== SNAPSHOT_FORMAT.format) return fail('unknown format');
  if (value.version !== SNAPSHOT_FORMAT.version)
    return fail(`unsupported version ${String(value.version)}`);
  const world = value.world;
  if (!isObject(world) || typeof world.accountId !== 'string' || typeof world.now !== 'number') {
    return fail('world missing');
  }
  if (!isObject(world.regions)) return fail('regions missing');
  for (const [code, region] of Object.entries(world.regions)) {
    if (!isObject(region) || !isObject(region.keys) || !isObject(region.aliases))
      fail(`Region ${code} malformed`);
    for (const key of Object.values((region as { keys: Record<string, unknown> }).keys)) {
      if (!isObject(key) || !Array.isArray(key.materials)) fail(`a key in ${code} is malformed`);
      for (const m of (key as { materials: unknown[] }).materials) {
        if (!isObject(m) || !isBytes(m.bytes) || typeof m.id !== 'string') {
          fail(`key material in ${code} is malformed`);
        }
      }
    }
  }
  if (!Array.isArray(value.cloudTrail)) return fail('cloudTrail missing');
  const identityPolicies = checkIdentityPolicies(world.identityPolicies, world.accountId, fail);
  for (const region of Object.values(world.regions as Record<string, { keys: object }>)) {
    for (const key of Object.values(region.keys) as Record<string, unknown>[]) {
      if (key.grants !== undefined && !Array.isArray(key.grants)) fail('grants of a key malformed');
      if (key.imported !== undefined && !isImport(key.imported))
        fail('imported material malformed');
    }
  }
  const regions = withGrants(world.regions as Record<string, { keys: Record<string, object> }>);
  const services = checkServices(world.services, fail);
  const cloudHsm = checkCloudHsm(world.cloudHsm, world.regions as Record<string, unknown>, fail);
  return {
    ...value,
    world: { ...world, regions, identityPolicies, services, cloudHsm },
  } as unknown as KmsSnapshot;
}

/** A key's import state: its open wrapping parameters hold their private keys as bytes. */
const isImport = (v: unknown): boolean =>
  isObject(v) &&
  Array.isArray(v.parameters) &&
  v.parameters.every(
    (p: unknown) => isObject(p) && typeof p.token === 'string' && isBytes(p.privateKey),
  );

/**
 * CloudHSM's clusters, or none for a snapshot saved before CloudHSM existed; and each
 * Region's custom key stores (absent: none), each pointing at a cluster by id.
 */
function checkCloudHsm(
  value: unknown,
  regions: Record<string, unknown>,
  fail: (why: string) => never,
): CloudHsmState {
  for (const region of Object.values(regions) as Record<string, unknown>[]) {
    const stores = region.customKeyStores;
    if (stores === undefined) continue;
    if (!isObject(stores)) fail('custom key stores malformed');
    for (const store of Object.values(stores as object) as unknown[]) {
      if (!isObject(store) || typeof store.id !== 'string' || typeof store.clusterId !== 'string')
        fail('a custom key store is malformed');
    }
  }
  if (value === undefined) return emptyCloudHsm();
  if (!isObject(value) || !isObject(value.clusters)) return fail('cloudHsm malformed');
  for (const cluster of Object.values(value.clusters)) {
    if (
      !isObject(cluster) ||
      typeof cluster.clusterId !== 'string' ||
      !Array.isArray(cluster.hsms) ||
      !isObject(cluster.subnetMapping) ||
      !Array.isArray(cluster.cryptoUsers)
    )
      fail('a CloudHSM cluster is malformed');
  }
  return value as unknown as CloudHsmState;
}

/** The services' state, or an empty one for a snapshot saved before services existed. */
function checkServices(value: unknown, fail: (why: string) => never): unknown {
  if (value === undefined) return emptyServices();
  if (!isObject(value) || !isObject(value.items) || !isObject(value.awsOwnedKeys))
    return fail('services malformed');
  for (const items of Object.values(value.items)) {
    if (!Array.isArray(items)) fail('services malformed');
    for (const item of items as unknown[]) {
      if (!isObject(item) || typeof item.name !== 'string' || !isBytes(item.wrappedKey))
        fail('a stored item is malformed');
    }
  }
  for (const keys of Object.values(value.awsOwnedKeys)) {
    if (!isObject(keys) || !Object.values(keys).every(isBytes)) fail('AWS owned keys malformed');
  }
  return value;
}

/** The Regions with `grants: []` on every key saved without any (a copy; the input is kept). */
function withGrants(
  regions: Record<string, { keys: Record<string, object> }>,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(regions).map(([code, region]) => [
      code,
      {
        ...region,
        keys: Object.fromEntries(
          Object.entries(region.keys).map(([id, key]) => [
            id,
            'grants' in key ? key : { ...key, grants: [] },
          ]),
        ),
      },
    ]),
  );
}

/** The snapshot's identity policies, with the defaults for every identity it does not name. */
function checkIdentityPolicies(
  value: unknown,
  accountId: string,
  fail: (why: string) => never,
): IdentityPolicies {
  const defaults = defaultIdentityPolicies(accountId);
  if (value === undefined) return defaults;
  if (!isObject(value)) return fail('identityPolicies malformed');
  for (const [id, policies] of Object.entries(value)) {
    if (!isIdentityId(id)) fail(`identityPolicies name an unknown identity '${id}'`);
    if (!isObject(policies) || !Object.values(policies).every((d) => typeof d === 'string'))
      fail(`identityPolicies of '${id}' malformed`);
  }
  const given = value as Partial<IdentityPolicies>;
  return Object.fromEntries(
    IDENTITY_IDS.map((id) => [id, given[id] ?? defaults[id]]),
  ) as IdentityPolicies;
}
