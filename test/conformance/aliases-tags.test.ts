/**
 * Aliases and tags through the AWS SDK: CreateAlias, UpdateAlias, DeleteAlias, ListAliases,
 * TagResource, UntagResource, ListResourceTags.
 */
import {
  AlreadyExistsException,
  CreateAliasCommand,
  CreateKeyCommand,
  DeleteAliasCommand,
  DescribeKeyCommand,
  EncryptCommand,
  KMSServiceException,
  ListAliasesCommand,
  ListResourceTagsCommand,
  NotFoundException,
  TagException,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateAliasCommand,
  type AliasListEntry,
  type KMSClient,
  type Tag,
} from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import {
  aliasArn,
  body,
  createKey,
  expectKmsError,
  keyArn,
  newLab,
  trackCommands,
  utf8,
  validation,
} from './client';

trackCommands(import.meta.url);

const ALIAS_PREFIX_RULE =
  'Alias must start with the prefix "alias/". Please see https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html';

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

async function aliases(client: KMSClient, KeyId?: string): Promise<AliasListEntry[]> {
  const { Aliases } = await client.send(new ListAliasesCommand(KeyId ? { KeyId } : {}));
  return [...(Aliases ?? [])].sort((a, b) => byCodePoint(a.AliasName!, b.AliasName!));
}

const sortTags = (tags: Tag[] | undefined) =>
  [...(tags ?? [])].sort((a, b) => byCodePoint(a.TagKey!, b.TagKey!));

