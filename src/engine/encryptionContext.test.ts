import { describe, expect, it } from 'vitest';
import { canonicalContext } from './encryptionContext';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('canonicalContext', () => {
  it('ignores order and treats an empty map as none', () => {
    expect(hex(canonicalContext({ a: '1', b: '2' }))).toBe(
      hex(canonicalContext({ b: '2', a: '1' })),
    );
    expect(canonicalContext({})).toHaveLength(0);
    expect(canonicalContext(undefined)).toHaveLength(0);
  });

  it('is case-sensitive and cannot be confused by separators inside values', () => {
    expect(hex(canonicalContext({ a: 'x' }))).not.toBe(hex(canonicalContext({ A: 'x' })));
    expect(hex(canonicalContext({ a: 'b,c' }))).not.toBe(hex(canonicalContext({ a: 'b', c: '' })));
  });
});
