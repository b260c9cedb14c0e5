/**
 * Ciphertexts that must not decrypt: each region of the blob tampered with, truncated,
 * extended, spliced from other blobs; a changed or missing encryption context; a KeyId that
 * is not the key the blob names. Then property tests: random bit flips, random context changes
 * and random byte strings never decrypt, and fail only with a KmsError.
 *
 * Blob layout (src/engine/ciphertext.ts, format v1), for a UUID key id (n = 36):
 *   0 version · 1 n · 2..37 key id · 38..69 material id · 70..81 IV · 82.. body ‖ 16-byte tag
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isKmsError } from '../../src/engine';
import {
  ALIAS,
  CONTEXT,
  errorOf,
  expectOk,
  expectRejected,
  expectUnchanged,
  PLAINTEXT,
  seed,
  type Expected,
  type World,
} from './fixture';

const INVALID_CIPHERTEXT: Expected = { name: 'InvalidCiphertextException', message: '' };
const UNKNOWN_CIPHERTEXT_KEY: Expected = {
  name: 'AccessDeniedException',
  message:
    'The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.',
};

interface Layout {
  n: number;
  keyId: [number, number];
  materialId: [number, number];
  iv: [number, number];
  body: [number, number];
  tag: [number, number];
}

/** Where each field of a v1 blob lies ([start, end) offsets). */
function layout(blob: Uint8Array): Layout {
  const n = blob[1]!;
  const material = 2 + n;
  const iv = material + 32;
  const body = iv + 12;
  const tag = blob.length - 16;
  return {
    n,
    keyId: [2, material],
    materialId: [material, iv],
    iv: [iv, body],
    body: [body, tag],
    tag: [tag, blob.length],
  };
}

const flip = (blob: Uint8Array, index: number, mask: number): Uint8Array => {
  const out = blob.slice();
  out[index] = out[index]! ^ mask;
  return out;
};
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

it('the seeded ciphertext has the documented layout (so the regions below are the right bytes)', async () => {
  const w = await seed();
  const l = layout(w.ciphertext);
  expect(w.ciphertext[0]).toBe(1);
  expect(l.n).toBe(36);
  expect(new TextDecoder().decode(w.ciphertext.subarray(...l.keyId))).toBe(w.keyId);
  expect(w.ciphertext.length).toBe(2 + 36 + 32 + 12 + PLAINTEXT.length + 16);
  // Positive control: the untouched blob decrypts, with the context.
  const out = (await expectOk(w.kms, 'Decrypt', {
    CiphertextBlob: w.ciphertext,
    EncryptionContext: CONTEXT,
  })) as {
    Plaintext: Uint8Array;
  };
  expect(out.Plaintext).toEqual(PLAINTEXT);
});

interface BlobCase {
  label: string;
  blob: (w: World) => Uint8Array;
  expected: Expected;
  gap?: string;
}

const HEX_SWAP: Record<string, string> = { a: 'b', b: 'a', c: 'd', d: 'c', e: 'f', f: 'e' };

