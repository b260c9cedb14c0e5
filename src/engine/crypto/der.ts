/**
 * The little DER (ITU-T X.690) that KMS speaks: SubjectPublicKeyInfo for GetPublicKey,
 * PKCS#8 for private keys, and ECDSA signatures as SEQUENCE { r INTEGER, s INTEGER }
 * (RFC 3279) where WebCrypto gives r‖s. A writer for building those, and a strict reader:
 * it accepts only definite, minimally encoded lengths and never throws — malformed input
 * reads as undefined.
 */
import { concatBytes } from './bytes';

export const TAG = {
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  NULL: 0x05,
  OID: 0x06,
  SEQUENCE: 0x30,
} as const;

// ---------------------------------------------------------------------------------- writer

function encodeLength(n: number): Uint8Array {
  if (n < 0x80) return Uint8Array.of(n);
  const out: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) out.unshift(v & 0xff);
  return Uint8Array.of(0x80 | out.length, ...out);
}

/** One tag-length-value. */
export const tlv = (tag: number, content: Uint8Array): Uint8Array =>
  concatBytes(Uint8Array.of(tag), encodeLength(content.length), content);

export const sequence = (...parts: Uint8Array[]): Uint8Array =>
  tlv(TAG.SEQUENCE, concatBytes(...parts));

/** An INTEGER from the unsigned big-endian bytes of a non-negative number. */
export function unsignedInteger(magnitude: Uint8Array): Uint8Array {
  let start = 0;
  while (start < magnitude.length - 1 && magnitude[start] === 0) start++;
  const trimmed = magnitude.length === 0 ? Uint8Array.of(0) : magnitude.subarray(start);
  // A set high bit would read as negative: prefix a zero byte.
  return tlv(TAG.INTEGER, trimmed[0]! & 0x80 ? concatBytes(Uint8Array.of(0), trimmed) : trimmed);
}

export const smallInteger = (n: number): Uint8Array => unsignedInteger(Uint8Array.of(n));

export const octetString = (content: Uint8Array): Uint8Array => tlv(TAG.OCTET_STRING, content);

/** A BIT STRING of whole bytes (no unused bits). */
export const bitString = (content: Uint8Array): Uint8Array =>
  tlv(TAG.BIT_STRING, concatBytes(Uint8Array.of(0), content));

export const nullValue = (): Uint8Array => Uint8Array.of(TAG.NULL, 0);

/** A context-specific tag `[n]`, constructed (explicit) unless told otherwise. */
export const contextTag = (n: number, content: Uint8Array, constructed = true): Uint8Array =>
  tlv(0x80 | (constructed ? 0x20 : 0) | n, content);

/** An OBJECT IDENTIFIER from its dotted form, e.g. `1.2.840.10045.2.1`. */
export function oid(dotted: string): Uint8Array {
  const arcs = dotted.split('.').map(Number);
  const [first = 0, second = 0, ...rest] = arcs;
  const out: number[] = [];
  for (const arc of [first * 40 + second, ...rest]) {
    const base128: number[] = [arc & 0x7f];
    for (let v = Math.floor(arc / 128); v > 0; v = Math.floor(v / 128))
      base128.unshift(0x80 | (v & 0x7f));
    out.push(...base128);
  }
  return tlv(TAG.OID, Uint8Array.from(out));
}

/**
 * SubjectPublicKeyInfo (RFC 5280): the algorithm OID, its parameters (an OID such as a
 * named curve, or none when `parametersOid` is null, as for Ed25519 and ML-DSA), and the
 * public key as a BIT STRING.
 */
export const spki = (
  algorithmOid: string,
  parametersOid: string | null,
  publicKey: Uint8Array,
): Uint8Array =>
  sequence(
    sequence(oid(algorithmOid), ...(parametersOid === null ? [] : [oid(parametersOid)])),
    bitString(publicKey),
  );

/** PKCS#8 PrivateKeyInfo (RFC 5208 / 5958 v1). */
export const pkcs8 = (
  algorithmOid: string,
  parametersOid: string | null,
  privateKey: Uint8Array,
): Uint8Array =>
  sequence(
    smallInteger(0),
    sequence(oid(algorithmOid), ...(parametersOid === null ? [] : [oid(parametersOid)])),
    octetString(privateKey),
  );

// ---------------------------------------------------------------------------------- reader

export interface Tlv {
  tag: number;
  content: Uint8Array;
  /** Offset just past this element in the buffer it was read from. */
  end: number;
}

/** Reads one element at `offset`: single-byte tags, definite minimal lengths only. */
export function readTlv(bytes: Uint8Array, offset = 0): Tlv | undefined {
  const tag = bytes[offset];
  const first = bytes[offset + 1];
  if (tag === undefined || first === undefined) return undefined;
  if ((tag & 0x1f) === 0x1f) return undefined; // multi-byte tags: never needed here
  let length: number;
  let at = offset + 2;
  if (first < 0x80) {
    length = first;
  } else {
    const count = first & 0x7f;
    // 0x80 is BER's indefinite length; more than 4 length bytes is never a real key here.
    if (count === 0 || count > 4) return undefined;
    length = 0;
    for (let i = 0; i < count; i++) {
      const b = bytes[at++];
      if (b === undefined) return undefined;
      if (i === 0 && b === 0) return undefined; // leading zero: not minimal
      length = length * 256 + b;
    }
    if (length < 0x80) return undefined; // long form for a short length: not DER
  }
  const end = at + length;
  if (end > bytes.length) return undefined;
  return { tag, content: bytes.subarray(at, end), end };
}

