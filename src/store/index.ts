export type { AppState } from './appState';
export { createAppStore, type AppStore, type AppStoreOptions } from './createAppStore';
export { canvasLayout, type CanvasLayout, type CanvasSlice } from './canvasSlice';
export { browserLanguage, isLanguage, type Language } from './language';
export type {
  Decrypted,
  Encrypted,
  EncryptionContext,
  PlaygroundFailure,
  PlaygroundOperation,
  PlaygroundSlice,
} from './playgroundSlice';
export type { PrefsSlice } from './prefsSlice';
export { LANGUAGE_KEY, memoryStorage, type PrefsStorage } from './prefsStorage';
export { RECORD_LIMIT, type WorldSlice } from './worldSlice';
export { ACTING_AS_KEY, type ActingSlice, type IamFailure } from './actingSlice';
export { SERVICE_WORK_ACTION, type ServicesSlice } from './servicesSlice';
export {
  validKmsUserPassword,
  type CloudHsmFailure,
  type CloudHsmOutcome,
  type CloudHsmReason,
  type CloudHsmSlice,
} from './cloudHsmSlice';
/** Blobs as the AWS CLI prints them, for views (the engine's own encoder). */
export { fromBase64, toBase64 } from '../engine';
export {
  DAY_MS,
  HOUR_MS,
  selectUpcoming,
  type TimeAdvance,
  type TimeEvent,
  type TimeSlice,
} from './timeSlice';
export type { SaveStatus, SavedWorldSlice, UnreadableNotice } from './savedWorldSlice';
export { PRESETS, type Preset, type SampleTexts } from './presets';
export { openWorldDb, type WorldDb } from './persistence';
export {
  changeStep,
  cueDuration,
  motionTiming,
  onStage,
  publicKeyHeldOnStage,
  shownView,
  queuedCount,
  SPEEDS,
  timelineFor,
  type CueTiming,
  type PlayerCursor,
  type PlayerSlice,
  type PlayerStatus,
  type Speed,
  type StageViews,
} from './playerSlice';
export {
  keyTypeCounts,
  NAMED_VIEWS,
  type NamedView,
  type NamedViewId,
  type ViewOutcome,
} from './namedViews';
export type { ViewsSlice } from './viewsSlice';
export type { PresenterSlice } from './presenterSlice';
export type { HeldPublicKey, OutsideFailure, OutsideSlice, OutsideStep } from './outsideSlice';
export {
  encryptLimit,
  isPublicKeyEncryption,
  isRawSigningAlgorithm,
  PAIR_SPECS,
  type PairUsage,
  type PublicKeyEncryption,
  type RawSigningAlgorithm,
} from './outside/algorithms';
export { pemOf } from './outside/pem';
export type {
  HeldImportParameters,
  ImportFailure,
  ImportSlice,
  ImportStep,
  MaterialExpiration,
  WrappedMaterial,
} from './importSlice';
// The import workstation's values load with its section: import them from their files.
export type { WrappingAlgorithm, WrappingKeySpec } from './outside/importAlgorithms';
export type { MaterialRefusal, ValidToRefusal } from './outside/materialInput';
export { preloadEngine } from './preloadEngine';
