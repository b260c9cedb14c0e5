import { describe, expect, it } from 'vitest';
import { isLocalRecord } from '../graph';
import { createAppStore } from './createAppStore';
import type { WrappingAlgorithm } from './outside/importAlgorithms';

type Store = ReturnType<typeof createAppStore>;

/** What the player was given after the first `from` entries: KMS calls and local work. */
const played = (store: Store, from = 0) =>
  store
    .getState()
    .playlist.slice(from)
    .map((r) => (isLocalRecord(r) ? r.action : r.operation));

const keyState = (store: Store, keyId: string) =>
  store
    .getState()
    .view.regions.flatMap((r) => r.keys)
    .find((k) => k.keyId === keyId)?.state;

/** Steps 1 to 4: an EXTERNAL key, its parameters, fresh material, wrapped. */
async function wrapped(store: Store, algorithm: WrappingAlgorithm = 'RSAES_OAEP_SHA_256') {
  await store.getState().createExternalKey();
  const keyId = store.getState().importKeyId!;
  await store.getState().getImportParameters(keyId, algorithm, 'RSA_2048');
  await store.getState().generateOwnMaterial();
  expect(await store.getState().wrapOwnMaterial()).toBe(true);
  return keyId;
}

// RSA key generation is slow on a busy machine.
describe(
  'the owner imports key material from a workstation outside AWS',
  { timeout: 20_000 },
  () => {
    it('plays the five steps, the key at work, its material deleted and the same material again', async () => {
      const store = createAppStore();
      const keyId = await wrapped(store);
      expect(keyState(store, keyId)).toBe('PendingImport');
      const { importParameters, ownMaterial, wrappedMaterial } = store.getState();
      expect(importParameters).toMatchObject({ keyId, wrappingKeySpec: 'RSA_2048' });
      expect(importParameters!.validTo).toBe(store.getState().view.now + 24 * 3600 * 1000);
      expect(ownMaterial).toHaveLength(32);
      expect(wrappedMaterial?.bytes).toHaveLength(256);

      const imported = await store.getState().importWrappedMaterial({
        model: 'KEY_MATERIAL_EXPIRES',
        validTo: store.getState().view.now + 30 * 24 * 3600 * 1000,
      });
      expect(imported?.error).toBeUndefined();
      expect(imported?.input).toMatchObject({ ValidTo: expect.any(Date) });
      expect(keyState(store, keyId)).toBe('Enabled');
      expect(played(store)).toEqual([
        'CreateKey',
        'GetParametersForImport',
        'download-import-parameters',
        'generate-key-material',
        'wrap-key-material',
        'send-wrapped-material',
        'ImportKeyMaterial',
      ]);
      const wrap = store.getState().playlist.filter(isLocalRecord)[2];
      expect(wrap).toMatchObject({ action: 'wrap-key-material', algorithm: 'RSAES_OAEP_SHA_256' });

      await store.getState().encryptWithImported(keyId, 'Nóminas de marzo');
      await store.getState().decryptWithImported();
      expect(store.getState().importPlaintext).toBe('Nóminas de marzo');

      await store.getState().deleteImportedMaterial(keyId);
      expect(keyState(store, keyId)).toBe('PendingImport');
      const refused = await store.getState().decryptWithImported();
      expect(refused?.error?.name).toBe('KMSInvalidStateException');
      expect(store.getState().importFailure).toMatchObject({ step: 'Decrypt', kind: 'kms' });
      expect(store.getState().importPlaintext).toBeUndefined();

      // The same wrapped material and token, within the token's 24 hours: the old ciphertext reads.
      const again = await store
        .getState()
        .importWrappedMaterial({ model: 'KEY_MATERIAL_DOES_NOT_EXPIRE' });
      expect(again?.error).toBeUndefined();
      expect(keyState(store, keyId)).toBe('Enabled');
      await store.getState().decryptWithImported();
      expect(store.getState().importPlaintext).toBe('Nóminas de marzo');
    });

    it('other material into the same key is refused: IncorrectKeyMaterialException', async () => {
      const store = createAppStore();
      const keyId = await wrapped(store, 'RSA_AES_KEY_WRAP_SHA_256');
      await store.getState().importWrappedMaterial({ model: 'KEY_MATERIAL_DOES_NOT_EXPIRE' });
      await store.getState().deleteImportedMaterial(keyId);
      await store.getState().generateOwnMaterial();
      await store.getState().wrapOwnMaterial();
      const refused = await store
        .getState()
        .importWrappedMaterial({ model: 'KEY_MATERIAL_DOES_NOT_EXPIRE' });
      expect(refused?.error?.name).toBe('IncorrectKeyMaterialException');
      expect(store.getState().importFailure).toMatchObject({
        step: 'ImportKeyMaterial',
        name: 'IncorrectKeyMaterialException',
      });
    });

    it('the owner pastes back the copy they kept, and it imports again', async () => {
      const store = createAppStore();
      const keyId = await wrapped(store);
      const copy = store.getState().ownMaterial!.slice();
      await store.getState().importWrappedMaterial({ model: 'KEY_MATERIAL_DOES_NOT_EXPIRE' });
      await store.getState().deleteImportedMaterial(keyId);
      // A new session: the workstation's memory is gone, the owner's copy is not.
      store.setState({ ownMaterial: undefined, wrappedMaterial: undefined });
      await store.getState().getImportParameters(keyId, 'RSA_AES_KEY_WRAP_SHA_1', 'RSA_3072');
      store.getState().keepOwnMaterial(copy);
      await store.getState().wrapOwnMaterial();
      const again = await store
        .getState()
        .importWrappedMaterial({ model: 'KEY_MATERIAL_DOES_NOT_EXPIRE' });
      expect(again?.error).toBeUndefined();
    });

    it('refuses to wrap or import with nothing to work on, without a call', async () => {
      const store = createAppStore();
      expect(await store.getState().wrapOwnMaterial()).toBe(false);
      expect(store.getState().importFailure).toEqual({
        step: 'wrap',
        kind: 'local',
        reason: 'noParameters',
      });
      await store.getState().createExternalKey();
      await store
        .getState()
        .getImportParameters(store.getState().importKeyId!, 'RSAES_OAEP_SHA_1', 'RSA_2048');
      expect(await store.getState().wrapOwnMaterial()).toBe(false);
      expect(store.getState().importFailure).toMatchObject({ reason: 'noMaterial' });
      const calls = store.getState().records.length;
      expect(
        await store.getState().importWrappedMaterial({ model: 'KEY_MATERIAL_DOES_NOT_EXPIRE' }),
      ).toBeUndefined();
      expect(store.getState().importFailure).toMatchObject({ reason: 'noWrapped' });
      expect(store.getState().records).toHaveLength(calls);
    });

    it('a key that is not EXTERNAL has no import parameters: the KMS exception is kept', async () => {
      const store = createAppStore();
      const key = await store.getState().call('CreateKey', {}, store.getState().selectedRegion);
      const record = await store
        .getState()
        .getImportParameters(key.output!.KeyMetadata!.KeyId!, 'RSAES_OAEP_SHA_256', 'RSA_2048');
      expect(record.error?.name).toBe('UnsupportedOperationException');
      expect(store.getState().importParameters).toBeUndefined();
      expect(store.getState().importFailure).toMatchObject({
        step: 'GetParametersForImport',
        name: 'UnsupportedOperationException',
      });
    });
  },
);
