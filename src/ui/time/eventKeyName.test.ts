import { describe, expect, it } from 'vitest';
import { formatDate, formatRelative } from '../format/dates';
import { eventKeyName } from './eventKeyName';

const DAY = 24 * 3600_000;

describe('how the clock reads', () => {
  it('writes simulated dates in UTC, in the reader’s language', () => {
    const at = Date.UTC(2026, 2, 12, 10, 4);
    expect(formatDate('en', at)).toBe('Mar 12, 2026, 10:04 AM UTC');
    expect(formatDate('es', at)).toMatch(/^12 mar 2026, 10:04 UTC$/);
  });

  it('says how far an event is in the largest whole unit', () => {
    expect(formatRelative('es', 7 * DAY, 0)).toBe('dentro de 7 días');
    expect(formatRelative('en', 365 * DAY, 0)).toBe('next year');
    expect(formatRelative('en', 2 * 3600_000, 0)).toBe('in 2 hours');
    expect(formatRelative('en', 0, 0)).toBe('this minute');
  });

  it('names a key by its alias and short id, or the short id alone', () => {
    const keyId = '1234abcd-12ab-34cd-56ef-1234567890ab';
    expect(eventKeyName({ keyId, aliases: ['alias/b', 'alias/a'] })).toBe('alias/a (1234abcd…)');
    expect(eventKeyName({ keyId, aliases: [] })).toBe('1234abcd…');
  });
});
