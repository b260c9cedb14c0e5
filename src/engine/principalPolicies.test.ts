import { describe, expect, it } from 'vitest';
import { createKms } from './kms';
import { principalOf, servicePrincipal } from './principals';
import {
  checkIdentityPolicyDocument,
  checkPolicyName,
  defaultIdentityPolicies,
  IamError,
  identityPoliciesOf,
  KEY_ADMINISTRATOR_ACTIONS,
  ROLE_INLINE_POLICY_LIMIT,
} from './principalPolicies';

const ACCOUNT = '111122223333';

type Statement = { Sid: string; Effect: string; Action: string[]; Resource: string };
const statements = (doc: string): Statement[] =>
  (JSON.parse(doc) as { Statement: Statement[] }).Statement;

const policy = (statement: Record<string, unknown>): string =>
  JSON.stringify({ Version: '2012-10-17', Statement: [statement] });

/** The IAM error a call throws (or rejects with). */
async function iamError(run: () => unknown): Promise<IamError> {
  try {
    await run();
  } catch (e) {
    expect(e).toBeInstanceOf(IamError);
    return e as IamError;
  }
  throw new Error('expected an IamError');
}

describe('default identity policies', () => {
  const defaults = defaultIdentityPolicies(ACCOUNT);

  it('the root user has none; every role has one', () => {
    expect(defaults.root).toEqual({});
    for (const id of ['admin', 'developer', 'application', 'auditor', 'partner'] as const) {
      expect(Object.keys(defaults[id])).toHaveLength(1);
      for (const doc of Object.values(defaults[id]))
        expect(() => checkIdentityPolicyDocument(doc)).not.toThrow();
    }
  });

  it('Admin: the key administrators list, and no cryptographic action', () => {
    const [admin] = statements(defaults.admin.KeyAdministration!);
    expect(admin?.Action).toEqual([...KEY_ADMINISTRATOR_ACTIONS]);
    expect(admin?.Action.some((a) => /Encrypt|Decrypt|GenerateDataKey|Sign|Mac/.test(a))).toBe(
      false,
    );
  });

  it('Developer and SecurityAuditor read only; the auditor also reads the trail', () => {
    expect(statements(defaults.developer.ReadKeyMetadata!)[0]?.Action).toEqual([
      'kms:Describe*',
      'kms:List*',
      'kms:Get*',
    ]);
    const audit = statements(defaults.auditor.SecurityAudit!);
    expect(audit.map((s) => s.Action)).toEqual([
      ['kms:Describe*', 'kms:List*', 'kms:Get*'],
      ['cloudtrail:LookupEvents'],
    ]);
  });

  it("Application uses the account's keys; PartnerApp may encrypt and decrypt in its own IAM", () => {
    const [app] = statements(defaults.application.UseAccountKeys!);
    expect(app?.Action).toEqual([
      'kms:Encrypt',
      'kms:Decrypt',
      'kms:ReEncrypt*',
      'kms:GenerateDataKey*',
      'kms:DescribeKey',
    ]);
    expect(app?.Resource).toBe(`arn:aws:kms:*:${ACCOUNT}:key/*`);
    const [partner] = statements(defaults.partner.UseSharedKeys!);
    expect(partner?.Action).toEqual(['kms:Encrypt', 'kms:Decrypt']);
    expect(partner?.Resource).toBe('*');
  });

  it('Application lets AWS services create grants on its keys, only for AWS resources', async () => {
    const [, services] = statements(defaults.application.UseAccountKeys!);
    expect(services).toEqual({
      Sid: 'LetAwsServicesUseKeys',
      Effect: 'Allow',
      Action: 'kms:CreateGrant',
      Resource: `arn:aws:kms:*:${ACCOUNT}:key/*`,
      Condition: { Bool: { 'kms:GrantIsForAWSResource': true } },
    });
    // The condition is what matters: directly, the role still may not create a grant…
    const kms = createKms({ accountId: ACCOUNT });
    const keyId = (await kms.call('CreateKey', {})).output!.KeyMetadata!.KeyId!;
    const app = kms.principal('application');
    const grant = {
      KeyId: keyId,
      GranteePrincipal: 'ec2.amazonaws.com',
      Operations: ['Decrypt' as const],
    };
    const direct = await kms.call('CreateGrant', grant, { principal: app });
    expect(direct.error?.name).toBe('AccessDeniedException');
    // …but an AWS service calling for it may.
    const viaService = await kms.call('CreateGrant', grant, {
      principal: app,
      invokedBy: 'ec2.amazonaws.com',
    });
    expect(viaService.error).toBeUndefined();
  });
});

