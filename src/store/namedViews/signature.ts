/**
 * Digital signatures: the key's owner signs through KMS (the private key never leaves it);
 * anyone holding the downloaded public key checks the signature outside AWS, without calling
 * KMS — and a message changed on the way no longer verifies.
 */
import type { RegionCode } from '../../engine';
import { ensureKey, outsideFocus, utf8, ViewStopped, type NamedView } from './namedView';

const REGION: RegionCode = 'us-west-2';
const ALIAS = 'alias/kmslab-signing';
const MESSAGE = 'Autorizo el pago de 100 € a la cuenta ES12 3456';
const TAMPERED = 'Autorizo el pago de 900 € a la cuenta ES12 3456';
const ALGORITHM = 'ECDSA_SHA_256';

export const signatureView = {
  id: 'signature' as const,
  region: REGION,
  focus: (world) => outsideFocus(world, REGION, ALIAS),
  async run(ctx) {
    await ensureKey(ctx, ALIAS, 'KMS Lab: digital signatures', {
      KeySpec: 'ECC_NIST_P256',
      KeyUsage: 'SIGN_VERIFY',
    });
    const got = await ctx.call('GetPublicKey', { KeyId: ALIAS });
    const publicKey = got.output.PublicKey ?? new Uint8Array();
    ctx.local('share-public-key', publicKey.length, { keyArn: got.output.KeyId });

    const message = utf8(MESSAGE);
    const signed = await ctx.call('Sign', {
      KeyId: ALIAS,
      Message: message,
      MessageType: 'RAW',
      SigningAlgorithm: ALGORITHM,
    });
    const signature = signed.output.Signature ?? new Uint8Array();
    ctx.local('send-signature', message.length + signature.length);

    // Outside AWS: the public key alone, no call to KMS.
    const { verifyWithPublicKey } = await import('../outside/publicKeyCrypto');
    const check = (text: string) =>
      verifyWithPublicKey(publicKey, 'ECC_NIST_P256', ALGORITHM, utf8(text), signature);
    const valid = await check(MESSAGE);
    ctx.local('verify-with-public-key', message.length, { algorithm: ALGORITHM, ok: valid });
    if (!valid) {
      throw new ViewStopped('verify-with-public-key', 'KMSInvalidSignatureException', MESSAGE);
    }
    // The same signature on a changed message must fail.
    const forged = await check(TAMPERED);
    ctx.local('verify-with-public-key', utf8(TAMPERED).length, {
      algorithm: ALGORITHM,
      ok: forged,
    });
    if (forged) throw new ViewStopped('verify-with-public-key', 'RoundTripMismatch', TAMPERED);
  },
} satisfies NamedView;
