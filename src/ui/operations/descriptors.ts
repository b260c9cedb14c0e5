/**
 * One small descriptor per KMS operation: its group, and its form fields derived from the
 * members the engine declares (the service model), with the service's own limits where
 * they are tighter than the model's (PendingWindowInDays 7–30).
 */
import { operationMembers } from '../../store/operationMembers';
import {
  OPERATION_NAMES,
  type MemberShape,
  type OperationName,
} from '../../store/operationsCatalog';

export const GROUPS = [
  'keys',
  'cryptography',
  'aliases',
  'tags',
  'policy',
  'rotation',
  'multiRegion',
  'import',
  'keyStores',
] as const;
export type Group = (typeof GROUPS)[number];

export type FieldKind =
  | 'keyId'
  | 'alias'
  | 'text'
  | 'plaintext'
  /** Sign's, Verify's and the MAC operations' Message: text or base64, as MessageType says. */
  | 'message'
  | 'ciphertext'
  | 'policy'
  | 'integer'
  | 'enum'
  | 'boolean'
  | 'context'
  | 'tags'
  | 'lines'
  | 'flags';

export interface FieldSpec {
  member: string;
  kind: FieldKind;
  required: boolean;
  /** Characters, bytes (plaintext, message, ciphertext), a number's bounds, or lines. */
  min?: number;
  max?: number;
  values?: readonly string[];
  /** Shown only when the user opens the advanced fields. */
  advanced: boolean;
}

export interface OperationDescriptor {
  name: OperationName;
  group: Group;
  fields: readonly FieldSpec[];
  /** Members the form leaves out, and why (structures KMS Lab does not simulate). */
  omitted: readonly string[];
}

const GROUP_OF: Record<OperationName, Group> = {
  CreateKey: 'keys',
  DescribeKey: 'keys',
  ListKeys: 'keys',
  EnableKey: 'keys',
  DisableKey: 'keys',
  ScheduleKeyDeletion: 'keys',
  CancelKeyDeletion: 'keys',
  UpdateKeyDescription: 'keys',
  Encrypt: 'cryptography',
  GetPublicKey: 'cryptography',
  Sign: 'cryptography',
  Verify: 'cryptography',
  Decrypt: 'cryptography',
  ReEncrypt: 'cryptography',
  GenerateDataKey: 'cryptography',
  GenerateDataKeyWithoutPlaintext: 'cryptography',
  GenerateDataKeyPair: 'cryptography',
  GenerateDataKeyPairWithoutPlaintext: 'cryptography',
  DeriveSharedSecret: 'cryptography',
  GenerateMac: 'cryptography',
  VerifyMac: 'cryptography',
  GenerateRandom: 'cryptography',
  CreateAlias: 'aliases',
  UpdateAlias: 'aliases',
  DeleteAlias: 'aliases',
  ListAliases: 'aliases',
  TagResource: 'tags',
  UntagResource: 'tags',
  ListResourceTags: 'tags',
  GetKeyPolicy: 'policy',
  PutKeyPolicy: 'policy',
  ListKeyPolicies: 'policy',
  CreateGrant: 'policy',
  ListGrants: 'policy',
  ListRetirableGrants: 'policy',
  RetireGrant: 'policy',
  RevokeGrant: 'policy',
  EnableKeyRotation: 'rotation',
  DisableKeyRotation: 'rotation',
  GetKeyRotationStatus: 'rotation',
  ListKeyRotations: 'rotation',
  RotateKeyOnDemand: 'rotation',
  ReplicateKey: 'multiRegion',
  UpdatePrimaryRegion: 'multiRegion',
  GetParametersForImport: 'import',
  ImportKeyMaterial: 'import',
  DeleteImportedKeyMaterial: 'import',
  CreateCustomKeyStore: 'keyStores',
  DescribeCustomKeyStores: 'keyStores',
  UpdateCustomKeyStore: 'keyStores',
  DeleteCustomKeyStore: 'keyStores',
  ConnectCustomKeyStore: 'keyStores',
  DisconnectCustomKeyStore: 'keyStores',
};

