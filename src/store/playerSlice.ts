/**
 * The trace player. Every record — a KMS call, a service event, local work — joins a
 * playlist and plays on the canvas cue by cue (`timelineOf`: one cue per trace step). A call
 * that arrives while another plays waits its turn; the learner can pause, step through the
 * cues in either direction (across records), replay, skip the queue and change the speed.
 *
 * The store owns the clock (one timer), so every view — canvas cues, narration bar, presenter
 * mode — shows the same step; the UI animates a cue over `cueDuration(cue) / speed`.
 */
import type { Kms, WorldView } from '../engine';
import {
  timelineOf,
  type Cue,
  type LocalRecord,
  type PlayableRecord,
  type Timeline,
} from '../graph';
import type { SliceCreator } from './appState';
import { changesWorld, isBackgroundRead } from './worldSlice';
import type { PrefsStorage } from './prefsStorage';

export const SPEEDS = [0.25, 0.5, 1, 1.5, 2, 4] as const;
export type Speed = (typeof SPEEDS)[number];

/** How long a cue lasts at 1×: long enough to read its caption aloud in class. */
export const TRAVEL_MS = 1200;
export const HIGHLIGHT_MS = 900;
/** A breath between one record and the next. */
export const BETWEEN_RECORDS_MS = 400;
/** Records kept to step back into (the oldest played ones go first). */
export const PLAYLIST_LIMIT = 60;

export const PLAYER_PREFS_KEY = 'kmslab.player';
/** Fields that are the learner's settings, kept when the world is reset. */
export const PLAYER_PREFS_FIELDS = ['speed', 'reducedMotion', 'animating'] as const;

/** The world around one record: `before` until its first change shows, then `after`. */
export interface StageViews {
  before: WorldView;
  after: WorldView;
}

export type CueTiming = (record: PlayableRecord, step: number) => number;

/** idle: nothing left to play; playing: the clock runs; paused: the learner stopped it. */
export type PlayerStatus = 'idle' | 'playing' | 'paused';

/** Which record is on stage (-1 before the first) and which of its cues. */
export interface PlayerCursor {
  item: number;
  step: number;
}

export interface PlayerSlice {
  /** Played records (to step back into), the one on stage, then the queue; oldest first. */
  playlist: readonly PlayableRecord[];
  /** The world just before and just after each playlist record (the canvas draws the one on stage). */
  playlistViews: readonly StageViews[];
  /** How long a cue stays on stage at 1× (the UI sets one that leaves time to read its caption). */
  cueMs: CueTiming;
  setCueTiming(timing: CueTiming): void;
  cursor: PlayerCursor;
  playerStatus: PlayerStatus;
  speed: Speed;
  /** The learner's setting: cues appear in place, without motion (the OS setting also counts). */
  reducedMotion: boolean;
  /**
   * Whether calls play at all. Off, every record still joins the playlist (to step through
   * later) but the player rests at the newest one, and the canvas shows the world as it is.
   */
  animating: boolean;
  setAnimating(animating: boolean): void;
  /** Whether the keyboard shortcuts help is open. */
  shortcutsOpen: boolean;
  setShortcutsOpen(open: boolean): void;
  play(): void;
  pause(): void;
  togglePlay(): void;
  stepForward(): void;
  stepBack(): void;
  /** The record on stage from its first cue, playing. */
  replay(): void;
  /** Past the queue: the newest record, from its first cue. */
  skipToLatest(): void;
  /** Everything queued counts as played: the player rests after the last cue (a new run takes the stage). */
  finishPlayback(): void;
  setSpeed(speed: Speed): void;
  setReducedMotion(reduced: boolean): void;
  /** Local work (envelope encryption's own half) joins the playlist like a KMS record. */
  playLocal(record: LocalRecord): void;
}

const timelines = new WeakMap<PlayableRecord, Timeline>();
/** A record's timeline, computed once per record. */
export function timelineFor(record: PlayableRecord): Timeline {
  let timeline = timelines.get(record);
  if (!timeline) {
    timeline = timelineOf(record);
    timelines.set(record, timeline);
  }
  return timeline;
}

/** How long a cue lasts at 1×. */
export const cueDuration = (cue: Cue | undefined): number =>
  cue?.kind === 'travel' ? TRAVEL_MS : HIGHLIGHT_MS;

type PlayerView = Pick<PlayerSlice, 'playlist' | 'cursor'>;

/** The default timing: a cue lasts as long as its motion. */
export const motionTiming: CueTiming = (record, step) =>
  cueDuration(timelineFor(record).cues[step]);