const TAMPERED: BlobCase[] = [
  {
    label: 'version byte 0x01 → 0x00',
    blob: (w) => flip(w.ciphertext, 0, 0x01),
    expected: INVALID_CIPHERTEXT,
  },
  {
    label: 'version byte 0x01 → 0x81',
    blob: (w) => flip(w.ciphertext, 0, 0x80),
    expected: INVALID_CIPHERTEXT,
  },
  {
    label: 'key-id length 36 → 0',
    blob: (w) => flip(w.ciphertext, 1, 36),
    expected: INVALID_CIPHERTEXT,
  },
  {
    label: 'key-id length 36 → 164 (past the end of the blob)',
    blob: (w) => flip(w.ciphertext, 1, 0x80),
    expected: INVALID_CIPHERTEXT,
  },
  {
    // The blob then names the key id "xxxx" (the first 4 characters of the UUID): not a key id.
    label: 'key-id length 36 → 4 (the blob names a malformed key id)',
    blob: (w) => flip(w.ciphertext, 1, 0x20),
    expected: INVALID_CIPHERTEXT,
  },
  ...[0, 8, 35].map((i): BlobCase => ({
    label: `key id byte ${i} made non-ASCII`,
    blob: (w) => flip(w.ciphertext, 2 + i, 0x80),
    expected: INVALID_CIPHERTEXT,
  })),
  {
    label: "key id's first dash made a dot (a malformed key id)",
    blob: (w) => flip(w.ciphertext, 2 + 8, '-'.charCodeAt(0) ^ '.'.charCodeAt(0)),
    expected: INVALID_CIPHERTEXT,
  },
  {
    // Still a well-formed key id, of no key: like the blob of a deleted key (AWS's wording).
    label: 'key id changed to another well-formed key id (of no key)',
    blob: (w) => {
      const out = w.ciphertext.slice();
      const i = [...w.keyId].findIndex((ch) => ch in HEX_SWAP);
      out[2 + i] = HEX_SWAP[w.keyId[i]!]!.charCodeAt(0);
      return out;
    },
    expected: UNKNOWN_CIPHERTEXT_KEY,
  },
  ...(['materialId', 'iv', 'body', 'tag'] as const).flatMap((region) =>
    (['first', 'last'] as const).map((which): BlobCase => ({
      label: `${region}: ${which} byte, lowest bit flipped`,
      blob: (w) => {
        const [start, end] = layout(w.ciphertext)[region];
        return flip(w.ciphertext, which === 'first' ? start : end - 1, 0x01);
      },
      expected: INVALID_CIPHERTEXT,
    })),
  ),
  {
    label: 'every byte of the body and tag flipped',
    blob: (w) => {
      const out = w.ciphertext.slice();
      for (let i = layout(w.ciphertext).body[0]; i < out.length; i++) out[i] = out[i]! ^ 0xff;
      return out;
    },
    expected: INVALID_CIPHERTEXT,
  },
];

const RESHAPED: BlobCase[] = [
  {
    label: 'truncated by 1 byte',
    blob: (w) => w.ciphertext.slice(0, -1),
    expected: INVALID_CIPHERTEXT,
  },
  {
    label: 'without its tag',
    blob: (w) => w.ciphertext.slice(0, -16),
    expected: INVALID_CIPHERTEXT,
  },
  {
    label: 'header only (version, key id, material id)',
    blob: (w) => w.ciphertext.slice(0, layout(w.ciphertext).iv[0]),
    expected: INVALID_CIPHERTEXT,
  },
  {
    label: 'header and IV only',
    blob: (w) => w.ciphertext.slice(0, layout(w.ciphertext).body[0]),
    expected: INVALID_CIPHERTEXT,
  },
  {
    label: 'header, IV and tag, no body',
    blob: (w) => {
      const l = layout(w.ciphertext);
      return concat(w.ciphertext.slice(0, l.body[0]), w.ciphertext.slice(l.tag[0]));
    },
    expected: INVALID_CIPHERTEXT,
  },
  {
    label: 'the version byte alone',
    blob: () => new Uint8Array([1]),
    expected: INVALID_CIPHERTEXT,
  },
  {
    label: 'version and length bytes only',
    blob: (w) => w.ciphertext.slice(0, 2),
    expected: INVALID_CIPHERTEXT,
  },
  {
    label: 'one byte appended',
    blob: (w) => concat(w.ciphertext, new Uint8Array([0])),
    expected: INVALID_CIPHERTEXT,
  },
  {
    // The blob then reads as version 1 naming the key id "$" (the old length byte).
    label: 'one byte (0x01) prepended',
    blob: (w) => concat(new Uint8Array([1]), w.ciphertext),
    expected: INVALID_CIPHERTEXT,
  },
  {
    label: 'one byte (0x00) prepended',
    blob: (w) => concat(new Uint8Array([0]), w.ciphertext),
    expected: INVALID_CIPHERTEXT,
  },
  {
    label: 'all zeros, same length',
    blob: (w) => new Uint8Array(w.ciphertext.length),
    expected: INVALID_CIPHERTEXT,
  },
  {
    // A real-world mistake: passing the base64 text instead of the bytes (aws/aws-cli#1043).
    label: 'its base64 text instead of its bytes',
    blob: (w) => new TextEncoder().encode(Buffer.from(w.ciphertext).toString('base64')),
    expected: INVALID_CIPHERTEXT,
  },
  {
    label: 'the bytes reversed',
    blob: (w) => w.ciphertext.slice().reverse(),
    expected: INVALID_CIPHERTEXT,
  },
  {
    label: "another key's header, this blob's IV, body and tag",
    blob: (w) => {
      const l = layout(w.ciphertext);
      const other = layout(w.otherCiphertext);
      return concat(w.otherCiphertext.slice(0, other.iv[0]), w.ciphertext.slice(l.iv[0]));
    },
    expected: INVALID_CIPHERTEXT,
  },
  {
    label: "another key's id with this blob's material id",
    blob: (w) => {
      const out = w.ciphertext.slice();
      out.set(new TextEncoder().encode(w.otherKeyId), 2);
      return out;
    },
    expected: INVALID_CIPHERTEXT,
  },
  {
    label: "another blob's IV",
    blob: (w) => {
      const out = w.ciphertext.slice();
      const [start, end] = layout(w.otherCiphertext).iv;
      out.set(w.otherCiphertext.slice(start, end), layout(w.ciphertext).iv[0]);
      return out;
    },
    expected: INVALID_CIPHERTEXT,
  },
];

