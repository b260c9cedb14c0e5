import { describe, expect, it } from 'vitest';
import { createKms } from '../../engine';
import {
  WRAPPING_ALGORITHMS,
  type WrappingAlgorithm,
  type WrappingKeySpec,
} from './importAlgorithms';
import { generateMaterial, wrapMaterial } from './wrapMaterial';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** An EXTERNAL key and fresh import parameters for it. */
async function importable(algorithm: WrappingAlgorithm, spec: WrappingKeySpec = 'RSA_2048') {
  const kms = createKms();
  const created = await kms.call('CreateKey', { Origin: 'EXTERNAL' });
  const keyId = created.output!.KeyMetadata!.KeyId!;
  const params = await kms.call('GetParametersForImport', {
    KeyId: keyId,
    WrappingAlgorithm: algorithm,
    WrappingKeySpec: spec,
  });
  return { kms, keyId, publicKey: params.output!.PublicKey!, token: params.output!.ImportToken! };
}

// RSA key generation is slow on a busy machine.
describe('the owner wraps key material outside AWS', { timeout: 20_000 }, () => {
  it('generates 256 bits of fresh material each time', () => {
    const a = generateMaterial();
    expect(a).toHaveLength(32);
    expect(generateMaterial()).not.toEqual(a);
  });

  it.each(WRAPPING_ALGORITHMS)('wraps with %s what KMS imports and uses', async (algorithm) => {
    const { kms, keyId, publicKey, token } = await importable(algorithm);
    const material = generateMaterial();
    const wrapped = await wrapMaterial(publicKey, algorithm, material);
    // RSA-AES key wrap: the 256-byte RSA-OAEP blob of the AES key, then RFC 5649 of 32 bytes (40).
    expect(wrapped).toHaveLength(algorithm.startsWith('RSA_AES') ? 256 + 40 : 256);
    const imported = await kms.call('ImportKeyMaterial', {
      KeyId: keyId,
      ImportToken: token,
      EncryptedKeyMaterial: wrapped,
      ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
    });
    expect(imported.error).toBeUndefined();
    const sealed = await kms.call('Encrypt', { KeyId: keyId, Plaintext: utf8('hola') });
    const opened = await kms.call('Decrypt', { CiphertextBlob: sealed.output!.CiphertextBlob! });
    expect(new TextDecoder().decode(opened.output!.Plaintext)).toBe('hola');
  });

  it('wraps under a 4096-bit wrapping key too', async () => {
    const { kms, keyId, publicKey, token } = await importable(
      'RSA_AES_KEY_WRAP_SHA_256',
      'RSA_4096',
    );
    const wrapped = await wrapMaterial(publicKey, 'RSA_AES_KEY_WRAP_SHA_256', generateMaterial());
    expect(wrapped).toHaveLength(512 + 40);
    const imported = await kms.call('ImportKeyMaterial', {
      KeyId: keyId,
      ImportToken: token,
      EncryptedKeyMaterial: wrapped,
      ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
    });
    expect(imported.error).toBeUndefined();
  });

  it('wrapped with the wrong hash, KMS cannot open it', async () => {
    const { kms, keyId, publicKey, token } = await importable('RSAES_OAEP_SHA_256');
    const wrapped = await wrapMaterial(publicKey, 'RSAES_OAEP_SHA_1', generateMaterial());
    const imported = await kms.call('ImportKeyMaterial', {
      KeyId: keyId,
      ImportToken: token,
      EncryptedKeyMaterial: wrapped,
      ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
    });
    expect(imported.error?.name).toBe('InvalidCiphertextException');
  });
});