/** How long the cue on stage lasts at the player's speed (a new record first takes a breath). */
export function stageDuration(state: PlayerView & Pick<PlayerSlice, 'speed' | 'cueMs'>): number {
  const stage = onStage(state);
  if (!stage) return 0;
  const breath = stage.step === 0 && state.cursor.item > 0 ? BETWEEN_RECORDS_MS : 0;
  return (state.cueMs(stage.record, stage.step) + breath) / state.speed;
}

/** The cue from which a record's change shows on the canvas: its first change of the world. */
export function changeStep(record: PlayableRecord): number {
  if (record.kind === 'local') return 0;
  const at = record.trace.findIndex(
    (s) =>
      s.type === 'change' ||
      (s.type === 'material' &&
        (s.action === 'generate' || s.action === 'rotate' || s.action === 'destroy')),
  );
  return at < 0 ? 0 : at;
}

/**
 * The world the canvas draws: the one around the cue on stage, so the picture never shows
 * a key disabled while the narration still checks that it is enabled. At rest after the
 * last record (or with nothing to play), the world as it is now.
 */
export function shownView(
  state: PlayerView & Pick<PlayerSlice, 'playlistViews' | 'playerStatus'> & { view: WorldView },
): WorldView {
  const { cursor, playlist } = state;
  const record = playlist[cursor.item];
  const views = state.playlistViews[cursor.item];
  if (!record || !views) return state.view;
  if (state.playerStatus === 'idle' && cursor.item === playlist.length - 1) return state.view;
  return cursor.step < changeStep(record) ? views.before : views.after;
}

/** The record on stage and its cue, if any. */
export function onStage(state: PlayerView) {
  const record = state.playlist[state.cursor.item];
  if (!record) return undefined;
  const timeline = timelineFor(record);
  return { record, timeline, cue: timeline.cues[state.cursor.step], step: state.cursor.step };
}

/**
 * The KMS key whose public key the party outside AWS holds in the picture on stage: the last
 * one handed out (`share-public-key`) up to the cue playing, so the canvas says it when the
 * hand-over plays, not before.
 */
export function publicKeyHeldOnStage(state: PlayerView): string | undefined {
  for (let i = Math.min(state.cursor.item, state.playlist.length - 1); i >= 0; i--) {
    const record = state.playlist[i];
    if (record?.kind === 'local' && record.action === 'share-public-key' && record.keyArn)
      return record.keyArn;
  }
  return undefined;
}

/** How many records wait after the one on stage. */
export const queuedCount = (state: PlayerView): number =>
  Math.max(0, state.playlist.length - state.cursor.item - 1);

const cueCount = (record: PlayableRecord) => Math.max(1, timelineFor(record).cues.length);

function nextCursor({ playlist, cursor }: PlayerView): PlayerCursor | undefined {
  const record = playlist[cursor.item];
  if (record && cursor.step + 1 < cueCount(record)) return { ...cursor, step: cursor.step + 1 };
  if (cursor.item + 1 < playlist.length) return { item: cursor.item + 1, step: 0 };
  return undefined;
}

function previousCursor({ playlist, cursor }: PlayerView): PlayerCursor | undefined {
  if (cursor.step > 0) return { ...cursor, step: cursor.step - 1 };
  const previous = playlist[cursor.item - 1];
  return previous ? { item: cursor.item - 1, step: cueCount(previous) - 1 } : undefined;
}

const isSpeed = (value: unknown): value is Speed => SPEEDS.includes(value as Speed);

type PlayerPrefs = Pick<PlayerSlice, 'speed' | 'reducedMotion' | 'animating'>;

function readPrefs(storage: PrefsStorage): PlayerPrefs {
  try {
    const saved: unknown = JSON.parse(storage.getItem(PLAYER_PREFS_KEY) ?? '{}');
    const { speed, reducedMotion, animating } = (saved ?? {}) as Record<string, unknown>;
    return {
      speed: isSpeed(speed) ? speed : 1,
      reducedMotion: reducedMotion === true,
      animating: animating !== false,
    };
  } catch {
    return { speed: 1, reducedMotion: false, animating: true };
  }
}

