/**
 * Cryptographic operations through the AWS SDK: Encrypt, Decrypt, ReEncrypt,
 * GenerateDataKey, GenerateDataKeyWithoutPlaintext, GenerateRandom; encryption context,
 * KeyId forms, key states, and AWS's validation messages.
 */
import {
  CreateAliasCommand,
  DecryptCommand,
  DisableKeyCommand,
  DisabledException,
  DryRunOperationException,
  EncryptCommand,
  GenerateDataKeyCommand,
  GenerateDataKeyWithoutPlaintextCommand,
  GenerateRandomCommand,
  IncorrectKeyException,
  InvalidCiphertextException,
  InvalidKeyUsageException,
  KMSInvalidStateException,
  NotFoundException,
  ReEncryptCommand,
  ScheduleKeyDeletionCommand,
  type KMSClient,
} from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import {
  MATERIAL_ID,
  aliasArn,
  body,
  createKey,
  expectKmsError,
  newLab,
  text,
  trackCommands,
  utf8,
  validation,
} from './client';

trackCommands(import.meta.url);

/** A key with an alias, and the four ways of naming it. */
async function keyWithAlias(client: KMSClient, region: string, alias = 'alias/named') {
  const key = await createKey(client);
  await client.send(new CreateAliasCommand({ AliasName: alias, TargetKeyId: key.KeyId }));
  const forms = {
    'key id': key.KeyId,
    'key ARN': key.Arn,
    'alias name': alias,
    'alias ARN': aliasArn(region, alias),
  };
  return { key, forms };
}

describe('Encrypt / Decrypt', () => {
  it('encrypts under each KeyId form and answers with the key ARN', async () => {
    const { us } = newLab();
    const { key, forms } = await keyWithAlias(us, 'us-east-1');
    for (const [form, KeyId] of Object.entries(forms)) {
      const response = await us.send(new EncryptCommand({ KeyId, Plaintext: utf8(form) }));
      expect(response.$metadata.httpStatusCode).toBe(200);
      const out = body(response);
      expect(out).toEqual({
        CiphertextBlob: expect.any(Uint8Array),
        KeyId: key.Arn,
        EncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
      });
      expect(out.CiphertextBlob).toBeInstanceOf(Uint8Array);
      const decrypted = await us.send(new DecryptCommand({ CiphertextBlob: out.CiphertextBlob }));
      expect(text(decrypted.Plaintext)).toBe(form);
    }
  });

  it('decrypts without a KeyId, answering key ARN, plaintext bytes, algorithm and material id', async () => {
    const { us } = newLab();
    const key = await createKey(us);
    const plaintext = new Uint8Array([0, 1, 2, 250, 255]);
    const { CiphertextBlob } = await us.send(
      new EncryptCommand({ KeyId: key.KeyId, Plaintext: plaintext }),
    );
    const out = body(await us.send(new DecryptCommand({ CiphertextBlob })));
    expect(out).toEqual({
      KeyId: key.Arn,
      Plaintext: plaintext,
      EncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
      KeyMaterialId: key.CurrentKeyMaterialId,
    });
    expect(out.Plaintext).toBeInstanceOf(Uint8Array);
    expect(out.KeyMaterialId).toMatch(MATERIAL_ID);
  });

  it('decrypts with the right key named in any KeyId form', async () => {
    const { us } = newLab();
    const { key, forms } = await keyWithAlias(us, 'us-east-1');
    const { CiphertextBlob } = await us.send(
      new EncryptCommand({ KeyId: key.KeyId, Plaintext: utf8('named') }),
    );
    for (const KeyId of Object.values(forms)) {
      const out = await us.send(new DecryptCommand({ CiphertextBlob, KeyId }));
      expect(text(out.Plaintext)).toBe('named');
      expect(out.KeyId).toBe(key.Arn);
    }
  });

  it('refuses to decrypt when KeyId names another key (IncorrectKeyException)', async () => {
    const { us } = newLab();
    const right = await createKey(us);
    const { key: wrong, forms } = await keyWithAlias(us, 'us-east-1', 'alias/wrong');
    expect(wrong.KeyId).not.toBe(right.KeyId);
    const { CiphertextBlob } = await us.send(
      new EncryptCommand({ KeyId: right.KeyId, Plaintext: utf8('x') }),
    );
    for (const KeyId of Object.values(forms)) {
      await expectKmsError(us.send(new DecryptCommand({ CiphertextBlob, KeyId })), {
        type: IncorrectKeyException,
        message:
          'The key ID in the request does not identify a CMK that can perform this operation.',
      });
    }
  });

  it('produces a different ciphertext each time for the same plaintext', async () => {
    const { us } = newLab();
    const key = await createKey(us);
    const a = await us.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: utf8('same') }));
    const b = await us.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: utf8('same') }));
    expect(a.CiphertextBlob).not.toEqual(b.CiphertextBlob);
  });

  it('accepts 1 to 4096 bytes of plaintext and words the limit as AWS does', async () => {
    const { us } = newLab();
    const key = await createKey(us);
    for (const size of [1, 4096]) {
      const Plaintext = new Uint8Array(size).fill(7);
      const { CiphertextBlob } = await us.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext }));
      expect((await us.send(new DecryptCommand({ CiphertextBlob }))).Plaintext).toEqual(Plaintext);
    }
    await expectKmsError(
      us.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: new Uint8Array(4097) })),
      {
        type: 'ValidationException',
        message: validation(
          "Value at 'plaintext' failed to satisfy constraint: Member must have length less than or equal to 4096",
        ),
      },
    );
  });

  it('refuses a tampered or foreign ciphertext with InvalidCiphertextException and no message', async () => {
    const { us } = newLab();
    const key = await createKey(us);
    const { CiphertextBlob } = await us.send(
      new EncryptCommand({ KeyId: key.KeyId, Plaintext: utf8('integrity') }),
    );
    const tampered = Uint8Array.from(CiphertextBlob!);
    tampered[tampered.length - 1]! ^= 0x01;
    await expectKmsError(us.send(new DecryptCommand({ CiphertextBlob: tampered })), {
      type: InvalidCiphertextException,
      message: null,
    });
    const middle = Uint8Array.from(CiphertextBlob!);
    middle[Math.floor(middle.length / 2)]! ^= 0x80;
    await expectKmsError(us.send(new DecryptCommand({ CiphertextBlob: middle })), {
      type: InvalidCiphertextException,
      message: null,
    });
    await expectKmsError(
      us.send(new DecryptCommand({ CiphertextBlob: utf8('definitely not a KMS ciphertext') })),
      { type: InvalidCiphertextException, message: null },
    );
  });

  it('refuses the algorithms a symmetric key does not support', async () => {
    const { us } = newLab();
    const key = await createKey(us);
    await expectKmsError(
      us.send(
        new EncryptCommand({
          KeyId: key.KeyId,
          Plaintext: utf8('x'),
          EncryptionAlgorithm: 'RSAES_OAEP_SHA_256',
        }),
      ),
      {
        type: InvalidKeyUsageException,
        message: 'Algorithm RSAES_OAEP_SHA_256 is incompatible with key spec SYMMETRIC_DEFAULT.',
      },
    );
  });

  it('answers DryRun with DryRunOperationException and does not encrypt', async () => {
    const { us } = newLab();
    const key = await createKey(us);
    await expectKmsError(
      us.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: utf8('x'), DryRun: true })),
      { type: DryRunOperationException },
    );
  });
});

