/**
 * Key lifecycle and key policies through the AWS SDK: CreateKey, DescribeKey, ListKeys,
 * EnableKey, DisableKey, UpdateKeyDescription, GetKeyPolicy, PutKeyPolicy, ListKeyPolicies.
 */
import {
  CreateAliasCommand,
  CreateKeyCommand,
  DescribeKeyCommand,
  DisableKeyCommand,
  EnableKeyCommand,
  GetKeyPolicyCommand,
  InvalidMarkerException,
  ListKeyPoliciesCommand,
  ListKeysCommand,
  MalformedPolicyDocumentException,
  NotFoundException,
  PutKeyPolicyCommand,
  UpdateKeyDescriptionCommand,
  type KeyListEntry,
} from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_ID,
  MATERIAL_ID,
  UUID,
  aliasArn,
  body,
  createKey,
  expectKmsError,
  keyArn,
  keyArnPattern,
  newLab,
  trackCommands,
  validation,
} from './client';

trackCommands(import.meta.url);

const START = new Date('2026-03-01T12:00:00.000Z');

describe('CreateKey', () => {
  it('creates a symmetric encryption key with the metadata AWS returns', async () => {
    const { kms, us } = newLab({ startTime: START });
    const response = await us.send(new CreateKeyCommand({}));
    expect(response.$metadata.httpStatusCode).toBe(200);
    const meta = response.KeyMetadata!;
    expect(meta.KeyId).toMatch(UUID);
    expect(meta).toEqual({
      AWSAccountId: ACCOUNT_ID,
      KeyId: meta.KeyId,
      Arn: keyArn('us-east-1', meta.KeyId!),
      CreationDate: kms.clock.now(),
      Enabled: true,
      Description: '',
      KeyUsage: 'ENCRYPT_DECRYPT',
      KeyState: 'Enabled',
      Origin: 'AWS_KMS',
      KeyManager: 'CUSTOMER',
      CustomerMasterKeySpec: 'SYMMETRIC_DEFAULT',
      KeySpec: 'SYMMETRIC_DEFAULT',
      EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
      MultiRegion: false,
      CurrentKeyMaterialId: expect.stringMatching(MATERIAL_ID),
    });
    expect(meta.CreationDate).toBeInstanceOf(Date);
    expect(meta.CreationDate!.getTime()).toBe(START.getTime());
  });

  it('keeps the description, explicit spec and usage it was given', async () => {
    const { us } = newLab();
    const meta = await createKey(us, {
      Description: 'payments data key',
      KeySpec: 'SYMMETRIC_DEFAULT',
      KeyUsage: 'ENCRYPT_DECRYPT',
      Origin: 'AWS_KMS',
      MultiRegion: false,
    });
    expect(meta.Description).toBe('payments data key');
    expect(meta.KeySpec).toBe('SYMMETRIC_DEFAULT');
    expect(meta.KeyUsage).toBe('ENCRYPT_DECRYPT');
  });

  it('gives every key its own id, in the Region of the endpoint', async () => {
    const { us, eu } = newLab();
    const a = await createKey(us);
    const b = await createKey(us);
    const c = await createKey(eu);
    expect(new Set([a.KeyId, b.KeyId, c.KeyId]).size).toBe(3);
    expect(a.Arn).toMatch(keyArnPattern('us-east-1'));
    expect(c.Arn).toMatch(keyArnPattern('eu-west-1'));
  });

  it('refuses a KeySpec outside the enum with the Coral validation message', async () => {
    const { us } = newLab();
    const e = await expectKmsError(us.send(new CreateKeyCommand({ KeySpec: 'AES_512' as never })), {
      type: 'ValidationException',
    });
    expect(e.message).toMatch(
      /^1 validation error detected: Value 'AES_512' at 'keySpec' failed to satisfy constraint: Member must satisfy enum value set: \[.*SYMMETRIC_DEFAULT.*\]$/,
    );
  });

  it('refuses a description longer than 8192 characters', async () => {
    const { us } = newLab();
    const long = 'd'.repeat(8193);
    await expectKmsError(us.send(new CreateKeyCommand({ Description: long })), {
      type: 'ValidationException',
      message: validation(
        `Value '${long}' at 'description' failed to satisfy constraint: Member must have length less than or equal to 8192`,
      ),
    });
  });

  it('refuses a policy that is not a policy document', async () => {
    const { us } = newLab();
    await expectKmsError(us.send(new CreateKeyCommand({ Policy: '{"not":"a policy"}' })), {
      type: MalformedPolicyDocumentException,
    });
  });
});

