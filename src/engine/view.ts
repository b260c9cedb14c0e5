/**
 * The account as views need it: plain, fresh data for each change, with aliases joined
 * to their keys. It never includes key material.
 */
import type { Alias, KeyState, KmsKey, Tag, WorldState } from './model';

export interface KeyView {
  keyId: string;
  arn: string;
  region: string;
  description: string;
  state: KeyState;
  keySpec: KmsKey['keySpec'];
  keyUsage: KmsKey['keyUsage'];
  keyManager: KmsKey['keyManager'];
  origin: KmsKey['origin'];
  multiRegion: boolean;
  createdAt: number;
  deletionDate?: number;
  aliases: string[];
  tags: Tag[];
  /** Number of versions of key material (1 + rotations). */
  materialVersions: number;
  rotation: { enabled: boolean; periodInDays: number; nextRotationDate?: number };
}

export interface RegionView {
  code: string;
  keys: KeyView[];
  aliases: Alias[];
}

export interface WorldView {
  accountId: string;
  now: number;
  regions: RegionView[];
}

export function worldView(world: WorldState): WorldView {
  return {
    accountId: world.accountId,
    now: world.now,
    regions: Object.entries(world.regions).map(([code, region]) => {
      const aliases = Object.values(region.aliases).map((a) => ({ ...a }));
      return {
        code,
        aliases,
        keys: Object.values(region.keys).map((key) => ({
          keyId: key.keyId,
          arn: key.arn,
          region: key.region,
          description: key.description,
          state: key.state,
          keySpec: key.keySpec,
          keyUsage: key.keyUsage,
          keyManager: key.keyManager,
          origin: key.origin,
          multiRegion: key.multiRegion,
          createdAt: key.createdAt,
          ...(key.deletionDate !== undefined ? { deletionDate: key.deletionDate } : {}),
          aliases: aliases.filter((a) => a.targetKeyId === key.keyId).map((a) => a.name),
          tags: key.tags.map((t) => ({ ...t })),
          materialVersions: key.materials.length,
          rotation: {
            enabled: key.rotation.enabled,
            periodInDays: key.rotation.periodInDays,
            ...(key.rotation.nextRotationDate !== undefined
              ? { nextRotationDate: key.rotation.nextRotationDate }
              : {}),
          },
        })),
      };
    }),
  };
}
