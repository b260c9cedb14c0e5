import { describe, expect, it } from 'vitest';
import { plainEqual } from './plainEqual';

describe('plainEqual', () => {
  it('compares primitives, arrays and objects by value', () => {
    expect(plainEqual(1, 1)).toBe(true);
    expect(plainEqual(NaN, NaN)).toBe(true);
    expect(plainEqual('a', 'b')).toBe(false);
    expect(plainEqual(null, {})).toBe(false);
    expect(plainEqual([1, [2]], [1, [2]])).toBe(true);
    expect(plainEqual([1, 2], [1])).toBe(false);
    expect(plainEqual([], {})).toBe(false);
    expect(plainEqual({ a: 1, b: { c: ['x'] } }, { b: { c: ['x'] }, a: 1 })).toBe(true);
    expect(plainEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(plainEqual({ a: undefined }, { b: undefined })).toBe(false);
  });
});
