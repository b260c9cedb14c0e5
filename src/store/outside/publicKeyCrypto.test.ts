import { describe, expect, it } from 'vitest';
import { createKms } from '../../engine';
import type { KeySpec } from '../../engine/keySpecs';
import type { PublicKeyEncryption, RawSigningAlgorithm } from './algorithms';
import { encryptWithPublicKey, verifyWithPublicKey } from './publicKeyCrypto';

const utf8 = (text: string) => new TextEncoder().encode(text);

async function keyPair(spec: KeySpec, usage: 'ENCRYPT_DECRYPT' | 'SIGN_VERIFY') {
  const kms = createKms();
  const created = await kms.call('CreateKey', { KeySpec: spec, KeyUsage: usage });
  const keyId = created.output!.KeyMetadata!.KeyId!;
  const publicKey = (await kms.call('GetPublicKey', { KeyId: keyId })).output!.PublicKey!;
  return { kms, keyId, publicKey };
}

describe('the party outside AWS', () => {
  it.each<[KeySpec, PublicKeyEncryption]>([
    ['RSA_2048', 'RSAES_OAEP_SHA_1'],
    ['RSA_3072', 'RSAES_OAEP_SHA_256'],
  ])('encrypts with the public key of %s (%s) what only KMS can decrypt', async (spec, alg) => {
    const { kms, keyId, publicKey } = await keyPair(spec, 'ENCRYPT_DECRYPT');
    const ciphertext = await encryptWithPublicKey(publicKey, alg, utf8('para el dueño'));
    const decrypted = await kms.call('Decrypt', {
      KeyId: keyId,
      CiphertextBlob: ciphertext,
      EncryptionAlgorithm: alg,
    });
    expect(new TextDecoder().decode(decrypted.output!.Plaintext)).toBe('para el dueño');
  });

  it.each<[KeySpec, RawSigningAlgorithm]>([
    ['RSA_2048', 'RSASSA_PSS_SHA_256'],
    ['RSA_2048', 'RSASSA_PKCS1_V1_5_SHA_384'],
    ['ECC_NIST_P256', 'ECDSA_SHA_256'],
    ['ECC_NIST_P384', 'ECDSA_SHA_384'],
    ['ECC_NIST_P521', 'ECDSA_SHA_512'],
    ['ECC_SECG_P256K1', 'ECDSA_SHA_256'],
    ['ECC_NIST_EDWARDS25519', 'ED25519_SHA_512'],
    ['ML_DSA_44', 'ML_DSA_SHAKE_256'],
  ])(
    'verifies a KMS signature of a %s key (%s) with the public key alone, and refuses a changed message',
    async (spec, algorithm) => {
      const { kms, keyId, publicKey } = await keyPair(spec, 'SIGN_VERIFY');
      const message = utf8('Pago aprobado: 100 €');
      const signed = await kms.call('Sign', {
        KeyId: keyId,
        Message: message,
        MessageType: 'RAW',
        SigningAlgorithm: algorithm,
      });
      const signature = signed.output!.Signature!;
      expect(await verifyWithPublicKey(publicKey, spec, algorithm, message, signature)).toBe(true);
      const changed = utf8('Pago aprobado: 900 €');
      expect(await verifyWithPublicKey(publicKey, spec, algorithm, changed, signature)).toBe(false);
      const flipped = signature.slice();
      flipped[flipped.length - 1]! ^= 1;
      expect(await verifyWithPublicKey(publicKey, spec, algorithm, message, flipped)).toBe(false);
    },
  );

  it('says "not valid" rather than failing on a key or signature that is not one', async () => {
    const junk = Uint8Array.of(1, 2, 3);
    expect(await verifyWithPublicKey(junk, 'ECC_NIST_P256', 'ECDSA_SHA_256', junk, junk)).toBe(
      false,
    );
    expect(await verifyWithPublicKey(junk, 'ML_DSA_65', 'ML_DSA_SHAKE_256', junk, junk)).toBe(
      false,
    );
  });
});
