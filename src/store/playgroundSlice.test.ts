import { describe, expect, it } from 'vitest';
import { createAppStore } from './createAppStore';
import { encryptionKeys } from './playgroundSlice';

describe('try encryption', () => {
  it('starts in the given Region with nothing selected', () => {
    const state = createAppStore({ region: 'eu-west-1' }).getState();
    expect(state).toMatchObject({
      selectedRegion: 'eu-west-1',
      selectedKeyId: undefined,
      encrypted: undefined,
      decrypted: undefined,
      failure: undefined,
      pending: undefined,
    });
  });

  it('creates a symmetric key in the selected Region and selects it', async () => {
    const store = createAppStore({ region: 'eu-west-1' });
    const pending = store.getState().createKey('for the test');
    expect(store.getState().pending).toBe('CreateKey');
    const record = await pending;
    expect(record.operation).toBe('CreateKey');
    expect(record.region).toBe('eu-west-1');
    const state = store.getState();
    expect(state.pending).toBeUndefined();
    expect(state.createdKeyId).toBeDefined();
    expect(state.selectedKeyId).toBe(state.createdKeyId);
    const key = state.view.regions.find((r) => r.code === 'eu-west-1')?.keys[0];
    expect(key).toMatchObject({
      keyId: state.createdKeyId,
      description: 'for the test',
      keySpec: 'SYMMETRIC_DEFAULT',
    });
  });

  it('encrypts a text and decrypts it back', async () => {
    const store = createAppStore();
    await store.getState().createKey();
    await store.getState().encrypt('¡Hola, KMS! ñ');
    const { encrypted } = store.getState();
    expect(encrypted?.ciphertext).toBeInstanceOf(Uint8Array);
    expect(encrypted?.keyArn).toContain(`:key/${store.getState().selectedKeyId}`);
    expect(encrypted?.region).toBe('us-east-1');

    await store.getState().decrypt();
    expect(store.getState().decrypted).toEqual({
      plaintext: '¡Hola, KMS! ñ',
      keyArn: encrypted?.keyArn,
    });
    expect(store.getState().failure).toBeUndefined();
  });

  it('binds the encryption context: the same one decrypts, another does not', async () => {
    const store = createAppStore();
    await store.getState().createKey();
    await store.getState().encrypt('secret', { purpose: 'test' });
    expect(store.getState().encrypted?.context).toEqual({ purpose: 'test' });

    await store.getState().decrypt();
    expect(store.getState().failure).toMatchObject({
      operation: 'Decrypt',
      name: 'InvalidCiphertextException',
    });
    await store.getState().decrypt({ purpose: 'other' });
    expect(store.getState().failure?.name).toBe('InvalidCiphertextException');
    await store.getState().decrypt({ purpose: 'test' });
    expect(store.getState().decrypted?.plaintext).toBe('secret');
    expect(store.getState().failure).toBeUndefined();
  });

  it('treats an empty context as none', async () => {
    const store = createAppStore();
    await store.getState().createKey();
    const record = await store.getState().encrypt('x', {});
    expect(record.input).not.toHaveProperty('EncryptionContext');
    expect(store.getState().encrypted).not.toHaveProperty('context');
  });

  it('reports a disabled key with its AWS exception name', async () => {
    const store = createAppStore();
    await store.getState().createKey();
    const keyId = store.getState().selectedKeyId ?? '';
    await store.getState().call('DisableKey', { KeyId: keyId }, 'us-east-1');
    await store.getState().encrypt('x');
    expect(store.getState().failure).toMatchObject({
      operation: 'Encrypt',
      name: 'DisabledException',
    });
    expect(store.getState().failure?.message).toContain('is disabled');
    expect(store.getState().encrypted).toBeUndefined();
  });

  it('reports a validation error for an empty plaintext or no key', async () => {
    const store = createAppStore();
    await store.getState().encrypt('hello');
    expect(store.getState().failure?.name).toBe('ValidationException');
    await store.getState().createKey();
    await store.getState().encrypt('');
    expect(store.getState().failure?.name).toBe('ValidationException');
  });

  it('shows that keys are Regional: a ciphertext does not decrypt in another Region', async () => {
    const store = createAppStore();
    await store.getState().createKey();
    await store.getState().encrypt('regional');
    store.getState().selectRegion('eu-west-1');
    expect(store.getState().selectedKeyId).toBeUndefined();
    await store.getState().decrypt();
    expect(store.getState().failure?.operation).toBe('Decrypt');
    expect(store.getState().decrypted).toBeUndefined();
    store.getState().selectRegion('us-east-1');
    expect(store.getState().failure).toBeUndefined();
    await store.getState().decrypt();
    expect(store.getState().decrypted?.plaintext).toBe('regional');
  });

  it('selects the newest key of a Region when switching to it', async () => {
    const store = createAppStore({ region: 'ap-south-1' });
    await store.getState().createKey('one');
    await store.getState().createKey('two');
    const newest = store.getState().createdKeyId;
    store.getState().selectRegion('us-east-1');
    store.getState().selectRegion('ap-south-1');
    expect(store.getState().selectedKeyId).toBe(newest);
    store.getState().selectKey('other');
    expect(store.getState().selectedKeyId).toBe('other');
  });

  it('offers only SYMMETRIC_DEFAULT keys: never an RSA or HMAC key, even the newest', async () => {
    const store = createAppStore({ region: 'eu-west-1' });
    await store.getState().createKey('symmetric');
    const symmetric = store.getState().createdKeyId;
    const { call } = store.getState();
    await call('CreateKey', { KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT' }, 'eu-west-1');
    await call('CreateKey', { KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' }, 'eu-west-1');
    const view = store.getState().view;
    expect(view.regions.find((r) => r.code === 'eu-west-1')?.keys).toHaveLength(3);
    expect(encryptionKeys(view, 'eu-west-1').map((k) => k.keyId)).toEqual([symmetric]);
    store.getState().selectRegion('us-east-1');
    store.getState().selectRegion('eu-west-1');
    expect(store.getState().selectedKeyId).toBe(symmetric);

    await call('CreateKey', { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' }, 'us-east-1');
    store.getState().selectRegion('us-east-1');
    expect(store.getState().selectedKeyId).toBeUndefined();
  });

  it('does nothing to decrypt before anything was encrypted', async () => {
    const store = createAppStore();
    expect(await store.getState().decrypt()).toBeUndefined();
    expect(store.getState().records).toHaveLength(0);
  });
});
