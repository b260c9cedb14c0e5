/**
 * The registry: every KMS operation's implementation (input members and `run`), by its API
 * name, one file per operation. It loads with the first call (`registry.ts`): import it
 * statically only from code that is itself loaded on demand. What each operation is
 * (read-only, key-state rule, …) is in the catalogue (`catalog.ts`), which this follows
 * line for line: the type below refuses a name missing from either.
 */
import { cancelKeyDeletion } from './cancelKeyDeletion';
import { connectCustomKeyStore } from './connectCustomKeyStore';
import { createCustomKeyStore } from './createCustomKeyStore';
import { deleteCustomKeyStore } from './deleteCustomKeyStore';
import { describeCustomKeyStores } from './describeCustomKeyStores';
import { disconnectCustomKeyStore } from './disconnectCustomKeyStore';
import { updateCustomKeyStore } from './updateCustomKeyStore';
import { createAlias } from './createAlias';
import { createGrant } from './createGrant';
import { createKey } from './createKey';
import { decrypt } from './decrypt';
import { deleteAlias } from './deleteAlias';
import { deleteImportedKeyMaterial } from './deleteImportedKeyMaterial';
import { deriveSharedSecret } from './deriveSharedSecret';
import { describeKey } from './describeKey';
import { disableKey } from './disableKey';
import { disableKeyRotation } from './disableKeyRotation';
import { enableKey } from './enableKey';
import { enableKeyRotation } from './enableKeyRotation';
import { encrypt } from './encrypt';
import { generateDataKey } from './generateDataKey';
import { generateDataKeyPair } from './generateDataKeyPair';
import { generateDataKeyPairWithoutPlaintext } from './generateDataKeyPairWithoutPlaintext';
import { generateDataKeyWithoutPlaintext } from './generateDataKeyWithoutPlaintext';
import { generateMac } from './generateMac';
import { generateRandom } from './generateRandom';
import { getKeyPolicy } from './getKeyPolicy';
import { getParametersForImport } from './getParametersForImport';
import { getPublicKey } from './getPublicKey';
import { getKeyRotationStatus } from './getKeyRotationStatus';
import { importKeyMaterial } from './importKeyMaterial';
import { listAliases } from './listAliases';
import { listGrants } from './listGrants';
import { listKeyPolicies } from './listKeyPolicies';
import { listKeyRotations } from './listKeyRotations';
import { listKeys } from './listKeys';
import { listResourceTags } from './listResourceTags';
import { listRetirableGrants } from './listRetirableGrants';
import { putKeyPolicy } from './putKeyPolicy';
import { reEncrypt } from './reEncrypt';
import { retireGrant } from './retireGrant';
import { revokeGrant } from './revokeGrant';
import { rotateKeyOnDemand } from './rotateKeyOnDemand';
import { scheduleKeyDeletion } from './scheduleKeyDeletion';
import { sign } from './sign';
import { tagResource } from './tagResource';
import { untagResource } from './untagResource';
import { updateAlias } from './updateAlias';
import { updateKeyDescription } from './updateKeyDescription';
import { updatePrimaryRegion } from './updatePrimaryRegion';
import { replicateKey } from './replicateKey';
import { verify } from './verify';
import { verifyMac } from './verifyMac';
import type { OperationName } from '../catalog';
import type { Operation } from '../operation';

export const OPERATIONS = {
  CancelKeyDeletion: cancelKeyDeletion,
  ConnectCustomKeyStore: connectCustomKeyStore,
  CreateAlias: createAlias,
  CreateCustomKeyStore: createCustomKeyStore,
  CreateGrant: createGrant,
  CreateKey: createKey,
  Decrypt: decrypt,
  DeleteAlias: deleteAlias,
  DeleteCustomKeyStore: deleteCustomKeyStore,
  DeleteImportedKeyMaterial: deleteImportedKeyMaterial,
  DeriveSharedSecret: deriveSharedSecret,
  DescribeCustomKeyStores: describeCustomKeyStores,
  DescribeKey: describeKey,
  DisableKey: disableKey,
  DisableKeyRotation: disableKeyRotation,
  DisconnectCustomKeyStore: disconnectCustomKeyStore,
  EnableKey: enableKey,
  EnableKeyRotation: enableKeyRotation,
  Encrypt: encrypt,
  GenerateDataKey: generateDataKey,
  GenerateDataKeyPair: generateDataKeyPair,
  GenerateDataKeyPairWithoutPlaintext: generateDataKeyPairWithoutPlaintext,
  GenerateDataKeyWithoutPlaintext: generateDataKeyWithoutPlaintext,
  GenerateMac: generateMac,
  GenerateRandom: generateRandom,
  GetKeyPolicy: getKeyPolicy,
  GetParametersForImport: getParametersForImport,
  GetPublicKey: getPublicKey,
  GetKeyRotationStatus: getKeyRotationStatus,
  ImportKeyMaterial: importKeyMaterial,
  ListAliases: listAliases,
  ListGrants: listGrants,
  ListKeyPolicies: listKeyPolicies,
  ListKeyRotations: listKeyRotations,
  ListKeys: listKeys,
  ListResourceTags: listResourceTags,
  ListRetirableGrants: listRetirableGrants,
  PutKeyPolicy: putKeyPolicy,
  ReEncrypt: reEncrypt,
  ReplicateKey: replicateKey,
  RetireGrant: retireGrant,
  RevokeGrant: revokeGrant,
  RotateKeyOnDemand: rotateKeyOnDemand,
  ScheduleKeyDeletion: scheduleKeyDeletion,
  Sign: sign,
  TagResource: tagResource,
  UntagResource: untagResource,
  UpdateAlias: updateAlias,
  UpdateCustomKeyStore: updateCustomKeyStore,
  UpdateKeyDescription: updateKeyDescription,
  UpdatePrimaryRegion: updatePrimaryRegion,
  Verify: verify,
  VerifyMac: verifyMac,
} as const satisfies Record<OperationName, Operation<never, unknown>>;

export type Operations = typeof OPERATIONS;

/** Checking a request against an operation's members loads with them (kms.ts calls it). */
export { validateInput } from '../shapes';

export type OperationInput<K extends OperationName> =
  (typeof OPERATIONS)[K] extends Operation<infer I, unknown> ? I : never;
export type OperationOutput<K extends OperationName> =
  (typeof OPERATIONS)[K] extends Operation<never, infer O> ? O : never;
