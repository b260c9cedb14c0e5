/**
 * Symmetric encryption: one KMS key encrypts and decrypts, and the key never leaves KMS —
 * the caller sends the data and gets back ciphertext or plaintext, never key material.
 */
import type { RegionCode } from '../../engine';
import { ensureKey, expectSame, keyFocus, utf8, type NamedView } from './namedView';

const REGION: RegionCode = 'us-east-1';
const ALIAS = 'alias/kmslab-symmetric';
const MESSAGE = 'Hola, KMS';

export const symmetricView = {
  id: 'symmetric' as const,
  region: REGION,
  focus: (world) => keyFocus(world, REGION, ALIAS),
  async run(ctx) {
    await ensureKey(ctx, ALIAS, 'KMS Lab: symmetric encryption');
    const encrypted = await ctx.call('Encrypt', { KeyId: ALIAS, Plaintext: utf8(MESSAGE) });
    // No KeyId: the ciphertext says which key made it.
    const decrypted = await ctx.call('Decrypt', {
      CiphertextBlob: encrypted.output.CiphertextBlob ?? new Uint8Array(),
    });
    expectSame('Decrypt', MESSAGE, decrypted.output.Plaintext ?? new Uint8Array());
  },
} satisfies NamedView;