describe('CreateAlias / ListAliases', () => {
  it('creates aliases to a key by key id or key ARN; ListAliases shows them as AWS does', async () => {
    const { kms, us } = newLab();
    const key = await createKey(us);
    const created = await us.send(
      new CreateAliasCommand({ AliasName: 'alias/app/one', TargetKeyId: key.KeyId }),
    );
    expect(body(created)).toEqual({});
    await us.send(new CreateAliasCommand({ AliasName: 'alias/app-two', TargetKeyId: key.Arn }));

    const now = kms.clock.now();
    expect(await aliases(us)).toEqual([
      {
        AliasName: 'alias/app-two',
        AliasArn: aliasArn('us-east-1', 'alias/app-two'),
        TargetKeyId: key.KeyId,
        CreationDate: now,
        LastUpdatedDate: now,
      },
      {
        AliasName: 'alias/app/one',
        AliasArn: aliasArn('us-east-1', 'alias/app/one'),
        TargetKeyId: key.KeyId,
        CreationDate: now,
        LastUpdatedDate: now,
      },
    ]);
    const [entry] = await aliases(us);
    expect(entry!.CreationDate).toBeInstanceOf(Date);
  });

  it('filters ListAliases by key id or key ARN', async () => {
    const { us } = newLab();
    const a = await createKey(us);
    const b = await createKey(us);
    await us.send(new CreateAliasCommand({ AliasName: 'alias/a1', TargetKeyId: a.KeyId }));
    await us.send(new CreateAliasCommand({ AliasName: 'alias/a2', TargetKeyId: a.KeyId }));
    await us.send(new CreateAliasCommand({ AliasName: 'alias/b1', TargetKeyId: b.KeyId }));
    expect((await aliases(us, a.KeyId)).map((x) => x.AliasName)).toEqual(['alias/a1', 'alias/a2']);
    expect((await aliases(us, b.Arn)).map((x) => x.AliasName)).toEqual(['alias/b1']);
    const c = await createKey(us);
    expect(body(await us.send(new ListAliasesCommand({ KeyId: c.KeyId })))).toEqual({
      Aliases: [],
      Truncated: false,
    });
  });

  it('pages ListAliases with Limit and Marker', async () => {
    const { us } = newLab();
    const key = await createKey(us);
    const names = ['alias/p1', 'alias/p2', 'alias/p3', 'alias/p4', 'alias/p5'];
    for (const AliasName of names) {
      await us.send(new CreateAliasCommand({ AliasName, TargetKeyId: key.KeyId }));
    }
    const seen: string[] = [];
    let Marker: string | undefined;
    let pages = 0;
    do {
      const page = await us.send(new ListAliasesCommand({ Limit: 2, Marker }));
      pages++;
      expect(page.Aliases!.length).toBeLessThanOrEqual(2);
      seen.push(...page.Aliases!.map((a) => a.AliasName!));
      expect(page.Truncated).toBe(page.NextMarker !== undefined);
      Marker = page.NextMarker;
    } while (Marker);
    expect(pages).toBe(3);
    expect(seen.sort()).toEqual(names);
  });

  it('makes the alias usable as KeyId for cryptographic operations', async () => {
    const { us } = newLab();
    const key = await createKey(us);
    await us.send(new CreateAliasCommand({ AliasName: 'alias/crypto', TargetKeyId: key.KeyId }));
    const out = await us.send(
      new EncryptCommand({ KeyId: 'alias/crypto', Plaintext: utf8('via alias') }),
    );
    expect(out.KeyId).toBe(key.Arn);
  });

  it('refuses an alias name that already exists in the Region, with its alias ARN', async () => {
    const { us } = newLab();
    const a = await createKey(us);
    const b = await createKey(us);
    await us.send(new CreateAliasCommand({ AliasName: 'alias/taken', TargetKeyId: a.KeyId }));
    await expectKmsError(
      us.send(new CreateAliasCommand({ AliasName: 'alias/taken', TargetKeyId: b.KeyId })),
      {
        type: AlreadyExistsException,
        message: `An alias with the name ${aliasArn('us-east-1', 'alias/taken')} already exists`,
      },
    );
    expect((await aliases(us))[0]!.TargetKeyId).toBe(a.KeyId);
  });

  it('refuses names without the alias/ prefix, with AWS’s message', async () => {
    const { us } = newLab();
    const key = await createKey(us);
    await expectKmsError(
      us.send(new CreateAliasCommand({ AliasName: 'no-prefix', TargetKeyId: key.KeyId })),
      { type: 'ValidationException', message: ALIAS_PREFIX_RULE },
    );
  });

  it('refuses characters outside [a-zA-Z0-9:/_-] with the Coral pattern message', async () => {
    const { us } = newLab();
    const key = await createKey(us);
    await expectKmsError(
      us.send(new CreateAliasCommand({ AliasName: 'alias/bad name', TargetKeyId: key.KeyId })),
      {
        type: 'ValidationException',
        message: validation(
          "Value 'alias/bad name' at 'aliasName' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-zA-Z0-9:/_-]+$",
        ),
      },
    );
  });

  it('refuses the alias/aws/ prefix reserved for AWS managed keys', async () => {
    const { us } = newLab();
    const key = await createKey(us);
    // AWS's exception for this is not published; it must fail and create nothing.
    await expect(
      us.send(new CreateAliasCommand({ AliasName: 'alias/aws/s3', TargetKeyId: key.KeyId })),
    ).rejects.toBeInstanceOf(KMSServiceException);
    expect(await aliases(us)).toEqual([]);
  });

  it('refuses an alias as the target (aliases point at keys)', async () => {
    const { us } = newLab();
    const key = await createKey(us);
    await us.send(new CreateAliasCommand({ AliasName: 'alias/first', TargetKeyId: key.KeyId }));
    await expect(
      us.send(new CreateAliasCommand({ AliasName: 'alias/second', TargetKeyId: 'alias/first' })),
    ).rejects.toBeInstanceOf(KMSServiceException);
    expect((await aliases(us)).map((a) => a.AliasName)).toEqual(['alias/first']);
  });

  it('refuses a target key that does not exist', async () => {
    const { us } = newLab();
    const missing = '5f0a3a4e-1c2b-4d5e-8f90-a1b2c3d4e5f6';
    await expectKmsError(
      us.send(new CreateAliasCommand({ AliasName: 'alias/nowhere', TargetKeyId: missing })),
      { type: NotFoundException, message: `Key '${keyArn('us-east-1', missing)}' does not exist` },
    );
  });

  it('keeps aliases per Region: the same name can point to different keys', async () => {
    const { us, eu } = newLab();
    const usKey = await createKey(us);
    const euKey = await createKey(eu);
    await us.send(new CreateAliasCommand({ AliasName: 'alias/shared', TargetKeyId: usKey.KeyId }));
    await eu.send(new CreateAliasCommand({ AliasName: 'alias/shared', TargetKeyId: euKey.KeyId }));
    expect(
      (await us.send(new DescribeKeyCommand({ KeyId: 'alias/shared' }))).KeyMetadata!.Arn,
    ).toBe(usKey.Arn);
    expect(
      (await eu.send(new DescribeKeyCommand({ KeyId: 'alias/shared' }))).KeyMetadata!.Arn,
    ).toBe(euKey.Arn);
    expect((await aliases(eu)).map((a) => a.AliasArn)).toEqual([
      aliasArn('eu-west-1', 'alias/shared'),
    ]);
  });

  it('cannot target a key of another Region', async () => {
    const { us, eu } = newLab();
    const usKey = await createKey(us);
    await expectKmsError(
      eu.send(new CreateAliasCommand({ AliasName: 'alias/far', TargetKeyId: usKey.Arn })),
      { type: NotFoundException, message: 'Invalid arn us-east-1' },
    );
  });
});

