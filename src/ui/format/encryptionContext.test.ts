import { describe, expect, it } from 'vitest';
import { contextOf, EMPTY_PAIR, pairOf } from './encryptionContext';

describe('encryption context pair', () => {
  it('is no context when the key is blank', () => {
    expect(contextOf(EMPTY_PAIR)).toBeUndefined();
    expect(contextOf({ name: '  ', value: 'x' })).toBeUndefined();
  });

  it('round-trips one entry', () => {
    const context = contextOf({ name: ' purpose ', value: 'demo' });
    expect(context).toEqual({ purpose: 'demo' });
    expect(pairOf(context)).toEqual({ name: 'purpose', value: 'demo' });
    expect(pairOf(undefined)).toEqual(EMPTY_PAIR);
  });
});
