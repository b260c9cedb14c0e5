import { describe, expect, it } from 'vitest';
import { encodeHeader, parseCiphertext } from './ciphertext';
import { concatBytes, toHex } from './crypto/bytes';

const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';
const MATERIAL = 'ab'.repeat(32);

describe('ciphertext format v1', () => {
  it('names the key and the version of its material', () => {
    const blob = concatBytes(
      encodeHeader(KEY_ID, MATERIAL),
      new Uint8Array(12).fill(7),
      new Uint8Array(20).fill(9),
    );
    const parts = parseCiphertext(blob)!;
    expect(parts.keyId).toBe(KEY_ID);
    expect(parts.materialId).toBe(MATERIAL);
    expect(toHex(parts.iv)).toBe('07'.repeat(12));
    expect(parts.sealed).toHaveLength(20);
    expect(parts.header).toHaveLength(2 + KEY_ID.length + 32);
  });

  it('refuses blobs that cannot be one: other version, empty id, too short', () => {
    const good = concatBytes(encodeHeader(KEY_ID, MATERIAL), new Uint8Array(28));
    expect(parseCiphertext(good)).toBeDefined();
    expect(parseCiphertext(good.slice(0, good.length - 1))).toBeUndefined();
    expect(parseCiphertext(concatBytes(new Uint8Array([2]), good.subarray(1)))).toBeUndefined();
    expect(parseCiphertext(new Uint8Array([1, 0]))).toBeUndefined();
    expect(parseCiphertext(new Uint8Array())).toBeUndefined();
  });
});
