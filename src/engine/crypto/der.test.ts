import { createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from './bytes';
import {
  ecdsaDerToRaw,
  ecdsaRawToDer,
  oid,
  readOid,
  readSpki,
  readTlv,
  spki,
  unsignedInteger,
} from './der';

const SIZES = [32, 48, 66];

/** r‖s where each half is `size` bytes, biased towards leading zeros and set high bits. */
const rawSignature = (size: number) =>
  fc
    .tuple(
      fc.uint8Array({ minLength: size, maxLength: size }),
      fc.uint8Array({ minLength: size, maxLength: size }),
      fc.nat({ max: size }),
      fc.nat({ max: size }),
      fc.boolean(),
      fc.boolean(),
    )
    .map(([r, s, zerosR, zerosS, highR, highS]) => {
      r.fill(0, 0, zerosR);
      s.fill(0, 0, zerosS);
      if (highR && zerosR < size) r[zerosR]! |= 0x80;
      if (highS && zerosS < size) s[zerosS]! |= 0x80;
      const raw = new Uint8Array(size * 2);
      raw.set(r);
      raw.set(s, size);
      return raw;
    });

describe('DER writer', () => {
  it('encodes OIDs, INTEGERs and long lengths as X.690 says', () => {
    expect(toHex(oid('1.2.840.10045.2.1'))).toBe('06072a8648ce3d0201');
    expect(toHex(oid('1.3.132.0.10'))).toBe('06052b8104000a');
    expect(toHex(oid('2.16.840.1.101.3.4.3.17'))).toBe('060960864801650304031' + '1');
    expect(toHex(unsignedInteger(fromHex('0000')))).toBe('020100');
    expect(toHex(unsignedInteger(fromHex('00007f')))).toBe('02017f');
    expect(toHex(unsignedInteger(fromHex('80')))).toBe('02020080');
    expect(toHex(unsignedInteger(new Uint8Array()))).toBe('020100');
    const long = spki('1.3.101.112', null, new Uint8Array(300));
    expect(toHex(long.subarray(0, 4))).toBe('30820138'); // 2-byte length: 7 + 305
    expect(readSpki(long)?.publicKey.length).toBe(300);
  });

  it('reads back the OIDs it writes', () => {
    for (const dotted of [
      '1.2.840.10045.2.1',
      '1.3.132.0.10',
      '1.3.101.112',
      '2.16.840.1.101.3.4.3.19',
      '2.999.1',
      '0.39.4294967295',
    ])
      expect(readOid(oid(dotted).subarray(2))).toBe(dotted);
    expect(readOid(fromHex(''))).toBeUndefined();
    expect(readOid(fromHex('2a86'))).toBeUndefined(); // truncated arc
    expect(readOid(fromHex('2a8048'))).toBeUndefined(); // non-minimal arc
  });

  it('writes a SubjectPublicKeyInfo Node accepts (Ed25519, P-256)', () => {
    const ed = generateKeyPairSync('ed25519');
    const edRaw = ed.publicKey.export({ format: 'der', type: 'spki' }).subarray(12);
    const ours = spki('1.3.101.112', null, new Uint8Array(edRaw));
    expect(
      createPublicKey({ key: Buffer.from(ours), format: 'der', type: 'spki' }).export({
        format: 'der',
        type: 'spki',
      }),
    ).toEqual(ed.publicKey.export({ format: 'der', type: 'spki' }));
    const ec = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const node = new Uint8Array(ec.publicKey.export({ format: 'der', type: 'spki' }));
    const parsed = readSpki(node)!;
    expect(parsed.algorithmOid).toBe('1.2.840.10045.2.1');
    expect(toHex(spki('1.2.840.10045.2.1', '1.2.840.10045.3.1.7', parsed.publicKey))).toBe(
      toHex(node),
    );
  });
});

describe('DER reader rejects what is not DER', () => {
  it('refuses indefinite, non-minimal and overlong lengths', () => {
    expect(readTlv(fromHex('3080'))).toBeUndefined(); // indefinite
    expect(readTlv(fromHex('30810100'))).toBeUndefined(); // long form for a short length
    expect(readTlv(fromHex('3082000100'))).toBeUndefined(); // leading zero length byte
    expect(readTlv(fromHex('3002aa'))).toBeUndefined(); // runs past the end
    expect(readTlv(fromHex('30'))).toBeUndefined();
    expect(readTlv(fromHex('1f0100'))).toBeUndefined(); // multi-byte tag
    expect(readTlv(fromHex('3085ffffffffff'))).toBeUndefined();
  });
});

describe('ECDSA signatures: r‖s ↔ DER (RFC 3279)', () => {
  it('knows the edge cases by heart', () => {
    const r = new Uint8Array(32);
    const s = new Uint8Array(32);
    r[31] = 1;
    s[0] = 0x80;
    const raw = new Uint8Array([...r, ...s]);
    const der = ecdsaRawToDer(raw);
    expect(toHex(der)).toBe('3026' + '020101' + '022100' + '80' + '00'.repeat(31));
    expect(ecdsaDerToRaw(der, 32)).toEqual(raw);
    // r = 0 encodes as one zero byte.
    expect(toHex(ecdsaRawToDer(new Uint8Array(64)))).toBe('3006020100020100');
  });

  for (const size of SIZES) {
    it(`round-trips every ${size}-byte r and s`, () => {
      fc.assert(
        fc.property(rawSignature(size), (raw) => {
          const der = ecdsaRawToDer(raw);
          expect(ecdsaDerToRaw(der, size)).toEqual(raw);
          // Canonical: INTEGERs minimal and positive.
          expect(der[0]).toBe(0x30);
        }),
        { numRuns: 300 },
      );
    });
  }

  it('rejects malformed signatures with undefined, never a throw', () => {
    const good = ecdsaRawToDer(fromHex('01'.repeat(32) + '80'.repeat(32)));
    const bad = [
      '', // empty
      '30', // truncated header
      '3000', // no integers
      '3003020101', // one integer
      '300902010102010102010', // odd hex → truncated
      '3009020101020101020101', // three integers
      '3006020101040101', // OCTET STRING instead of INTEGER
      '31060201010201 01', // SET instead of SEQUENCE
      '3006020181020101', // negative r
      '300702020001020101', // needless leading zero
      '30060200020101', // empty INTEGER (length 0)
      '3080020101020101 0000', // indefinite length
      '300602010102010100', // trailing byte after the SEQUENCE
      '3007020101020101', // SEQUENCE length past the end
      '302302210100' + '00'.repeat(31) + '020101', // r of 33 significant bytes for size 32
      toHex(good) + '00',
    ];
    for (const hex of bad) {
      const der = fromHex(hex.replace(/ /g, ''));
      expect(() => ecdsaDerToRaw(der, 32)).not.toThrow();
      expect(ecdsaDerToRaw(der, 32), hex).toBeUndefined();
    }
    expect(ecdsaDerToRaw(good, 32)).toBeDefined();
    // Too wide for P-256 but fine for P-521.
    const wide = ecdsaRawToDer(fromHex('ff'.repeat(66) + '01'.repeat(66)));
    expect(ecdsaDerToRaw(wide, 32)).toBeUndefined();
    expect(ecdsaDerToRaw(wide, 66)).toBeDefined();
  });

  it('accepts only canonical DER: whatever it reads writes back byte for byte', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), fc.constantFrom(...SIZES), (bytes, size) => {
        const raw = ecdsaDerToRaw(bytes, size);
        if (raw) expect(toHex(ecdsaRawToDer(raw))).toBe(toHex(bytes));
      }),
      { numRuns: 2000 },
    );
    // Mutations of a real signature: flipped bytes, cut or grown.
    const good = ecdsaRawToDer(fromHex('00'.repeat(31) + 'ff' + '7f'.repeat(32)));
    fc.assert(
      fc.property(
        fc.nat({ max: good.length - 1 }),
        fc.integer({ min: 1, max: 255 }),
        fc.nat({ max: good.length + 2 }),
        (at, xor, cut) => {
          const mutated = good.slice();
          mutated[at]! ^= xor;
          for (const candidate of [mutated, good.subarray(0, cut)]) {
            const raw = ecdsaDerToRaw(candidate, 32);
            if (raw) expect(toHex(ecdsaRawToDer(raw))).toBe(toHex(candidate));
          }
        },
      ),
    );
  });

  it('speaks the same DER as Node (OpenSSL) for P-256, P-384 and P-521', () => {
    for (const [namedCurve, size] of [
      ['prime256v1', 32],
      ['secp384r1', 48],
      ['secp521r1', 66],
    ] as const) {
      const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve });
      for (let i = 0; i < 20; i++) {
        const message = Buffer.from(`message ${i}`);
        const der = new Uint8Array(sign('sha256', message, privateKey));
        const raw = ecdsaDerToRaw(der, size)!;
        expect(raw.length).toBe(size * 2);
        expect(toHex(ecdsaRawToDer(raw))).toBe(toHex(der));
        expect(verify('sha256', message, { key: publicKey, dsaEncoding: 'ieee-p1363' }, raw)).toBe(
          true,
        );
      }
    }
  });
});