describe('UpdateAlias', () => {
  it('points an alias at another key; CreationDate stays, LastUpdatedDate moves', async () => {
    const { kms, us } = newLab();
    const a = await createKey(us);
    const b = await createKey(us);
    await us.send(new CreateAliasCommand({ AliasName: 'alias/moving', TargetKeyId: a.KeyId }));
    const created = kms.clock.now();
    await kms.clock.advance(60_000);
    const updated = await us.send(
      new UpdateAliasCommand({ AliasName: 'alias/moving', TargetKeyId: b.Arn }),
    );
    expect(body(updated)).toEqual({});
    const [entry] = await aliases(us);
    expect(entry).toEqual({
      AliasName: 'alias/moving',
      AliasArn: aliasArn('us-east-1', 'alias/moving'),
      TargetKeyId: b.KeyId,
      CreationDate: created,
      LastUpdatedDate: kms.clock.now(),
    });
    const out = await us.send(new EncryptCommand({ KeyId: 'alias/moving', Plaintext: utf8('x') }));
    expect(out.KeyId).toBe(b.Arn);
  });

  it('answers an alias that does not exist with its alias ARN', async () => {
    const { us } = newLab();
    const key = await createKey(us);
    await expectKmsError(
      us.send(new UpdateAliasCommand({ AliasName: 'alias/ghost', TargetKeyId: key.KeyId })),
      {
        type: NotFoundException,
        message: `Alias ${aliasArn('us-east-1', 'alias/ghost')} is not found.`,
      },
    );
  });
});

describe('DeleteAlias', () => {
  it('deletes the alias and leaves the key as it was', async () => {
    const { us } = newLab();
    const key = await createKey(us);
    await us.send(new CreateAliasCommand({ AliasName: 'alias/gone', TargetKeyId: key.KeyId }));
    const deleted = await us.send(new DeleteAliasCommand({ AliasName: 'alias/gone' }));
    expect(body(deleted)).toEqual({});
    expect(await aliases(us)).toEqual([]);
    await expectKmsError(us.send(new DescribeKeyCommand({ KeyId: 'alias/gone' })), {
      type: NotFoundException,
      message: `Alias ${aliasArn('us-east-1', 'alias/gone')} is not found.`,
    });
    expect(
      (await us.send(new DescribeKeyCommand({ KeyId: key.KeyId }))).KeyMetadata!.KeyState,
    ).toBe('Enabled');
  });

  it('refuses an alias that does not exist', async () => {
    const { us } = newLab();
    await expectKmsError(us.send(new DeleteAliasCommand({ AliasName: 'alias/never' })), {
      type: NotFoundException,
    });
  });

  it('frees the name for a new CreateAlias', async () => {
    const { us } = newLab();
    const a = await createKey(us);
    const b = await createKey(us);
    await us.send(new CreateAliasCommand({ AliasName: 'alias/reuse', TargetKeyId: a.KeyId }));
    await us.send(new DeleteAliasCommand({ AliasName: 'alias/reuse' }));
    await us.send(new CreateAliasCommand({ AliasName: 'alias/reuse', TargetKeyId: b.KeyId }));
    expect((await aliases(us))[0]!.TargetKeyId).toBe(b.KeyId);
  });
});

