import { describe, expect, it } from 'vitest';
import { EXCEPTION_STATUS } from '../../engine/errors';
import { en, es } from '../../i18n';
import { errorKey } from './errorKey';

describe('errorKey', () => {
  it('explains every exception the engine can raise, in both languages', () => {
    for (const name of Object.keys(EXCEPTION_STATUS)) {
      expect(errorKey(name), name).toBe(name);
      expect(es.errors.explain[errorKey(name)], name).toMatch(/\S/);
      expect(en.errors.explain[errorKey(name)], name).toMatch(/\S/);
    }
  });

  it('falls back to a general explanation', () => {
    expect(errorKey('SomethingNewException')).toBe('unknown');
    expect(errorKey('toString')).toBe('unknown');
  });
});