describe('checks IAM makes on a put', () => {
  it.each([
    ['not JSON', '{nope', 'Syntax errors in policy.'],
    ['not an object', '[]', 'Syntax errors in policy.'],
    ['no Statement', '{"Version":"2012-10-17"}', 'Syntax errors in policy.'],
    ['an empty Statement list', '{"Statement":[]}', 'Syntax errors in policy.'],
    [
      'an Effect that is neither',
      policy({ Effect: 'Maybe', Action: '*', Resource: '*' }),
      'Syntax errors in policy.',
    ],
    [
      'a Principal',
      policy({ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }),
      'Policy document should not specify a principal.',
    ],
    [
      'no Resource',
      policy({ Effect: 'Allow', Action: '*' }),
      'Policy statement must contain resources.',
    ],
  ])('refuses %s', async (_, doc, message) => {
    const e = await iamError(() => checkIdentityPolicyDocument(doc));
    expect([e.name, e.message, e.httpStatus]).toEqual(['MalformedPolicyDocument', message, 400]);
  });

  it('accepts a single statement object and NotResource', () => {
    expect(() =>
      checkIdentityPolicyDocument(
        JSON.stringify({ Statement: { Effect: 'Deny', Action: 'kms:*', NotResource: '*' } }),
      ),
    ).not.toThrow();
  });

  it('policy names follow IAM pattern and length', async () => {
    expect(() => checkPolicyName('Read.Keys_2026@team+ops=,-')).not.toThrow();
    const bad = await iamError(() => checkPolicyName('has space'));
    expect(bad.name).toBe('ValidationError');
    expect(bad.message).toBe(
      "1 validation error detected: Value 'has space' at 'policyName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+",
    );
    expect((await iamError(() => checkPolicyName('x'.repeat(129)))).message).toMatch(
      /Member must have length less than or equal to 128$/,
    );
  });
});

