import { createStore, type StoreApi } from 'zustand/vanilla';
import { createKms, type Kms, type RegionCode } from '../engine';
import { createActingSlice } from './actingSlice';
import type { AppState } from './appState';
import { createCanvasSlice } from './canvasSlice';
import { createCloudHsmSlice } from './cloudHsmSlice';
import { createInspectorSlice } from './inspectorSlice';
import { createImportSlice } from './importSlice';
import { createOutsideSlice } from './outsideSlice';
import { createPlayerSlice } from './playerSlice';
import { createPresenterSlice } from './presenterSlice';
import { createPlaygroundSlice } from './playgroundSlice';
import type { WorldDb } from './persistence';
import { createPrefsSlice } from './prefsSlice';
import { safeStorage, type PrefsStorage } from './prefsStorage';
import { createSavedWorldSlice } from './savedWorldSlice';
import { createServicesSlice } from './servicesSlice';
import { createTimeSlice } from './timeSlice';
import { createViewsSlice } from './viewsSlice';
import { createWorldSlice } from './worldSlice';

export interface AppStoreOptions {
  /** The engine to drive; a fresh one by default. */
  kms?: Kms;
  /** Where preferences live (localStorage in the browser). Nothing is kept without one. */
  storage?: PrefsStorage;
  /** The browser's language tag (navigator.language), for the first visit. */
  browserLanguage?: string;
  /** The Region selected at first. */
  region?: RegionCode;
  /** Where the world is saved (IndexedDB in the browser). Nothing is saved without one. */
  worldDb?: Promise<WorldDb>;
  /** Open in presenter mode (the address asked for it: `?present`). */
  presenting?: boolean;
}

export type AppStore = StoreApi<AppState>;

/** One store for the whole app, built from its slices. */
export function createAppStore(options: AppStoreOptions = {}): AppStore {
  const kms = options.kms ?? createKms();
  const storage = safeStorage(options.storage);
  return createStore<AppState>()((...a) => ({
    ...createWorldSlice(kms)(...a),
    ...createCanvasSlice(...a),
    ...createPrefsSlice(storage, options.browserLanguage)(...a),
    ...createPlaygroundSlice(options.region)(...a),
    ...createInspectorSlice(...a),
    ...createTimeSlice(...a),
    ...createSavedWorldSlice(options.worldDb, storage)(...a),
    ...createPlayerSlice(kms, storage)(...a),
    ...createPresenterSlice(options.presenting ?? false)(...a),
    ...createViewsSlice(...a),
    ...createOutsideSlice(...a),
    ...createImportSlice(...a),
    ...createActingSlice(storage)(...a),
    ...createServicesSlice(...a),
    ...createCloudHsmSlice(...a),
  }));
}