describe('Decrypt of a tampered ciphertext', () => {
  for (const c of [...TAMPERED, ...RESHAPED]) {
    const test = c.gap ? it.fails : it;
    test(`${c.label}${c.gap ? ` [known engine gap: ${c.gap}]` : ''}`, async () => {
      const w = await seed();
      await expectRejected(
        w.kms,
        'Decrypt',
        { CiphertextBlob: c.blob(w), EncryptionContext: { ...CONTEXT } },
        c.expected,
      );
    });
  }
});

describe('ReEncrypt of a tampered ciphertext', () => {
  for (const c of TAMPERED.filter((t) => !t.gap)) {
    it(c.label, async () => {
      const w = await seed();
      await expectRejected(
        w.kms,
        'ReEncrypt',
        {
          CiphertextBlob: c.blob(w),
          SourceEncryptionContext: { ...CONTEXT },
          DestinationKeyId: w.otherKeyId,
        },
        c.expected,
      );
    });
  }
});

const CONTEXT_CHANGES: [string, Record<string, string> | undefined][] = [
  ['missing', undefined],
  ['empty', {}],
  ['a value changed', { ...CONTEXT, Department: 'Sales' }],
  ['a value in another case', { ...CONTEXT, Department: 'finance' }],
  ['a key in another case', { purpose: CONTEXT.purpose, department: CONTEXT.Department }],
  ['a pair added', { ...CONTEXT, extra: 'pair' }],
  ['a pair removed', { purpose: CONTEXT.purpose }],
  ['a value with a trailing space', { ...CONTEXT, Department: 'Finance ' }],
  ['keys and values swapped', { 'bad-input': 'purpose', Finance: 'Department' }],
  [
    'the same values under each other key',
    { purpose: CONTEXT.Department, Department: CONTEXT.purpose },
  ],
];

describe('a changed or missing encryption context', () => {
  for (const [label, context] of CONTEXT_CHANGES) {
    it(`Decrypt with the context ${label}`, async () => {
      const w = await seed();
      await expectRejected(
        w.kms,
        'Decrypt',
        { CiphertextBlob: w.ciphertext, ...(context ? { EncryptionContext: context } : {}) },
        INVALID_CIPHERTEXT,
      );
    });

    it(`ReEncrypt with the source context ${label}`, async () => {
      const w = await seed();
      await expectRejected(
        w.kms,
        'ReEncrypt',
        {
          CiphertextBlob: w.ciphertext,
          ...(context ? { SourceEncryptionContext: context } : {}),
          DestinationKeyId: w.otherKeyId,
        },
        INVALID_CIPHERTEXT,
      );
    });
  }

  it('Decrypt with a context, of a blob made without one', async () => {
    const w = await seed();
    await expectRejected(
      w.kms,
      'Decrypt',
      { CiphertextBlob: w.otherCiphertext, EncryptionContext: { any: 'thing' } },
      INVALID_CIPHERTEXT,
    );
  });

  it('Decrypt of a GenerateDataKey blob without its context', async () => {
    const w = await seed();
    const out = (await expectOk(w.kms, 'GenerateDataKey', {
      KeyId: w.keyId,
      KeySpec: 'AES_256',
      EncryptionContext: { bucket: 'b1' },
    })) as { CiphertextBlob: Uint8Array };
    await expectRejected(
      w.kms,
      'Decrypt',
      { CiphertextBlob: out.CiphertextBlob },
      INVALID_CIPHERTEXT,
    );
  });

  it('control: the same pairs in another order decrypt', async () => {
    const w = await seed();
    const reordered = Object.fromEntries(Object.entries(CONTEXT).reverse());
    const out = (await expectOk(w.kms, 'Decrypt', {
      CiphertextBlob: w.ciphertext,
      EncryptionContext: reordered,
    })) as { Plaintext: Uint8Array };
    expect(out.Plaintext).toEqual(PLAINTEXT);
  });
});

