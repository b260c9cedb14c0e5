/**
 * Multi-Region keys: one key id (`mrk-…`) in several Regions, a primary and its replicas.
 * They share the key material (every version), origin, key spec, usage and automatic
 * rotation, which are managed on the primary and copied to the replicas after every change
 * (`synchronizeReplicas`); each Region keeps its own description, policy, grants, state,
 * aliases and tags. So a ciphertext made in one Region decrypts in another with the related
 * key, with no cross-Region call: the blob names the key id and the material version, and
 * both are there.
 */
import type { MultiRegionConfiguration } from '@aws-sdk/client-kms';
import { toHex, randomBytes } from './crypto/bytes';
import type { KmsKey, WorldState } from './model';

export const newMultiRegionKeyId = (): string => `mrk-${toHex(randomBytes(16))}`;

/** Every key with this id, primary and replicas alike, in Region order. */
export function relatedKeys(world: WorldState, keyId: string): KmsKey[] {
  if (!keyId.startsWith('mrk-')) return [];
  return Object.values(world.regions).flatMap((r) => (r.keys[keyId] ? [r.keys[keyId]] : []));
}

export const primaryOf = (world: WorldState, keyId: string): KmsKey | undefined =>
  relatedKeys(world, keyId).find((k) => k.multiRegionRole === 'PRIMARY');

export const replicasOf = (world: WorldState, keyId: string): KmsKey[] =>
  relatedKeys(world, keyId).filter((k) => k.multiRegionRole === 'REPLICA');

/** DescribeKey's MultiRegionConfiguration, as it reads in the key's own Region. */
export function multiRegionConfiguration(
  world: WorldState,
  key: KmsKey,
): MultiRegionConfiguration | undefined {
  if (!key.multiRegion || !key.multiRegionRole) return undefined;
  const primary = primaryOf(world, key.keyId);
  return {
    MultiRegionKeyType: key.multiRegionRole,
    ...(primary ? { PrimaryKey: { Arn: primary.arn, Region: primary.region } } : {}),
    ReplicaKeys: replicasOf(world, key.keyId).map((r) => ({ Arn: r.arn, Region: r.region })),
  };
}

/** Copies what related keys share from the primary to each replica. */
export function synchronizeReplicas(world: WorldState, keyId: string): void {
  const primary = primaryOf(world, keyId);
  if (!primary) return;
  for (const replica of replicasOf(world, keyId)) {
    replica.materials = structuredClone(primary.materials);
    replica.rotation = structuredClone(primary.rotation);
    replica.origin = primary.origin;
    replica.keySpec = primary.keySpec;
    replica.keyUsage = primary.keyUsage;
  }
}
