import type { StateCreator } from 'zustand';
import type { ActingSlice } from './actingSlice';
import type { CanvasSlice } from './canvasSlice';
import type { CloudHsmSlice } from './cloudHsmSlice';
import type { ImportSlice } from './importSlice';
import type { InspectorSlice } from './inspectorSlice';
import type { OutsideSlice } from './outsideSlice';
import type { PlayerSlice } from './playerSlice';
import type { PresenterSlice } from './presenterSlice';
import type { PlaygroundSlice } from './playgroundSlice';
import type { PrefsSlice } from './prefsSlice';
import type { SavedWorldSlice } from './savedWorldSlice';
import type { ServicesSlice } from './servicesSlice';
import type { TimeSlice } from './timeSlice';
import type { ViewsSlice } from './viewsSlice';
import type { WorldSlice } from './worldSlice';

/** The whole app state: the slices side by side. */
export type AppState = WorldSlice &
  CanvasSlice &
  PrefsSlice &
  PlaygroundSlice &
  InspectorSlice &
  TimeSlice &
  SavedWorldSlice &
  PlayerSlice &
  PresenterSlice &
  ViewsSlice &
  OutsideSlice &
  ImportSlice &
  ActingSlice &
  ServicesSlice &
  CloudHsmSlice;

/** A slice creator that sees (and may read) the whole state. */
export type SliceCreator<Slice> = StateCreator<AppState, [], [], Slice>;
