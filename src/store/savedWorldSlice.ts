/**
 * The world that survives a reload: load it at start, save it after every change
 * (debounced), start over from a preset, and keep what could not be read for export.
 * Storage itself is in ./persistence (framework-free); this slice ties it to the store.
 */
import { createKms } from '../engine';
import type { AppState, SliceCreator } from './appState';
import { canvasLayout } from './canvasSlice';
import { isLanguage } from './language';
import {
  createSaver,
  loadWorld,
  saveWorld,
  unreadableFileName,
  unreadableFileText,
  type SavedPart,
  type WorldDb,
} from './persistence';
import { PLAYER_PREFS_FIELDS } from './playerSlice';
import { buildSample, type Preset, type SampleTexts } from './presets';
import { LANGUAGE_KEY, type PrefsStorage } from './prefsStorage';

/** off: nothing is kept (no IndexedDB here). */
export type SaveStatus = 'off' | 'idle' | 'saving' | 'saved' | 'failed';

/** A saved world found unreadable, kept in this browser until the user discards it. */
export interface UnreadableNotice {
  id: number;
  /** Real time it was found, epoch ms. */
  foundAt: number;
  /** Why (in English, as the engine or the browser said it). */
  reason: string;
}

export interface SavedWorldSlice {
  saveStatus: SaveStatus;
  /** Real time of the last successful save, epoch ms. */
  savedAt: number | undefined;
  /** Unreadable saved worlds kept here, oldest first. */
  unreadable: readonly UnreadableNotice[];
  /** Set when this start found the saved world unreadable: the app says so. */
  bootNotice: UnreadableNotice | undefined;
  /** True while the world is being replaced (reset, preset). */
  worldBusy: boolean;
  /** Loads the saved world (once, before the first render), then saves after each change. */
  loadSavedWorld(): Promise<'off' | 'empty' | 'restored' | 'unreadable'>;
  /** Saves now what is waiting (the page is being hidden). */
  saveNow(): Promise<void>;
  /** Replaces the whole world with a fresh one: an empty account or the sample. Keeps preferences. */
  resetWorld(preset: Preset, texts?: SampleTexts): Promise<void>;
  /** An unreadable copy as a file: its name and JSON text. */
  exportUnreadable(id: number): Promise<{ name: string; text: string } | undefined>;
  discardUnreadable(id: number): Promise<void>;
  dismissBootNotice(): void;
}

/** Preferences saved with the world (the language also lives in localStorage: see ARCHITECTURE). */
export const SAVED_PREFS_FIELDS = ['language'] as const;
/** This slice's own fields: never reset with the world. */
const OWN_FIELDS = ['saveStatus', 'savedAt', 'unreadable', 'bootNotice', 'worldBusy'];

const pick = (state: AppState, fields: readonly string[]): SavedPart => {
  const all = state as unknown as Record<string, unknown>;
  return Object.fromEntries(fields.filter((f) => f in all).map((f) => [f, all[f]]));
};

/** True when any saved field (the canvas layout's, the preferences') changed. */
const savedFieldsChanged = (state: AppState, previous: AppState): boolean => {
  const layout = canvasLayout(state) as unknown as Record<string, unknown>;
  const before = canvasLayout(previous) as unknown as Record<string, unknown>;
  return (
    Object.keys(layout).some((f) => layout[f] !== before[f]) ||
    SAVED_PREFS_FIELDS.some((f) => state[f] !== previous[f])
  );
};

const noticeOf = ({ id, foundAt, reason }: UnreadableNotice): UnreadableNotice => ({
  id,
  foundAt,
  reason,
});

