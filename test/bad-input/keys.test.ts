/**
 * Key identifiers that do not name a usable key, for every KeyId-like member of every
 * operation (every member whose model shape is KeyIdType): unknown ids and ARNs, badly shaped
 * ids, ARNs of another Region or account, alias forms where only key ids are accepted, and
 * keys whose state forbids the call. Each case asserts the AWS exception and message, that the
 * world is unchanged and that the failure is audited.
 */
import { describe, expect, it } from 'vitest';
import {
  ALIAS,
  ALL_OPERATIONS,
  aliasArnOf,
  expectRejected,
  keyArnOf,
  modelOperation,
  OTHER_ACCOUNT,
  OTHER_REGION,
  seed,
  validInput,
  type Expected,
  type World,
} from './fixture';

/** KeyId members that accept alias names and alias ARNs (API reference of each operation). */
const ACCEPTS_ALIASES = new Set([
  'Decrypt.KeyId',
  'DeriveSharedSecret.KeyId',
  'DescribeKey.KeyId',
  'Encrypt.KeyId',
  'GenerateDataKey.KeyId',
  'GenerateDataKeyPair.KeyId',
  'GenerateDataKeyPairWithoutPlaintext.KeyId',
  'GenerateDataKeyWithoutPlaintext.KeyId',
  'GenerateMac.KeyId',
  'GetPublicKey.KeyId',
  'ReEncrypt.SourceKeyId',
  'ReEncrypt.DestinationKeyId',
  'Sign.KeyId',
  'Verify.KeyId',
  'VerifyMac.KeyId',
]);
/** KeyId members documented as "key ID or key ARN" only. */
const KEY_ONLY = new Set([
  'CancelKeyDeletion.KeyId',
  'CreateAlias.TargetKeyId',
  'CreateGrant.KeyId',
  'DeleteImportedKeyMaterial.KeyId',
  'DisableKey.KeyId',
  'DisableKeyRotation.KeyId',
  'EnableKey.KeyId',
  'EnableKeyRotation.KeyId',
  'GetKeyPolicy.KeyId',
  'GetParametersForImport.KeyId',
  'GetKeyRotationStatus.KeyId',
  'ImportKeyMaterial.KeyId',
  'ListAliases.KeyId',
  'ListGrants.KeyId',
  'ListKeyPolicies.KeyId',
  'ListKeyRotations.KeyId',
  'ListResourceTags.KeyId',
  'PutKeyPolicy.KeyId',
  'ReplicateKey.KeyId',
  'RetireGrant.KeyId',
  'RevokeGrant.KeyId',
  'RotateKeyOnDemand.KeyId',
  'ScheduleKeyDeletion.KeyId',
  'TagResource.KeyId',
  'UntagResource.KeyId',
  'UpdateAlias.TargetKeyId',
  'UpdateKeyDescription.KeyId',
  'UpdatePrimaryRegion.KeyId',
]);

const keyIdMembers = ALL_OPERATIONS.flatMap((op) =>
  Object.entries(modelOperation(op).input.members ?? {})
    .filter(([, shape]) => shape.shape === 'KeyIdType')
    .map(([member]) => ({ op, member, id: `${op}.${member}` })),
);

it('every KeyId member of every operation is classified (aliases accepted or not)', () => {
  const unclassified = keyIdMembers
    .map((m) => m.id)
    .filter((id) => !ACCEPTS_ALIASES.has(id) && !KEY_ONLY.has(id));
  expect(unclassified).toEqual([]);
  expect(keyIdMembers.length).toBe(ACCEPTS_ALIASES.size + KEY_ONLY.size);
});

const UNKNOWN_UUID = '0b4e5f6a-1c2d-4e3f-8a9b-0c1d2e3f4a5b';
const UNKNOWN_MRK = 'mrk-0123456789abcdef0123456789abcdef';

const notFoundKey = (arn: string): Expected => ({
  name: 'NotFoundException',
  message: `Key '${arn}' does not exist`,
});
const invalidKeyId = (value: string): Expected => ({
  name: 'NotFoundException',
  message: `Invalid keyId '${value}'`,
});
const invalidArn = (region: string): Expected => ({
  name: 'NotFoundException',
  message: `Invalid arn ${region}`,
});

