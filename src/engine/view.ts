/**
 * The account as views need it: plain, fresh data for each change, with aliases joined
 * to their keys. It never includes key material.
 */
import type { Alias, KeyGrant, KeyState, KmsKey, Tag, WorldState } from './model';
import type { StoredItem } from './services/model';
import type { ConnectionState } from './model';
import { clusterView, type CloudHsmClusterView } from './cloudhsm/view';
import {
  identities,
  SERVICE_PRINCIPALS,
  type IdentityId,
  type ServicePrincipalName,
} from './principals';

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
  /** A multi-Region key's part; its relatives are the keys with the same id in other Regions. */
  multiRegionRole?: 'PRIMARY' | 'REPLICA';
  createdAt: number;
  deletionDate?: number;
  aliases: string[];
  tags: Tag[];
  /** Number of versions of key material (1 + rotations). */
  materialVersions: number;
  /** Origin EXTERNAL: how its imported material expires (never the material, nor the wrapping keys). */
  imported?: { expirationModel?: string; validTo?: number };
  rotation: { enabled: boolean; periodInDays: number; nextRotationDate?: number };
  /** Origin AWS_CLOUDHSM: the CloudHSM key store it lives in (`cks-…`). */
  customKeyStoreId?: string;
  /** Its grants, oldest first. (Optional only so hand-made views need not list them.) */
  grants?: GrantView[];
}

/** A grant as views show it: never its tokens. */
export interface GrantView {
  grantId: string;
  name?: string;
  createdAt: number;
  granteePrincipal: string;
  retiringPrincipal?: string;
  operations: string[];
  constraints?: {
    encryptionContextEquals?: Record<string, string>;
    encryptionContextSubset?: Record<string, string>;
  };
}

export interface RegionView {
  code: string;
  keys: KeyView[];
  aliases: Alias[];
  /** What AWS services keep in this Region, oldest first. (Optional as `identities`.) */
  stored?: StoredItemView[];
  /** Its CloudHSM key stores, oldest first. (Optional as `identities`.) */
  customKeyStores?: CustomKeyStoreView[];
  /** The CloudHSM clusters in this Region, oldest first, HSMs per zone. (Optional as `identities`.) */
  cloudHsmClusters?: CloudHsmClusterView[];
}

/** A CloudHSM key store as views show it: never its `kmsuser` password. */
export interface CustomKeyStoreView {
  id: string;
  name: string;
  clusterId: string;
  connectionState: ConnectionState;
  connectionErrorCode?: string;
  createdAt: number;
  /** Its keys' ids (any state), oldest first. */
  keyIds: string[];
}

/** A stored item as views show it: where it is and which key protects it, never its bytes. */
export type StoredItemView = Omit<StoredItem, 'wrappedKey' | 'sealed'>;

const storedItemView = ({ wrappedKey: _k, sealed: _s, ...rest }: StoredItem): StoredItemView =>
  structuredClone(rest);

/** One of the lab's identities (principals.ts) with its IAM policies. */
export interface IdentityView {
  id: IdentityId;
  kind: 'root' | 'role';
  /** `root`, or the role's name. */
  name: string;
  accountId: string;
  /** Who its calls are made by (root, or the role's session): the ARN traces and CloudTrail name. */
  arn: string;
  /** The IAM entity: the root user's or the role's ARN. */
  iamArn: string;
  sessionName?: string;
  /** Its inline IAM policies (JSON text as stored), names sorted. */
  policies: { name: string; document: string }[];
}

export interface WorldView {
  accountId: string;
  now: number;
  regions: RegionView[];
  /** The lab's identities, in a fixed order. (Optional only so hand-made views need not list them.) */
  identities?: IdentityView[];
  /** The AWS services that call KMS. (Optional as `identities`.) */
  services?: ServicePrincipalName[];
}

const grantView = (g: KeyGrant): GrantView => ({
  grantId: g.grantId,
  ...(g.name !== undefined ? { name: g.name } : {}),
  createdAt: g.createdAt,
  granteePrincipal: g.granteePrincipal,
  ...(g.retiringPrincipal !== undefined ? { retiringPrincipal: g.retiringPrincipal } : {}),
  operations: [...g.operations],
  ...(g.constraints ? { constraints: structuredClone(g.constraints) } : {}),
});

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
          ...(key.multiRegionRole ? { multiRegionRole: key.multiRegionRole } : {}),
          createdAt: key.createdAt,
          ...(key.deletionDate !== undefined ? { deletionDate: key.deletionDate } : {}),
          aliases: aliases.filter((a) => a.targetKeyId === key.keyId).map((a) => a.name),
          tags: key.tags.map((t) => ({ ...t })),
          materialVersions: key.materials.length,
          ...(key.imported
            ? {
                imported: {
                  ...(key.imported.expirationModel
                    ? { expirationModel: key.imported.expirationModel }
                    : {}),
                  ...(key.imported.validTo !== undefined ? { validTo: key.imported.validTo } : {}),
                },
              }
            : {}),
          rotation: {
            enabled: key.rotation.enabled,
            periodInDays: key.rotation.periodInDays,
            ...(key.rotation.nextRotationDate !== undefined
              ? { nextRotationDate: key.rotation.nextRotationDate }
              : {}),
          },
          ...(key.customKeyStoreId ? { customKeyStoreId: key.customKeyStoreId } : {}),
          grants: key.grants.map(grantView),
        })),
        stored: (world.services.items[code] ?? []).map(storedItemView),
        customKeyStores: Object.values(region.customKeyStores ?? {}).map((store) => ({
          id: store.id,
          name: store.name,
          clusterId: store.clusterId,
          connectionState: store.connectionState,
          ...(store.connectionErrorCode ? { connectionErrorCode: store.connectionErrorCode } : {}),
          createdAt: store.createdAt,
          keyIds: Object.values(region.keys)
            .filter((k) => k.customKeyStoreId === store.id)
            .sort((a, b) => a.createdAt - b.createdAt)
            .map((k) => k.keyId),
        })),
        cloudHsmClusters: Object.values(world.cloudHsm?.clusters ?? {})
          .filter((c) => c.region === code)
          .sort((a, b) => a.createdAt - b.createdAt)
          .map(clusterView),
      };
    }),
    identities: identities(world.accountId).map((who) => ({
      id: who.id,
      kind: who.kind,
      name: who.name,
      accountId: who.accountId,
      arn: who.principal.arn,
      iamArn: who.iamArn,
      ...(who.sessionName !== undefined ? { sessionName: who.sessionName } : {}),
      policies: Object.entries(world.identityPolicies[who.id] ?? {})
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([name, document]) => ({ name, document })),
    })),
    services: [...SERVICE_PRINCIPALS],
  };
}
