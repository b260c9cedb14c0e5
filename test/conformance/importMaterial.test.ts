/**
 * Imported key material (BYOK) through the AWS SDK: CreateKey Origin EXTERNAL, then
 * GetParametersForImport, material wrapped outside AWS with Node's crypto (RSA-OAEP SHA-1 and
 * SHA-256, and RSA-OAEP + AES key wrap with padding), ImportKeyMaterial,
 * DeleteImportedKeyMaterial and reimport. Each refusal arrives as the SDK's own exception
 * class. AWS's message wording for the import refusals is not known: only the class is asserted.
 */
import {
  CreateKeyCommand,
  DecryptCommand,
  DeleteImportedKeyMaterialCommand,
  DescribeKeyCommand,
  EncryptCommand,
  ExpiredImportTokenException,
  GetParametersForImportCommand,
  ImportKeyMaterialCommand,
  IncorrectKeyException,
  IncorrectKeyMaterialException,
  InvalidCiphertextException,
  InvalidImportTokenException,
  KMSInvalidStateException,
  UnsupportedOperationException,
  type AlgorithmSpec,
  type KMSClient,
} from '@aws-sdk/client-kms';
import {
  constants,
  createCipheriv,
  createPublicKey,
  publicEncrypt,
  randomBytes,
} from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  DAY_MS,
  MATERIAL_ID,
  body,
  createKey,
  expectKmsError,
  newLab,
  text,
  trackCommands,
  utf8,
} from './client';

trackCommands(import.meta.url);

type Wrapping = Exclude<AlgorithmSpec, 'RSAES_PKCS1_V1_5'>;

/** What a key owner does outside AWS: wrap its material under KMS's public wrapping key. */
function wrap(publicKeyDer: Uint8Array, algorithm: Wrapping, material: Uint8Array): Uint8Array {
  const key = createPublicKey({ key: Buffer.from(publicKeyDer), format: 'der', type: 'spki' });
  const oaepHash = algorithm.endsWith('SHA_1') ? 'sha1' : 'sha256';
  const rsa = (data: Uint8Array) =>
    publicEncrypt({ key, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash }, data);
  if (algorithm.startsWith('RSAES_OAEP')) return rsa(material);
  // RSA_AES_KEY_WRAP: an ephemeral AES key under RSA-OAEP, then RFC 5649 of the material.
  const aesKey = randomBytes(32);
  const kwp = createCipheriv('id-aes256-wrap-pad', aesKey, Buffer.from('a65959a6', 'hex'));
  return Buffer.concat([rsa(aesKey), kwp.update(material), kwp.final()]);
}

async function parameters(client: KMSClient, KeyId: string, algorithm: Wrapping) {
  return client.send(
    new GetParametersForImportCommand({
      KeyId,
      WrappingAlgorithm: algorithm,
      WrappingKeySpec: 'RSA_2048',
    }),
  );
}

async function importMaterial(
  client: KMSClient,
  KeyId: string,
  material: Uint8Array,
  algorithm: Wrapping = 'RSAES_OAEP_SHA_256',
) {
  const { PublicKey, ImportToken } = await parameters(client, KeyId, algorithm);
  return client.send(
    new ImportKeyMaterialCommand({
      KeyId,
      ImportToken,
      EncryptedKeyMaterial: wrap(PublicKey!, algorithm, material),
      ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
    }),
  );
}

const externalKey = (client: KMSClient) => createKey(client, { Origin: 'EXTERNAL' });

