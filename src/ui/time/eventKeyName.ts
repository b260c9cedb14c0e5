import { shortKeyId } from '../../graph';
import type { TimeEvent } from '../../store';

/** A key as a rotation or deletion names it: "alias/app-data (1234abcd…)" or "1234abcd…". */
export const eventKeyName = (event: Pick<TimeEvent, 'keyId' | 'aliases'>): string => {
  const [alias] = [...event.aliases].sort();
  return alias ? `${alias} (${shortKeyId(event.keyId)})` : shortKeyId(event.keyId);
};
