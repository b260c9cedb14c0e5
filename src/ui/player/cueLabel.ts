import type { TFunction } from 'i18next';
import { captionOf, isLocalRecord, type Cue, type PlayableRecord } from '../../graph';

type LooseT = (key: string, values?: Record<string, unknown>) => string;

/** The operation's name as the player shows it: the API name, or the local work in words. */
export function operationName(t: TFunction, record: PlayableRecord): string {
  return isLocalRecord(record)
    ? (t as unknown as LooseT)(`player.local.${record.action}`)
    : record.operation;
}

/** The few words a cue carries on the canvas ("Encrypt", "State: Enabled", "Material v2"). */
export function cueLabel(t: TFunction, record: PlayableRecord, cue: Cue): string {
  const lookup = t as unknown as LooseT;
  const values = captionOf(record, cue.step).values;
  const state = typeof values.state === 'string' ? lookup(`keyState.${values.state}`) : undefined;
  return lookup(`player.cue.${cue.what}`, {
    ...values,
    operation: operationName(t, record),
    ...(state ? { state } : {}),
  });
}