// RSA key generation and first loads are slow on a busy machine.
describe('imported key material through the SDK', { timeout: 20_000 }, () => {
  it.each<Wrapping>([
    'RSAES_OAEP_SHA_1',
    'RSAES_OAEP_SHA_256',
    'RSA_AES_KEY_WRAP_SHA_1',
    'RSA_AES_KEY_WRAP_SHA_256',
  ])('creates, imports (%s), encrypts, deletes, reimports, decrypts', async (algorithm) => {
    const { us, kms } = newLab();
    const key = await externalKey(us);
    expect(key).toMatchObject({ Origin: 'EXTERNAL', KeyState: 'PendingImport', Enabled: false });

    const params = await parameters(us, key.KeyId, algorithm);
    expect(params.KeyId).toBe(key.Arn);
    expect(params.ParametersValidTo).toEqual(new Date(kms.clock.now().getTime() + DAY_MS));
    const material = randomBytes(32);
    const validTo = new Date(kms.clock.now().getTime() + 30 * DAY_MS);
    const imported = await us.send(
      new ImportKeyMaterialCommand({
        KeyId: key.KeyId,
        ImportToken: params.ImportToken,
        EncryptedKeyMaterial: wrap(params.PublicKey!, algorithm, material),
        ValidTo: validTo,
      }),
    );
    expect(body(imported)).toEqual({
      KeyId: key.Arn,
      KeyMaterialId: expect.stringMatching(MATERIAL_ID),
    });
    const described = await us.send(new DescribeKeyCommand({ KeyId: key.KeyId }));
    expect(described.KeyMetadata).toMatchObject({
      KeyState: 'Enabled',
      Enabled: true,
      ExpirationModel: 'KEY_MATERIAL_EXPIRES',
      ValidTo: validTo,
      CurrentKeyMaterialId: imported.KeyMaterialId,
    });

    const { CiphertextBlob } = await us.send(
      new EncryptCommand({ KeyId: key.KeyId, Plaintext: utf8('before deletion') }),
    );
    const deleted = await us.send(new DeleteImportedKeyMaterialCommand({ KeyId: key.KeyId }));
    expect(body(deleted)).toEqual({ KeyId: key.Arn, KeyMaterialId: imported.KeyMaterialId });
    await expectKmsError(us.send(new DecryptCommand({ CiphertextBlob })), {
      type: KMSInvalidStateException,
      message: `${key.Arn} is pending import.`,
    });

    await importMaterial(us, key.KeyId, material, algorithm);
    const decrypted = await us.send(new DecryptCommand({ CiphertextBlob }));
    expect(text(decrypted.Plaintext)).toBe('before deletion');
    expect(decrypted.KeyMaterialId).toBe(imported.KeyMaterialId);
  });

  it('binds a ciphertext to its key: another key with the same material cannot decrypt it', async () => {
    const { us } = newLab();
    const material = randomBytes(32);
    const a = await externalKey(us);
    const b = await externalKey(us);
    await importMaterial(us, a.KeyId, material);
    await importMaterial(us, b.KeyId, material);
    const { CiphertextBlob } = await us.send(
      new EncryptCommand({ KeyId: a.KeyId, Plaintext: utf8('for a') }),
    );
    await expectKmsError(us.send(new DecryptCommand({ CiphertextBlob, KeyId: b.KeyId })), {
      type: IncorrectKeyException,
    });
  });

  it('answers each refusal with its AWS exception class', async () => {
    const { us, kms } = newLab();
    const key = await externalKey(us);
    const other = await externalKey(us);
    const generated = await createKey(us);
    const material = randomBytes(32);
    await importMaterial(us, key.KeyId, material);

    await expectKmsError(parameters(us, generated.KeyId, 'RSAES_OAEP_SHA_256'), {
      type: UnsupportedOperationException,
      message: `${generated.Arn} origin is AWS_KMS which is not valid for this operation.`,
    });
    await expectKmsError(
      us.send(
        new GetParametersForImportCommand({
          KeyId: key.KeyId,
          WrappingAlgorithm: 'RSAES_PKCS1_V1_5',
          WrappingKeySpec: 'RSA_2048',
        }),
      ),
      { type: 'ValidationException' },
    );

    const send = (token: Uint8Array | undefined, encrypted: Uint8Array) =>
      us.send(
        new ImportKeyMaterialCommand({
          KeyId: key.KeyId,
          ImportToken: token,
          EncryptedKeyMaterial: encrypted,
          ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
        }),
      );
    const theirs = await parameters(us, other.KeyId, 'RSAES_OAEP_SHA_256');
    const ours = await parameters(us, key.KeyId, 'RSAES_OAEP_SHA_256');
    const good = wrap(ours.PublicKey!, 'RSAES_OAEP_SHA_256', material);
    await expectKmsError(send(theirs.ImportToken, good), { type: InvalidImportTokenException });
    await expectKmsError(
      send(ours.ImportToken, wrap(theirs.PublicKey!, 'RSAES_OAEP_SHA_256', material)),
      { type: InvalidCiphertextException },
    );
    await expectKmsError(
      send(ours.ImportToken, wrap(ours.PublicKey!, 'RSAES_OAEP_SHA_256', randomBytes(32))),
      { type: IncorrectKeyMaterialException },
    );
    await kms.clock.advance(25 * 60 * 60 * 1000);
    await expectKmsError(send(ours.ImportToken, good), { type: ExpiredImportTokenException });
  });

  it('creates EXTERNAL keys with no material, and rotation stays with KMS-made material', async () => {
    const { us } = newLab();
    const { KeyMetadata } = await us.send(new CreateKeyCommand({ Origin: 'EXTERNAL' }));
    expect(KeyMetadata?.CurrentKeyMaterialId).toBeUndefined();
    await expectKmsError(
      us.send(new EncryptCommand({ KeyId: KeyMetadata!.KeyId, Plaintext: utf8('x') })),
      { type: KMSInvalidStateException, message: `${KeyMetadata!.Arn} is pending import.` },
    );
  });
});