interface KeyCase {
  label: string;
  value: (w: World) => string;
  expected: (w: World) => Expected;
}

const COMMON_CASES: KeyCase[] = [
  {
    label: 'a well-formed key id that does not exist',
    value: () => UNKNOWN_UUID,
    expected: () => notFoundKey(keyArnOf(UNKNOWN_UUID)),
  },
  {
    label: 'a well-formed multi-Region key id that does not exist',
    value: () => UNKNOWN_MRK,
    expected: () => notFoundKey(keyArnOf(UNKNOWN_MRK)),
  },
  {
    label: 'the key ARN of a key that does not exist',
    value: () => keyArnOf(UNKNOWN_UUID),
    expected: () => notFoundKey(keyArnOf(UNKNOWN_UUID)),
  },
  ...[
    'fake-key-id',
    UNKNOWN_UUID.replaceAll('-', ''),
    'mrk-fake-key-id',
    `${UNKNOWN_UUID} `,
    ` ${UNKNOWN_UUID}`,
    `${UNKNOWN_UUID}0`,
    'key/' + UNKNOWN_UUID,
  ].map((value): KeyCase => ({
    label: `a badly shaped key id '${value}'`,
    value: () => value,
    expected: () => invalidKeyId(value),
  })),
  {
    label: "an existing key's ARN with another Region",
    value: (w) => keyArnOf(w.keyId, OTHER_REGION),
    expected: () => invalidArn(OTHER_REGION),
  },
  {
    label: "the ARN of a key that exists only in another Region (that Region's ARN)",
    value: (w) => keyArnOf(w.foreignKeyId, OTHER_REGION),
    expected: () => invalidArn(OTHER_REGION),
  },
  {
    // The bare id is looked up in the endpoint's Region; the message names that Region.
    label: 'the bare id of a key that exists only in another Region',
    value: (w) => w.foreignKeyId,
    expected: (w) => notFoundKey(keyArnOf(w.foreignKeyId)),
  },
  {
    // Another account's key is out of reach; AWS's exact answer is not confirmed.
    label: "an existing key's ARN with another account",
    value: (w) => keyArnOf(w.keyId, undefined, OTHER_ACCOUNT),
    expected: () => ({ name: 'NotFoundException' }),
  },
  ...[
    `arn:aws:kms:us-east-1:111122223333:foo/${UNKNOWN_UUID}`,
    'arn:aws:kms:us-east-1:111122223333:key',
    'arn:aws:s3:::my-bucket',
    'arn:',
  ].map((value): KeyCase => ({
    // AWS's answer to a malformed ARN is not confirmed; the engine answers NotFoundException,
    // which every operation taking a KeyId declares.
    label: `a malformed ARN '${value}'`,
    value: () => value,
    expected: () => ({ name: 'NotFoundException', message: `Invalid arn ${value}` }),
  })),
];

const ALIAS_CASES: KeyCase[] = [
  {
    label: 'an alias name that does not exist',
    value: () => 'alias/nope',
    expected: () => ({
      name: 'NotFoundException',
      message: `Alias ${aliasArnOf('alias/nope')} is not found.`,
    }),
  },
  {
    label: 'an alias ARN that does not exist',
    value: () => aliasArnOf('alias/nope'),
    expected: () => ({
      name: 'NotFoundException',
      message: `Alias ${aliasArnOf('alias/nope')} is not found.`,
    }),
  },
  {
    label: "an existing alias's ARN with another Region",
    value: () => aliasArnOf(ALIAS, OTHER_REGION),
    expected: () => invalidArn(OTHER_REGION),
  },
];

const KEY_ONLY_CASES: KeyCase[] = [
  {
    // AWS's wording for an alias where only keys are accepted is not confirmed.
    label: 'an existing alias name (aliases not accepted here)',
    value: () => ALIAS,
    expected: () => ({ name: 'NotFoundException' }),
  },
  {
    label: 'an existing alias ARN (aliases not accepted here)',
    value: () => aliasArnOf(ALIAS),
    expected: () => ({ name: 'NotFoundException' }),
  },
];

