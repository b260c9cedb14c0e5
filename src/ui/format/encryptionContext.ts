import type { EncryptionContext } from '../../store';

/** The one key-value pair the forms offer for an encryption context. */
export interface ContextPair {
  name: string;
  value: string;
}

export const EMPTY_PAIR: ContextPair = { name: '', value: '' };

/** The context a pair stands for: none when its key is blank. */
export const contextOf = ({ name, value }: ContextPair): EncryptionContext | undefined =>
  name.trim() ? { [name.trim()]: value } : undefined;

/** The pair showing a context's first entry. */
export function pairOf(context: EncryptionContext | undefined): ContextPair {
  const [entry] = Object.entries(context ?? {});
  return entry ? { name: entry[0], value: entry[1] } : EMPTY_PAIR;
}
