import { describe, expect, it } from 'vitest';
import { fromBase64, fromHex, isBytes, toBase64, toHex } from './bytes';

describe('byte helpers', () => {
  it('round-trips hex and base64 for every byte value', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(fromHex(toHex(all))).toEqual(all);
    expect(toHex(new Uint8Array([0, 15, 16, 255]))).toBe('000f10ff');
    expect(fromHex('0A0b')).toEqual(new Uint8Array([10, 11]));
    expect(fromBase64(toBase64(all))).toEqual(all);
    expect(toBase64(all)).toBe(Buffer.from(all).toString('base64'));
  });

  it('accepts only strict, padded base64', () => {
    for (const bad of ['abc', 'ab=c', 'a b=', '****', 'YQ', 'YQ==='])
      expect(fromBase64(bad)).toBeUndefined();
    expect(fromBase64('')).toEqual(new Uint8Array());
    expect(fromBase64('YQ==')).toEqual(new Uint8Array([97]));
  });
});

describe('isBytes', () => {
  it('recognizes byte arrays from another realm, and nothing else', async () => {
    const { runInNewContext } = await import('node:vm');
    const foreign: unknown = runInNewContext('new Uint8Array([1, 2])');
    expect(foreign instanceof Uint8Array).toBe(false);
    expect(isBytes(foreign)).toBe(true);
    expect(isBytes(new Uint8Array(1))).toBe(true);
    for (const other of [
      new Uint16Array(1),
      new DataView(new ArrayBuffer(1)),
      [1, 2],
      'ab',
      null,
    ]) {
      expect(isBytes(other)).toBe(false);
    }
  });
});
