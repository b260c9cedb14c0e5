/**
 * What every KMS operation is, known before any of them is loaded: its name, whether it
 * changes anything, whether CloudTrail logs its response, and the key-state rule it obeys.
 * These are the only facts the first paint and the synchronous callers need (kms.ts before
 * a call, `stateRefusal`, the store's `changesWorld`), so they live here, small and static;
 * each operation's input members and `run` load with the registry (`registry.ts`) on the
 * first call. An operation file states none of these facts: this table is their one place.
 */
import type { StateRule } from './keyState';

export interface OperationFacts {
  /** Read-only calls change nothing; others are rolled back whole when they fail. */
  readonly readOnly: boolean;
  /** CloudTrail logs responseElements for management calls, null for cryptographic and read calls. */
  readonly logsResponse: boolean;
  /** Which key states allow it (the key-state table's rule), for operations that act on a key. */
  readonly keyState?: StateRule;
}

/** One line per operation, in the order the UI lists them; `operations/index.ts` follows it. */
const catalog = {
  CancelKeyDeletion: { readOnly: false, logsResponse: true, keyState: 'cancel-deletion' },
  ConnectCustomKeyStore: { readOnly: false, logsResponse: false },
  CreateAlias: { readOnly: false, logsResponse: false, keyState: 'management' },
  CreateCustomKeyStore: { readOnly: false, logsResponse: true },
  CreateGrant: { readOnly: false, logsResponse: true, keyState: 'cryptographic' },
  CreateKey: { readOnly: false, logsResponse: true },
  Decrypt: { readOnly: true, logsResponse: false, keyState: 'cryptographic' },
  DeleteAlias: { readOnly: false, logsResponse: false },
  DeleteCustomKeyStore: { readOnly: false, logsResponse: false },
  DeleteImportedKeyMaterial: { readOnly: false, logsResponse: false, keyState: 'import' },
  DeriveSharedSecret: { readOnly: true, logsResponse: false, keyState: 'cryptographic' },
  DescribeCustomKeyStores: { readOnly: true, logsResponse: false },
  DescribeKey: { readOnly: true, logsResponse: false, keyState: 'any' },
  DisableKey: { readOnly: false, logsResponse: false, keyState: 'enable-disable' },
  DisableKeyRotation: { readOnly: false, logsResponse: false, keyState: 'rotation' },
  DisconnectCustomKeyStore: { readOnly: false, logsResponse: false },
  EnableKey: { readOnly: false, logsResponse: false, keyState: 'enable-disable' },
  EnableKeyRotation: { readOnly: false, logsResponse: false, keyState: 'rotation' },
  Encrypt: { readOnly: true, logsResponse: false, keyState: 'cryptographic' },
  GenerateDataKey: { readOnly: true, logsResponse: false, keyState: 'cryptographic' },
  GenerateDataKeyPair: { readOnly: true, logsResponse: false, keyState: 'cryptographic' },
  GenerateDataKeyPairWithoutPlaintext: {
    readOnly: true,
    logsResponse: false,
    keyState: 'cryptographic',
  },
  GenerateDataKeyWithoutPlaintext: {
    readOnly: true,
    logsResponse: false,
    keyState: 'cryptographic',
  },
  GenerateMac: { readOnly: true, logsResponse: false, keyState: 'cryptographic' },
  GenerateRandom: { readOnly: true, logsResponse: false },
  GetKeyPolicy: { readOnly: true, logsResponse: false, keyState: 'any' },
  GetParametersForImport: { readOnly: false, logsResponse: false, keyState: 'import' },
  GetPublicKey: { readOnly: true, logsResponse: false, keyState: 'cryptographic' },
  GetKeyRotationStatus: { readOnly: true, logsResponse: false, keyState: 'any' },
  ImportKeyMaterial: { readOnly: false, logsResponse: false, keyState: 'import' },
  ListAliases: { readOnly: true, logsResponse: false, keyState: 'any' },
  ListGrants: { readOnly: true, logsResponse: false, keyState: 'any' },
  ListKeyPolicies: { readOnly: true, logsResponse: false, keyState: 'any' },
  ListKeyRotations: { readOnly: true, logsResponse: false, keyState: 'any' },
  ListKeys: { readOnly: true, logsResponse: false },
  ListResourceTags: { readOnly: true, logsResponse: false, keyState: 'any' },
  ListRetirableGrants: { readOnly: true, logsResponse: false },
  PutKeyPolicy: { readOnly: false, logsResponse: false, keyState: 'any' },
  ReEncrypt: { readOnly: true, logsResponse: false, keyState: 'cryptographic' },
  ReplicateKey: { readOnly: false, logsResponse: true, keyState: 'cryptographic' },
  RetireGrant: { readOnly: false, logsResponse: false, keyState: 'any' },
  RevokeGrant: { readOnly: false, logsResponse: false, keyState: 'any' },
  RotateKeyOnDemand: { readOnly: false, logsResponse: false, keyState: 'rotation' },
  ScheduleKeyDeletion: { readOnly: false, logsResponse: true, keyState: 'management' },
  Sign: { readOnly: true, logsResponse: false, keyState: 'cryptographic' },
  TagResource: { readOnly: false, logsResponse: false, keyState: 'management' },
  UntagResource: { readOnly: false, logsResponse: false, keyState: 'management' },
  UpdateAlias: { readOnly: false, logsResponse: false, keyState: 'management' },
  UpdateCustomKeyStore: { readOnly: false, logsResponse: false },
  UpdateKeyDescription: { readOnly: false, logsResponse: false, keyState: 'management' },
  UpdatePrimaryRegion: { readOnly: false, logsResponse: false, keyState: 'enable-disable' },
  Verify: { readOnly: true, logsResponse: false, keyState: 'cryptographic' },
  VerifyMac: { readOnly: true, logsResponse: false, keyState: 'cryptographic' },
} satisfies Record<string, OperationFacts>;

/** Every KMS operation the engine answers, by its API name. */
export type OperationName = keyof typeof catalog;

export const OPERATION_CATALOG: Readonly<Record<OperationName, OperationFacts>> = catalog;

export const OPERATION_NAMES = Object.keys(catalog) as OperationName[];

export const isOperationName = (name: string): name is OperationName =>
  Object.hasOwn(catalog, name);

/** The facts of `name`, or undefined when KMS has no such operation. */
export const factsOf = (name: string): OperationFacts | undefined =>
  isOperationName(name) ? catalog[name] : undefined;
