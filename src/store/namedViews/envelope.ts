/**
 * Envelope encryption: KMS hands out a data key (in plaintext and encrypted under the KMS
 * key); the caller encrypts the data itself with the plaintext copy (WebCrypto AES-GCM),
 * throws that copy away and keeps the encrypted one beside the data. To read the data, KMS
 * decrypts the data key and the caller decrypts the data locally. The data never goes to KMS.
 */
import type { RegionCode } from '../../engine';
import { ensureKey, expectSame, keyFocus, utf8, ViewStopped, type NamedView } from './namedView';

const REGION: RegionCode = 'eu-west-1';
const ALIAS = 'alias/kmslab-envelope';
const MESSAGE = 'Datos de la aplicación: cifrado de sobre';
const IV_BYTES = 12;

const aesKey = (raw: Uint8Array, usage: KeyUsage) =>
  crypto.subtle.importKey('raw', raw as BufferSource, 'AES-GCM', false, [usage]);

export const envelopeView = {
  id: 'envelope' as const,
  region: REGION,
  focus: (world) => keyFocus(world, REGION, ALIAS),
  async run(ctx) {
    await ensureKey(ctx, ALIAS, 'KMS Lab: envelope encryption');
    const dataKey = await ctx.call('GenerateDataKey', { KeyId: ALIAS, KeySpec: 'AES_256' });
    const plaintextKey = dataKey.output.Plaintext ?? new Uint8Array();
    const encryptedKey = dataKey.output.CiphertextBlob ?? new Uint8Array();

    // Locally: encrypt the data with the plaintext data key.
    const message = utf8(MESSAGE);
    const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
    const sealed = new Uint8Array(
      await crypto.subtle.encrypt(
        { name: 'AES-GCM', iv },
        await aesKey(plaintextKey, 'encrypt'),
        message as BufferSource,
      ),
    );
    ctx.local('encrypt-data', message.length);

    // Discard the plaintext data key: only the encrypted copy stays, beside the data.
    plaintextKey.fill(0);
    ctx.local('discard-plaintext-key', 0);

    // Later: KMS decrypts the data key, the caller decrypts the data with it.
    const decryptedKey = await ctx.call('Decrypt', { CiphertextBlob: encryptedKey });
    const key = decryptedKey.output.Plaintext ?? new Uint8Array();
    let opened: Uint8Array;
    try {
      opened = new Uint8Array(
        await crypto.subtle.decrypt(
          { name: 'AES-GCM', iv },
          await aesKey(key, 'decrypt'),
          sealed as BufferSource,
        ),
      );
    } catch (error) {
      const name = error instanceof Error ? error.name : 'OperationError';
      throw new ViewStopped('decrypt-data', name, String(error));
    } finally {
      key.fill(0);
    }
    ctx.local('decrypt-data', opened.length);
    expectSame('decrypt-data', MESSAGE, opened);
  },
} satisfies NamedView;
