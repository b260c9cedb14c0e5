/**
 * Imported key material (Origin EXTERNAL), the rules its three operations and the scheduler
 * share: which keys take part, the wrapping parameters and their token, unwrapping, what
 * material a key spec accepts, and dropping the material (deleted, or expired).
 *
 * A key accepts one material for ever: its id is a SHA-256 over key id and material (AWS
 * derives KeyMaterialId from the same two), kept on the key when the bytes go, so the same
 * material imported again has the same id and every ciphertext naming it decrypts again.
 *
 * Messages: AWS's wording for these refusals was not found (the API Reference describes the
 * exceptions, not their messages); each is a plain sentence, marked where it is thrown.
 */
import { aesKeyUnwrapPad } from './crypto/aesKeyWrapPad';
import { concatBytes, randomBytes, toHex, utf8 } from './crypto/bytes';
import { kmsError } from './errors';
import { KEY_SPECS } from './keySpecs';
import type { ImportParameters, KeyImport, KmsKey } from './model';
import type { Shape } from './shapes';

export const PARAMETERS_VALID_MS = 24 * 60 * 60 * 1000;
/** ImportKeyMaterial's ValidTo: at most 365 days after the request (the API Reference). */
export const MAX_VALID_TO_MS = 365 * 24 * 60 * 60 * 1000;
/** Open GetParametersForImport answers kept per key; an older token no longer imports. */
const PARAMETERS_KEPT = 5;

export const WRAPPING_ALGORITHMS = [
  'RSAES_PKCS1_V1_5',
  'RSAES_OAEP_SHA_1',
  'RSAES_OAEP_SHA_256',
  'RSA_AES_KEY_WRAP_SHA_1',
  'RSA_AES_KEY_WRAP_SHA_256',
  'SM2PKE',
] as const;
export const AlgorithmSpecType: Shape = { type: 'enum', values: WRAPPING_ALGORITHMS };
export const WrappingKeySpecType: Shape = {
  type: 'enum',
  values: ['RSA_2048', 'RSA_3072', 'RSA_4096', 'SM2'],
};
export const ExpirationModelType: Shape = {
  type: 'enum',
  values: ['KEY_MATERIAL_EXPIRES', 'KEY_MATERIAL_DOES_NOT_EXPIRE'],
};
/** The service model's KeyMaterialId (BackingKeyIdType). */
export const KeyMaterialIdType: Shape = {
  type: 'string',
  min: 64,
  max: 64,
  pattern: '^[a-f0-9]+$',
};

const MODULUS_BYTES: Record<ImportParameters['wrappingKeySpec'], number> = {
  RSA_2048: 256,
  RSA_3072: 384,
  RSA_4096: 512,
};

/** Only keys made for imported material take part. Unverified wording (AWS's not found). */
export function requireExternal(key: KmsKey): KeyImport {
  if (key.origin !== 'EXTERNAL') {
    throw kmsError(
      'UnsupportedOperationException',
      `${key.arn} origin is ${key.origin} which is not valid for this operation.`,
    );
  }
  return (key.imported ??= { parameters: [] });
}

/** A fresh RSA wrapping key pair and the token that names it (the pair stays in the world). */
export async function newImportParameters(
  key: KmsKey,
  wrappingAlgorithm: ImportParameters['wrappingAlgorithm'],
  wrappingKeySpec: ImportParameters['wrappingKeySpec'],
  now: number,
): Promise<{ parameters: ImportParameters; publicKey: Uint8Array; token: Uint8Array }> {
  const pair = await crypto.subtle.generateKey(
    {
      name: 'RSA-OAEP',
      modulusLength: MODULUS_BYTES[wrappingKeySpec] * 8,
      publicExponent: Uint8Array.of(1, 0, 1),
      hash: hashOf(wrappingAlgorithm),
    },
    true,
    ['encrypt', 'decrypt'],
  );
  // Opaque to the caller: a version, the key id it belongs to, and 32 random bytes.
  const id = utf8(key.keyId);
  const token = concatBytes(Uint8Array.of(1, id.length), id, randomBytes(32));
  const parameters: ImportParameters = {
    token: toHex(token),
    wrappingAlgorithm,
    wrappingKeySpec,
    privateKey: new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey)),
    validTo: now + PARAMETERS_VALID_MS,
  };
  const state = requireExternal(key);
  state.parameters = [...state.parameters, parameters].slice(-PARAMETERS_KEPT);
  return {
    parameters,
    publicKey: new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey)),
    token,
  };
}

/** The parameters a token names on this key: unknown, another key's, or expired are refused. */
export function parametersFor(key: KmsKey, token: Uint8Array, now: number): ImportParameters {
  const parameters = key.imported?.parameters.find((p) => p.token === toHex(token));
  if (!parameters) {
    // Unverified wording.
    throw kmsError(
      'InvalidImportTokenException',
      'The import token is invalid or is associated with a different KMS key.',
    );
  }
  if (now > parameters.validTo) {
    // Unverified wording.
    throw kmsError(
      'ExpiredImportTokenException',
      'The import token has expired. Call GetParametersForImport for a new one.',
    );
  }
  return parameters;
}

