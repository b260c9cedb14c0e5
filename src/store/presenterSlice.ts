import type { SliceCreator } from './appState';

/**
 * Presenter mode, for a classroom: the canvas and the narration fill the screen in large
 * type and high contrast, editing panels hidden, driven from the keyboard or a presenter
 * remote. Opened by a button, the `p` key, or `?present` in the address.
 */
export interface PresenterSlice {
  presenting: boolean;
  setPresenting(presenting: boolean): void;
}

export function createPresenterSlice(presentingAtStart: boolean): SliceCreator<PresenterSlice> {
  return (set) => ({
    presenting: presentingAtStart,
    setPresenting: (presenting) => set({ presenting }),
  });
}
