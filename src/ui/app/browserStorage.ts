import type { PrefsStorage } from '../../store';

/** localStorage, or nothing where the browser refuses it (reading it can throw). */
export function browserStorage(): PrefsStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
