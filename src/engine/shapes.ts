/**
 * Input shapes of the KMS API, as the 2014-11-01 service model defines them, and
 * validation that words its failures exactly as AWS does:
 *   1 validation error detected: Value '1025' at 'numberOfBytes' failed to satisfy
 *   constraint: Member must have value less than or equal to 1024
 * A value of the wrong JSON type is a SerializationException, as on the wire.
 * The protocol adapter reads the same shapes to know which members are blobs.
 */
import { isBytes } from './crypto/bytes';
import { kmsError } from './errors';

export type Shape =
  /** `sensitive`: the model's sensitive strings (a password) are never echoed in errors. */
  | { type: 'string'; min?: number; max?: number; pattern?: string; sensitive?: boolean }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'blob'; min?: number; max?: number }
  | { type: 'integer'; min?: number; max?: number }
  | { type: 'boolean' }
  | { type: 'map' }
  | { type: 'list'; member: Shape; min?: number; max?: number }
  | { type: 'structure'; members: Members };

export interface Member {
  shape: Shape;
  required?: boolean;
}
export type Members = Record<string, Member>;

// The shapes shared across operations, named as in the service model.
export const KeyIdType: Shape = { type: 'string', min: 1, max: 2048 };
export const DescriptionType: Shape = { type: 'string', min: 0, max: 8192 };
export const PolicyType: Shape = {
  type: 'string',
  min: 1,
  max: 131072,
  pattern: '[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+',
};
export const PolicyNameType: Shape = { type: 'string', min: 1, max: 128, pattern: '[\\w]+' };
export const AliasNameType: Shape = {
  type: 'string',
  min: 1,
  max: 256,
  pattern: '^[a-zA-Z0-9:/_-]+$',
};
export const LimitType: Shape = { type: 'integer', min: 1, max: 1000 };
export const MarkerType: Shape = {
  type: 'string',
  min: 1,
  max: 1024,
  pattern: '[\\u0020-\\u00FF]*',
};
export const TagList: Shape = {
  type: 'list',
  member: {
    type: 'structure',
    members: {
      TagKey: { shape: { type: 'string', min: 1, max: 128 }, required: true },
      TagValue: { shape: { type: 'string', min: 0, max: 256 }, required: true },
    },
  },
};
export const TagKeyList: Shape = { type: 'list', member: { type: 'string', min: 1, max: 128 } };
export const GrantTokenList: Shape = {
  type: 'list',
  member: { type: 'string', min: 1, max: 8192 },
  min: 0,
  max: 10,
};
export const EncryptionContextType: Shape = { type: 'map' };
export const PlaintextType: Shape = { type: 'blob', min: 1, max: 4096 };
export const CiphertextType: Shape = { type: 'blob', min: 1, max: 6144 };
export const NumberOfBytesType: Shape = { type: 'integer', min: 1, max: 1024 };
export const DataKeySpec: Shape = { type: 'enum', values: ['AES_256', 'AES_128'] };
export const BooleanType: Shape = { type: 'boolean' };
export const DryRunModifierList: Shape = {
  type: 'list',
  member: { type: 'enum', values: ['IGNORE_CIPHERTEXT'] },
};
export const RecipientInfo: Shape = {
  type: 'structure',
  members: {
    KeyEncryptionAlgorithm: { shape: { type: 'enum', values: ['RSAES_OAEP_SHA_256'] } },
    AttestationDocument: { shape: { type: 'blob', min: 1, max: 262144 } },
  },
};
export const EncryptionAlgorithmSpec: Shape = {
  type: 'enum',
  values: ['SYMMETRIC_DEFAULT', 'RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256', 'SM2PKE'],
};
/** In the order AWS lists them in its ValidationException (recorded against the service). */
export const MacAlgorithmSpec: Shape = {
  type: 'enum',
  values: ['HMAC_SHA_384', 'HMAC_SHA_256', 'HMAC_SHA_224', 'HMAC_SHA_512'],
};
/** The deprecated CustomerMasterKeySpec's values; KeySpec adds the newer specs after them. */
const LEGACY_KEY_SPECS = [
  'RSA_2048',
  'RSA_3072',
  'RSA_4096',
  'ECC_NIST_P256',
  'ECC_NIST_P384',
  'ECC_NIST_P521',
  'ECC_SECG_P256K1',
  'SYMMETRIC_DEFAULT',
  'HMAC_224',
  'HMAC_256',
  'HMAC_384',
  'HMAC_512',
  'SM2',
] as const;
export const CustomerMasterKeySpec: Shape = { type: 'enum', values: LEGACY_KEY_SPECS };
export const KeySpecType: Shape = {
  type: 'enum',
  values: [...LEGACY_KEY_SPECS, 'ML_DSA_44', 'ML_DSA_65', 'ML_DSA_87', 'ECC_NIST_EDWARDS25519'],
};
export const KeyUsageType: Shape = {
  type: 'enum',
  values: ['SIGN_VERIFY', 'ENCRYPT_DECRYPT', 'GENERATE_VERIFY_MAC', 'KEY_AGREEMENT'],
};
export const OriginType: Shape = {
  type: 'enum',
  values: ['AWS_KMS', 'EXTERNAL', 'AWS_CLOUDHSM', 'EXTERNAL_KEY_STORE'],
};

