/**
 * Regions, persistence and concurrency through the AWS SDK: two Regional endpoints on one
 * engine, snapshot()/restore() into a fresh engine, and many SDK calls in flight at once.
 */
import {
  AlreadyExistsException,
  CreateAliasCommand,
  CreateKeyCommand,
  DecryptCommand,
  DescribeKeyCommand,
  EnableKeyCommand,
  EncryptCommand,
  GenerateDataKeyCommand,
  ListAliasesCommand,
  ListKeyRotationsCommand,
  ListKeysCommand,
  NotFoundException,
  ReEncryptCommand,
  RotateKeyOnDemandCommand,
  ScheduleKeyDeletionCommand,
  type KMSClient,
} from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { createKms } from '../../src/engine';
import {
  ACCOUNT_ID,
  DAY_MS,
  aliasArn,
  createKey,
  expectKmsError,
  keyArn,
  newLab,
  sdkClient,
  text,
  trackCommands,
  utf8,
} from './client';

trackCommands(import.meta.url);

const UNKNOWN_CIPHERTEXT_KEY =
  'The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.';

async function allKeys(client: KMSClient): Promise<string[]> {
  const ids: string[] = [];
  let Marker: string | undefined;
  do {
    const page = await client.send(new ListKeysCommand({ Limit: 7, Marker }));
    ids.push(...page.Keys!.map((k) => k.KeyId!));
    Marker = page.NextMarker;
  } while (Marker);
  return ids;
}

describe('Regions', () => {
  it('keeps keys in the Region whose endpoint created them', async () => {
    const { us, eu } = newLab();
    const usKey = await createKey(us);
    const euKey = await createKey(eu);
    expect(usKey.Arn).toBe(keyArn('us-east-1', usKey.KeyId));
    expect(euKey.Arn).toBe(keyArn('eu-west-1', euKey.KeyId));
    expect(await allKeys(us)).toEqual([usKey.KeyId]);
    expect(await allKeys(eu)).toEqual([euKey.KeyId]);
  });

  it('does not find another Region’s key by key id: the message names this Region', async () => {
    const { us, eu } = newLab();
    const usKey = await createKey(us);
    await expectKmsError(eu.send(new DescribeKeyCommand({ KeyId: usKey.KeyId })), {
      type: NotFoundException,
      message: `Key '${keyArn('eu-west-1', usKey.KeyId)}' does not exist`,
    });
  });

  it('refuses a key ARN or alias ARN of another Region with "Invalid arn <region>"', async () => {
    const { us, eu } = newLab();
    const usKey = await createKey(us);
    await us.send(new CreateAliasCommand({ AliasName: 'alias/home', TargetKeyId: usKey.KeyId }));
    const invalid = { type: NotFoundException, message: 'Invalid arn us-east-1' };
    await expectKmsError(eu.send(new DescribeKeyCommand({ KeyId: usKey.Arn })), invalid);
    await expectKmsError(
      eu.send(new EncryptCommand({ KeyId: usKey.Arn, Plaintext: utf8('x') })),
      invalid,
    );
    await expectKmsError(
      eu.send(new DescribeKeyCommand({ KeyId: aliasArn('us-east-1', 'alias/home') })),
      invalid,
    );
    await expectKmsError(eu.send(new EnableKeyCommand({ KeyId: usKey.Arn })), invalid);
    // The alias name alone is looked up in eu-west-1, where it does not exist.
    await expectKmsError(eu.send(new DescribeKeyCommand({ KeyId: 'alias/home' })), {
      type: NotFoundException,
      message: `Alias ${aliasArn('eu-west-1', 'alias/home')} is not found.`,
    });
  });

  it('does not decrypt a single-Region key’s ciphertext in another Region', async () => {
    const { us, eu } = newLab();
    const usKey = await createKey(us);
    const euKey = await createKey(eu);
    const { CiphertextBlob } = await us.send(
      new EncryptCommand({ KeyId: usKey.KeyId, Plaintext: utf8('stays home') }),
    );
    await expectKmsError(eu.send(new DecryptCommand({ CiphertextBlob })), {
      type: 'AccessDeniedException',
      message: UNKNOWN_CIPHERTEXT_KEY,
    });
    await expectKmsError(eu.send(new DecryptCommand({ CiphertextBlob, KeyId: usKey.Arn })), {
      type: NotFoundException,
      message: 'Invalid arn us-east-1',
    });
    await expectKmsError(
      eu.send(new ReEncryptCommand({ CiphertextBlob, DestinationKeyId: euKey.KeyId })),
      { type: 'AccessDeniedException', message: UNKNOWN_CIPHERTEXT_KEY },
    );
    // Back home it still decrypts.
    const out = await us.send(new DecryptCommand({ CiphertextBlob }));
    expect(text(out.Plaintext)).toBe('stays home');
  });

  it('answers the same operation from every Region the engine serves', async () => {
    const { kms, client } = newLab();
    for (const region of kms.regions) {
      const key = await createKey(client(region));
      expect(key.Arn).toBe(`arn:aws:kms:${region}:${ACCOUNT_ID}:key/${key.KeyId}`);
    }
  });
});

