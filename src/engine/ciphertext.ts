/**
 * The symmetric ciphertext blob. AWS does not publish its format; ours is documented,
 * versioned and self-describing, and keeps the rules that matter: the blob names the key
 * and the version of its material, so Decrypt needs no KeyId; any change to any byte
 * fails authentication.
 *
 *   offset  size  field
 *   0       1     format version (0x01)
 *   1       1     n = length of the key id
 *   2       n     key id, ASCII (a UUID, or mrk-… for multi-Region keys)
 *   2+n     32    key material id (the version of the key's material)
 *   34+n    12    AES-GCM initialization vector (random)
 *   46+n    …     AES-256-GCM ciphertext followed by its 16-byte tag
 *
 * Additional authenticated data = bytes 0..34+n (the header) ‖ the canonical encryption
 * context, so neither the header nor the context can change undetected. The key id holds
 * no Region: related multi-Region keys share it, and a single-Region key's id simply does
 * not exist in another Region.
 */
import { fromHex, toHex, utf8 } from './crypto/bytes';
import { IV_BYTES } from './crypto/aesGcm';
import { isKeyId } from './resolveKey';

export const CIPHERTEXT_FORMAT_VERSION = 1;
const MATERIAL_ID_BYTES = 32;
const TAG_BYTES = 16;

export interface CiphertextParts {
  keyId: string;
  materialId: string;
  /** Bytes 0..34+n: authenticated with the encryption context. */
  header: Uint8Array;
  iv: Uint8Array;
  sealed: Uint8Array;
}

export function encodeHeader(keyId: string, materialId: string): Uint8Array {
  const id = utf8(keyId);
  const header = new Uint8Array(2 + id.length + MATERIAL_ID_BYTES);
  header[0] = CIPHERTEXT_FORMAT_VERSION;
  header[1] = id.length;
  header.set(id, 2);
  header.set(fromHex(materialId), 2 + id.length);
  return header;
}

/** Splits a blob into its parts, or undefined when it cannot be one of ours. */
export function parseCiphertext(blob: Uint8Array): CiphertextParts | undefined {
  if (blob.length < 2 || blob[0] !== CIPHERTEXT_FORMAT_VERSION) return undefined;
  const n = blob[1]!;
  const headerEnd = 2 + n + MATERIAL_ID_BYTES;
  if (n === 0 || blob.length < headerEnd + IV_BYTES + TAG_BYTES) return undefined;
  const keyId = String.fromCharCode(...blob.subarray(2, 2 + n));
  if (!isKeyId(keyId)) return undefined;
  return {
    keyId,
    materialId: toHex(blob.subarray(2 + n, headerEnd)),
    header: blob.subarray(0, headerEnd),
    iv: blob.subarray(headerEnd, headerEnd + IV_BYTES),
    sealed: blob.subarray(headerEnd + IV_BYTES),
  };
}
