/** KeyMetadata as DescribeKey, CreateKey and friends return it. */
import type { KeyMetadata } from '@aws-sdk/client-kms';
import type { CustomerMasterKeySpec } from '@aws-sdk/client-kms';
import { algorithmsOf, type KeySpec } from './keySpecs';
import { currentMaterial } from './material';
import type { KmsKey } from './model';

const NEWER_SPECS: readonly KeySpec[] = [
  'ECC_NIST_EDWARDS25519',
  'ML_DSA_44',
  'ML_DSA_65',
  'ML_DSA_87',
];
const isLegacySpec = (spec: KeySpec): spec is KeySpec & CustomerMasterKeySpec =>
  !NEWER_SPECS.includes(spec);

export function keyMetadata(key: KmsKey, accountId: string): KeyMetadata {
  const pending = key.state === 'PendingDeletion';
  return {
    AWSAccountId: accountId,
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
    KeyManager: key.keyManager,
    // The deprecated member knows only the specs that existed before it was replaced.
    ...(isLegacySpec(key.keySpec) ? { CustomerMasterKeySpec: key.keySpec } : {}),
    KeySpec: key.keySpec,
    ...algorithmsOf(key.keySpec, key.keyUsage),
    MultiRegion: key.multiRegion,
    // PendingDeletionWindowInDays belongs to PendingReplicaDeletion (multi-Region keys) only.
    // Only symmetric encryption keys carry it (the service model): they alone can rotate and
    // so have several key materials; a key pair or an HMAC key has one, never named.
    ...(key.keySpec === 'SYMMETRIC_DEFAULT' && key.materials.length > 0
      ? { CurrentKeyMaterialId: currentMaterial(key).id }
      : {}),
  };
}
