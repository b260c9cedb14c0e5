import type { KeyView } from '../engine';

/** The first 8 characters of a key id, enough to tell keys apart at a glance. */
export const shortKeyId = (keyId: string): string =>
  keyId.length > 8 ? `${keyId.slice(0, 8)}…` : keyId;

/** How a key is named on screen: its first alias (alphabetically) if any, else its short id. */
export function keyLabel(key: Pick<KeyView, 'keyId' | 'aliases'>): string {
  const [alias] = [...key.aliases].sort();
  return alias ?? shortKeyId(key.keyId);
}