/** The elements that exactly fill `bytes` (e.g. a SEQUENCE's content), or undefined. */
export function readAll(bytes: Uint8Array): Tlv[] | undefined {
  const out: Tlv[] = [];
  for (let at = 0; at < bytes.length;) {
    const next = readTlv(bytes, at);
    if (!next) return undefined;
    out.push(next);
    at = next.end;
  }
  return out;
}

/** The one element that is the whole of `bytes`, with the expected tag, or undefined. */
export function readOnly(bytes: Uint8Array, tag: number): Tlv | undefined {
  const el = readTlv(bytes);
  return el && el.tag === tag && el.end === bytes.length ? el : undefined;
}

/**
 * The magnitude of a non-negative, minimally encoded INTEGER's content (no sign byte), or
 * undefined for a negative, empty or padded one.
 */
export function readUnsignedInteger(content: Uint8Array): Uint8Array | undefined {
  const [a, b] = content;
  if (a === undefined) return undefined;
  if (a & 0x80) return undefined; // negative
  if (a === 0 && b !== undefined && !(b & 0x80)) return undefined; // needless zero byte
  return a === 0 && b !== undefined ? content.subarray(1) : content;
}

/** The dotted form of an OID's content, or undefined when malformed. */
export function readOid(content: Uint8Array): string | undefined {
  if (content.length === 0) return undefined;
  const arcs: number[] = [];
  let v = 0;
  for (let i = 0; i < content.length; i++) {
    const b = content[i]!;
    if (v === 0 && b === 0x80) return undefined; // non-minimal arc
    v = v * 128 + (b & 0x7f);
    if (v > Number.MAX_SAFE_INTEGER / 128) return undefined;
    if (!(b & 0x80)) {
      arcs.push(v);
      v = 0;
    } else if (i === content.length - 1) return undefined; // truncated arc
  }
  const head = arcs[0]!;
  const first = head < 80 ? Math.floor(head / 40) : 2;
  return [first, head - first * 40, ...arcs.slice(1)].join('.');
}

/** The parts of a SubjectPublicKeyInfo, or undefined when it is not one. */
export function readSpki(
  der: Uint8Array,
): { algorithmOid: string; parameters?: Tlv; publicKey: Uint8Array } | undefined {
  const outer = readOnly(der, TAG.SEQUENCE);
  const parts = outer && readAll(outer.content);
  if (!parts || parts.length !== 2) return undefined;
  const [algorithm, key] = parts as [Tlv, Tlv];
  const algParts = algorithm.tag === TAG.SEQUENCE ? readAll(algorithm.content) : undefined;
  if (!algParts || algParts.length < 1 || algParts.length > 2) return undefined;
  const algorithmOid = algParts[0]!.tag === TAG.OID ? readOid(algParts[0]!.content) : undefined;
  if (!algorithmOid) return undefined;
  if (key.tag !== TAG.BIT_STRING || key.content[0] !== 0) return undefined;
  return { algorithmOid, parameters: algParts[1], publicKey: key.content.subarray(1) };
}

/** The parts of a PKCS#8 PrivateKeyInfo (v1), or undefined when it is not one. */
export function readPkcs8(
  der: Uint8Array,
): { algorithmOid: string; parameters?: Tlv; privateKey: Uint8Array } | undefined {
  const outer = readOnly(der, TAG.SEQUENCE);
  const parts = outer && readAll(outer.content);
  // version, algorithm, privateKey [, attributes [0]] [, publicKey [1] (v2)]
  if (!parts || parts.length < 3) return undefined;
  const [version, algorithm, key] = parts as [Tlv, Tlv, Tlv];
  if (version.tag !== TAG.INTEGER || version.content.length !== 1 || version.content[0]! > 1)
    return undefined;
  const algParts = algorithm.tag === TAG.SEQUENCE ? readAll(algorithm.content) : undefined;
  if (!algParts || algParts.length < 1 || algParts.length > 2) return undefined;
  const algorithmOid = algParts[0]!.tag === TAG.OID ? readOid(algParts[0]!.content) : undefined;
  if (!algorithmOid || key.tag !== TAG.OCTET_STRING) return undefined;
  return { algorithmOid, parameters: algParts[1], privateKey: key.content };
}

// ---------------------------------------------------------------------------- ECDSA codecs

/** WebCrypto's r‖s (two equal halves) as the DER SEQUENCE { r, s } KMS returns (RFC 3279). */
export function ecdsaRawToDer(raw: Uint8Array): Uint8Array {
  const half = raw.length >> 1;
  return sequence(unsignedInteger(raw.subarray(0, half)), unsignedInteger(raw.subarray(half)));
}

/**
 * A DER ECDSA signature as r‖s, each left-padded to `size` bytes (the curve's field size:
 * 32 for P-256 and secp256k1, 48 for P-384, 66 for P-521). Undefined for anything that
 * is not exactly one canonical SEQUENCE of two non-negative INTEGERs that fit in `size`
 * bytes — never a throw.
 */
export function ecdsaDerToRaw(der: Uint8Array, size: number): Uint8Array | undefined {
  const outer = readOnly(der, TAG.SEQUENCE);
  const parts = outer && readAll(outer.content);
  if (!parts || parts.length !== 2) return undefined;
  const out = new Uint8Array(size * 2);
  for (let i = 0; i < 2; i++) {
    const part = parts[i]!;
    if (part.tag !== TAG.INTEGER) return undefined;
    const magnitude = readUnsignedInteger(part.content);
    if (!magnitude || magnitude.length > size) return undefined;
    out.set(magnitude, size * (i + 1) - magnitude.length);
  }
  return out;
}
