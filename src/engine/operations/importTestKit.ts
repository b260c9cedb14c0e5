/**
 * Test helpers for imported key material (used by the operation tests only): wrap material
 * the way a key owner does outside KMS, with Node's crypto and the public key KMS returned.
 */
import {
  constants,
  createCipheriv,
  createPublicKey,
  publicEncrypt,
  randomBytes,
} from 'node:crypto';
import type { WorldState } from '../model';
import { createKms, type Kms } from '../kms';

export const START = Date.UTC(2026, 0, 1);
export const DAY = 24 * 60 * 60 * 1000;

export type Wrapping =
  'RSAES_OAEP_SHA_1' | 'RSAES_OAEP_SHA_256' | 'RSA_AES_KEY_WRAP_SHA_1' | 'RSA_AES_KEY_WRAP_SHA_256';

/** Wraps `material` under the SPKI `publicKey` as `algorithm` says (Node crypto only). */
export function wrapOutside(publicKey: Uint8Array, algorithm: Wrapping, material: Uint8Array) {
  const key = createPublicKey({ key: Buffer.from(publicKey), format: 'der', type: 'spki' });
  const oaepHash = algorithm.endsWith('SHA_1') ? 'sha1' : 'sha256';
  const rsa = (data: Uint8Array) =>
    publicEncrypt({ key, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash }, data);
  if (algorithm.startsWith('RSAES')) return new Uint8Array(rsa(material));
  const aesKey = randomBytes(32);
  const cipher = createCipheriv('id-aes256-wrap-pad', aesKey, Buffer.from('a65959a6', 'hex'));
  return new Uint8Array(Buffer.concat([rsa(aesKey), cipher.update(material), cipher.final()]));
}

export async function externalKey(kms: Kms, input: Record<string, unknown> = {}) {
  const record = await kms.call('CreateKey', { Origin: 'EXTERNAL', ...input });
  if (record.error) throw record.error;
  return record.output!.KeyMetadata!;
}

/** GetParametersForImport, wrap outside, ImportKeyMaterial: the whole import. */
export async function importInto(
  kms: Kms,
  keyId: string,
  material: Uint8Array,
  options: { algorithm?: Wrapping; validTo?: Date; expires?: boolean } = {},
) {
  const algorithm = options.algorithm ?? 'RSAES_OAEP_SHA_256';
  const params = await kms.call('GetParametersForImport', {
    KeyId: keyId,
    WrappingAlgorithm: algorithm,
    WrappingKeySpec: 'RSA_2048',
  });
  if (params.error) throw params.error;
  const encrypted = wrapOutside(params.output!.PublicKey!, algorithm, material);
  return kms.call('ImportKeyMaterial', {
    KeyId: keyId,
    ImportToken: params.output!.ImportToken!,
    EncryptedKeyMaterial: encrypted,
    ...(options.expires === false
      ? { ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE' }
      : { ValidTo: options.validTo ?? new Date(START + 30 * DAY) }),
  });
}

export const newKms = () => createKms({ startTime: START });

/** The key as the engine holds it (tests only). */
export async function heldKey(
  kms: Kms,
  keyId: string,
): Promise<WorldState['regions'][string]['keys'][string]> {
  const snapshot = await kms.snapshot();
  return snapshot.world.regions['us-east-1']!.keys[keyId]!;
}
