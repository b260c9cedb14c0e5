/**
 * Key rotation: rotating adds a new version of the key material under the same key id. New
 * ciphertexts use the newest version; old ones still decrypt, because each ciphertext names
 * the version that made it and KMS keeps every version. Nothing has to be re-encrypted.
 */
import type { RegionCode } from '../../engine';
import { ensureKey, expectSame, keyFocus, utf8, type NamedView } from './namedView';

const REGION: RegionCode = 'eu-central-1';
const ALIAS = 'alias/kmslab-rotation';
const BEFORE = 'Antes de rotar';
const AFTER = 'Después de rotar';

export const rotationView = {
  id: 'rotation' as const,
  region: REGION,
  focus: (world) => keyFocus(world, REGION, ALIAS),
  async run(ctx) {
    const keyId = await ensureKey(ctx, ALIAS, 'KMS Lab: key rotation');
    const before = await ctx.call('Encrypt', { KeyId: ALIAS, Plaintext: utf8(BEFORE) });
    // RotateKeyOnDemand takes a key id or ARN, not an alias. After 25 on-demand rotations it
    // answers LimitExceededException: the run stops there and says so.
    await ctx.call('RotateKeyOnDemand', { KeyId: keyId });
    const after = await ctx.call('Encrypt', { KeyId: ALIAS, Plaintext: utf8(AFTER) });
    const oldText = await ctx.call('Decrypt', {
      CiphertextBlob: before.output.CiphertextBlob ?? new Uint8Array(),
    });
    expectSame('Decrypt', BEFORE, oldText.output.Plaintext ?? new Uint8Array());
    const newText = await ctx.call('Decrypt', {
      CiphertextBlob: after.output.CiphertextBlob ?? new Uint8Array(),
    });
    expectSame('Decrypt', AFTER, newText.output.Plaintext ?? new Uint8Array());
  },
} satisfies NamedView;
