import {
  createHmac,
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
  verify as nodeVerify,
} from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  DAY,
  START,
  externalKey,
  heldKey,
  importInto,
  newKms,
  wrapOutside,
  type Wrapping,
} from './importTestKit';

const material = () => new Uint8Array(randomBytes(32));
const text = (s: string) => new TextEncoder().encode(s);

describe('CreateKey with Origin EXTERNAL', { timeout: 20_000 }, () => {
  it('makes a key with no material, PendingImport, that refuses cryptographic use', async () => {
    const kms = newKms();
    const meta = await externalKey(kms);
    expect(meta).toMatchObject({ Origin: 'EXTERNAL', KeyState: 'PendingImport', Enabled: false });
    expect(meta.CurrentKeyMaterialId).toBeUndefined();
    expect(meta.ExpirationModel).toBeUndefined();
    expect((await heldKey(kms, meta.KeyId!)).materials).toEqual([]);
    const encrypt = await kms.call('Encrypt', { KeyId: meta.KeyId!, Plaintext: text('x') });
    expect(encrypt.error).toMatchObject({
      name: 'KMSInvalidStateException',
      message: `${meta.Arn} is pending import.`,
    });
    expect((await kms.call('EnableKey', { KeyId: meta.KeyId! })).error?.name).toBe(
      'KMSInvalidStateException',
    );
  });

  it('refuses specs whose material it cannot import yet, and multi-Region imported keys', async () => {
    const kms = newKms();
    const mlDsa = await kms.call('CreateKey', {
      Origin: 'EXTERNAL',
      KeySpec: 'ML_DSA_44',
      KeyUsage: 'SIGN_VERIFY',
    });
    expect(mlDsa.error?.name).toBe('UnsupportedOperationException');
    const mrk = await kms.call('CreateKey', { Origin: 'EXTERNAL', MultiRegion: true });
    expect(mrk.error?.name).toBe('UnsupportedOperationException');
  });
});