describe('a KeyId that is not the key the ciphertext names', () => {
  const INCORRECT_KEY: Expected = {
    name: 'IncorrectKeyException',
    message: 'The key ID in the request does not identify a CMK that can perform this operation.',
  };

  it('Decrypt naming another key by id', async () => {
    const w = await seed();
    await expectRejected(
      w.kms,
      'Decrypt',
      { CiphertextBlob: w.ciphertext, EncryptionContext: CONTEXT, KeyId: w.otherKeyId },
      INCORRECT_KEY,
    );
  });

  it('Decrypt naming, by alias, a key other than the one the blob names', async () => {
    const w = await seed();
    await expectRejected(
      w.kms,
      'Decrypt',
      { CiphertextBlob: w.otherCiphertext, KeyId: ALIAS },
      INCORRECT_KEY,
    );
  });

  it('ReEncrypt naming another source key', async () => {
    const w = await seed();
    await expectRejected(
      w.kms,
      'ReEncrypt',
      {
        CiphertextBlob: w.ciphertext,
        SourceEncryptionContext: CONTEXT,
        SourceKeyId: w.otherKeyId,
        DestinationKeyId: w.otherKeyId,
      },
      INCORRECT_KEY,
    );
  });

  it('control: naming the right key by its alias decrypts', async () => {
    const w = await seed();
    await expectOk(w.kms, 'Decrypt', {
      CiphertextBlob: w.ciphertext,
      EncryptionContext: CONTEXT,
      KeyId: ALIAS,
    });
  });
});

// ---------------------------------------------------------------------------------------
// Properties

/** Calls Decrypt and checks it failed with a KmsError of `allowed`, changing nothing. */
async function decryptFails(
  w: World,
  input: Record<string, unknown>,
  allowed: readonly string[],
): Promise<string> {
  const before = await w.kms.snapshot();
  const record = await w.kms.call('Decrypt', input);
  const error = errorOf(record);
  expect(isKmsError(error)).toBe(true);
  expect(allowed, `${error.name}: ${error.message}`).toContain(error.name);
  if (error.name === 'AccessDeniedException')
    expect(error.message).toBe(UNKNOWN_CIPHERTEXT_KEY.message);
  if (error.name === 'InvalidCiphertextException') expect(error.message).toBe('');
  await expectUnchanged(w.kms, before, { op: 'Decrypt', error });
  return error.name;
}

/** Property tests run hundreds of calls; on a loaded 2-core machine they need more than 5 s. */
const PROPERTY_TIMEOUT = 60_000;

