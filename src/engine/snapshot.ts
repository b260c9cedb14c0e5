/**
 * Snapshots: the whole engine state (key material included) as one structured-cloneable
 * value, for persistence. `checkSnapshot` refuses anything that is not one, so a corrupt
 * saved world can never half-replace a good one.
 */
import { isBytes } from './crypto/bytes';
import type { CloudTrailEvent } from './cloudtrail';
import type { WorldState } from './model';

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
  return value as unknown as KmsSnapshot;
}
