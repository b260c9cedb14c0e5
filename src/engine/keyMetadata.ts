/** KeyMetadata as DescribeKey, CreateKey and friends return it. */
import { clusterIdOf } from './customKeyStores';
import type { KeyMetadata } from '@aws-sdk/client-kms';
import type { CustomerMasterKeySpec } from '@aws-sdk/client-kms';
import { algorithmsOf, type KeySpec } from './keySpecs';
import { currentMaterial } from './material';
import type { KmsKey, WorldState } from './model';
import { multiRegionConfiguration } from './multiRegion';

const NEWER_SPECS: readonly KeySpec[] = [
  'ECC_NIST_EDWARDS25519',
  'ML_DSA_44',
  'ML_DSA_65',
  'ML_DSA_87',
];
const isLegacySpec = (spec: KeySpec): spec is KeySpec & CustomerMasterKeySpec =>
  !NEWER_SPECS.includes(spec);

/** The key's metadata; the world supplies the account and, for a multi-Region key, its relatives. */
export function keyMetadata(key: KmsKey, world: WorldState): KeyMetadata {
  const pending = key.state === 'PendingDeletion';
  const multiRegion = multiRegionConfiguration(world, key);
  return {
    AWSAccountId: world.accountId,
    KeyId: key.keyId,
    Arn: key.arn,
    CreationDate: new Date(key.createdAt),
    Enabled: key.state === 'Enabled',
    Description: key.description,
    KeyUsage: key.keyUsage,
    KeyState: key.state,
    ...(pending && key.deletionDate !== undefined
      ? { DeletionDate: new Date(key.deletionDate) }
      : {}),
    Origin: key.origin,
    // A CloudHSM key store's key: its store, and the cluster the store is linked to now.
    ...(key.customKeyStoreId ? { CustomKeyStoreId: key.customKeyStoreId } : {}),
    ...(clusterIdOf(world, key) ? { CloudHsmClusterId: clusterIdOf(world, key) } : {}),
    // Imported material: how it expires, from its import until it is deleted or expires.
    ...(key.imported?.expirationModel ? { ExpirationModel: key.imported.expirationModel } : {}),
    ...(key.imported?.validTo !== undefined ? { ValidTo: new Date(key.imported.validTo) } : {}),
    KeyManager: key.keyManager,
    // The deprecated member knows only the specs that existed before it was replaced.
    ...(isLegacySpec(key.keySpec) ? { CustomerMasterKeySpec: key.keySpec } : {}),
    KeySpec: key.keySpec,
    ...algorithmsOf(key.keySpec, key.keyUsage),
    MultiRegion: key.multiRegion,
    ...(multiRegion ? { MultiRegionConfiguration: multiRegion } : {}),
    // A primary waiting for its replicas' deletion: its waiting period has not started yet.
    ...(key.state === 'PendingReplicaDeletion' && key.pendingWindowInDays !== undefined
      ? { PendingDeletionWindowInDays: key.pendingWindowInDays }
      : {}),
    // Only symmetric encryption keys carry it (the service model): they alone can rotate and
    // so have several key materials; a key pair or an HMAC key has one, never named.
    ...(key.keySpec === 'SYMMETRIC_DEFAULT' && key.materials.length > 0
      ? { CurrentKeyMaterialId: currentMaterial(key).id }
      : {}),
  };
}
