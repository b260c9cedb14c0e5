/**
 * AES key wrap with padding (RFC 5649), the second half of KMS's RSA_AES_KEY_WRAP wrapping
 * algorithms (CKM_RSA_AES_KEY_WRAP). WebCrypto's AES-KW is RFC 3394 only (fixed IV, whole
 * 64-bit blocks), so the wrap is written here on single AES block operations.
 *
 * WebCrypto has no raw AES block cipher either; AES-CBC with a zero IV gives one:
 * - encrypting one block: the first 16 bytes of the CBC output are AES(K, block);
 * - decrypting one block C: CBC-decrypt C ‖ X, where X = AES(K, C ⊕ 0x10…10), so the second
 *   block decrypts to a full block of PKCS#7 padding, which WebCrypto strips: what remains
 *   is AES⁻¹(K, C).
 */
import { bytesEqual, concatBytes } from './bytes';

/** RFC 5649 §3: the alternative initial value's fixed half. */
const AIV_PREFIX = Uint8Array.of(0xa6, 0x59, 0x59, 0xa6);
const ZERO_IV = new Uint8Array(16);
const FULL_PADDING = new Uint8Array(16).fill(16);

interface BlockCipher {
  encrypt(block: Uint8Array): Promise<Uint8Array>;
  decrypt(block: Uint8Array): Promise<Uint8Array>;
}

async function blockCipher(kek: Uint8Array): Promise<BlockCipher> {
  const key = await crypto.subtle.importKey('raw', kek as BufferSource, 'AES-CBC', false, [
    'encrypt',
    'decrypt',
  ]);
  const cbc = { name: 'AES-CBC', iv: ZERO_IV };
  const encrypt = async (block: Uint8Array) =>
    new Uint8Array(await crypto.subtle.encrypt(cbc, key, block as BufferSource)).subarray(0, 16);
  return {
    encrypt,
    async decrypt(block) {
      const x = await encrypt(xor(block, FULL_PADDING));
      return new Uint8Array(
        await crypto.subtle.decrypt(cbc, key, concatBytes(block, x) as BufferSource),
      );
    },
  };
}

const xor = (a: Uint8Array, b: Uint8Array): Uint8Array => a.map((v, i) => v ^ b[i]!);

/** A ⊕ t, t the 64-bit big-endian step counter of RFC 3394 §2.2.1. */
function xorCounter(a: Uint8Array, t: number): Uint8Array {
  const out = a.slice();
  for (let i = 7; i >= 0 && t > 0; i--, t = Math.floor(t / 256)) out[i]! ^= t % 256;
  return out;
}

/** Wraps `plaintext` (1 byte or more) under the AES key `kek` (16 or 32 bytes; 24 where supported). */
export async function aesKeyWrapPad(kek: Uint8Array, plaintext: Uint8Array): Promise<Uint8Array> {
  if (plaintext.length === 0) throw new RangeError('nothing to wrap');
  const aes = await blockCipher(kek);
  const mli = new Uint8Array(4);
  new DataView(mli.buffer).setUint32(0, plaintext.length);
  const padded = new Uint8Array(Math.ceil(plaintext.length / 8) * 8);
  padded.set(plaintext);
  let a = concatBytes(AIV_PREFIX, mli);
  const n = padded.length / 8;
  // §4.1: a single 64-bit block is one AES encryption of AIV ‖ P.
  if (n === 1) return aes.encrypt(concatBytes(a, padded));
  const r = Array.from({ length: n }, (_, i) => padded.slice(i * 8, i * 8 + 8));
  for (let j = 0; j <= 5; j++) {
    for (let i = 0; i < n; i++) {
      const b = await aes.encrypt(concatBytes(a, r[i]!));
      a = xorCounter(b.subarray(0, 8), n * j + i + 1);
      r[i] = b.slice(8);
    }
  }
  return concatBytes(a, ...r);
}

/**
 * Unwraps an RFC 5649 blob, or answers undefined when it does not authenticate (wrong key,
 * changed byte, bad length or padding): the caller turns that into its own error.
 */
export async function aesKeyUnwrapPad(
  kek: Uint8Array,
  wrapped: Uint8Array,
): Promise<Uint8Array | undefined> {
  if (wrapped.length < 16 || wrapped.length % 8 !== 0) return undefined;
  const aes = await blockCipher(kek);
  const n = wrapped.length / 8 - 1;
  let a: Uint8Array;
  let r: Uint8Array[];
  try {
    if (n === 1) {
      const b = await aes.decrypt(wrapped);
      a = b.slice(0, 8);
      r = [b.slice(8)];
    } else {
      a = wrapped.slice(0, 8);
      r = Array.from({ length: n }, (_, i) => wrapped.slice(8 + i * 8, 16 + i * 8));
      for (let j = 5; j >= 0; j--) {
        for (let i = n - 1; i >= 0; i--) {
          const b = await aes.decrypt(concatBytes(xorCounter(a, n * j + i + 1), r[i]!));
          a = b.slice(0, 8);
          r[i] = b.slice(8);
        }
      }
    }
  } catch {
    return undefined;
  }
  // §3: the AIV must be A65959A6 ‖ MLI with 8(n−1) < MLI ≤ 8n and zero padding after it.
  if (!bytesEqual(a.subarray(0, 4), AIV_PREFIX)) return undefined;
  const mli = new DataView(a.buffer, a.byteOffset, 8).getUint32(4);
  if (mli <= 8 * (n - 1) || mli > 8 * n) return undefined;
  const padded = concatBytes(...r);
  if (padded.subarray(mli).some((b) => b !== 0)) return undefined;
  return padded.slice(0, mli);
}