export function createPlayerSlice(kms: Kms, storage: PrefsStorage): SliceCreator<PlayerSlice> {
  return (set, get) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    /** When the running cue ends; on pause, how much of it was left. */
    let deadline = 0;
    let remaining: number | undefined;

    const stopClock = () => {
      clearTimeout(timer);
      timer = undefined;
    };
    const startClock = (ms?: number) => {
      stopClock();
      const state = get();
      if (state.playerStatus !== 'playing') return;
      if (!onStage(state)) return;
      const wait = ms ?? stageDuration(state);
      deadline = Date.now() + wait;
      remaining = undefined;
      timer = setTimeout(tick, wait);
    };
    const tick = () => {
      timer = undefined;
      const state = get();
      if (state.playerStatus !== 'playing') return;
      const next = nextCursor(state);
      if (next) {
        set({ cursor: next });
        startClock();
      } else set({ playerStatus: 'idle' });
    };
    /** Move by hand: the clock stops where the learner put the cursor. */
    const moveTo = (cursor: PlayerCursor | undefined) => {
      stopClock();
      remaining = undefined;
      set({ ...(cursor ? { cursor } : {}), playerStatus: 'paused' });
    };
    const savePrefs = () => {
      const { speed, reducedMotion, animating } = get();
      storage.setItem(PLAYER_PREFS_KEY, JSON.stringify({ speed, reducedMotion, animating }));
    };

    const enqueue = (record: PlayableRecord) => {
      // A world being reset or a sample being built is setup, not something the learner did;
      // neither is a read a view makes to show something.
      if (get().worldBusy || (record.kind !== 'local' && isBackgroundRead(record))) return;
      const state = get();
      // The world slice has already taken this record in: `view` is the world after it.
      const changed = record.kind !== 'local' && changesWorld(record);
      const views = { before: changed ? state.previousView : state.view, after: state.view };
      let playlist = [...state.playlist, record];
      let playlistViews = [...state.playlistViews, views];
      let cursor = state.cursor;
      const overflow = playlist.length - PLAYLIST_LIMIT;
      if (overflow > 0) {
        playlist = playlist.slice(overflow);
        playlistViews = playlistViews.slice(overflow);
        cursor =
          cursor.item >= overflow
            ? { item: cursor.item - overflow, step: cursor.step }
            : { item: 0, step: 0 };
      }
      if (!state.animating) {
        const last = playlist.length - 1;
        set({
          playlist,
          playlistViews,
          cursor: { item: last, step: cueCount(record) - 1 },
          playerStatus: 'idle',
        });
        return;
      }
      // Nothing playing, or paused on the very last cue: the new record plays now. Paused
      // further back, the learner is reading history: it waits.
      const atTheEnd = state.playerStatus === 'paused' && !nextCursor(state);
      if (state.playerStatus === 'idle' || atTheEnd) {
        set({
          playlist,
          playlistViews,
          cursor: { item: playlist.length - 1, step: 0 },
          playerStatus: 'playing',
        });
        startClock();
      } else set({ playlist, playlistViews, cursor });
    };
    kms.subscribe(enqueue);

    return {
      playlist: [],
      playlistViews: [],
      cueMs: motionTiming,
      setCueTiming: (cueMs) => set({ cueMs }),
      cursor: { item: -1, step: 0 },
      playerStatus: 'idle',
      ...readPrefs(storage),
      shortcutsOpen: false,
      setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),

      play() {
        const state = get();
        if (state.playerStatus === 'playing' || !onStage(state)) return;
        if (state.playerStatus === 'idle') return get().replay();
        set({ playerStatus: 'playing' });
        startClock(remaining);
      },
      pause() {
        if (get().playerStatus !== 'playing') return;
        remaining = Math.max(0, deadline - Date.now());
        stopClock();
        set({ playerStatus: 'paused' });
        // `remaining` survives the set above: resuming finishes the cue, not restarts it.
      },
      togglePlay() {
        if (get().playerStatus === 'playing') get().pause();
        else get().play();
      },
      stepForward: () => moveTo(nextCursor(get())),
      stepBack: () => moveTo(previousCursor(get())),
      replay() {
        const { cursor, playlist } = get();
        if (!playlist[cursor.item]) return;
        set({ cursor: { item: cursor.item, step: 0 }, playerStatus: 'playing' });
        startClock();
      },
      skipToLatest() {
        const { playlist } = get();
        if (playlist.length === 0) return;
        set({ cursor: { item: playlist.length - 1, step: 0 }, playerStatus: 'playing' });
        startClock();
      },
      finishPlayback() {
        const { playlist } = get();
        const last = playlist.at(-1);
        stopClock();
        remaining = undefined;
        if (!last) return;
        set({
          cursor: { item: playlist.length - 1, step: cueCount(last) - 1 },
          playerStatus: 'idle',
        });
      },
      setSpeed(speed) {
        const previous = get().speed;
        set({ speed });
        savePrefs();
        // The running cue keeps its progress: what is left of it, at the new speed.
        if (timer) startClock(Math.max(0, deadline - Date.now()) * (previous / speed));
        else if (remaining !== undefined) remaining *= previous / speed;
      },
      setAnimating(animating) {
        set({ animating });
        savePrefs();
        if (!animating) get().finishPlayback();
      },
      setReducedMotion(reducedMotion) {
        set({ reducedMotion });
        savePrefs();
      },
      playLocal: enqueue,
    };
  };
}