describe('TagResource / UntagResource / ListResourceTags', () => {
  it('adds, overwrites and removes tags; CreateKey tags are there from the start', async () => {
    const { us } = newLab();
    const key = await createKey(us, { Tags: [{ TagKey: 'team', TagValue: 'payments' }] });
    expect(body(await us.send(new ListResourceTagsCommand({ KeyId: key.KeyId })))).toEqual({
      Tags: [{ TagKey: 'team', TagValue: 'payments' }],
      Truncated: false,
    });

    const tagged = await us.send(
      new TagResourceCommand({
        KeyId: key.KeyId,
        Tags: [
          { TagKey: 'env', TagValue: 'prod' },
          { TagKey: 'team', TagValue: 'risk' },
          { TagKey: 'empty', TagValue: '' },
        ],
      }),
    );
    expect(body(tagged)).toEqual({});
    let { Tags } = await us.send(new ListResourceTagsCommand({ KeyId: key.Arn }));
    expect(sortTags(Tags)).toEqual([
      { TagKey: 'empty', TagValue: '' },
      { TagKey: 'env', TagValue: 'prod' },
      { TagKey: 'team', TagValue: 'risk' },
    ]);

    const untagged = await us.send(
      new UntagResourceCommand({ KeyId: key.Arn, TagKeys: ['team', 'not-there'] }),
    );
    expect(body(untagged)).toEqual({});
    ({ Tags } = await us.send(new ListResourceTagsCommand({ KeyId: key.KeyId })));
    expect(sortTags(Tags)).toEqual([
      { TagKey: 'empty', TagValue: '' },
      { TagKey: 'env', TagValue: 'prod' },
    ]);
  });

  it('treats tag keys as case-sensitive', async () => {
    const { us } = newLab();
    const key = await createKey(us);
    await us.send(
      new TagResourceCommand({
        KeyId: key.KeyId,
        Tags: [
          { TagKey: 'Env', TagValue: 'a' },
          { TagKey: 'env', TagValue: 'b' },
        ],
      }),
    );
    const { Tags } = await us.send(new ListResourceTagsCommand({ KeyId: key.KeyId }));
    expect(sortTags(Tags)).toEqual([
      { TagKey: 'Env', TagValue: 'a' },
      { TagKey: 'env', TagValue: 'b' },
    ]);
  });

  it('pages ListResourceTags with Limit and Marker', async () => {
    const { us } = newLab();
    const tags = Array.from({ length: 5 }, (_, i) => ({ TagKey: `k${i}`, TagValue: `v${i}` }));
    const key = await createKey(us, { Tags: tags });
    const seen: Tag[] = [];
    let Marker: string | undefined;
    do {
      const page = await us.send(
        new ListResourceTagsCommand({ KeyId: key.KeyId, Limit: 2, Marker }),
      );
      expect(page.Tags!.length).toBeLessThanOrEqual(2);
      seen.push(...page.Tags!);
      Marker = page.NextMarker;
    } while (Marker);
    expect(sortTags(seen)).toEqual(tags);
  });

  it('reserves the aws: prefix (TagException)', async () => {
    const { us } = newLab();
    const key = await createKey(us);
    await expectKmsError(
      us.send(
        new TagResourceCommand({
          KeyId: key.KeyId,
          Tags: [{ TagKey: 'aws:owner', TagValue: 'me' }],
        }),
      ),
      { type: TagException, message: 'Tags beginning with aws: are reserved' },
    );
    await expectKmsError(
      us.send(new CreateKeyCommand({ Tags: [{ TagKey: 'aws:cost', TagValue: '1' }] })),
      { type: TagException, message: 'Tags beginning with aws: are reserved' },
    );
    expect((await us.send(new ListResourceTagsCommand({ KeyId: key.KeyId }))).Tags).toEqual([]);
  });

  it('validates tag key and value lengths with Coral messages', async () => {
    const { us } = newLab();
    const key = await createKey(us);
    const longKey = 'k'.repeat(129);
    await expectKmsError(
      us.send(
        new TagResourceCommand({ KeyId: key.KeyId, Tags: [{ TagKey: longKey, TagValue: 'v' }] }),
      ),
      {
        type: 'ValidationException',
        message: validation(
          `Value '${longKey}' at 'tags.1.member.tagKey' failed to satisfy constraint: Member must have length less than or equal to 128`,
        ),
      },
    );
    const longValue = 'v'.repeat(257);
    await expectKmsError(
      us.send(
        new TagResourceCommand({
          KeyId: key.KeyId,
          Tags: [
            { TagKey: 'ok', TagValue: 'fine' },
            { TagKey: 'long', TagValue: longValue },
          ],
        }),
      ),
      {
        type: 'ValidationException',
        message: validation(
          `Value '${longValue}' at 'tags.2.member.tagValue' failed to satisfy constraint: Member must have length less than or equal to 256`,
        ),
      },
    );
  });

  it('refuses alias forms of KeyId', async () => {
    const { us } = newLab();
    const key = await createKey(us);
    await us.send(new CreateAliasCommand({ AliasName: 'alias/tagged', TargetKeyId: key.KeyId }));
    await expectKmsError(
      us.send(
        new TagResourceCommand({ KeyId: 'alias/tagged', Tags: [{ TagKey: 'a', TagValue: 'b' }] }),
      ),
      { type: NotFoundException },
    );
    await expectKmsError(
      us.send(new UntagResourceCommand({ KeyId: 'alias/tagged', TagKeys: ['a'] })),
      { type: NotFoundException },
    );
    await expectKmsError(us.send(new ListResourceTagsCommand({ KeyId: 'alias/tagged' })), {
      type: NotFoundException,
    });
  });
});