describe('DescribeKey', () => {
  it('accepts key id, key ARN, alias name and alias ARN, all naming the same key', async () => {
    const { us } = newLab();
    const key = await createKey(us, { Description: 'described' });
    await us.send(new CreateAliasCommand({ AliasName: 'alias/described', TargetKeyId: key.KeyId }));
    const forms = [key.KeyId, key.Arn, 'alias/described', aliasArn('us-east-1', 'alias/described')];
    for (const KeyId of forms) {
      const { KeyMetadata } = await us.send(new DescribeKeyCommand({ KeyId }));
      expect(KeyMetadata).toEqual(key);
    }
  });

  it('answers a key id or ARN that does not exist with the key ARN in the message', async () => {
    const { us } = newLab();
    const missing = '0b9a7c0e-6a44-4d5c-9d3a-2a1f6f4d8e11';
    const message = `Key '${keyArn('us-east-1', missing)}' does not exist`;
    await expectKmsError(us.send(new DescribeKeyCommand({ KeyId: missing })), {
      type: NotFoundException,
      message,
    });
    await expectKmsError(us.send(new DescribeKeyCommand({ KeyId: keyArn('us-east-1', missing) })), {
      type: NotFoundException,
      message,
    });
  });
});

describe('ListKeys', () => {
  it('lists the Region’s keys as key id + key ARN, paging with Limit and Marker', async () => {
    const { us, eu } = newLab();
    const created = [];
    for (let i = 0; i < 5; i++) created.push(await createKey(us));
    await createKey(eu);

    const seen: KeyListEntry[] = [];
    let Marker: string | undefined;
    const pages: { size: number; truncated: boolean | undefined }[] = [];
    do {
      const page = await us.send(new ListKeysCommand({ Limit: 2, Marker }));
      pages.push({ size: page.Keys!.length, truncated: page.Truncated });
      seen.push(...page.Keys!);
      if (page.Truncated) expect(page.NextMarker).toEqual(expect.any(String));
      else expect(page.NextMarker).toBeUndefined();
      Marker = page.NextMarker;
    } while (Marker);

    expect(pages).toEqual([
      { size: 2, truncated: true },
      { size: 2, truncated: true },
      { size: 1, truncated: false },
    ]);
    expect(seen.map((k) => k.KeyId).sort()).toEqual(created.map((k) => k.KeyId).sort());
    for (const entry of seen)
      expect(entry).toEqual({ KeyId: entry.KeyId, KeyArn: keyArn('us-east-1', entry.KeyId!) });
  });

  it('returns everything in one page without Limit, and an empty list in an empty Region', async () => {
    const { us, client } = newLab();
    await createKey(us);
    await createKey(us);
    const all = body(await us.send(new ListKeysCommand({})));
    expect(all.Keys).toHaveLength(2);
    expect(all.Truncated).toBe(false);
    const empty = body(await client('ap-northeast-1').send(new ListKeysCommand({})));
    expect(empty).toEqual({ Keys: [], Truncated: false });
  });

  it('validates Limit (1–1000) and refuses a marker it did not issue', async () => {
    const { us } = newLab();
    await expectKmsError(us.send(new ListKeysCommand({ Limit: 0 })), {
      type: 'ValidationException',
      message: validation(
        "Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1",
      ),
    });
    await expectKmsError(us.send(new ListKeysCommand({ Limit: 1001 })), {
      type: 'ValidationException',
      message: validation(
        "Value '1001' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 1000",
      ),
    });
    await expectKmsError(us.send(new ListKeysCommand({ Marker: 'not-a-marker' })), {
      type: InvalidMarkerException,
    });
  });
});

describe('EnableKey / DisableKey', () => {
  it('moves a key between Enabled and Disabled, and both calls are idempotent', async () => {
    const { us } = newLab();
    const key = await createKey(us);
    const disabled = await us.send(new DisableKeyCommand({ KeyId: key.KeyId }));
    expect(body(disabled)).toEqual({});
    await us.send(new DisableKeyCommand({ KeyId: key.Arn }));
    let { KeyMetadata } = await us.send(new DescribeKeyCommand({ KeyId: key.KeyId }));
    expect(KeyMetadata).toMatchObject({ KeyState: 'Disabled', Enabled: false });

    const enabled = await us.send(new EnableKeyCommand({ KeyId: key.Arn }));
    expect(body(enabled)).toEqual({});
    await us.send(new EnableKeyCommand({ KeyId: key.KeyId }));
    ({ KeyMetadata } = await us.send(new DescribeKeyCommand({ KeyId: key.KeyId })));
    expect(KeyMetadata).toMatchObject({ KeyState: 'Enabled', Enabled: true });
  });

  it('refuses alias names and alias ARNs (key id or key ARN only)', async () => {
    const { us } = newLab();
    const key = await createKey(us);
    await us.send(new CreateAliasCommand({ AliasName: 'alias/toggle', TargetKeyId: key.KeyId }));
    for (const KeyId of ['alias/toggle', aliasArn('us-east-1', 'alias/toggle')]) {
      await expectKmsError(us.send(new DisableKeyCommand({ KeyId })), { type: NotFoundException });
      await expectKmsError(us.send(new EnableKeyCommand({ KeyId })), { type: NotFoundException });
    }
    const { KeyMetadata } = await us.send(new DescribeKeyCommand({ KeyId: key.KeyId }));
    expect(KeyMetadata!.KeyState).toBe('Enabled');
  });
});

