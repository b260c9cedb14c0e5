/** Where preferences are kept: localStorage in the browser, anything alike in tests. */
export interface PrefsStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const LANGUAGE_KEY = 'kmslab.language';

/** A storage that never throws (private mode, quota, disabled storage): it just forgets. */
export function safeStorage(storage: PrefsStorage | undefined): PrefsStorage {
  return {
    getItem(key) {
      try {
        return storage?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    setItem(key, value) {
      try {
        storage?.setItem(key, value);
      } catch {
        // Not remembered this time; the app works on.
      }
    },
  };
}

/** In-memory storage, for tests and for places without localStorage. */
export function memoryStorage(initial: Record<string, string> = {}): PrefsStorage {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
  };
}
