/**
 * Symmetric key material at work: generating a version, encrypting under a key's
 * current version, and decrypting a blob with the version it names. Each use writes a
 * `material` trace step saying which version did what, and where.
 */
import { canonicalContext, type EncryptionContext } from './encryptionContext';
import { encodeHeader, parseCiphertext } from './ciphertext';
import { concatBytes, randomBytes, toHex } from './crypto/bytes';
import { IV_BYTES, openAesGcm, sealAesGcm } from './crypto/aesGcm';
import { materialLocation, requireWorkingHsm } from './customKeyStores';
import { kmsError } from './errors';
import type { KeySpec } from './keySpecs';
import type { KeyMaterial, KmsKey } from './model';
import type { AccessDetails, OperationContext } from './operation';
import type { MaterialAction } from './trace';

const UNKNOWN_CIPHERTEXT_KEY =
  'The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.';

export function newMaterial(now: number, source: KeyMaterial['source']): KeyMaterial {
  return { id: toHex(randomBytes(32)), bytes: randomBytes(32), createdAt: now, source };
}

/** A first version of material for a key of any spec (the cryptography it needs loads then). */
export async function newMaterialFor(
  spec: KeySpec,
  now: number,
  source: KeyMaterial['source'],
): Promise<KeyMaterial> {
  if (spec === 'SYMMETRIC_DEFAULT') return newMaterial(now, source);
  const { generateKeyMaterial } = await import('./crypto/keyPairs');
  const { bytes, publicKey } = await generateKeyMaterial(spec);
  return {
    id: toHex(randomBytes(32)),
    bytes,
    ...(publicKey ? { publicKey } : {}),
    createdAt: now,
    source,
  };
}

export const currentMaterial = (key: KmsKey): KeyMaterial =>
  key.materials[key.materials.length - 1]!;

export function materialStep(
  ctx: OperationContext,
  key: KmsKey,
  material: KeyMaterial,
  action: MaterialAction,
  ok = true,
): void {
  const location = materialLocation(ctx.world, key);
  // A CloudHSM key store's key works in its cluster's HSMs: with none active, no work.
  if (action !== 'destroy') requireWorkingHsm(key, location);
  ctx.step({
    type: 'material',
    keyId: key.keyId,
    materialId: material.id,
    version: key.materials.indexOf(material) + 1,
    action,
    location,
    ok,
  });
}

/** Data keys, data key pairs and ReEncrypt's target too: symmetric encryption needs a symmetric key. */
export function requireSymmetricKey(key: KmsKey): void {
  if (key.keySpec !== 'SYMMETRIC_DEFAULT') {
    throw kmsError(
      'InvalidKeyUsageException',
      `${key.arn} key spec is ${key.keySpec} which is not valid for this operation.`,
    );
  }
}

/** Encrypts under the key's newest material; the blob names key and version. */
export async function encryptUnderKey(
  ctx: OperationContext,
  key: KmsKey,
  plaintext: Uint8Array,
  context: EncryptionContext | undefined,
): Promise<{ blob: Uint8Array; material: KeyMaterial }> {
  requireSymmetricKey(key);
  const material = currentMaterial(key);
  materialStep(ctx, key, material, 'encrypt');
  const header = encodeHeader(key.keyId, material.id);
  const iv = randomBytes(IV_BYTES);
  const sealed = await sealAesGcm(
    material,
    iv,
    plaintext,
    concatBytes(header, canonicalContext(context)),
  );
  return { blob: concatBytes(header, iv, sealed), material };
}

/**
 * Decrypts a symmetric blob. The blob says which key made it; `keyIdGiven`, when the
 * caller names one, must be that key (IncorrectKeyException otherwise).
 */
export async function decryptBlob(
  ctx: OperationContext,
  blob: Uint8Array,
  context: EncryptionContext | undefined,
  keyIdGiven: string | undefined,
  action: string,
  access: AccessDetails,
): Promise<{ key: KmsKey; plaintext: Uint8Array; material: KeyMaterial }> {
  const named = keyIdGiven ? ctx.resolveKey(keyIdGiven, { aliases: true }) : undefined;
  const parts = parseCiphertext(blob);
  if (!parts) throw kmsError('InvalidCiphertextException');
  const key = ctx.regionState.keys[parts.keyId];
  ctx.step({
    type: 'resolve',
    given: 'CiphertextBlob',
    form: 'ciphertext',
    keyId: parts.keyId,
    found: !!key,
  });
  // A deleted key, or one of another Region: AWS words both the same way.
  if (!key) throw kmsError('AccessDeniedException', UNKNOWN_CIPHERTEXT_KEY);
  if (named && named.keyId !== key.keyId) {
    throw kmsError(
      'IncorrectKeyException',
      'The key ID in the request does not identify a CMK that can perform this operation.',
    );
  }
  ctx.touch(key);
  ctx.authorize(key, action, access);
  ctx.requireState(key);
  const material = key.materials.find((m) => m.id === parts.materialId);
  if (!material) throw kmsError('InvalidCiphertextException');
  const plaintext = await openAesGcm(
    material,
    parts.iv,
    parts.sealed,
    concatBytes(parts.header, canonicalContext(context)),
  );
  // The step says whether the material could open it: a changed context or byte fails here.
  materialStep(ctx, key, material, 'decrypt', plaintext !== undefined);
  if (!plaintext) throw kmsError('InvalidCiphertextException');
  return { key, plaintext, material };
}
