/**
 * AES-256-GCM through WebCrypto, the algorithm behind SYMMETRIC_DEFAULT. Each material
 * version is imported once as a non-extractable CryptoKey and cached by its id.
 */
import type { KeyMaterial } from '../model';

const IV_BYTES = 12;
const cache = new Map<string, Promise<CryptoKey>>();

function cryptoKeyFor(material: KeyMaterial): Promise<CryptoKey> {
  let key = cache.get(material.id);
  if (!key) {
    key = crypto.subtle.importKey('raw', material.bytes as BufferSource, 'AES-GCM', false, [
      'encrypt',
      'decrypt',
    ]);
    cache.set(material.id, key);
  }
  return key;
}

/** Forgets cached CryptoKeys, e.g. when a restored world replaces the materials. */
export const forgetCryptoKeys = (): void => cache.clear();

export { IV_BYTES };

export async function sealAesGcm(
  material: KeyMaterial,
  iv: Uint8Array,
  plaintext: Uint8Array,
  aad: Uint8Array,
): Promise<Uint8Array> {
  const key = await cryptoKeyFor(material);
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: iv as BufferSource, additionalData: aad as BufferSource },
    key,
    plaintext as BufferSource,
  );
  return new Uint8Array(sealed);
}

/** Resolves to undefined when authentication fails (wrong key, context or tampering). */
export async function openAesGcm(
  material: KeyMaterial,
  iv: Uint8Array,
  sealed: Uint8Array,
  aad: Uint8Array,
): Promise<Uint8Array | undefined> {
  const key = await cryptoKeyFor(material);
  try {
    const opened = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: iv as BufferSource, additionalData: aad as BufferSource },
      key,
      sealed as BufferSource,
    );
    return new Uint8Array(opened);
  } catch {
    return undefined;
  }
}
