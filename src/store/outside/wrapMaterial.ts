/**
 * The owner's workstation, outside AWS: it makes 256-bit key material and wraps it under the
 * public wrapping key GetParametersForImport returned — the way the owner would with OpenSSL,
 * here with the browser's WebCrypto, never with the engine's keys:
 * - RSAES_OAEP_SHA_*: RSA-OAEP (MGF1 over the same hash, empty label) of the material itself;
 * - RSA_AES_KEY_WRAP_SHA_*: a fresh AES-256 key under RSA-OAEP, followed by that key's AES
 *   key wrap with padding (RFC 5649) of the material. WebCrypto has no RFC 5649, so the
 *   engine's implementation of the standard is reused (only the function, no KMS state).
 * Loaded on first use: it is not in the initial bundle.
 */
import { aesKeyWrapPad } from '../../engine/crypto/aesKeyWrapPad';
import { concatBytes } from '../../engine/crypto/bytes';
import { MATERIAL_BYTES, type WrappingAlgorithm } from './importAlgorithms';

const buffer = (bytes: Uint8Array): BufferSource => bytes as BufferSource;

/** Fresh 256-bit key material, from the browser's random source. */
export const generateMaterial = (): Uint8Array =>
  crypto.getRandomValues(new Uint8Array(MATERIAL_BYTES));

/** The encrypted key material ImportKeyMaterial takes, wrapped under `publicKey` (DER SPKI). */
export async function wrapMaterial(
  publicKey: Uint8Array,
  algorithm: WrappingAlgorithm,
  material: Uint8Array,
): Promise<Uint8Array> {
  const rsaKey = await crypto.subtle.importKey(
    'spki',
    buffer(publicKey),
    { name: 'RSA-OAEP', hash: algorithm.endsWith('SHA_1') ? 'SHA-1' : 'SHA-256' },
    false,
    ['encrypt'],
  );
  const rsa = async (data: Uint8Array) =>
    new Uint8Array(await crypto.subtle.encrypt({ name: 'RSA-OAEP' }, rsaKey, buffer(data)));
  if (algorithm.startsWith('RSAES_OAEP')) return rsa(material);
  const aesKey = crypto.getRandomValues(new Uint8Array(32));
  try {
    return concatBytes(await rsa(aesKey), await aesKeyWrapPad(aesKey, material));
  } finally {
    // The ephemeral key has done its work: it travels only inside the RSA-OAEP blob.
    aesKey.fill(0);
  }
}