describe('encryption context', () => {
  it('must match exactly on Decrypt, in any order', async () => {
    const { us } = newLab();
    const key = await createKey(us);
    const { CiphertextBlob } = await us.send(
      new EncryptCommand({
        KeyId: key.KeyId,
        Plaintext: utf8('bound'),
        EncryptionContext: { tenant: 'acme', purpose: 'invoices', 'z-last': '1' },
      }),
    );
    const reordered = { 'z-last': '1', purpose: 'invoices', tenant: 'acme' };
    const out = await us.send(new DecryptCommand({ CiphertextBlob, EncryptionContext: reordered }));
    expect(text(out.Plaintext)).toBe('bound');
  });

  it('fails with InvalidCiphertextException when missing, partial, extra or different in case', async () => {
    const { us } = newLab();
    const key = await createKey(us);
    const EncryptionContext = { tenant: 'acme', purpose: 'invoices' };
    const { CiphertextBlob } = await us.send(
      new EncryptCommand({ KeyId: key.KeyId, Plaintext: utf8('bound'), EncryptionContext }),
    );
    const wrong: (Record<string, string> | undefined)[] = [
      undefined,
      {},
      { tenant: 'acme' },
      { tenant: 'acme', purpose: 'invoices', extra: 'x' },
      { tenant: 'ACME', purpose: 'invoices' },
      { Tenant: 'acme', purpose: 'invoices' },
      { tenant: 'acme', purpose: 'payroll' },
    ];
    for (const context of wrong) {
      await expectKmsError(
        us.send(
          new DecryptCommand({
            CiphertextBlob,
            ...(context ? { EncryptionContext: context } : {}),
          }),
        ),
        { type: InvalidCiphertextException, message: null },
      );
    }
  });

  it('is required to be absent when none was used', async () => {
    const { us } = newLab();
    const key = await createKey(us);
    const { CiphertextBlob } = await us.send(
      new EncryptCommand({ KeyId: key.KeyId, Plaintext: utf8('free') }),
    );
    await expectKmsError(
      us.send(new DecryptCommand({ CiphertextBlob, EncryptionContext: { any: 'thing' } })),
      { type: InvalidCiphertextException, message: null },
    );
    const out = await us.send(new DecryptCommand({ CiphertextBlob, EncryptionContext: {} }));
    expect(text(out.Plaintext)).toBe('free');
  });
});