describe('UpdateKeyDescription', () => {
  it('replaces the description, by key id or key ARN', async () => {
    const { us } = newLab();
    const key = await createKey(us, { Description: 'before' });
    const response = await us.send(
      new UpdateKeyDescriptionCommand({ KeyId: key.KeyId, Description: 'after' }),
    );
    expect(body(response)).toEqual({});
    await us.send(new UpdateKeyDescriptionCommand({ KeyId: key.Arn, Description: 'again' }));
    const { KeyMetadata } = await us.send(new DescribeKeyCommand({ KeyId: key.KeyId }));
    expect(KeyMetadata!.Description).toBe('again');
    await us.send(new UpdateKeyDescriptionCommand({ KeyId: key.KeyId, Description: '' }));
    const after = await us.send(new DescribeKeyCommand({ KeyId: key.KeyId }));
    expect(after.KeyMetadata!.Description).toBe('');
  });

  it('refuses an alias as KeyId', async () => {
    const { us } = newLab();
    const key = await createKey(us);
    await us.send(new CreateAliasCommand({ AliasName: 'alias/desc', TargetKeyId: key.KeyId }));
    await expectKmsError(
      us.send(new UpdateKeyDescriptionCommand({ KeyId: 'alias/desc', Description: 'x' })),
      { type: NotFoundException },
    );
  });
});

describe('key policies', () => {
  it('gives a new key the default policy: the account root may do kms:*', async () => {
    const { us } = newLab();
    const key = await createKey(us);
    const response = await us.send(new GetKeyPolicyCommand({ KeyId: key.KeyId }));
    expect(response.PolicyName).toBe('default');
    const policy = JSON.parse(response.Policy!);
    expect(policy.Version).toBe('2012-10-17');
    expect(policy.Statement).toEqual([
      {
        Sid: 'Enable IAM User Permissions',
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${ACCOUNT_ID}:root` },
        Action: 'kms:*',
        Resource: '*',
      },
    ]);
    const named = await us.send(new GetKeyPolicyCommand({ KeyId: key.Arn, PolicyName: 'default' }));
    expect(named.Policy).toBe(response.Policy);
  });

  it('stores a policy given to CreateKey or PutKeyPolicy exactly as written', async () => {
    const { us } = newLab();
    const policy = JSON.stringify(
      {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'Root',
            Effect: 'Allow',
            Principal: { AWS: `arn:aws:iam::${ACCOUNT_ID}:root` },
            Action: 'kms:*',
            Resource: '*',
          },
        ],
      },
      null,
      1,
    );
    const key = await createKey(us, { Policy: policy });
    expect((await us.send(new GetKeyPolicyCommand({ KeyId: key.KeyId }))).Policy).toBe(policy);

    const replaced = policy.replace('"Root"', '"Replaced"');
    const put = await us.send(
      new PutKeyPolicyCommand({ KeyId: key.Arn, PolicyName: 'default', Policy: replaced }),
    );
    expect(body(put)).toEqual({});
    expect((await us.send(new GetKeyPolicyCommand({ KeyId: key.KeyId }))).Policy).toBe(replaced);
    await us.send(new PutKeyPolicyCommand({ KeyId: key.KeyId, Policy: policy }));
    expect((await us.send(new GetKeyPolicyCommand({ KeyId: key.KeyId }))).Policy).toBe(policy);
  });

  it('lists a single policy name, default', async () => {
    const { us } = newLab();
    const key = await createKey(us);
    const response = await us.send(new ListKeyPoliciesCommand({ KeyId: key.KeyId }));
    expect(body(response)).toEqual({ PolicyNames: ['default'], Truncated: false });
    const byArn = await us.send(new ListKeyPoliciesCommand({ KeyId: key.Arn, Limit: 1 }));
    expect(byArn.PolicyNames).toEqual(['default']);
  });

  it('refuses a malformed policy and leaves the old one in place', async () => {
    const { us } = newLab();
    const key = await createKey(us);
    const before = (await us.send(new GetKeyPolicyCommand({ KeyId: key.KeyId }))).Policy;
    await expectKmsError(
      us.send(new PutKeyPolicyCommand({ KeyId: key.KeyId, Policy: 'this is not JSON' })),
      { type: MalformedPolicyDocumentException },
    );
    expect((await us.send(new GetKeyPolicyCommand({ KeyId: key.KeyId }))).Policy).toBe(before);
  });

  it('knows no policy name but default', async () => {
    const { us } = newLab();
    const key = await createKey(us);
    await expectKmsError(
      us.send(new GetKeyPolicyCommand({ KeyId: key.KeyId, PolicyName: 'other' })),
      { type: NotFoundException },
    );
  });

  it('refuses alias forms of KeyId for policy operations', async () => {
    const { us } = newLab();
    const key = await createKey(us);
    await us.send(new CreateAliasCommand({ AliasName: 'alias/pol', TargetKeyId: key.KeyId }));
    await expectKmsError(us.send(new GetKeyPolicyCommand({ KeyId: 'alias/pol' })), {
      type: NotFoundException,
    });
    await expectKmsError(us.send(new ListKeyPoliciesCommand({ KeyId: 'alias/pol' })), {
      type: NotFoundException,
    });
  });
});
