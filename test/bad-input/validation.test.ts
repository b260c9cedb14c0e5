/**
 * Input validation for every operation the engine answers, driven by the AWS service model:
 * each member gets values of the wrong type (SerializationException), just outside its
 * length/range limits, outside its enum or pattern, and — when required — left out
 * (ValidationException, worded as AWS words it). Then the rules KMS checks itself, beyond
 * the model (service-level validation). Every case also asserts that nothing changed and
 * that the failure is in CloudTrail (fixture.expectRejected).
 */
import { describe, expect, it } from 'vitest';
import {
  ALIAS,
  ALL_OPERATIONS,
  aliasArnOf,
  expectOk,
  expectRejected,
  keyArnOf,
  modelOperation,
  seed,
  validInput,
  type Expected,
  type World,
} from './fixture';
import { applyChange, memberCases, nullConstraint, validation } from './modelCases';

/**
 * Cases where the engine does not yet answer as AWS does. They run as `it.fails`: they pass
 * while the engine is wrong and start failing (so someone moves them back) once it is fixed.
 * Key: `<Operation> <case label>`.
 */
const KNOWN_GAPS: Record<string, string> = {};

describe.each(ALL_OPERATIONS)('%s: every member, from the AWS model', (op) => {
  const model = modelOperation(op);
  const cases = memberCases(model.input);

  it('the baseline request succeeds (the control every case below mutates)', async () => {
    const w = await seed();
    await expectOk(w.kms, op, validInput(op, w));
  });

  it('has bad-input cases for every member of the model', () => {
    const covered = new Set(cases.map((c) => c.member));
    expect([...covered].sort()).toEqual(Object.keys(model.input.members ?? {}).sort());
  });

  for (const c of cases) {
    const gap = KNOWN_GAPS[`${op} ${c.label}`];
    const test = gap ? it.fails : it;
    test(`${c.label}${gap ? ` [known engine gap: ${gap}]` : ''}`, async () => {
      const w = await seed();
      await expectRejected(w.kms, op, applyChange(validInput(op, w), c), c.expected);
    });
  }
});

describe('several members wrong at once', () => {
  it('Encrypt: empty KeyId and empty Plaintext → 2 validation errors', async () => {
    const w = await seed();
    await expectRejected(
      w.kms,
      'Encrypt',
      { KeyId: '', Plaintext: new Uint8Array(0) },
      validation([
        "Value '' at 'keyId' failed to satisfy constraint: Member must have length greater than or equal to 1",
        "Value at 'plaintext' failed to satisfy constraint: Member must have length greater than or equal to 1",
      ]),
    );
  });

  it('ListKeys: Limit 0 and Marker "" → 2 validation errors', async () => {
    const w = await seed();
    await expectRejected(
      w.kms,
      'ListKeys',
      { Limit: 0, Marker: '' },
      validation([
        "Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1",
        "Value '' at 'marker' failed to satisfy constraint: Member must have length greater than or equal to 1",
      ]),
    );
  });

  it('CreateAlias: both required members missing → 2 validation errors', async () => {
    const w = await seed();
    await expectRejected(
      w.kms,
      'CreateAlias',
      {},
      validation([nullConstraint('aliasName'), nullConstraint('targetKeyId')]),
    );
  });

  it('a wrong type wins over validation errors (SerializationException)', async () => {
    const w = await seed();
    await expectRejected(
      w.kms,
      'Encrypt',
      { KeyId: '', Plaintext: 'not bytes' },
      { name: 'SerializationException' },
    );
  });
});

describe('the request itself is not a structure', () => {
  for (const [label, input] of [
    ['null', null],
    ['a string', 'KeyId'],
    ['a number', 42],
    ['a list', [{ KeyId: 'x' }]],
  ] as const) {
    it(`DescribeKey with ${label} as input → SerializationException`, async () => {
      const w = await seed();
      await expectRejected(w.kms, 'DescribeKey', input, { name: 'SerializationException' });
    });
  }
});

interface RuleCase {
  label: string;
  op: string;
  input: (w: World) => Record<string, unknown>;
  expected: (w: World) => Expected;
  gap?: string;
}

const PENDING_WINDOW = 'PendingWindowInDays must be between 7 and 30';
const EITHER = 'Please specify either number of bytes or key spec.';
const ALIAS_PREFIX =
  'Alias must start with the prefix "alias/". Please see https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html';

