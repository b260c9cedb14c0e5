/**
 * A public key as files: DER (the SubjectPublicKeyInfo bytes GetPublicKey returns) and PEM
 * (the same bytes in base64 between the armour lines OpenSSL and most libraries read).
 */
import { fromBase64, toBase64 } from '../../engine';

const BEGIN = '-----BEGIN PUBLIC KEY-----';
const END = '-----END PUBLIC KEY-----';
const LINE = 64;

/** PEM text of a DER SubjectPublicKeyInfo, 64 characters a line as RFC 7468 asks. */
export function pemOf(der: Uint8Array): string {
  const body = toBase64(der).match(new RegExp(`.{1,${LINE}}`, 'g')) ?? [];
  return [BEGIN, ...body, END, ''].join('\n');
}

/** The DER bytes inside a PEM public key; undefined when the text is not one. */
export function derOfPem(pem: string): Uint8Array | undefined {
  const text = pem.trim();
  if (!text.startsWith(BEGIN) || !text.endsWith(END)) return undefined;
  const body = text.slice(BEGIN.length, -END.length).replace(/\s+/g, '');
  return body ? fromBase64(body) : undefined;
}
