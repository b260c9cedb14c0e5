import { describe, expect, it } from 'vitest';
import type { KeySpec } from '../engine/keySpecs';
import { isLocalRecord, type LocalRecord } from '../graph';
import { createAppStore } from './createAppStore';

/** The outside party's work the player was given, in order. */
const outsideWork = (store: ReturnType<typeof createAppStore>) =>
  store
    .getState()
    .playlist.filter(isLocalRecord)
    .map((r: LocalRecord) => (r.ok === false ? `${r.action}:FAIL` : r.action));

async function pair(usage: 'ENCRYPT_DECRYPT' | 'SIGN_VERIFY', spec: KeySpec = 'RSA_2048') {
  const store = createAppStore();
  const created = await store.getState().createKeyPair(spec, usage);
  expect(created.error).toBeUndefined();
  await store.getState().sharePublicKey(store.getState().pairKeyId!);
  return store;
}

describe('outside AWS: encrypt with the public key, decrypt through KMS', () => {
  it('hands out the public key, encrypts outside without KMS, and the owner decrypts', async () => {
    const store = await pair('ENCRYPT_DECRYPT');
    const held = store.getState().heldPublicKey;
    expect(held).toMatchObject({ keySpec: 'RSA_2048', keyUsage: 'ENCRYPT_DECRYPT' });
    expect(held?.encryptionAlgorithms).toEqual(['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256']);

    const callsBefore = store.getState().records.length;
    expect(
      await store.getState().encryptOutside('Hola, dueña de la clave', 'RSAES_OAEP_SHA_256'),
    ).toBe(true);
    // Encrypting with the public key never calls KMS.
    expect(store.getState().records).toHaveLength(callsBefore);
    const { outsideCiphertext } = store.getState();
    expect(outsideCiphertext?.bytes).toHaveLength(256);

    const decrypted = await store
      .getState()
      .decryptAsOwner(outsideCiphertext!.bytes, outsideCiphertext!.algorithm);
    expect(decrypted?.operation).toBe('Decrypt');
    expect(store.getState().ownerPlaintext).toBe('Hola, dueña de la clave');
    expect(outsideWork(store)).toEqual([
      'share-public-key',
      'encrypt-with-public-key',
      'send-ciphertext',
    ]);
  });

  it('refuses a message longer than RSA-OAEP takes, in the browser, and changes nothing', async () => {
    const store = await pair('ENCRYPT_DECRYPT');
    expect(await store.getState().encryptOutside('x'.repeat(191), 'RSAES_OAEP_SHA_256')).toBe(
      false,
    );
    expect(store.getState().outsideFailure).toEqual({
      step: 'encrypt',
      kind: 'local',
      reason: 'tooLong',
      max: 190,
    });
    expect(store.getState().outsideCiphertext).toBeUndefined();
  });

  it('refuses an empty message (KMS never decrypts to nothing) and a ciphertext that is not base64', async () => {
    const store = await pair('ENCRYPT_DECRYPT');
    expect(await store.getState().encryptOutside('', 'RSAES_OAEP_SHA_256')).toBe(false);
    expect(store.getState().outsideFailure).toEqual({
      step: 'encrypt',
      kind: 'local',
      reason: 'empty',
    });
    await store.getState().encryptOutside('hola', 'RSAES_OAEP_SHA_256');
    const { bytes } = store.getState().outsideCiphertext!;
    await store.getState().decryptAsOwner(bytes, 'RSAES_OAEP_SHA_256');
    expect(store.getState().ownerPlaintext).toBe('hola');
    const calls = store.getState().records.length;
    // What an earlier Decrypt showed goes away: only the new refusal stands, and no call.
    store.getState().refuseCiphertext();
    expect(store.getState().ownerPlaintext).toBeUndefined();
    expect(store.getState().outsideFailure).toMatchObject({ step: 'Decrypt', reason: 'notBase64' });
    expect(store.getState().records).toHaveLength(calls);
  });

  it("shows KMS's refusal when the owner decrypts with the wrong algorithm", async () => {
    const store = await pair('ENCRYPT_DECRYPT');
    await store.getState().encryptOutside('secreto', 'RSAES_OAEP_SHA_1');
    const bytes = store.getState().outsideCiphertext!.bytes;
    await store.getState().decryptAsOwner(bytes, 'RSAES_OAEP_SHA_256');
    expect(store.getState().outsideFailure).toMatchObject({
      step: 'Decrypt',
      kind: 'kms',
      name: 'InvalidCiphertextException',
    });
    expect(store.getState().ownerPlaintext).toBeUndefined();
  });
});

describe('outside AWS: sign through KMS, verify with the public key', () => {
  it('verifies the signed message and refuses a changed one', async () => {
    const store = await pair('SIGN_VERIFY', 'ECC_NIST_P256');
    await store.getState().signAsOwner('Transferencia: 100 €', 'ECDSA_SHA_256');
    expect(store.getState().ownerSignature?.signature.length).toBeGreaterThan(64);
    expect(await store.getState().verifyOutside('Transferencia: 100 €')).toBe(true);
    expect(await store.getState().verifyOutside('Transferencia: 900 €')).toBe(false);
    expect(store.getState().verification).toEqual({ ok: false, message: 'Transferencia: 900 €' });
    // Editing the message again: the old verdict no longer applies.
    store.getState().forgetVerdict();
    expect(store.getState().verification).toBeUndefined();
    expect(outsideWork(store)).toEqual([
      'share-public-key',
      'send-signature',
      'verify-with-public-key',
      'verify-with-public-key:FAIL',
    ]);
  });

  it('forgets what belonged to the previous key when another is chosen', async () => {
    const store = await pair('SIGN_VERIFY');
    await store.getState().signAsOwner('hola', 'RSASSA_PSS_SHA_256');
    const previous = store.getState().pairKeyId!;
    store.getState().selectPairKey(previous);
    expect(store.getState().ownerSignature).toBeDefined();
    store.getState().selectPairKey('another-key');
    expect(store.getState().heldPublicKey).toBeUndefined();
    expect(store.getState().ownerSignature).toBeUndefined();
  });
});