describe.each(keyIdMembers)('$id', ({ op, member, id }) => {
  const cases = [...COMMON_CASES, ...(ACCEPTS_ALIASES.has(id) ? ALIAS_CASES : KEY_ONLY_CASES)];
  for (const c of cases) {
    it(c.label, async () => {
      const w = await seed();
      const input = { ...validInput(op, w), [member]: c.value(w) };
      await expectRejected(w.kms, op, input, c.expected(w));
    });
  }
});

interface StateCase {
  label: string;
  op: string;
  /** Prepares the world (its changes are not part of the checked call). */
  prepare?: (w: World) => Promise<void>;
  input: (w: World) => Record<string, unknown>;
  expected: (w: World) => Expected;
}

const disabled = (keyId: string): Expected => ({
  name: 'DisabledException',
  message: `${keyArnOf(keyId)} is disabled.`,
});
const pendingDeletion = (keyId: string): Expected => ({
  name: 'KMSInvalidStateException',
  message: `${keyArnOf(keyId)} is pending deletion.`,
});

const CRYPTO_ON_KEY: [string, (keyId: string) => Record<string, unknown>][] = [
  ['Encrypt', (KeyId) => ({ KeyId, Plaintext: new Uint8Array([1, 2, 3]) })],
  ['GenerateDataKey', (KeyId) => ({ KeyId, KeySpec: 'AES_256' })],
  ['GenerateDataKeyWithoutPlaintext', (KeyId) => ({ KeyId, NumberOfBytes: 32 })],
  ['GenerateDataKeyPair', (KeyId) => ({ KeyId, KeyPairSpec: 'ECC_NIST_P256' })],
  ['GenerateDataKeyPairWithoutPlaintext', (KeyId) => ({ KeyId, KeyPairSpec: 'ECC_NIST_P256' })],
];

const STATE_CASES: StateCase[] = [
  ...CRYPTO_ON_KEY.flatMap(([op, input]): StateCase[] => [
    {
      label: `${op} with a disabled key`,
      op,
      input: (w) => input(w.disabledKeyId),
      expected: (w) => disabled(w.disabledKeyId),
    },
    {
      label: `${op} with a key pending deletion`,
      op,
      input: (w) => input(w.pendingKeyId),
      expected: (w) => pendingDeletion(w.pendingKeyId),
    },
  ]),
  {
    label: 'Decrypt of a ciphertext whose key was disabled since',
    op: 'Decrypt',
    prepare: async (w) => void (await w.kms.call('DisableKey', { KeyId: w.otherKeyId })),
    input: (w) => ({ CiphertextBlob: w.otherCiphertext }),
    expected: (w) => disabled(w.otherKeyId),
  },
  {
    label: 'Decrypt of a ciphertext whose key is pending deletion since',
    op: 'Decrypt',
    prepare: async (w) =>
      void (await w.kms.call('ScheduleKeyDeletion', {
        KeyId: w.otherKeyId,
        PendingWindowInDays: 7,
      })),
    input: (w) => ({ CiphertextBlob: w.otherCiphertext }),
    expected: (w) => pendingDeletion(w.otherKeyId),
  },
  {
    label: 'ReEncrypt to a disabled destination key',
    op: 'ReEncrypt',
    input: (w) => ({ ...validInput('ReEncrypt', w), DestinationKeyId: w.disabledKeyId }),
    expected: (w) => disabled(w.disabledKeyId),
  },
  {
    label: 'ReEncrypt to a destination key pending deletion',
    op: 'ReEncrypt',
    input: (w) => ({ ...validInput('ReEncrypt', w), DestinationKeyId: w.pendingKeyId }),
    expected: (w) => pendingDeletion(w.pendingKeyId),
  },
  ...(['EnableKeyRotation', 'RotateKeyOnDemand'] as const).map((op): StateCase => ({
    label: `${op} of a disabled key`,
    op,
    input: (w) => ({ KeyId: w.disabledKeyId }),
    expected: (w) => disabled(w.disabledKeyId),
  })),
  ...(
    [
      'ScheduleKeyDeletion',
      'EnableKey',
      'DisableKey',
      'UpdateKeyDescription',
      'TagResource',
      'UntagResource',
      'CreateAlias',
      'RotateKeyOnDemand',
      'EnableKeyRotation',
    ] as const
  ).map((op): StateCase => ({
    label: `${op} of a key pending deletion`,
    op,
    input: (w) => {
      const base = validInput(op, w);
      return op === 'CreateAlias'
        ? { ...base, TargetKeyId: w.pendingKeyId }
        : { ...base, KeyId: w.pendingKeyId };
    },
    expected: (w) => pendingDeletion(w.pendingKeyId),
  })),
  {
    label: 'Decrypt (no KeyId) of a ciphertext whose key has been deleted',
    op: 'Decrypt',
    prepare: async (w) => {
      await w.kms.call('ScheduleKeyDeletion', { KeyId: w.otherKeyId, PendingWindowInDays: 7 });
      await w.kms.clock.advance(8 * 24 * 3600 * 1000);
    },
    input: (w) => ({ CiphertextBlob: w.otherCiphertext }),
    expected: () => ({
      name: 'AccessDeniedException',
      message:
        'The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.',
    }),
  },
  {
    label: 'Decrypt naming, as KeyId, a key that has been deleted',
    op: 'Decrypt',
    prepare: async (w) => {
      await w.kms.call('ScheduleKeyDeletion', { KeyId: w.otherKeyId, PendingWindowInDays: 7 });
      await w.kms.clock.advance(8 * 24 * 3600 * 1000);
    },
    input: (w) => ({ CiphertextBlob: w.otherCiphertext, KeyId: w.otherKeyId }),
    expected: (w) => notFoundKey(keyArnOf(w.otherKeyId)),
  },
  ...(['DescribeKey', 'EnableKey', 'GetKeyPolicy'] as const).map((op): StateCase => ({
    label: `${op} of a key that has been deleted`,
    op,
    prepare: async (w) => {
      await w.kms.call('ScheduleKeyDeletion', { KeyId: w.otherKeyId, PendingWindowInDays: 7 });
      await w.kms.clock.advance(8 * 24 * 3600 * 1000);
    },
    input: (w) => ({ KeyId: w.otherKeyId }),
    expected: (w) => notFoundKey(keyArnOf(w.otherKeyId)),
  })),
];

