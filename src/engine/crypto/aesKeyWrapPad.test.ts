import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from './bytes';
import { aesKeyUnwrapPad, aesKeyWrapPad } from './aesKeyWrapPad';

/** RFC 5649 §6: the two examples, both under the same 192-bit KEK. */
const KEK = fromHex('5840df6e29b02af1ab493b705bf16ea1ae8338f4dcc176a8');
const VECTORS = [
  {
    key: 'c37b7e6492584340bed12207808941155068f738',
    wrapped: '138bdeaa9b8fa7fc61f97742e72248ee5ae6ae5360d1ae6a5f54f373fa543b6a',
  },
  { key: '466f7250617369', wrapped: 'afbeb0f07dfbf5419200f2ccb50bb24f' },
];

/** RFC 5649's alternative IV's fixed half: OpenSSL wants it spelled out. */
const AIV = Buffer.from('a65959a6', 'hex');

/** Node's (OpenSSL's) RFC 5649 cipher, the interop reference. */
function nodeWrap(kek: Uint8Array, plaintext: Uint8Array): Uint8Array {
  const cipher = createCipheriv(`id-aes${kek.length * 8}-wrap-pad`, kek, AIV);
  return new Uint8Array(Buffer.concat([cipher.update(plaintext), cipher.final()]));
}

describe('AES key wrap with padding (RFC 5649)', () => {
  it.each(VECTORS)('wraps and unwraps RFC 5649 §6 key $key', async ({ key, wrapped }) => {
    expect(toHex(await aesKeyWrapPad(KEK, fromHex(key)))).toBe(wrapped);
    expect(toHex((await aesKeyUnwrapPad(KEK, fromHex(wrapped)))!)).toBe(key);
  });

  it.each([1, 7, 8, 9, 16, 31, 32, 33, 64, 121, 1218])(
    'agrees with Node id-aes256-wrap-pad both ways for %i bytes',
    async (length) => {
      const kek = new Uint8Array(randomBytes(32));
      const material = new Uint8Array(randomBytes(length));
      const byNode = nodeWrap(kek, material);
      expect(toHex(await aesKeyWrapPad(kek, material))).toBe(toHex(byNode));
      expect(await aesKeyUnwrapPad(kek, byNode)).toEqual(material);
      const decipher = createDecipheriv('id-aes256-wrap-pad', kek, AIV);
      const back = Buffer.concat([
        decipher.update(await aesKeyWrapPad(kek, material)),
        decipher.final(),
      ]);
      expect(new Uint8Array(back)).toEqual(material);
    },
  );

  it('refuses a changed byte, the wrong key and a bad length', async () => {
    const kek = new Uint8Array(randomBytes(32));
    const material = new Uint8Array(randomBytes(32));
    const wrapped = await aesKeyWrapPad(kek, material);
    const changed = wrapped.slice();
    changed[10]! ^= 1;
    expect(await aesKeyUnwrapPad(kek, changed)).toBeUndefined();
    expect(await aesKeyUnwrapPad(new Uint8Array(randomBytes(32)), wrapped)).toBeUndefined();
    expect(await aesKeyUnwrapPad(kek, wrapped.subarray(0, 20))).toBeUndefined();
    expect(await aesKeyUnwrapPad(kek, wrapped.subarray(0, 8))).toBeUndefined();
  });

  it('refuses RFC 3394 output (the fixed IV is not RFC 5649 AIV)', async () => {
    const kek = new Uint8Array(randomBytes(32));
    const cipher = createCipheriv('id-aes256-wrap', kek, Buffer.alloc(8, 0xa6));
    const rfc3394 = Buffer.concat([cipher.update(randomBytes(32)), cipher.final()]);
    expect(await aesKeyUnwrapPad(kek, new Uint8Array(rfc3394))).toBeUndefined();
  });
});
