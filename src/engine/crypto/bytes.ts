/** Byte helpers that behave the same in Node and in the browser. */

/**
 * Whether `v` is a byte array. `instanceof Uint8Array` alone fails for arrays made in
 * another realm (an iframe, jsdom's TextEncoder), which callers rightly expect to work.
 */
export const isBytes = (v: unknown): v is Uint8Array =>
  v instanceof Uint8Array ||
  (ArrayBuffer.isView(v) && Object.prototype.toString.call(v) === '[object Uint8Array]');

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export const utf8 = (text: string): Uint8Array => encoder.encode(text);
export const fromUtf8 = (bytes: Uint8Array): string => decoder.decode(bytes);

export const randomBytes = (n: number): Uint8Array => crypto.getRandomValues(new Uint8Array(n));

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += HEX[b];
  return out;
}

const nibble = (hex: string, i: number): number => {
  const c = hex.charCodeAt(i);
  return c <= 57 ? c - 48 : (c | 32) - 87;
};

/** Lowercase or uppercase hex to bytes (the caller passes well-formed hex). */
export function fromHex(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = (nibble(hex, i * 2) << 4) | nibble(hex, i * 2 + 1);
  return out;
}

export function toBase64(bytes: Uint8Array): string {
  // fromCharCode.apply over chunks: spreading arguments is several times slower.
  let binary = '';
  const CHUNK = 0x2000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + CHUNK) as unknown as number[]);
  }
  return btoa(binary);
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Strict standard base64 (padding required); anything else yields undefined. */
export function fromBase64(text: string): Uint8Array | undefined {
  if (!BASE64.test(text)) return undefined;
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