describe('properties', () => {
  it(
    'a valid ciphertext with any bits flipped never decrypts',
    async () => {
      const w = await seed();
      const l = layout(w.ciphertext);
      await fc.assert(
        fc.asyncProperty(
          fc.uniqueArray(
            fc.record({
              index: fc.integer({ min: 0, max: w.ciphertext.length - 1 }),
              mask: fc.integer({ min: 1, max: 255 }),
            }),
            { minLength: 1, maxLength: 4, selector: (f) => f.index },
          ),
          async (flips) => {
            const blob = flips.reduce((b, f) => flip(b, f.index, f.mask), w.ciphertext);
            // Only a changed key id (or its length) can make the blob name another key.
            const namesAKey = flips.some((f) => f.index >= 1 && f.index < l.keyId[1]);
            await decryptFails(
              w,
              { CiphertextBlob: blob, EncryptionContext: CONTEXT },
              namesAKey
                ? ['InvalidCiphertextException', 'AccessDeniedException']
                : ['InvalidCiphertextException'],
            );
          },
        ),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'any change to the encryption context makes Decrypt fail',
    async () => {
      const w = await seed();
      const text = fc.string({ maxLength: 12 });
      const context = fc.dictionary(text, text, { maxKeys: 5 });
      const sameMap = (a: Record<string, string>, b: Record<string, string>) =>
        Object.keys(a).length === Object.keys(b).length &&
        Object.entries(a).every(([k, v]) => Object.hasOwn(b, k) && b[k] === v);
      const change = (ctx: Record<string, string>) =>
        fc.oneof(
          context.map((other) => ({ kind: 'replaced', ctx: other })),
          fc.tuple(text, text).map(([k, v]) => ({ kind: 'set', ctx: { ...ctx, [k]: v } })),
          fc.nat().map((i) => {
            const keys = Object.keys(ctx);
            const out = { ...ctx };
            if (keys.length > 0) delete out[keys[i % keys.length]!];
            return { kind: 'removed', ctx: out };
          }),
          fc.constant({ kind: 'missing', ctx: undefined as Record<string, string> | undefined }),
        );
      await fc.assert(
        fc.asyncProperty(
          context.chain((ctx) => fc.tuple(fc.constant(ctx), change(ctx))),
          async ([original, changed]) => {
            const effective = changed.ctx ?? {};
            fc.pre(!sameMap(original, effective));
            const enc = await w.kms.call('Encrypt', {
              KeyId: w.keyId,
              Plaintext: PLAINTEXT,
              EncryptionContext: original,
            });
            expect(enc.error).toBeUndefined();
            await decryptFails(
              w,
              {
                CiphertextBlob: enc.output!.CiphertextBlob!,
                ...(changed.ctx ? { EncryptionContext: changed.ctx } : {}),
              },
              ['InvalidCiphertextException'],
            );
            // Control: the original context (in another order) still opens it.
            const back = await w.kms.call('Decrypt', {
              CiphertextBlob: enc.output!.CiphertextBlob!,
              EncryptionContext: Object.fromEntries(Object.entries(original).reverse()),
            });
            expect(back.error).toBeUndefined();
          },
        ),
        { numRuns: 200 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'random bytes as CiphertextBlob never decrypt and fail only with a KmsError',
    async () => {
      const w = await seed();
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ minLength: 0, maxLength: 6200 }), async (blob) => {
          await decryptFails(w, { CiphertextBlob: blob }, [
            'InvalidCiphertextException',
            'AccessDeniedException',
            'ValidationException',
          ]);
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'random blobs shaped like ours (real key id and material id) never decrypt',
    async () => {
      const w = await seed();
      const l = layout(w.ciphertext);
      const header = w.ciphertext.slice(0, l.iv[0]);
      const keyIds = fc.constantFrom(w.keyId, w.otherKeyId, w.pendingKeyId, w.foreignKeyId);
      const shaped = fc.oneof(
        // The real header, random IV, body and tag.
        fc.uint8Array({ minLength: 28, maxLength: 400 }).map((rest) => concat(header, rest)),
        // A real or random key id, random material id and the rest.
        fc
          .tuple(
            fc.oneof(keyIds, fc.string({ minLength: 1, maxLength: 60 })),
            fc.uint8Array({ minLength: 0, maxLength: 300 }),
          )
          .map(([keyId, rest]) => {
            const id = new TextEncoder().encode(keyId).slice(0, 255);
            return concat(new Uint8Array([1, id.length]), id, rest);
          }),
      );
      await fc.assert(
        fc.asyncProperty(shaped, fc.boolean(), async (blob, withKeyId) => {
          await decryptFails(
            w,
            { CiphertextBlob: blob, ...(withKeyId ? { KeyId: w.keyId } : {}) },
            [
              'InvalidCiphertextException',
              'AccessDeniedException',
              'IncorrectKeyException',
              'KMSInvalidStateException',
            ],
          );
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
