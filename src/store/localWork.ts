/** A local record (work done outside KMS, see graph/localRecord.ts) with a fresh id. */
import type { LocalAction, LocalRecord } from '../graph';

let count = 0;

export function localRecord(
  action: LocalAction,
  fields: Omit<LocalRecord, 'kind' | 'id' | 'action'>,
): LocalRecord {
  return { kind: 'local', id: `local-${++count}`, action, ...fields };
}