const hashOf = (algorithm: ImportParameters['wrappingAlgorithm']) =>
  algorithm.endsWith('SHA_1') ? 'SHA-1' : 'SHA-256';

/**
 * Unwraps the encrypted key material, or undefined when it does not open: RSAES_OAEP_* is
 * RSA-OAEP (MGF1 with the same hash, empty label) of the material itself; RSA_AES_KEY_WRAP_*
 * is RSA-OAEP of an ephemeral AES key (the first modulus-length bytes), then that key's AES
 * key wrap with padding (RFC 5649) of the material.
 */
export async function unwrapMaterial(
  parameters: ImportParameters,
  encrypted: Uint8Array,
): Promise<Uint8Array | undefined> {
  const privateKey = await crypto.subtle.importKey(
    'pkcs8',
    parameters.privateKey as BufferSource,
    { name: 'RSA-OAEP', hash: hashOf(parameters.wrappingAlgorithm) },
    false,
    ['decrypt'],
  );
  const rsa = async (blob: Uint8Array): Promise<Uint8Array | undefined> => {
    try {
      return new Uint8Array(
        await crypto.subtle.decrypt({ name: 'RSA-OAEP' }, privateKey, blob as BufferSource),
      );
    } catch {
      return undefined;
    }
  };
  if (parameters.wrappingAlgorithm.startsWith('RSAES_OAEP')) return rsa(encrypted);
  const split = MODULUS_BYTES[parameters.wrappingKeySpec];
  if (encrypted.length <= split) return undefined;
  const aesKey = await rsa(encrypted.subarray(0, split));
  if (!aesKey || ![16, 24, 32].includes(aesKey.length)) return undefined;
  try {
    return await aesKeyUnwrapPad(aesKey, encrypted.subarray(split));
  } catch {
    // A 192-bit AES key where the platform has no AES-192 (browsers): it cannot be opened.
    return undefined;
  }
}

const HMAC_BYTES: Partial<Record<KmsKey['keySpec'], number>> = {
  HMAC_224: 28,
  HMAC_256: 32,
  HMAC_384: 48,
  HMAC_512: 64,
};

/** Key specs whose material can be imported here (the others are refused at CreateKey). */
export function importableSpec(spec: KmsKey['keySpec']): boolean {
  const family = KEY_SPECS[spec].family;
  return family === 'symmetric' || family === 'hmac' || family === 'rsa' || family === 'ecc';
}

const incorrect = (why: string) => kmsError('IncorrectKeyMaterialException', why);

/**
 * Checks unwrapped material against the key's spec and returns the public key of a key pair.
 * Symmetric: 32 bytes; HMAC: the spec's size in bytes; RSA and ECC: a PKCS#8 DER private key
 * of that size or curve. Unverified wording.
 */
export async function checkMaterial(
  key: KmsKey,
  bytes: Uint8Array,
): Promise<Uint8Array | undefined> {
  const family = KEY_SPECS[key.keySpec].family;
  if (family === 'symmetric') {
    if (bytes.length !== 32) {
      throw incorrect('Symmetric key material must be 256 bits (32 bytes) long.');
    }
    return undefined;
  }
  if (family === 'hmac') {
    const size = HMAC_BYTES[key.keySpec]!;
    if (bytes.length !== size) {
      throw incorrect(`${key.keySpec} key material must be ${size} bytes long.`);
    }
    return undefined;
  }
  const { publicKeyOf } = await import('./crypto/keyPairs');
  const publicKey = await publicKeyOf(key.keySpec, bytes);
  if (!publicKey || (family === 'rsa' && !(await rsaOfSize(publicKey, key.keySpec)))) {
    throw incorrect(`The key material is not a PKCS#8 DER private key for ${key.keySpec}.`);
  }
  return publicKey;
}

async function rsaOfSize(spki: Uint8Array, spec: KmsKey['keySpec']): Promise<boolean> {
  const imported = await crypto.subtle.importKey(
    'spki',
    spki as BufferSource,
    { name: 'RSA-PSS', hash: 'SHA-256' },
    true,
    ['verify'],
  );
  return `RSA_${(imported.algorithm as RsaHashedKeyAlgorithm).modulusLength}` === spec;
}

/** The material's id on this key: SHA-256 over the key id and the material. */
export async function importedMaterialId(key: KmsKey, bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest(
    'SHA-256',
    concatBytes(utf8(key.keyId), Uint8Array.of(0), bytes) as BufferSource,
  );
  return toHex(new Uint8Array(digest));
}