describe('kms.identityPolicies / putIdentityPolicy / deleteIdentityPolicy', () => {
  const onlyDecrypt = policy({
    Sid: 'OnlyDecrypt',
    Effect: 'Allow',
    Action: 'kms:Decrypt',
    Resource: '*',
  });

  it('starts with the defaults, puts and deletes, names sorted', async () => {
    const kms = createKms({ accountId: ACCOUNT });
    expect(kms.identityPolicies('developer')).toEqual(defaultIdentityPolicies(ACCOUNT).developer);
    await kms.putIdentityPolicy('developer', 'AlsoDecrypt', onlyDecrypt);
    expect(Object.keys(kms.identityPolicies('developer'))).toEqual([
      'AlsoDecrypt',
      'ReadKeyMetadata',
    ]);
    await kms.putIdentityPolicy(
      'developer',
      'AlsoDecrypt',
      onlyDecrypt.replace('OnlyDecrypt', 'Replaced'),
    );
    expect(kms.identityPolicies('developer').AlsoDecrypt).toContain('Replaced');
    await kms.deleteIdentityPolicy('developer', 'ReadKeyMetadata');
    expect(Object.keys(kms.identityPolicies('developer'))).toEqual(['AlsoDecrypt']);
  });

  it('returns a copy: changing it changes nothing', () => {
    const kms = createKms({ accountId: ACCOUNT });
    const copy = kms.identityPolicies('admin');
    copy.KeyAdministration = 'changed';
    expect(kms.identityPolicies('admin').KeyAdministration).not.toBe('changed');
  });

  it('leaves no CloudTrail record and emits no KMS record', async () => {
    const kms = createKms({ accountId: ACCOUNT });
    const records: unknown[] = [];
    kms.subscribe((r) => records.push(r));
    await kms.putIdentityPolicy('application', 'Extra', onlyDecrypt);
    await kms.deleteIdentityPolicy('application', 'Extra');
    expect(kms.cloudTrail).toEqual([]);
    expect(records).toEqual([]);
  });

  it('refuses, changing nothing: a bad document, a missing policy, the root user, an unknown identity, too much', async () => {
    const kms = createKms({ accountId: ACCOUNT });
    const before = kms.view().identities;
    expect(
      (await iamError(() => kms.putIdentityPolicy('developer', 'Bad', '{"Statement":1}'))).name,
    ).toBe('MalformedPolicyDocument');
    const missing = await iamError(() => kms.deleteIdentityPolicy('developer', 'Nope'));
    expect([missing.name, missing.message, missing.httpStatus]).toEqual([
      'NoSuchEntity',
      'The role policy with name Nope cannot be found.',
      404,
    ]);
    expect((await iamError(() => kms.putIdentityPolicy('root', 'P', onlyDecrypt))).name).toBe(
      'InvalidInput',
    );
    // A caller outside TypeScript (a saved form, the console) may pass anything.
    const unknown = await iamError(() => kms.identityPolicies('nobody' as never));
    expect([unknown.name, unknown.message]).toEqual([
      'NoSuchEntity',
      'The role with name nobody cannot be found.',
    ]);
    const big = policy({
      Effect: 'Allow',
      Action: Array.from({ length: 700 }, (_, i) => `kms:Action${i}`),
      Resource: '*',
    });
    const tooBig = await iamError(() => kms.putIdentityPolicy('auditor', 'Big', big));
    expect([tooBig.name, tooBig.message, tooBig.httpStatus]).toEqual([
      'LimitExceeded',
      `Maximum policy size of ${ROLE_INLINE_POLICY_LIMIT} bytes exceeded for role SecurityAuditor`,
      409,
    ]);
    expect(kms.view().identities).toEqual(before);
  });

  it('the view lists every identity with its policies', async () => {
    const kms = createKms({ accountId: ACCOUNT });
    await kms.putIdentityPolicy('partner', 'More', onlyDecrypt);
    const view = kms.view();
    expect(view.services).toContain('s3.amazonaws.com');
    const partner = view.identities?.find((i) => i.id === 'partner');
    expect(partner).toMatchObject({
      kind: 'role',
      name: 'PartnerApp',
      accountId: '444455556666',
      arn: 'arn:aws:sts::444455556666:assumed-role/PartnerApp/partner-invoices',
      iamArn: 'arn:aws:iam::444455556666:role/PartnerApp',
      sessionName: 'partner-invoices',
    });
    expect(partner?.policies.map((p) => p.name)).toEqual(['More', 'UseSharedKeys']);
    expect(view.identities?.find((i) => i.id === 'root')?.policies).toEqual([]);
  });
});

describe('identityPoliciesOf', () => {
  it("gives a role session its role's policies, the root user and services none", () => {
    const defaults = defaultIdentityPolicies(ACCOUNT);
    expect(identityPoliciesOf(defaults, principalOf('developer', ACCOUNT))).toEqual([
      { name: 'ReadKeyMetadata', document: defaults.developer.ReadKeyMetadata },
    ]);
    expect(identityPoliciesOf(defaults, principalOf('root', ACCOUNT))).toEqual([]);
    expect(identityPoliciesOf(defaults, servicePrincipal('s3.amazonaws.com', ACCOUNT))).toEqual([]);
  });
});
