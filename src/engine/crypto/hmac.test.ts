import { createHmac } from 'node:crypto';
import type { MacAlgorithmSpec } from '@aws-sdk/client-kms';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromHex, toHex, utf8 } from './bytes';
import { computeHmac, MAC_ALGORITHMS, verifyHmac } from './hmac';

const ALGORITHMS = Object.keys(MAC_ALGORITHMS) as MacAlgorithmSpec[];
const NODE_HASH: Record<MacAlgorithmSpec, string> = {
  HMAC_SHA_224: 'sha224',
  HMAC_SHA_256: 'sha256',
  HMAC_SHA_384: 'sha384',
  HMAC_SHA_512: 'sha512',
};

/** RFC 4231 test cases 1, 2 and 6 (a key longer than the hash block). */
const RFC_4231: { key: Uint8Array; data: Uint8Array; macs: Record<MacAlgorithmSpec, string> }[] = [
  {
    key: new Uint8Array(20).fill(0x0b),
    data: utf8('Hi There'),
    macs: {
      HMAC_SHA_224: '896fb1128abbdf196832107cd49df33f47b4b1169912ba4f53684b22',
      HMAC_SHA_256: 'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7',
      HMAC_SHA_384:
        'afd03944d84895626b0825f4ab46907f15f9dadbe4101ec682aa034c7cebc59cfaea9ea9076ede7f4af152e8b2fa9cb6',
      HMAC_SHA_512:
        '87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cdedaa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854',
    },
  },
  {
    key: utf8('Jefe'),
    data: utf8('what do ya want for nothing?'),
    macs: {
      HMAC_SHA_224: 'a30e01098bc6dbbf45690f3a7e9e6d0f8bbea2a39e6148008fd05e44',
      HMAC_SHA_256: '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
      HMAC_SHA_384:
        'af45d2e376484031617f78d2b58a6b1b9c7ef464f5a01b47e42ec3736322445e8e2240ca5e69e2c78b3239ecfab21649',
      HMAC_SHA_512:
        '164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737',
    },
  },
  {
    key: new Uint8Array(131).fill(0xaa),
    data: utf8('Test Using Larger Than Block-Size Key - Hash Key First'),
    macs: {
      HMAC_SHA_224: '95e9a0db962095adaebe9b2d6f0dbce2d499f112f2d2b7273fa6870e',
      HMAC_SHA_256: '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
      HMAC_SHA_384:
        '4ece084485813e9088d2c63a041bc5b44f9ef1012a2b588f3cd11f05033ac4c60c2ef6ab4030fe8296248df163f44952',
      HMAC_SHA_512:
        '80b24263c7c1a3ebb71493c1dd7be8b49b46d1f41b4aeec1121b013783f8f3526b56d037e05f2598bd0fd2215d6a1e5295e64f73f63f0aec8b915a985d786598',
    },
  },
];

describe('HMAC (RFC 2104) for the HMAC key specs', () => {
  it.each(ALGORITHMS)('%s gives the RFC 4231 known answers', async (algorithm) => {
    for (const { key, data, macs } of RFC_4231) {
      const mac = await computeHmac(algorithm, key, data);
      expect(toHex(mac)).toBe(macs[algorithm]);
      expect(mac.length).toBe(MAC_ALGORITHMS[algorithm].bytes);
      expect(await verifyHmac(algorithm, key, data, fromHex(macs[algorithm]))).toBe(true);
    }
  });

  it('agrees with Node’s crypto.createHmac for any key and message', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ALGORITHMS),
        fc.uint8Array({ minLength: 1, maxLength: 200 }),
        fc.uint8Array({ minLength: 0, maxLength: 300 }),
        async (algorithm, key, message) => {
          const expected = createHmac(NODE_HASH[algorithm], key).update(message).digest();
          expect(toHex(await computeHmac(algorithm, key, message))).toBe(expected.toString('hex'));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('refuses a MAC with one bit changed, cut short or made longer', async () => {
    const key = new Uint8Array(32).fill(7);
    const message = utf8('pay 100 to Alice');
    for (const algorithm of ALGORITHMS) {
      const mac = await computeHmac(algorithm, key, message);
      for (let bit = 0; bit < mac.length * 8; bit += 37) {
        const flipped = mac.slice();
        flipped[bit >> 3] = flipped[bit >> 3]! ^ (1 << (bit & 7));
        expect(await verifyHmac(algorithm, key, message, flipped)).toBe(false);
      }
      expect(await verifyHmac(algorithm, key, message, mac.subarray(0, -1))).toBe(false);
      expect(await verifyHmac(algorithm, key, message, new Uint8Array([...mac, 0]))).toBe(false);
    }
  });
});
