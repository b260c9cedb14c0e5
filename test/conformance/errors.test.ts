/**
 * How KMS refuses requests, as the SDK surfaces it: the exception class (or, for
 * exceptions the KMS model does not declare, the name), the message text AWS uses, the
 * HTTP status in `$metadata`, for every operation that takes a KeyId.
 */
import {
  CancelKeyDeletionCommand,
  CreateAliasCommand,
  DecryptCommand,
  DescribeKeyCommand,
  DisableKeyCommand,
  DisableKeyRotationCommand,
  EnableKeyCommand,
  EnableKeyRotationCommand,
  EncryptCommand,
  GenerateDataKeyCommand,
  GenerateDataKeyWithoutPlaintextCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  KMSServiceException,
  ListAliasesCommand,
  ListKeyPoliciesCommand,
  ListKeyRotationsCommand,
  ListResourceTagsCommand,
  NotFoundException,
  PutKeyPolicyCommand,
  ReEncryptCommand,
  RotateKeyOnDemandCommand,
  ScheduleKeyDeletionCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateAliasCommand,
  UpdateKeyDescriptionCommand,
  type KMSClient,
} from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_ID,
  aliasArn,
  createKey,
  expectKmsError,
  keyArn,
  newLab,
  trackCommands,
  utf8,
  validation,
} from './client';

trackCommands(import.meta.url);

const POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${ACCOUNT_ID}:root` },
      Action: 'kms:*',
      Resource: '*',
    },
  ],
});

type Send = (client: KMSClient, KeyId: string) => Promise<unknown>;

/** Every operation whose request names one KMS key, sent with that KeyId. */
const KEY_OPERATIONS: Record<string, Send> = {
  DescribeKey: (c, KeyId) => c.send(new DescribeKeyCommand({ KeyId })),
  EnableKey: (c, KeyId) => c.send(new EnableKeyCommand({ KeyId })),
  DisableKey: (c, KeyId) => c.send(new DisableKeyCommand({ KeyId })),
  ScheduleKeyDeletion: (c, KeyId) => c.send(new ScheduleKeyDeletionCommand({ KeyId })),
  CancelKeyDeletion: (c, KeyId) => c.send(new CancelKeyDeletionCommand({ KeyId })),
  UpdateKeyDescription: (c, KeyId) =>
    c.send(new UpdateKeyDescriptionCommand({ KeyId, Description: 'd' })),
  CreateAlias: (c, KeyId) =>
    c.send(new CreateAliasCommand({ AliasName: 'alias/errors-new', TargetKeyId: KeyId })),
  UpdateAlias: (c, KeyId) =>
    c.send(new UpdateAliasCommand({ AliasName: 'alias/errors-existing', TargetKeyId: KeyId })),
  ListAliases: (c, KeyId) => c.send(new ListAliasesCommand({ KeyId })),
  TagResource: (c, KeyId) =>
    c.send(new TagResourceCommand({ KeyId, Tags: [{ TagKey: 'k', TagValue: 'v' }] })),
  UntagResource: (c, KeyId) => c.send(new UntagResourceCommand({ KeyId, TagKeys: ['k'] })),
  ListResourceTags: (c, KeyId) => c.send(new ListResourceTagsCommand({ KeyId })),
  Encrypt: (c, KeyId) => c.send(new EncryptCommand({ KeyId, Plaintext: utf8('p') })),
  GenerateDataKey: (c, KeyId) => c.send(new GenerateDataKeyCommand({ KeyId, KeySpec: 'AES_256' })),
  GenerateDataKeyWithoutPlaintext: (c, KeyId) =>
    c.send(new GenerateDataKeyWithoutPlaintextCommand({ KeyId, KeySpec: 'AES_256' })),
  GetKeyPolicy: (c, KeyId) => c.send(new GetKeyPolicyCommand({ KeyId })),
  PutKeyPolicy: (c, KeyId) => c.send(new PutKeyPolicyCommand({ KeyId, Policy: POLICY })),
  ListKeyPolicies: (c, KeyId) => c.send(new ListKeyPoliciesCommand({ KeyId })),
  EnableKeyRotation: (c, KeyId) => c.send(new EnableKeyRotationCommand({ KeyId })),
  DisableKeyRotation: (c, KeyId) => c.send(new DisableKeyRotationCommand({ KeyId })),
  GetKeyRotationStatus: (c, KeyId) => c.send(new GetKeyRotationStatusCommand({ KeyId })),
  RotateKeyOnDemand: (c, KeyId) => c.send(new RotateKeyOnDemandCommand({ KeyId })),
  ListKeyRotations: (c, KeyId) => c.send(new ListKeyRotationsCommand({ KeyId })),
};

/** Operations whose KeyId also takes an alias name or alias ARN (the API reference's list). */
const ACCEPTS_ALIASES = new Set([
  'DescribeKey',
  'Encrypt',
  'GenerateDataKey',
  'GenerateDataKeyWithoutPlaintext',
]);

/** A lab with one key and the alias UpdateAlias needs, so only the KeyId under test is missing. */
async function lab() {
  const l = newLab();
  const key = await createKey(l.us);
  await l.us.send(
    new CreateAliasCommand({ AliasName: 'alias/errors-existing', TargetKeyId: key.KeyId }),
  );
  return l;
}

const MISSING_ID = '7c1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6';
const MISSING_MRK = 'mrk-d3b95762d3b95762d3b95762d3b95762';

describe('a KeyId that names no key', () => {
  for (const [operation, send] of Object.entries(KEY_OPERATIONS)) {
    it(`${operation}: NotFoundException "Key '<key ARN>' does not exist" for an unknown key id or key ARN`, async () => {
      const { us } = await lab();
      const message = `Key '${keyArn('us-east-1', MISSING_ID)}' does not exist`;
      await expectKmsError(send(us, MISSING_ID), { type: NotFoundException, message });
      await expectKmsError(send(us, keyArn('us-east-1', MISSING_ID)), {
        type: NotFoundException,
        message,
      });
    });
  }

  it('words an unknown multi-Region key id the same way', async () => {
    const { us } = await lab();
    await expectKmsError(us.send(new DescribeKeyCommand({ KeyId: MISSING_MRK })), {
      type: NotFoundException,
      message: `Key '${keyArn('us-east-1', MISSING_MRK)}' does not exist`,
    });
  });

  it('answers a KeyId that is not a key id at all with "Invalid keyId"', async () => {
    const { us } = await lab();
    for (const KeyId of ['fake-key-id', '134f2428cec14b25a1ae9048164dba47', 'mrk-fake-key-id']) {
      await expectKmsError(us.send(new DescribeKeyCommand({ KeyId })), {
        type: NotFoundException,
        message: `Invalid keyId '${KeyId}'`,
      });
      await expectKmsError(us.send(new EncryptCommand({ KeyId, Plaintext: utf8('x') })), {
        type: NotFoundException,
        message: `Invalid keyId '${KeyId}'`,
      });
    }
  });

  for (const operation of ACCEPTS_ALIASES) {
    it(`${operation}: "Alias <alias ARN> is not found." for an unknown alias name or alias ARN`, async () => {
      const { us } = await lab();
      const message = `Alias ${aliasArn('us-east-1', 'alias/missing')} is not found.`;
      const send = KEY_OPERATIONS[operation]!;
      await expectKmsError(send(us, 'alias/missing'), { type: NotFoundException, message });
      await expectKmsError(send(us, aliasArn('us-east-1', 'alias/missing')), {
        type: NotFoundException,
        message,
      });
    });
  }

  it('Decrypt and ReEncrypt: an unknown KeyId is NotFoundException before the ciphertext is read', async () => {
    const { us } = await lab();
    const key = await createKey(us);
    const { CiphertextBlob } = await us.send(
      new EncryptCommand({ KeyId: key.KeyId, Plaintext: utf8('x') }),
    );
    await expectKmsError(us.send(new DecryptCommand({ CiphertextBlob, KeyId: MISSING_ID })), {
      type: NotFoundException,
      message: `Key '${keyArn('us-east-1', MISSING_ID)}' does not exist`,
    });
    await expectKmsError(us.send(new DecryptCommand({ CiphertextBlob, KeyId: 'alias/missing' })), {
      type: NotFoundException,
      message: `Alias ${aliasArn('us-east-1', 'alias/missing')} is not found.`,
    });
    await expectKmsError(
      us.send(new ReEncryptCommand({ CiphertextBlob, DestinationKeyId: MISSING_ID })),
      {
        type: NotFoundException,
        message: `Key '${keyArn('us-east-1', MISSING_ID)}' does not exist`,
      },
    );
  });
});

describe('alias forms where only a key id or key ARN is accepted', () => {
  for (const [operation, send] of Object.entries(KEY_OPERATIONS)) {
    if (ACCEPTS_ALIASES.has(operation)) continue;
    it(`${operation} refuses an alias name and an alias ARN (NotFoundException)`, async () => {
      const { us } = await lab();
      await expectKmsError(send(us, 'alias/errors-existing'), { type: NotFoundException });
      await expectKmsError(send(us, aliasArn('us-east-1', 'alias/errors-existing')), {
        type: NotFoundException,
      });
    });
  }
});

describe('validation errors (ValidationException, 400)', () => {
  it('an empty KeyId fails the length constraint', async () => {
    const { us } = await lab();
    for (const [operation, send] of Object.entries(KEY_OPERATIONS)) {
      const e = await expectKmsError(send(us, ''), {
        type: 'ValidationException',
        message: operation.endsWith('Alias')
          ? validation(
              "Value '' at 'targetKeyId' failed to satisfy constraint: Member must have length greater than or equal to 1",
            )
          : validation(
              "Value '' at 'keyId' failed to satisfy constraint: Member must have length greater than or equal to 1",
            ),
      });
      expect(e).not.toBeInstanceOf(NotFoundException);
    }
  });

  it('a missing required member is "Member must not be null"', async () => {
    const { us } = await lab();
    const key = await createKey(us);
    await expectKmsError(us.send(new EncryptCommand({ KeyId: key.KeyId } as never)), {
      type: 'ValidationException',
      message: validation(
        "Value null at 'plaintext' failed to satisfy constraint: Member must not be null",
      ),
    });
  });

  it('is a generic service exception: the KMS model declares no ValidationException class', async () => {
    const { us } = await lab();
    const e = await expectKmsError(us.send(new DescribeKeyCommand({ KeyId: '' })), {
      type: 'ValidationException',
    });
    expect(e).toBeInstanceOf(KMSServiceException);
    expect(e.constructor).toBe(KMSServiceException);
  });
});

describe('exception classes', () => {
  it('arrive as the SDK’s own classes, with name, $fault and request id', async () => {
    const { us } = await lab();
    const e = await expectKmsError(us.send(new DescribeKeyCommand({ KeyId: MISSING_ID })), {
      type: NotFoundException,
    });
    expect(e.name).toBe('NotFoundException');
    expect(e.constructor).toBe(NotFoundException);
    expect(e.$metadata.attempts).toBe(1);
  });
});