describe('keys whose state refuses the call', () => {
  for (const c of STATE_CASES) {
    it(c.label, async () => {
      const w = await seed();
      await c.prepare?.(w);
      await expectRejected(w.kms, c.op, c.input(w), c.expected(w));
    });
  }
});

describe('a key of one Region is not reachable from another', () => {
  it('DescribeKey in eu-west-1 of a us-east-1 key id', async () => {
    const w = await seed();
    await expectRejected(
      w.kms,
      'DescribeKey',
      { KeyId: w.keyId },
      {
        ...notFoundKey(keyArnOf(w.keyId, OTHER_REGION)),
        region: OTHER_REGION,
      },
    );
  });

  it('Encrypt in eu-west-1 with a us-east-1 alias name', async () => {
    const w = await seed();
    await expectRejected(
      w.kms,
      'Encrypt',
      { KeyId: ALIAS, Plaintext: new Uint8Array([1]) },
      {
        name: 'NotFoundException',
        message: `Alias ${aliasArnOf(ALIAS, OTHER_REGION)} is not found.`,
        region: OTHER_REGION,
      },
    );
  });

  it('Decrypt in eu-west-1 of a us-east-1 ciphertext (no KeyId)', async () => {
    const w = await seed();
    await expectRejected(
      w.kms,
      'Decrypt',
      {
        CiphertextBlob: w.ciphertext,
        EncryptionContext: { purpose: 'bad-input', Department: 'Finance' },
      },
      {
        name: 'AccessDeniedException',
        message:
          'The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.',
        region: OTHER_REGION,
      },
    );
  });

  it('Decrypt in eu-west-1 naming the us-east-1 key ARN', async () => {
    const w = await seed();
    await expectRejected(
      w.kms,
      'Decrypt',
      { CiphertextBlob: w.ciphertext, KeyId: w.keyArn },
      { ...invalidArn('us-east-1'), region: OTHER_REGION },
    );
  });
});