/** Members that name a KMS key. */
const KEY_MEMBERS = new Set(['KeyId', 'TargetKeyId', 'SourceKeyId', 'DestinationKeyId']);
/** Members most users never need: behind "advanced". */
const ADVANCED = new Set([
  'GrantTokens',
  'DryRun',
  'DryRunModifiers',
  'Limit',
  'Marker',
  'PolicyName',
  'CustomKeyStoreId',
  'XksKeyId',
  'CustomerMasterKeySpec',
  'BypassPolicyLockoutSafetyCheck',
  'EncryptionAlgorithm',
  'SourceEncryptionAlgorithm',
  'DestinationEncryptionAlgorithm',
]);
/** Where the service is stricter than the model. */
const SERVICE_LIMITS: Record<string, { min: number; max: number }> = {
  PendingWindowInDays: { min: 7, max: 30 },
};

function fieldOf(member: string, shape: MemberShape, required: boolean): FieldSpec | undefined {
  const base = { member, required, advanced: ADVANCED.has(member) };
  if (KEY_MEMBERS.has(member) && shape.type === 'string') {
    return { ...base, kind: 'keyId', min: shape.min, max: shape.max };
  }
  if (member === 'AliasName') return { ...base, kind: 'alias', max: 256 };
  if (member === 'Policy') return { ...base, kind: 'policy', max: 131072 };
  switch (shape.type) {
    case 'string':
      return { ...base, kind: 'text', min: shape.min, max: shape.max };
    case 'blob':
      // Other blobs (a ciphertext, a signature, a MAC, a public key) are bytes: base64.
      return {
        ...base,
        kind:
          member === 'Plaintext' ? 'plaintext' : member === 'Message' ? 'message' : 'ciphertext',
        min: shape.min,
        max: shape.max,
      };
    case 'integer':
      return {
        ...base,
        kind: 'integer',
        ...{ min: shape.min, max: shape.max },
        ...SERVICE_LIMITS[member],
      };
    case 'enum':
      return { ...base, kind: 'enum', values: shape.values };
    case 'boolean':
      return { ...base, kind: 'boolean' };
    case 'map':
      return { ...base, kind: 'context' };
    case 'list':
      if (shape.member.type === 'structure') return { ...base, kind: 'tags' };
      if (shape.member.type === 'enum')
        return { ...base, kind: 'flags', values: shape.member.values };
      return { ...base, kind: 'lines', max: shape.max };
    case 'structure':
      return undefined;
  }
}

function describe(name: OperationName): OperationDescriptor {
  const fields: FieldSpec[] = [];
  const omitted: string[] = [];
  for (const [member, info] of Object.entries(operationMembers(name))) {
    const field = fieldOf(member, info.shape, info.required === true);
    if (field) fields.push(field);
    else omitted.push(member);
  }
  return { name, group: GROUP_OF[name], fields, omitted };
}

/** Every operation the engine has, described for a form. */
export const DESCRIPTORS: readonly OperationDescriptor[] = OPERATION_NAMES.map(describe);

export const descriptorOf = (name: OperationName): OperationDescriptor =>
  DESCRIPTORS.find((d) => d.name === name) ?? describe(name);

/** Operations whose name or localized summary contains the query (case- and accent-blind). */
export function searchOperations(
  query: string,
  summaryOf: (name: OperationName) => string,
): OperationDescriptor[] {
  const q = fold(query.trim());
  if (!q) return [...DESCRIPTORS];
  const wanted = q.split(/\s+/);
  return DESCRIPTORS.filter((d) => {
    const text = fold(
      `${d.name} ${d.name.replace(/([a-z])([A-Z])/g, '$1 $2')} ${summaryOf(d.name)}`,
    );
    if (text.includes(q)) return true;
    const words = text.split(/[^\p{L}\p{N}]+/u);
    return wanted.every((w) => words.some((x) => sameStem(w, x)));
  });
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/**
 * Whether two words share their stem, so a search for the verb finds the noun or another
 * form: "cifrar" finds "Cifra", "eliminar" "eliminación", "listar" "lista", "rotate" "rotation".
 */
function sameStem(a: string, b: string): boolean {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n >= Math.max(4, Math.min(a.length, b.length) - 2);
}