export function createSavedWorldSlice(
  database: Promise<WorldDb> | undefined,
  storage: PrefsStorage,
): SliceCreator<SavedWorldSlice> {
  return (set, get, api) => {
    let db: WorldDb | undefined;
    let loading: ReturnType<SavedWorldSlice['loadSavedWorld']> | undefined;

    const save = async () => {
      if (!db) return;
      set({ saveStatus: 'saving' });
      try {
        const state = get();
        await saveWorld(db, state.kms, {
          canvas: { ...canvasLayout(state) },
          prefs: pick(state, SAVED_PREFS_FIELDS),
        });
        set({ saveStatus: 'saved', savedAt: Date.now() });
      } catch {
        set({ saveStatus: 'failed' });
      }
    };
    const saver = createSaver(save, 300);

    const watchChanges = () =>
      api.subscribe((state, previous) => {
        if (state.worldBusy) return;
        // Every record counts, reads included: their CloudTrail events are part of the world.
        const changed = state.records !== previous.records || state.view !== previous.view;
        if (changed || savedFieldsChanged(state, previous)) saver.schedule();
      });

    const load = async (): Promise<'off' | 'empty' | 'restored' | 'unreadable'> => {
      try {
        db = await database;
      } catch {
        db = undefined;
      }
      if (!db) {
        set({ saveStatus: 'off' });
        return 'off';
      }
      let kind: 'empty' | 'restored' | 'unreadable';
      try {
        const result = await loadWorld(db, get().kms);
        kind = result.kind;
        if (result.kind === 'restored') {
          const state = get();
          // localStorage holds the language the user last chose; the saved world's copy
          // only fills in when that is gone.
          const savedLanguage = result.prefs.language;
          if (storage.getItem(LANGUAGE_KEY) === null && isLanguage(savedLanguage)) {
            state.setLanguage(savedLanguage);
          }
          state.setCanvasLayout(result.canvas);
          set({
            view: state.kms.view(),
            records: [],
            savedAt: result.savedAt,
            saveStatus: 'saved',
          });
          get().selectRegion(get().selectedRegion);
        } else if (result.kind === 'unreadable') {
          set({ bootNotice: noticeOf(result.copy), saveStatus: 'idle' });
        } else {
          set({ saveStatus: 'idle' });
        }
        set({ unreadable: (await db.listUnreadable()).map(noticeOf) });
      } catch {
        // The database answered the open but not the read: work on, try saving later.
        kind = 'empty';
        set({ saveStatus: 'failed' });
      }
      watchChanges();
      return kind;
    };

    return {
      saveStatus: database ? 'idle' : 'off',
      savedAt: undefined,
      unreadable: [],
      bootNotice: undefined,
      worldBusy: false,

      loadSavedWorld() {
        loading ??= load();
        return loading;
      },

      saveNow: () => saver.flush(),

      async resetWorld(preset, texts) {
        const { kms } = get();
        set({ worldBusy: true });
        try {
          const fresh = await createKms({ accountId: kms.accountId }).snapshot();
          await kms.restore(fresh);
          // Every other field back to how the app started; preferences and saving stay.
          const keep = new Set([
            'kms',
            'view',
            ...SAVED_PREFS_FIELDS,
            ...OWN_FIELDS,
            ...PLAYER_PREFS_FIELDS,
          ]);
          const initial = Object.entries(api.getInitialState()).filter(
            ([field, value]) => typeof value !== 'function' && !keep.has(field),
          );
          set({ ...(Object.fromEntries(initial) as Partial<AppState>), view: kms.view() });
          if (preset === 'sample') await buildSample(kms, texts);
          get().selectRegion(get().selectedRegion);
        } finally {
          // Saved even when building the sample failed: the reset itself has happened.
          set({ worldBusy: false });
          saver.schedule();
          await saver.flush();
        }
      },

      async exportUnreadable(id) {
        const copy = (await db?.listUnreadable())?.find((entry) => entry.id === id);
        return copy && { name: unreadableFileName(copy), text: unreadableFileText(copy) };
      },

      async discardUnreadable(id) {
        await db?.deleteUnreadable(id);
        set((state) => ({
          unreadable: state.unreadable.filter((n) => n.id !== id),
          bootNotice: state.bootNotice?.id === id ? undefined : state.bootNotice,
        }));
      },

      dismissBootNotice: () => set({ bootNotice: undefined }),
    };
  };
}
