/**
 * The time machine: advance the simulated clock and remember what happened. The clock's
 * value is not stored here — it is `view.now`, the world view's own — and what is due is
 * derived from the engine (`selectUpcoming`), so neither can disagree with the world.
 */
import { isDueEventKind, type DueEvent, type OperationRecord, type WorldView } from '../engine';
import type { AppState, SliceCreator } from './appState';

export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;

/** A rotation or deletion, with the aliases its key had (a deleted key's are gone after). */
export interface TimeEvent {
  kind: DueEvent['kind'];
  keyId: string;
  region: string;
  /** Simulated time it falls (or fell) due, epoch ms. */
  at: number;
  aliases: readonly string[];
}

/** One move of the clock and the service events it ran, oldest first. */
export interface TimeAdvance {
  from: number;
  to: number;
  events: readonly TimeEvent[];
}

export interface TimeSlice {
  /** True while the clock is moving (buttons wait). */
  timePending: boolean;
  /** The latest move of the clock; undefined until the first. */
  lastAdvance: TimeAdvance | undefined;
  /** Moves the simulated clock `ms` forward, running what falls due on the way. */
  advance(ms: number): Promise<TimeAdvance>;
  /** Moves the clock to the next scheduled event; nothing when none is scheduled. */
  advanceToNextEvent(): Promise<TimeAdvance | undefined>;
}

const aliasesOf = (view: WorldView, region: string, keyId: string): readonly string[] =>
  view.regions.find((r) => r.code === region)?.keys.find((k) => k.keyId === keyId)?.aliases ?? [];

const toTimeEvent = (view: WorldView, due: DueEvent): TimeEvent => ({
  kind: due.kind,
  keyId: due.keyId,
  region: due.region,
  at: due.at,
  aliases: aliasesOf(view, due.region, due.keyId),
});

const upcomingByView = new WeakMap<WorldView, readonly TimeEvent[]>();

/**
 * What is scheduled (rotations, deletions), soonest first. The same array for the same
 * view, so `useApp(selectUpcoming)` re-renders only when the world changed.
 */
export function selectUpcoming(state: Pick<AppState, 'kms' | 'view'>): readonly TimeEvent[] {
  let upcoming = upcomingByView.get(state.view);
  if (!upcoming) {
    upcoming = state.kms.clock.upcoming().map((due) => toTimeEvent(state.view, due));
    upcomingByView.set(state.view, upcoming);
  }
  return upcoming;
}

const serviceEvent = (before: WorldView, record: OperationRecord): TimeEvent | undefined => {
  const keyId = (record.input as { KeyId?: unknown } | undefined)?.KeyId;
  if (record.kind !== 'service-event' || typeof keyId !== 'string') return undefined;
  if (!isDueEventKind(record.operation)) return undefined;
  return {
    kind: record.operation,
    keyId,
    region: record.region,
    at: record.time,
    aliases: aliasesOf(before, record.region, keyId),
  };
};

export const createTimeSlice: SliceCreator<TimeSlice> = (set, get) => ({
  timePending: false,
  lastAdvance: undefined,

  async advance(ms) {
    const { kms, view: before } = get();
    set({ timePending: true });
    try {
      const records = await kms.clock.advance(ms);
      const lastAdvance: TimeAdvance = {
        from: before.now,
        to: kms.clock.now().getTime(),
        events: records.flatMap((r) => serviceEvent(before, r) ?? []),
      };
      // Moving the clock with nothing due emits no record: refresh the view here.
      set({ view: kms.view(), lastAdvance });
      return lastAdvance;
    } finally {
      set({ timePending: false });
    }
  },

  async advanceToNextEvent() {
    const { kms } = get();
    const next = kms.clock.upcoming()[0];
    if (!next) return undefined;
    return get().advance(Math.max(0, next.at - kms.clock.now().getTime()));
  },
});
