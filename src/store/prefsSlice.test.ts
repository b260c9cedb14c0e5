import { describe, expect, it } from 'vitest';
import { createAppStore } from './createAppStore';
import { browserLanguage } from './language';
import { LANGUAGE_KEY, memoryStorage, type PrefsStorage } from './prefsStorage';

describe('language preference', () => {
  it('follows the browser at first: Spanish for any es-*, else English', () => {
    expect(browserLanguage('es')).toBe('es');
    expect(browserLanguage('es-419')).toBe('es');
    expect(browserLanguage('ES-es')).toBe('es');
    expect(browserLanguage('en-US')).toBe('en');
    expect(browserLanguage('pt-BR')).toBe('en');
    expect(browserLanguage(undefined)).toBe('en');
    expect(createAppStore({ browserLanguage: 'es-MX' }).getState().language).toBe('es');
    expect(createAppStore({ browserLanguage: 'fr-FR' }).getState().language).toBe('en');
  });

  it('then follows the user’s choice, remembered in storage', () => {
    const storage = memoryStorage();
    const store = createAppStore({ storage, browserLanguage: 'es-ES' });
    expect(storage.getItem(LANGUAGE_KEY)).toBeNull();
    store.getState().setLanguage('en');
    expect(store.getState().language).toBe('en');
    expect(storage.getItem(LANGUAGE_KEY)).toBe('en');
    expect(createAppStore({ storage, browserLanguage: 'es-ES' }).getState().language).toBe('en');
  });

  it('ignores a stored value that is not a language', () => {
    const storage = memoryStorage({ [LANGUAGE_KEY]: 'klingon' });
    expect(createAppStore({ storage, browserLanguage: 'es' }).getState().language).toBe('es');
  });

  it('works on when storage throws', () => {
    const broken: PrefsStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    const store = createAppStore({ storage: broken, browserLanguage: 'en-GB' });
    expect(store.getState().language).toBe('en');
    store.getState().setLanguage('es');
    expect(store.getState().language).toBe('es');
  });
});