describe('snapshot() / restore()', () => {
  it('a ciphertext made before decrypts after restore into a fresh engine', async () => {
    const { kms, us, eu } = newLab();
    const key = await createKey(us, { Description: 'persisted' });
    await us.send(new CreateAliasCommand({ AliasName: 'alias/persisted', TargetKeyId: key.KeyId }));
    const before = await us.send(
      new EncryptCommand({
        KeyId: 'alias/persisted',
        Plaintext: utf8('made before the snapshot'),
        EncryptionContext: { saved: 'yes' },
      }),
    );
    await us.send(new RotateKeyOnDemandCommand({ KeyId: key.KeyId }));
    const afterRotation = await us.send(
      new EncryptCommand({ KeyId: key.KeyId, Plaintext: utf8('after rotation') }),
    );
    const euKey = await createKey(eu);
    const snapshot = structuredClone(await kms.snapshot());

    const fresh = createKms();
    await fresh.restore(snapshot);
    const us2 = sdkClient(fresh, 'us-east-1');
    const eu2 = sdkClient(fresh, 'eu-west-1');

    const out = await us2.send(
      new DecryptCommand({
        CiphertextBlob: before.CiphertextBlob,
        EncryptionContext: { saved: 'yes' },
      }),
    );
    expect(text(out.Plaintext)).toBe('made before the snapshot');
    expect(out.KeyId).toBe(key.Arn);
    expect(out.KeyMaterialId).toBe(key.CurrentKeyMaterialId);
    const rotated = await us2.send(
      new DecryptCommand({ CiphertextBlob: afterRotation.CiphertextBlob }),
    );
    expect(text(rotated.Plaintext)).toBe('after rotation');

    const described = await us2.send(new DescribeKeyCommand({ KeyId: 'alias/persisted' }));
    expect(described.KeyMetadata).toMatchObject({ KeyId: key.KeyId, Description: 'persisted' });
    expect((await eu2.send(new DescribeKeyCommand({ KeyId: euKey.KeyId }))).KeyMetadata!.Arn).toBe(
      euKey.Arn,
    );
    expect(
      (await us2.send(new ListKeyRotationsCommand({ KeyId: key.KeyId }))).Rotations,
    ).toHaveLength(1);
    expect(fresh.clock.now()).toEqual(kms.clock.now());
  });

  it('keeps what is scheduled: a pending deletion still completes after restore', async () => {
    const { kms, us } = newLab();
    const key = await createKey(us);
    await us.send(new ScheduleKeyDeletionCommand({ KeyId: key.KeyId, PendingWindowInDays: 7 }));
    const fresh = createKms();
    await fresh.restore(await kms.snapshot());
    const us2 = sdkClient(fresh, 'us-east-1');
    expect(
      (await us2.send(new DescribeKeyCommand({ KeyId: key.KeyId }))).KeyMetadata!.KeyState,
    ).toBe('PendingDeletion');
    await fresh.clock.advance(7 * DAY_MS);
    await expectKmsError(us2.send(new DescribeKeyCommand({ KeyId: key.KeyId })), {
      type: NotFoundException,
      message: `Key '${key.Arn}' does not exist`,
    });
  });

  it('leaves the engine untouched when restore is given something that is not a snapshot', async () => {
    const { kms, us } = newLab();
    const key = await createKey(us);
    await expect(kms.restore({ format: 'something else' })).rejects.toThrow();
    expect((await us.send(new DescribeKeyCommand({ KeyId: key.KeyId }))).KeyMetadata!.KeyId).toBe(
      key.KeyId,
    );
  });
});