describe('ReEncrypt', () => {
  it('moves a ciphertext to another key and context without returning the plaintext', async () => {
    const { us } = newLab();
    const source = await createKey(us);
    const { key: destination, forms } = await keyWithAlias(us, 'us-east-1', 'alias/dest');
    const { CiphertextBlob } = await us.send(
      new EncryptCommand({
        KeyId: source.KeyId,
        Plaintext: utf8('moving'),
        EncryptionContext: { stage: 'one' },
      }),
    );
    for (const DestinationKeyId of Object.values(forms)) {
      const out = body(
        await us.send(
          new ReEncryptCommand({
            CiphertextBlob,
            SourceEncryptionContext: { stage: 'one' },
            DestinationKeyId,
            DestinationEncryptionContext: { stage: 'two' },
          }),
        ),
      );
      expect(out).toEqual({
        CiphertextBlob: expect.any(Uint8Array),
        SourceKeyId: source.Arn,
        KeyId: destination.Arn,
        SourceEncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
        DestinationEncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
        SourceKeyMaterialId: source.CurrentKeyMaterialId,
        DestinationKeyMaterialId: destination.CurrentKeyMaterialId,
      });
      const decrypted = await us.send(
        new DecryptCommand({
          CiphertextBlob: out.CiphertextBlob,
          EncryptionContext: { stage: 'two' },
        }),
      );
      expect(text(decrypted.Plaintext)).toBe('moving');
      expect(decrypted.KeyId).toBe(destination.Arn);
    }
  });

  it('can re-encrypt under the same key (e.g. to change the context)', async () => {
    const { us } = newLab();
    const key = await createKey(us);
    const { CiphertextBlob } = await us.send(
      new EncryptCommand({ KeyId: key.KeyId, Plaintext: utf8('same key') }),
    );
    const out = await us.send(
      new ReEncryptCommand({
        CiphertextBlob,
        SourceKeyId: key.Arn,
        DestinationKeyId: key.KeyId,
        DestinationEncryptionContext: { v: '2' },
      }),
    );
    expect(out.SourceKeyId).toBe(key.Arn);
    expect(out.KeyId).toBe(key.Arn);
    const decrypted = await us.send(
      new DecryptCommand({ CiphertextBlob: out.CiphertextBlob, EncryptionContext: { v: '2' } }),
    );
    expect(text(decrypted.Plaintext)).toBe('same key');
  });

  it('checks the source context and the source key like Decrypt does', async () => {
    const { us } = newLab();
    const source = await createKey(us);
    const other = await createKey(us);
    const { CiphertextBlob } = await us.send(
      new EncryptCommand({
        KeyId: source.KeyId,
        Plaintext: utf8('x'),
        EncryptionContext: { a: '1' },
      }),
    );
    await expectKmsError(
      us.send(new ReEncryptCommand({ CiphertextBlob, DestinationKeyId: other.KeyId })),
      { type: InvalidCiphertextException, message: null },
    );
    await expectKmsError(
      us.send(
        new ReEncryptCommand({
          CiphertextBlob,
          SourceEncryptionContext: { a: '1' },
          SourceKeyId: other.KeyId,
          DestinationKeyId: other.KeyId,
        }),
      ),
      {
        type: IncorrectKeyException,
        message:
          'The key ID in the request does not identify a CMK that can perform this operation.',
      },
    );
  });

  it('refuses a destination key that does not exist', async () => {
    const { us } = newLab();
    const source = await createKey(us);
    const { CiphertextBlob } = await us.send(
      new EncryptCommand({ KeyId: source.KeyId, Plaintext: utf8('x') }),
    );
    await expectKmsError(
      us.send(new ReEncryptCommand({ CiphertextBlob, DestinationKeyId: 'alias/nowhere' })),
      {
        type: NotFoundException,
        message: `Alias ${aliasArn('us-east-1', 'alias/nowhere')} is not found.`,
      },
    );
  });
});