/** Rules KMS checks itself, past the model (service-level validation and semantic refusals). */
const RULES: RuleCase[] = [
  {
    label: 'GenerateRandom without NumberOfBytes',
    op: 'GenerateRandom',
    input: () => ({}),
    expected: () => ({ name: 'ValidationException', message: 'NumberOfBytes is required.' }),
  },
  ...(['GenerateDataKey', 'GenerateDataKeyWithoutPlaintext'] as const).flatMap((op) => [
    {
      label: `${op} with both KeySpec and NumberOfBytes`,
      op,
      input: (w: World) => ({ KeyId: w.keyId, KeySpec: 'AES_256', NumberOfBytes: 32 }),
      expected: () => ({ name: 'ValidationException', message: EITHER }),
    },
    {
      label: `${op} with neither KeySpec nor NumberOfBytes`,
      op,
      input: (w: World) => ({ KeyId: w.keyId }),
      expected: () => ({ name: 'ValidationException', message: EITHER }),
    },
  ]),
  ...[1, 6, 31, 365].map((days) => ({
    label: `ScheduleKeyDeletion PendingWindowInDays ${days} (inside the model's 1–365, outside 7–30)`,
    op: 'ScheduleKeyDeletion',
    input: (w: World) => ({ KeyId: w.keyId, PendingWindowInDays: days }),
    expected: () => ({ name: 'ValidationException', message: PENDING_WINDOW }),
  })),
  ...['not-an-alias', 'alias', 'Alias/upper', 'aliases/x'].map((name) => ({
    label: `CreateAlias named '${name}' (no alias/ prefix)`,
    op: 'CreateAlias',
    input: (w: World) => ({ AliasName: name, TargetKeyId: w.keyId }),
    expected: () => ({ name: 'ValidationException', message: ALIAS_PREFIX }),
  })),
  {
    label: "UpdateAlias named 'no-prefix' (no alias/ prefix)",
    op: 'UpdateAlias',
    input: (w) => ({ AliasName: 'no-prefix', TargetKeyId: w.keyId }),
    expected: () => ({ name: 'ValidationException', message: ALIAS_PREFIX }),
  },
  {
    // Real: hashicorp/terraform-provider-aws#12891 (`ValidationException: alias/Service:Test
    // contains invalid characters for an alias`). The model's pattern allows ':', the service
    // does not.
    label: "CreateAlias 'alias/Service:Test' (':' refused by the service)",
    op: 'CreateAlias',
    input: (w) => ({ AliasName: 'alias/Service:Test', TargetKeyId: w.keyId }),
    expected: () => ({
      name: 'ValidationException',
      message: 'alias/Service:Test contains invalid characters for an alias',
    }),
  },
  ...(['CreateAlias', 'UpdateAlias', 'DeleteAlias'] as const).map((op) => ({
    // AWS's exception and wording here are not published; the engine says
    // InvalidAliasNameException (which CreateAlias declares).
    label: `${op} 'alias/aws/s3' (reserved for AWS managed keys)`,
    op,
    input: (w: World) =>
      op === 'DeleteAlias'
        ? { AliasName: 'alias/aws/s3' }
        : { AliasName: 'alias/aws/s3', TargetKeyId: w.keyId },
    expected: () => ({ name: 'InvalidAliasNameException' }),
  })),
  {
    label: 'CreateAlias with a name that exists',
    op: 'CreateAlias',
    input: (w) => ({ AliasName: ALIAS, TargetKeyId: w.otherKeyId }),
    expected: () => ({
      name: 'AlreadyExistsException',
      message: `An alias with the name ${aliasArnOf(ALIAS)} already exists`,
    }),
  },
  ...(['UpdateAlias', 'DeleteAlias'] as const).map((op) => ({
    label: `${op} of an alias that does not exist`,
    op,
    input: (w: World) =>
      op === 'DeleteAlias'
        ? { AliasName: 'alias/nope' }
        : { AliasName: 'alias/nope', TargetKeyId: w.keyId },
    expected: () => ({
      name: 'NotFoundException',
      message: `Alias ${aliasArnOf('alias/nope')} is not found.`,
    }),
  })),
  {
    label: 'UpdateAlias to a key pending deletion',
    op: 'UpdateAlias',
    input: (w) => ({ AliasName: ALIAS, TargetKeyId: w.pendingKeyId }),
    expected: (w) => ({
      name: 'KMSInvalidStateException',
      message: `${keyArnOf(w.pendingKeyId)} is pending deletion.`,
    }),
  },
  {
    label: 'CreateKey with both KeySpec and CustomerMasterKeySpec',
    op: 'CreateKey',
    input: () => ({ KeySpec: 'SYMMETRIC_DEFAULT', CustomerMasterKeySpec: 'SYMMETRIC_DEFAULT' }),
    expected: () => ({ name: 'ValidationException' }),
  },
  ...['SIGN_VERIFY', 'GENERATE_VERIFY_MAC', 'KEY_AGREEMENT'].map((usage) => ({
    label: `CreateKey SYMMETRIC_DEFAULT with KeyUsage ${usage}`,
    op: 'CreateKey',
    input: () => ({ KeySpec: 'SYMMETRIC_DEFAULT', KeyUsage: usage }),
    expected: () => ({ name: 'ValidationException' }),
  })),
  ...[
    ['not JSON', '{"Statement": ['],
    ['JSON but not an object', '[1, 2]'],
    ['no Statement', '{"Version":"2012-10-17"}'],
    [
      'a statement without Effect',
      '{"Statement":[{"Principal":"*","Action":"kms:*","Resource":"*"}]}',
    ],
    [
      'Effect Maybe',
      '{"Statement":[{"Effect":"Maybe","Principal":"*","Action":"kms:*","Resource":"*"}]}',
    ],
  ].flatMap(([what, policy]) =>
    (['CreateKey', 'PutKeyPolicy'] as const).map((op) => ({
      label: `${op} with a policy that is ${what}`,
      op,
      input: (w: World) =>
        op === 'CreateKey' ? { Policy: policy } : { KeyId: w.keyId, Policy: policy },
      expected: () => ({ name: 'MalformedPolicyDocumentException' }),
    })),
  ),
  ...(['GetKeyPolicy', 'PutKeyPolicy'] as const).map((op) => ({
    label: `${op} with PolicyName other than default`,
    op,
    input: (w: World) =>
      op === 'GetKeyPolicy'
        ? { KeyId: w.keyId, PolicyName: 'custom' }
        : { KeyId: w.keyId, PolicyName: 'custom', Policy: '{"Statement":[]}' },
    expected: () => ({ name: 'NotFoundException', message: 'No such policy exists' }),
  })),
  ...['aws:owner', 'AWS:owner', 'Aws:x'].flatMap((tagKey) => [
    {
      label: `TagResource with reserved tag key '${tagKey}'`,
      op: 'TagResource',
      input: (w: World) => ({ KeyId: w.keyId, Tags: [{ TagKey: tagKey, TagValue: 'v' }] }),
      expected: () => ({ name: 'TagException', message: 'Tags beginning with aws: are reserved' }),
    },
    {
      label: `UntagResource with reserved tag key '${tagKey}'`,
      op: 'UntagResource',
      input: (w: World) => ({ KeyId: w.keyId, TagKeys: [tagKey] }),
      expected: () => ({ name: 'TagException', message: 'Tags beginning with aws: are reserved' }),
    },
    {
      label: `CreateKey with reserved tag key '${tagKey}'`,
      op: 'CreateKey',
      input: () => ({ Tags: [{ TagKey: tagKey, TagValue: 'v' }] }),
      expected: () => ({ name: 'TagException', message: 'Tags beginning with aws: are reserved' }),
    },
  ]),
  ...['ListKeys', 'ListAliases', 'ListResourceTags', 'ListKeyRotations', 'ListKeyPolicies'].flatMap(
    (op) =>
      ['bm90LWEtbWFya2Vy', 'not base64 at all!'].map((marker) => ({
        label: `${op} with a marker it never issued ('${marker}')`,
        op,
        input: (w: World) =>
          op === 'ListKeys' ? { Marker: marker } : { KeyId: w.keyId, Marker: marker },
        expected: () => ({ name: 'InvalidMarkerException' }),
        // ListKeyPolicies declares no InvalidMarkerException in the model; AWS's answer is unknown.
        ...(op === 'ListKeyPolicies'
          ? { gap: 'ListKeyPolicies does not declare InvalidMarkerException' }
          : {}),
      })),
  ),
  ...['RSAES_OAEP_SHA_256', 'RSAES_OAEP_SHA_1', 'SM2PKE'].map((alg) => ({
    label: `Encrypt under a symmetric key with EncryptionAlgorithm ${alg}`,
    op: 'Encrypt',
    input: (w: World) => ({
      KeyId: w.keyId,
      Plaintext: new Uint8Array(8),
      EncryptionAlgorithm: alg,
    }),
    expected: () => ({
      name: 'InvalidKeyUsageException',
      message: `Algorithm ${alg} is incompatible with key spec SYMMETRIC_DEFAULT.`,
    }),
  })),
  {
    label: 'CancelKeyDeletion of a key that is not pending deletion',
    op: 'CancelKeyDeletion',
    input: (w) => ({ KeyId: w.keyId }),
    // The wording is not confirmed against AWS: only the exception is asserted.
    expected: () => ({ name: 'KMSInvalidStateException' }),
  },
];

describe('service-level rules (beyond the model)', () => {
  for (const c of RULES) {
    const test = c.gap ? it.fails : it;
    test(`${c.label}${c.gap ? ` [known engine gap: ${c.gap}]` : ''}`, async () => {
      const w = await seed();
      await expectRejected(w.kms, c.op, c.input(w), c.expected(w));
    });
  }
});