/** Shorthands that keep each operation's input declaration to one line per member. */
export const required = (shape: Shape): Member => ({ shape, required: true });
export const optional = (shape: Shape): Member => ({ shape });

/** AWS reports members in camelCase: `KeyId` → `keyId`. */
const wireName = (member: string): string => member.charAt(0).toLowerCase() + member.slice(1);

/** Stands for a sensitive member's value in an error: printed as nothing. */
const HIDDEN = Symbol('sensitive');

/** How AWS prints an offending value: blobs (plaintext, ciphertext) are never echoed. */
function printValue(value: unknown): string {
  if (isBytes(value) || value === HIDDEN) return '';
  if (Array.isArray(value))
    return ` '[${value.map((v) => (typeof v === 'object' ? '…' : String(v))).join(', ')}]'`;
  return ` '${String(value)}'`;
}

const patterns = new Map<string, RegExp>();
function patternOf(pattern: string): RegExp {
  let re = patterns.get(pattern);
  if (!re) patterns.set(pattern, (re = new RegExp(`^(?:${pattern})$`, 'u')));
  return re;
}

const serializationError = () => kmsError('SerializationException', '');

/** Validates `input` against `members`; throws the AWS ValidationException or SerializationException. */
export function validateInput(input: unknown, members: Members): void {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw serializationError();
  }
  const problems: string[] = [];
  checkMembers(input as Record<string, unknown>, members, '', problems);
  if (problems.length > 0) {
    const n = problems.length;
    throw kmsError(
      'ValidationException',
      `${n} validation error${n === 1 ? '' : 's'} detected: ${problems.join('; ')}`,
    );
  }
}

function checkMembers(
  input: Record<string, unknown>,
  members: Members,
  prefix: string,
  problems: string[],
): void {
  for (const [name, member] of Object.entries(members)) {
    const path = `${prefix}${wireName(name)}`;
    const value = input[name];
    if (value === undefined || value === null) {
      if (member.required) {
        problems.push(
          `Value null at '${path}' failed to satisfy constraint: Member must not be null`,
        );
      }
      continue;
    }
    checkValue(value, member.shape, path, problems);
  }
}

function fail(problems: string[], value: unknown, path: string, constraint: string): void {
  problems.push(
    `Value${printValue(value)} at '${path}' failed to satisfy constraint: ${constraint}`,
  );
}

function checkLength(
  value: unknown,
  length: number,
  shape: { min?: number; max?: number },
  path: string,
  problems: string[],
): void {
  if (shape.min !== undefined && length < shape.min) {
    fail(problems, value, path, `Member must have length greater than or equal to ${shape.min}`);
  }
  if (shape.max !== undefined && length > shape.max) {
    fail(problems, value, path, `Member must have length less than or equal to ${shape.max}`);
  }
}

function checkValue(value: unknown, shape: Shape, path: string, problems: string[]): void {
  switch (shape.type) {
    case 'string': {
      if (typeof value !== 'string') throw serializationError();
      const shown = shape.sensitive ? HIDDEN : value;
      checkLength(shown, value.length, shape, path, problems);
      if (shape.pattern && !patternOf(shape.pattern).test(value)) {
        fail(
          problems,
          shown,
          path,
          `Member must satisfy regular expression pattern: ${shape.pattern}`,
        );
      }
      return;
    }
    case 'enum': {
      if (typeof value !== 'string') throw serializationError();
      if (!shape.values.includes(value)) {
        fail(
          problems,
          value,
          path,
          `Member must satisfy enum value set: [${shape.values.join(', ')}]`,
        );
      }
      return;
    }
    case 'blob': {
      if (!isBytes(value)) throw serializationError();
      checkLength(value, value.length, shape, path, problems);
      return;
    }
    case 'integer': {
      if (typeof value !== 'number' || !Number.isInteger(value)) throw serializationError();
      if (shape.min !== undefined && value < shape.min) {
        fail(problems, value, path, `Member must have value greater than or equal to ${shape.min}`);
      }
      if (shape.max !== undefined && value > shape.max) {
        fail(problems, value, path, `Member must have value less than or equal to ${shape.max}`);
      }
      return;
    }
    case 'boolean': {
      if (typeof value !== 'boolean') throw serializationError();
      return;
    }
    case 'map': {
      if (typeof value !== 'object' || Array.isArray(value) || isBytes(value)) {
        throw serializationError();
      }
      for (const v of Object.values(value as Record<string, unknown>)) {
        if (typeof v !== 'string') throw serializationError();
      }
      return;
    }
    case 'list': {
      if (!Array.isArray(value)) throw serializationError();
      checkLength(value, value.length, shape, path, problems);
      value.forEach((item, i) => {
        if (item === null || item === undefined) throw serializationError();
        checkValue(item, shape.member, `${path}.${i + 1}.member`, problems);
      });
      return;
    }
    case 'structure': {
      if (typeof value !== 'object' || Array.isArray(value)) throw serializationError();
      checkMembers(value as Record<string, unknown>, shape.members, `${path}.`, problems);
      return;
    }
  }
}