describe('GenerateDataKey / GenerateDataKeyWithoutPlaintext', () => {
  it('returns a plaintext data key and its copy encrypted under the KMS key', async () => {
    const { us } = newLab();
    const { key, forms } = await keyWithAlias(us, 'us-east-1');
    for (const KeyId of Object.values(forms)) {
      const out = body(await us.send(new GenerateDataKeyCommand({ KeyId, KeySpec: 'AES_256' })));
      expect(out).toEqual({
        CiphertextBlob: expect.any(Uint8Array),
        Plaintext: expect.any(Uint8Array),
        KeyId: key.Arn,
        KeyMaterialId: key.CurrentKeyMaterialId,
      });
      expect(out.Plaintext).toHaveLength(32);
      const decrypted = await us.send(new DecryptCommand({ CiphertextBlob: out.CiphertextBlob }));
      expect(decrypted.Plaintext).toEqual(out.Plaintext);
    }
  });

  it('sizes the data key by KeySpec or NumberOfBytes', async () => {
    const { us } = newLab();
    const key = await createKey(us);
    const aes128 = await us.send(
      new GenerateDataKeyCommand({ KeyId: key.KeyId, KeySpec: 'AES_128' }),
    );
    expect(aes128.Plaintext).toHaveLength(16);
    for (const NumberOfBytes of [1, 64, 1024]) {
      const out = await us.send(new GenerateDataKeyCommand({ KeyId: key.KeyId, NumberOfBytes }));
      expect(out.Plaintext).toHaveLength(NumberOfBytes);
    }
  });

  it('binds the data key to the encryption context', async () => {
    const { us } = newLab();
    const key = await createKey(us);
    const out = await us.send(
      new GenerateDataKeyCommand({
        KeyId: key.KeyId,
        KeySpec: 'AES_256',
        EncryptionContext: { file: 'a.txt' },
      }),
    );
    await expectKmsError(us.send(new DecryptCommand({ CiphertextBlob: out.CiphertextBlob })), {
      type: InvalidCiphertextException,
      message: null,
    });
    const decrypted = await us.send(
      new DecryptCommand({
        CiphertextBlob: out.CiphertextBlob,
        EncryptionContext: { file: 'a.txt' },
      }),
    );
    expect(decrypted.Plaintext).toEqual(out.Plaintext);
  });

  it('needs exactly one of KeySpec and NumberOfBytes', async () => {
    const { us } = newLab();
    const key = await createKey(us);
    const message = 'Please specify either number of bytes or key spec.';
    await expectKmsError(us.send(new GenerateDataKeyCommand({ KeyId: key.KeyId })), {
      type: 'ValidationException',
      message,
    });
    await expectKmsError(
      us.send(
        new GenerateDataKeyCommand({ KeyId: key.KeyId, KeySpec: 'AES_256', NumberOfBytes: 32 }),
      ),
      { type: 'ValidationException', message },
    );
  });

  it('validates NumberOfBytes 1–1024 with Coral messages', async () => {
    const { us } = newLab();
    const key = await createKey(us);
    await expectKmsError(
      us.send(new GenerateDataKeyCommand({ KeyId: key.KeyId, NumberOfBytes: 0 })),
      {
        type: 'ValidationException',
        message: validation(
          "Value '0' at 'numberOfBytes' failed to satisfy constraint: Member must have value greater than or equal to 1",
        ),
      },
    );
    await expectKmsError(
      us.send(
        new GenerateDataKeyWithoutPlaintextCommand({ KeyId: key.KeyId, NumberOfBytes: 1025 }),
      ),
      {
        type: 'ValidationException',
        message: validation(
          "Value '1025' at 'numberOfBytes' failed to satisfy constraint: Member must have value less than or equal to 1024",
        ),
      },
    );
  });

  it('WithoutPlaintext returns only the encrypted copy, which decrypts to a data key', async () => {
    const { us } = newLab();
    const { key, forms } = await keyWithAlias(us, 'us-east-1');
    for (const KeyId of Object.values(forms)) {
      const out = body(
        await us.send(
          new GenerateDataKeyWithoutPlaintextCommand({
            KeyId,
            KeySpec: 'AES_128',
            EncryptionContext: { purpose: 'later' },
          }),
        ),
      );
      expect(out).toEqual({
        CiphertextBlob: expect.any(Uint8Array),
        KeyId: key.Arn,
        KeyMaterialId: key.CurrentKeyMaterialId,
      });
      const decrypted = await us.send(
        new DecryptCommand({
          CiphertextBlob: out.CiphertextBlob,
          EncryptionContext: { purpose: 'later' },
        }),
      );
      expect(decrypted.Plaintext).toHaveLength(16);
    }
  });
});

