/** KeyMetadata as DescribeKey, CreateKey and friends return it. */
import type { KeyMetadata } from '@aws-sdk/client-kms';
import { currentMaterial } from './material';
import type { KmsKey } from './model';

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
    CustomerMasterKeySpec: key.keySpec,
    KeySpec: key.keySpec,
    EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
    MultiRegion: key.multiRegion,
    // PendingDeletionWindowInDays belongs to PendingReplicaDeletion (multi-Region keys) only.
    ...(key.materials.length > 0 ? { CurrentKeyMaterialId: currentMaterial(key).id } : {}),
  };
}