describe('ImportKeyMaterial', { timeout: 20_000 }, () => {
  it.each<Wrapping>([
    'RSAES_OAEP_SHA_1',
    'RSAES_OAEP_SHA_256',
    'RSA_AES_KEY_WRAP_SHA_1',
    'RSA_AES_KEY_WRAP_SHA_256',
  ])('imports 256-bit material Node wrapped with %s; the key is Enabled', async (algorithm) => {
    const kms = newKms();
    const key = await externalKey(kms);
    const record = await importInto(kms, key.KeyId!, material(), { algorithm });
    expect(record.error).toBeUndefined();
    expect(record.output).toEqual({
      KeyId: key.Arn,
      KeyMaterialId: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(record.trace).toContainEqual(
      expect.objectContaining({ type: 'material', action: 'import', ok: true }),
    );
    const described = (await kms.call('DescribeKey', { KeyId: key.KeyId! })).output!.KeyMetadata!;
    expect(described).toMatchObject({
      KeyState: 'Enabled',
      Enabled: true,
      ExpirationModel: 'KEY_MATERIAL_EXPIRES',
      ValidTo: new Date(START + 30 * DAY),
      CurrentKeyMaterialId: record.output!.KeyMaterialId,
    });
    const sealed = await kms.call('Encrypt', { KeyId: key.KeyId!, Plaintext: text('hola') });
    const opened = await kms.call('Decrypt', { CiphertextBlob: sealed.output!.CiphertextBlob! });
    expect(new TextDecoder().decode(opened.output!.Plaintext)).toBe('hola');
  });

  it('keeps the material and the token out of CloudTrail', async () => {
    const kms = newKms();
    const key = await externalKey(kms);
    const record = await importInto(kms, key.KeyId!, material(), { expires: false });
    const event = record.events[0]!;
    expect(event.requestParameters).toEqual({
      keyId: key.KeyId,
      expirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
    });
    expect(event.responseElements).toBeNull();
    const described = (await kms.call('DescribeKey', { KeyId: key.KeyId! })).output!.KeyMetadata!;
    expect(described.ExpirationModel).toBe('KEY_MATERIAL_DOES_NOT_EXPIRE');
    expect(described.ValidTo).toBeUndefined();
  });

  it('answers AWS exceptions: another key’s token, an expired token, a blob that does not open, other material', async () => {
    const kms = newKms();
    const key = await externalKey(kms);
    const other = await externalKey(kms);
    const first = material();
    expect((await importInto(kms, key.KeyId!, first)).error).toBeUndefined();
    const params = (KeyId: string) =>
      kms
        .call('GetParametersForImport', {
          KeyId,
          WrappingAlgorithm: 'RSAES_OAEP_SHA_256',
          WrappingKeySpec: 'RSA_2048',
        })
        .then((r) => r.output!);
    const importWith = (token: Uint8Array, encrypted: Uint8Array) =>
      kms.call('ImportKeyMaterial', {
        KeyId: key.KeyId!,
        ImportToken: token,
        EncryptedKeyMaterial: encrypted,
        ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
      });

    const theirs = await params(other.KeyId!);
    const wrappedForThem = wrapOutside(theirs.PublicKey!, 'RSAES_OAEP_SHA_256', first);
    expect((await importWith(theirs.ImportToken!, wrappedForThem)).error?.name).toBe(
      'InvalidImportTokenException',
    );

    const ours = await params(key.KeyId!);
    const wrapped = wrapOutside(ours.PublicKey!, 'RSAES_OAEP_SHA_256', first);
    expect((await importWith(ours.ImportToken!, wrappedForThem)).error?.name).toBe(
      'InvalidCiphertextException',
    );
    const different = wrapOutside(ours.PublicKey!, 'RSAES_OAEP_SHA_256', material());
    expect((await importWith(ours.ImportToken!, different)).error?.name).toBe(
      'IncorrectKeyMaterialException',
    );
    const short = wrapOutside(ours.PublicKey!, 'RSAES_OAEP_SHA_256', new Uint8Array(16));
    expect((await importWith(ours.ImportToken!, short)).error?.name).toBe(
      'IncorrectKeyMaterialException',
    );
    expect((await importWith(ours.ImportToken!, wrapped)).error).toBeUndefined();

    await kms.clock.advance(25 * 60 * 60 * 1000);
    expect((await importWith(ours.ImportToken!, wrapped)).error?.name).toBe(
      'ExpiredImportTokenException',
    );
  });

  it('checks ExpirationModel and ValidTo as the API Reference says', async () => {
    const kms = newKms();
    const key = await externalKey(kms);
    const params = (
      await kms.call('GetParametersForImport', {
        KeyId: key.KeyId!,
        WrappingAlgorithm: 'RSAES_OAEP_SHA_1',
        WrappingKeySpec: 'RSA_2048',
      })
    ).output!;
    const encrypted = wrapOutside(params.PublicKey!, 'RSAES_OAEP_SHA_1', material());
    const attempt = (extra: Record<string, unknown>) =>
      kms.call('ImportKeyMaterial', {
        KeyId: key.KeyId!,
        ImportToken: params.ImportToken!,
        EncryptedKeyMaterial: encrypted,
        ...extra,
      });
    for (const extra of [
      {},
      { ValidTo: new Date(START - 1000) },
      { ValidTo: new Date(START + 366 * DAY) },
      { ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE', ValidTo: new Date(START + DAY) },
    ]) {
      expect((await attempt(extra)).error?.name, JSON.stringify(extra)).toBe('ValidationException');
    }
    expect((await attempt({ ValidTo: new Date(START + 365 * DAY) })).error).toBeUndefined();
  });

  it('binds each ciphertext to its key: two keys with the same material cannot open each other’s', async () => {
    const kms = newKms();
    const shared = material();
    const a = await externalKey(kms);
    const b = await externalKey(kms);
    const idA = (await importInto(kms, a.KeyId!, shared)).output!.KeyMaterialId;
    const idB = (await importInto(kms, b.KeyId!, shared)).output!.KeyMaterialId;
    expect(idA).not.toBe(idB);
    const blob = (await kms.call('Encrypt', { KeyId: a.KeyId!, Plaintext: text('a') })).output!
      .CiphertextBlob!;
    const asB = await kms.call('Decrypt', { CiphertextBlob: blob, KeyId: b.KeyId! });
    expect(asB.error?.name).toBe('IncorrectKeyException');
  });

  it('imports HMAC material: raw bytes of the spec’s length', async () => {
    const kms = newKms();
    const hmacKey = await externalKey(kms, {
      KeySpec: 'HMAC_256',
      KeyUsage: 'GENERATE_VERIFY_MAC',
    });
    const secret = material();
    expect((await importInto(kms, hmacKey.KeyId!, secret)).error).toBeUndefined();
    const mac = await kms.call('GenerateMac', {
      KeyId: hmacKey.KeyId!,
      Message: text('m'),
      MacAlgorithm: 'HMAC_SHA_256',
    });
    expect(Buffer.from(mac.output!.Mac!)).toEqual(
      createHmac('sha256', secret).update('m').digest(),
    );
  });

  it('imports an ECC private key (PKCS#8 DER) that signs as Node’s', async () => {
    const kms = newKms();

    const ecKey = await externalKey(kms, { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' });
    const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const der = new Uint8Array(pair.privateKey.export({ format: 'der', type: 'pkcs8' }));
    const ecImport = await importInto(kms, ecKey.KeyId!, der, {
      algorithm: 'RSA_AES_KEY_WRAP_SHA_256',
    });
    expect(ecImport.error).toBeUndefined();
    const signed = await kms.call('Sign', {
      KeyId: ecKey.KeyId!,
      Message: text('signed'),
      SigningAlgorithm: 'ECDSA_SHA_256',
    });
    expect(nodeVerify('sha256', text('signed'), pair.publicKey, signed.output!.Signature!)).toBe(
      true,
    );
  });

  it('imports an RSA private key of the key spec’s size only', { timeout: 30_000 }, async () => {
    const kms = newKms();

    const rsaKey = await externalKey(kms, { KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' });
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const rsaDer = new Uint8Array(rsa.privateKey.export({ format: 'der', type: 'pkcs8' }));
    const wrongSize = await externalKey(kms, { KeySpec: 'RSA_3072', KeyUsage: 'SIGN_VERIFY' });
    expect(
      (await importInto(kms, wrongSize.KeyId!, rsaDer, { algorithm: 'RSA_AES_KEY_WRAP_SHA_1' }))
        .error?.name,
    ).toBe('IncorrectKeyMaterialException');
    expect(
      (await importInto(kms, rsaKey.KeyId!, rsaDer, { algorithm: 'RSA_AES_KEY_WRAP_SHA_1' })).error,
    ).toBeUndefined();
    const publicKey = (await kms.call('GetPublicKey', { KeyId: rsaKey.KeyId! })).output!.PublicKey!;
    const expected = rsa.publicKey.export({ format: 'der', type: 'spki' });
    expect(Buffer.from(publicKey).equals(expected)).toBe(true);
    expect(
      createPublicKey({ key: Buffer.from(publicKey), format: 'der', type: 'spki' }),
    ).toBeTruthy();
  });

  it('leaves rotation to keys whose material KMS made', async () => {
    const kms = newKms();
    const key = await externalKey(kms);
    await importInto(kms, key.KeyId!, material());
    for (const op of ['EnableKeyRotation', 'RotateKeyOnDemand'] as const) {
      expect((await kms.call(op, { KeyId: key.KeyId! })).error).toMatchObject({
        name: 'UnsupportedOperationException',
        message: `${key.Arn} does not support key rotation.`,
      });
    }
  });
});
