import { describe, expect, it } from 'vitest';
import { keyLabel, shortKeyId } from './keyLabel';

describe('keyLabel', () => {
  it('shortens a key id to its first 8 characters', () => {
    expect(shortKeyId('1234abcd-12ab-34cd-56ef-1234567890ab')).toBe('1234abcd…');
    expect(shortKeyId('short')).toBe('short');
  });

  it('prefers the alphabetically first alias', () => {
    expect(keyLabel({ keyId: '1234abcd-0000', aliases: ['alias/b', 'alias/a'] })).toBe('alias/a');
    expect(keyLabel({ keyId: '1234abcd-0000', aliases: [] })).toBe('1234abcd…');
  });
});
