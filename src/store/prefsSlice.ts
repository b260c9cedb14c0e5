import type { SliceCreator } from './appState';
import { browserLanguage, isLanguage, type Language } from './language';
import { LANGUAGE_KEY, type PrefsStorage } from './prefsStorage';

export interface PrefsSlice {
  /** The language the user reads: their own choice, else the browser's. */
  language: Language;
  /** The user's choice, remembered for next time. */
  setLanguage(language: Language): void;
}

export function createPrefsSlice(
  storage: PrefsStorage,
  browserTag: string | undefined,
): SliceCreator<PrefsSlice> {
  const stored = storage.getItem(LANGUAGE_KEY);
  return (set) => ({
    language: isLanguage(stored) ? stored : browserLanguage(browserTag),
    setLanguage(language) {
      storage.setItem(LANGUAGE_KEY, language);
      set({ language });
    },
  });
}