describe('concurrency', () => {
  it('50 parallel CreateKey + Encrypt through the SDK all succeed and leave a consistent state', async () => {
    const { us, eu } = newLab();
    const results = await Promise.all(
      Array.from({ length: 50 }, async (_, i) => {
        const client = i % 2 === 0 ? us : eu;
        const { KeyMetadata } = await client.send(
          new CreateKeyCommand({ Description: `key ${i}` }),
        );
        const plaintext = `secret ${i}`;
        const encrypted = await client.send(
          new EncryptCommand({
            KeyId: KeyMetadata!.KeyId,
            Plaintext: utf8(plaintext),
            EncryptionContext: { i: String(i) },
          }),
        );
        return { i, client, key: KeyMetadata!, plaintext, blob: encrypted.CiphertextBlob! };
      }),
    );

    expect(new Set(results.map((r) => r.key.KeyId)).size).toBe(50);
    const usIds = results.filter((r) => r.client === us).map((r) => r.key.KeyId!);
    const euIds = results.filter((r) => r.client === eu).map((r) => r.key.KeyId!);
    expect((await allKeys(us)).sort()).toEqual(usIds.sort());
    expect((await allKeys(eu)).sort()).toEqual(euIds.sort());

    const decrypted = await Promise.all(
      results.map((r) =>
        r.client.send(
          new DecryptCommand({ CiphertextBlob: r.blob, EncryptionContext: { i: String(r.i) } }),
        ),
      ),
    );
    decrypted.forEach((d, n) => {
      expect(text(d.Plaintext)).toBe(results[n]!.plaintext);
      expect(d.KeyId).toBe(results[n]!.key.Arn);
    });
    for (const r of results) {
      const { KeyMetadata } = await r.client.send(new DescribeKeyCommand({ KeyId: r.key.KeyId }));
      expect(KeyMetadata!.Description).toBe(`key ${r.i}`);
    }
  });

  it('lets exactly one of many concurrent CreateAlias calls for the same name win', async () => {
    const { us } = newLab();
    const keys = await Promise.all(Array.from({ length: 10 }, () => createKey(us)));
    const outcomes = await Promise.allSettled(
      keys.map((k) =>
        us.send(new CreateAliasCommand({ AliasName: 'alias/contested', TargetKeyId: k.KeyId })),
      ),
    );
    const won = outcomes.filter((o) => o.status === 'fulfilled');
    const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(9);
    for (const o of lost) expect(o.reason).toBeInstanceOf(AlreadyExistsException);
    const { Aliases } = await us.send(new ListAliasesCommand({}));
    expect(Aliases).toHaveLength(1);
    const winner = keys[outcomes.findIndex((o) => o.status === 'fulfilled')]!;
    expect(Aliases![0]!.TargetKeyId).toBe(winner.KeyId);
  });

  it('a rotation amid parallel data-key requests leaves every data key decryptable', async () => {
    const { us } = newLab();
    const key = await createKey(us);
    // One on-demand rotation: real KMS rotates in the background and may refuse overlapping ones.
    const [, dataKeys] = await Promise.all([
      us.send(new RotateKeyOnDemandCommand({ KeyId: key.KeyId })),
      Promise.all(
        Array.from({ length: 20 }, () =>
          us.send(new GenerateDataKeyCommand({ KeyId: key.KeyId, KeySpec: 'AES_256' })),
        ),
      ),
    ]);
    const { Rotations } = await us.send(new ListKeyRotationsCommand({ KeyId: key.KeyId }));
    expect(Rotations).toHaveLength(1);
    for (const dk of dataKeys) {
      const out = await us.send(new DecryptCommand({ CiphertextBlob: dk.CiphertextBlob }));
      expect(out.Plaintext).toEqual(dk.Plaintext);
    }
  });
});