describe('GenerateRandom', () => {
  it('returns NumberOfBytes random bytes', async () => {
    const { us, eu } = newLab();
    for (const NumberOfBytes of [1, 32, 1024]) {
      const out = body(await us.send(new GenerateRandomCommand({ NumberOfBytes })));
      expect(out).toEqual({ Plaintext: expect.any(Uint8Array) });
      expect(out.Plaintext).toHaveLength(NumberOfBytes);
    }
    const a = await eu.send(new GenerateRandomCommand({ NumberOfBytes: 32 }));
    const b = await eu.send(new GenerateRandomCommand({ NumberOfBytes: 32 }));
    expect(a.Plaintext).not.toEqual(b.Plaintext);
  });

  it('words its validation errors as AWS does', async () => {
    const { us } = newLab();
    await expectKmsError(us.send(new GenerateRandomCommand({})), {
      type: 'ValidationException',
      message: 'NumberOfBytes is required.',
    });
    await expectKmsError(us.send(new GenerateRandomCommand({ NumberOfBytes: 0 })), {
      type: 'ValidationException',
      message: validation(
        "Value '0' at 'numberOfBytes' failed to satisfy constraint: Member must have value greater than or equal to 1",
      ),
    });
    await expectKmsError(us.send(new GenerateRandomCommand({ NumberOfBytes: 1025 })), {
      type: 'ValidationException',
      message: validation(
        "Value '1025' at 'numberOfBytes' failed to satisfy constraint: Member must have value less than or equal to 1024",
      ),
    });
  });
});

describe('key state and cryptographic operations', () => {
  it('refuses every cryptographic operation on a disabled key (DisabledException)', async () => {
    const { us } = newLab();
    const { key, forms } = await keyWithAlias(us, 'us-east-1');
    const other = await createKey(us);
    const { CiphertextBlob } = await us.send(
      new EncryptCommand({ KeyId: key.KeyId, Plaintext: utf8('x') }),
    );
    const { CiphertextBlob: otherBlob } = await us.send(
      new EncryptCommand({ KeyId: other.KeyId, Plaintext: utf8('y') }),
    );
    await us.send(new DisableKeyCommand({ KeyId: key.KeyId }));
    const expected = { type: DisabledException, message: `${key.Arn} is disabled.` };
    for (const KeyId of Object.values(forms)) {
      await expectKmsError(us.send(new EncryptCommand({ KeyId, Plaintext: utf8('x') })), expected);
      await expectKmsError(
        us.send(new GenerateDataKeyCommand({ KeyId, KeySpec: 'AES_256' })),
        expected,
      );
      await expectKmsError(
        us.send(new GenerateDataKeyWithoutPlaintextCommand({ KeyId, NumberOfBytes: 16 })),
        expected,
      );
      await expectKmsError(
        us.send(new ReEncryptCommand({ CiphertextBlob: otherBlob, DestinationKeyId: KeyId })),
        expected,
      );
    }
    await expectKmsError(us.send(new DecryptCommand({ CiphertextBlob })), expected);
    await expectKmsError(
      us.send(new ReEncryptCommand({ CiphertextBlob, DestinationKeyId: other.KeyId })),
      expected,
    );
  });

  it('refuses them on a key pending deletion (KMSInvalidStateException)', async () => {
    const { us } = newLab();
    const key = await createKey(us);
    const { CiphertextBlob } = await us.send(
      new EncryptCommand({ KeyId: key.KeyId, Plaintext: utf8('x') }),
    );
    await us.send(new ScheduleKeyDeletionCommand({ KeyId: key.KeyId, PendingWindowInDays: 7 }));
    const expected = { type: KMSInvalidStateException, message: `${key.Arn} is pending deletion.` };
    await expectKmsError(
      us.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: utf8('x') })),
      expected,
    );
    await expectKmsError(us.send(new DecryptCommand({ CiphertextBlob })), expected);
    await expectKmsError(
      us.send(new GenerateDataKeyCommand({ KeyId: key.Arn, NumberOfBytes: 8 })),
      expected,
    );
    await expectKmsError(
      us.send(new GenerateDataKeyWithoutPlaintextCommand({ KeyId: key.Arn, NumberOfBytes: 8 })),
      expected,
    );
    await expectKmsError(
      us.send(new ReEncryptCommand({ CiphertextBlob, DestinationKeyId: key.KeyId })),
      expected,
    );
  });
});
