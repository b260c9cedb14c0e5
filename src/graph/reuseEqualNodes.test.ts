import { describe, expect, it } from 'vitest';
import { reuseEqualNodes } from './reuseEqualNodes';

describe('reuseEqualNodes', () => {
  it('keeps the previous object of every unchanged node, and the array when nothing changed', () => {
    const a = { id: 'a', position: { x: 1, y: 2 } };
    const b = { id: 'b', position: { x: 3, y: 4 } };
    const prev = [a, b];
    expect(reuseEqualNodes(prev, [{ ...a }, { ...b }])).toBe(prev);
    const next = reuseEqualNodes(prev, [{ ...a }, { id: 'b', position: { x: 9, y: 4 } }]);
    expect(next[0]).toBe(a);
    expect(next[1]).not.toBe(b);
    expect(reuseEqualNodes(prev, [{ ...a }])).toEqual([a]);
  });
});
