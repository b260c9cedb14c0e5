/**
 * Encryption context: a string→string map bound to a ciphertext as additional
 * authenticated data. Decrypt must present exactly the same pairs (case-sensitive), in
 * any order — so it is canonicalized by sorting its keys before it is authenticated.
 */
import { utf8 } from './crypto/bytes';

export type EncryptionContext = Record<string, string>;

export function canonicalContext(context: EncryptionContext | undefined): Uint8Array {
  if (!context) return new Uint8Array(0);
  const entries = Object.keys(context)
    .sort()
    .map((k) => [k, context[k]]);
  return entries.length === 0 ? new Uint8Array(0) : utf8(JSON.stringify(entries));
}
