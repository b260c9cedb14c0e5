/**
 * Asymmetric encryption, the course's diagram: a key pair whose private key never leaves KMS
 * and whose public key can be downloaded. Someone outside AWS, who cannot call KMS, encrypts
 * with the public key alone (WebCrypto RSA-OAEP, in the browser); only the key's owner can
 * decrypt, by calling KMS.
 */
import type { RegionCode } from '../../engine';
import { ensureKey, expectSame, outsideFocus, utf8, type NamedView } from './namedView';

const REGION: RegionCode = 'us-west-2';
const ALIAS = 'alias/kmslab-asymmetric';
const MESSAGE = 'Para el dueño de la clave: contrato 4711';
const ALGORITHM = 'RSAES_OAEP_SHA_256';

export const asymmetricView = {
  id: 'asymmetric' as const,
  region: REGION,
  focus: (world) => outsideFocus(world, REGION, ALIAS),
  async run(ctx) {
    await ensureKey(ctx, ALIAS, 'KMS Lab: asymmetric encryption', {
      KeySpec: 'RSA_2048',
      KeyUsage: 'ENCRYPT_DECRYPT',
    });
    const { PublicKey: publicKey, KeyId: keyArn } = (
      await ctx.call('GetPublicKey', { KeyId: ALIAS })
    ).output;
    ctx.local('share-public-key', publicKey?.length ?? 0, { keyArn });

    // Outside AWS: the public key alone, no call to KMS.
    const { encryptWithPublicKey } = await import('../outside/publicKeyCrypto');
    const message = utf8(MESSAGE);
    const ciphertext = await encryptWithPublicKey(
      publicKey ?? new Uint8Array(),
      ALGORITHM,
      message,
    );
    ctx.local('encrypt-with-public-key', message.length, { algorithm: ALGORITHM });
    ctx.local('send-ciphertext', ciphertext.length);

    // The owner: only KMS holds the private key that decrypts it.
    const decrypted = await ctx.call('Decrypt', {
      KeyId: ALIAS,
      CiphertextBlob: ciphertext,
      EncryptionAlgorithm: ALGORITHM,
    });
    expectSame('Decrypt', MESSAGE, decrypted.output.Plaintext ?? new Uint8Array());
  },
} satisfies NamedView;
