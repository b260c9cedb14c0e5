import { describe, expect, it } from 'vitest';
import { defaultKeyPolicy } from '../policy';
import {
  KEY_POLICY_MAX_BYTES,
  malformedPolicyError,
  parseIdentityPolicy,
  parseKeyPolicy,
  type PolicyParseResult,
  type PolicyProblem,
} from './policyDocument';

const ACCT = '111122223333';
const ok = {
  Effect: 'Allow',
  Principal: { AWS: `arn:aws:iam::${ACCT}:root` },
  Action: 'kms:*',
  Resource: '*',
};
const keyPolicy = (...Statement: unknown[]) => JSON.stringify({ Version: '2012-10-17', Statement });

function problems(result: PolicyParseResult): PolicyProblem[] {
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

describe('parseKeyPolicy: well-formed documents', () => {
  it('reads the default key policy KMS writes', () => {
    const result = parseKeyPolicy(defaultKeyPolicy(ACCT));
    expect(result).toEqual({
      ok: true,
      policy: {
        kind: 'key-policy',
        version: '2012-10-17',
        id: 'key-default-1',
        statements: [
          {
            index: 0,
            sid: 'Enable IAM User Permissions',
            effect: 'Allow',
            principal: {
              wildcard: false,
              aws: [`arn:aws:iam::${ACCT}:root`],
              service: [],
              federated: [],
              canonicalUser: [],
            },
            action: ['kms:*'],
            resource: ['*'],
            conditions: [],
          },
        ],
      },
    });
  });

  it('takes a lone statement object, "*" principals, NotAction, NotResource and conditions', () => {
    const result = parseKeyPolicy(
      JSON.stringify({
        Statement: {
          Effect: 'Deny',
          NotPrincipal: { AWS: [`arn:aws:iam::${ACCT}:role/Admin`, ACCT] },
          NotAction: ['kms:Decrypt'],
          NotResource: '*',
          Condition: {
            'ForAnyValue:StringLike': { 'kms:EncryptionContextKeys': ['a*', 'b'] },
            Bool: { 'kms:GrantIsForAWSResource': true },
            NumericLessThan: { 'aws:MultiFactorAuthAge': 60 },
          },
        },
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [st] = result.policy.statements;
    expect(st?.notPrincipal?.aws).toHaveLength(2);
    expect(st?.notAction).toEqual(['kms:Decrypt']);
    expect(st?.notResource).toEqual(['*']);
    expect(st?.conditions.map((c) => [c.operator.text, c.key, c.values])).toEqual([
      ['ForAnyValue:StringLike', 'kms:EncryptionContextKeys', ['a*', 'b']],
      ['Bool', 'kms:GrantIsForAWSResource', ['true']],
      ['NumericLessThan', 'aws:MultiFactorAuthAge', ['60']],
    ]);
  });

  it('reads "Principal": "*" and {"AWS": "*"} as everyone, and service principals', () => {
    const result = parseKeyPolicy(
      keyPolicy(
        { ...ok, Principal: '*' },
        { ...ok, Principal: { AWS: '*' } },
        {
          ...ok,
          Principal: { Service: ['cloudtrail.amazonaws.com', 'logs.us-east-1.amazonaws.com'] },
        },
      ),
    );
    expect(result.ok && result.policy.statements.map((s) => s.principal?.wildcard)).toEqual([
      true,
      true,
      false,
    ]);
  });
});

describe('parseKeyPolicy: problems and where they are', () => {
  it.each<[string, string, Partial<PolicyProblem>]>([
    ['not JSON', '{"Statement": [', { element: 'Document', path: '' }],
    ['a JSON array', '[]', { element: 'Document', message: 'A policy must be a JSON object.' }],
    ['no Statement', '{"Version": "2012-10-17"}', { element: 'Statement', path: 'Statement' }],
    [
      'an empty Statement',
      '{"Statement": []}',
      { element: 'Statement', message: 'Statement is an empty list.' },
    ],
    [
      'a bad Version',
      JSON.stringify({ Version: '2020-01-01', Statement: [ok] }),
      { element: 'Version', path: 'Version' },
    ],
    [
      'an unknown top-level element',
      JSON.stringify({ Statement: [ok], Extra: 1 }),
      { element: 'Document', path: 'Extra' },
    ],
    [
      'a statement that is not an object',
      keyPolicy(ok, 'x'),
      { element: 'Statement', statementIndex: 1, path: 'Statement[1]' },
    ],
    [
      'a missing Effect',
      keyPolicy(ok, { ...ok, Effect: undefined }),
      {
        element: 'Effect',
        statementIndex: 1,
        path: 'Statement[1].Effect',
        message: 'The statement has no Effect.',
      },
    ],
    [
      'a lower-case Effect',
      keyPolicy({ ...ok, Effect: 'allow' }),
      { element: 'Effect', statementIndex: 0, message: 'Effect must be "Allow" or "Deny".' },
    ],
    [
      'no Principal in a key policy',
      keyPolicy({ ...ok, Principal: undefined }),
      { element: 'Principal', statementIndex: 0, path: 'Statement[0].Principal' },
    ],
    [
      'both Principal and NotPrincipal',
      keyPolicy({ ...ok, NotPrincipal: { AWS: ACCT } }),
      { element: 'Principal', message: 'A statement cannot have both Principal and NotPrincipal.' },
    ],
    [
      'an invalid AWS principal, inside a list',
      keyPolicy(ok, { ...ok, Principal: { AWS: [ACCT, 'bob'] } }),
      { element: 'Principal', statementIndex: 1, path: 'Statement[1].Principal.AWS[1]' },
    ],
    [
      'an invalid service principal',
      keyPolicy({ ...ok, Principal: { Service: 'not a service' } }),
      { element: 'Principal', path: 'Statement[0].Principal.Service' },
    ],
    [
      'an unknown principal type',
      keyPolicy({ ...ok, Principal: { Account: ACCT } }),
      {
        element: 'Principal',
        path: 'Statement[0].Principal.Account',
        message: 'Unknown principal type Account.',
      },
    ],
    [
      'no Action',
      keyPolicy({ ...ok, Action: undefined }),
      {
        element: 'Action',
        path: 'Statement[0].Action',
        message: 'The statement needs Action or NotAction.',
      },
    ],
    [
      'both Action and NotAction',
      keyPolicy({ ...ok, NotAction: 'kms:Decrypt' }),
      { element: 'Action', message: 'A statement cannot have both Action and NotAction.' },
    ],
    [
      'an action without a service prefix',
      keyPolicy({ ...ok, Action: ['kms:Encrypt', 'Decrypt'] }),
      { element: 'Action', path: 'Statement[0].Action[1]' },
    ],
    [
      'an empty Action list',
      keyPolicy({ ...ok, Action: [] }),
      { element: 'Action', message: 'Action must be a string or a non-empty list of strings.' },
    ],
    [
      'no Resource',
      keyPolicy({ ...ok, Resource: undefined }),
      { element: 'Resource', path: 'Statement[0].Resource' },
    ],
    [
      'a Resource that is not an ARN',
      keyPolicy({ ...ok, Resource: 'my-key' }),
      { element: 'Resource', path: 'Statement[0].Resource' },
    ],
    [
      'an unknown condition operator',
      keyPolicy({ ...ok, Condition: { StringEqual: { 'kms:ViaService': 'x' } } }),
      {
        element: 'Condition',
        statementIndex: 0,
        path: 'Statement[0].Condition.StringEqual',
        message: 'Unknown condition operator StringEqual.',
      },
    ],
    [
      'a numeric operator given text',
      keyPolicy(ok, {
        ...ok,
        Condition: { NumericLessThan: { 'aws:MultiFactorAuthAge': ['10', 'ten'] } },
      }),
      {
        element: 'Condition',
        statementIndex: 1,
        path: 'Statement[1].Condition.NumericLessThan.aws:MultiFactorAuthAge[1]',
      },
    ],
    [
      'a condition value that is an object',
      keyPolicy({ ...ok, Condition: { StringEquals: { 'kms:ViaService': { a: 1 } } } }),
      { element: 'Condition', path: 'Statement[0].Condition.StringEquals.kms:ViaService' },
    ],
    [
      'a condition key without a prefix',
      keyPolicy({ ...ok, Condition: { StringEquals: { ViaService: 'x' } } }),
      { element: 'Condition', path: 'Statement[0].Condition.StringEquals.ViaService' },
    ],
    [
      'an unknown statement element',
      keyPolicy({ ...ok, Effects: 'Allow' }),
      { element: 'Statement', statementIndex: 0, path: 'Statement[0].Effects' },
    ],
    [
      'a duplicate Sid',
      keyPolicy({ ...ok, Sid: 'A' }, { ...ok, Sid: 'A' }),
      { element: 'Sid', statementIndex: 1, path: 'Statement[1].Sid' },
    ],
  ])('%s', (_name, text, expected) => {
    expect(problems(parseKeyPolicy(text))[0]).toMatchObject(expected);
  });

  it('reports every problem, not only the first', () => {
    const found = problems(
      parseKeyPolicy(
        keyPolicy({ Effect: 'Maybe', Principal: { AWS: 'x' }, Action: 'Encrypt', Resource: 'k' }),
      ),
    );
    expect(found.map((p) => p.element)).toEqual(['Effect', 'Principal', 'Action', 'Resource']);
  });

  it('gives the line and column of a JSON syntax error when the parser names a position', () => {
    const [p] = problems(parseKeyPolicy('{\n  "Statement": [\n    {"Effect": "Allow",}\n  ]\n}'));
    expect(p?.message).toMatch(/^The policy is not valid JSON: /);
    if (p?.line !== undefined) {
      expect(p.line).toBe(3);
      expect(p.column).toBeGreaterThan(1);
    }
  });

  it('refuses a key policy over 32 KB', () => {
    const big = keyPolicy({ ...ok, Sid: 'x'.repeat(KEY_POLICY_MAX_BYTES) });
    expect(problems(parseKeyPolicy(big))[0]).toMatchObject({ element: 'Document' });
  });
});

describe('parseIdentityPolicy', () => {
  const allow = { Effect: 'Allow', Action: 'kms:Encrypt', Resource: '*' };

  it('reads a statement without Principal', () => {
    const result = parseIdentityPolicy(
      JSON.stringify({ Version: '2012-10-17', Statement: [allow] }),
    );
    expect(result.ok && result.policy.kind).toBe('identity-policy');
  });

  it('refuses Principal and NotPrincipal as IAM does', () => {
    const found = problems(
      parseIdentityPolicy(
        JSON.stringify({
          Statement: [allow, { ...allow, Principal: '*' }, { ...allow, NotPrincipal: '*' }],
        }),
      ),
    );
    expect(found).toEqual([
      {
        message: 'Has prohibited field Principal.',
        element: 'Principal',
        statementIndex: 1,
        path: 'Statement[1].Principal',
      },
      {
        message: 'Has prohibited field NotPrincipal.',
        element: 'NotPrincipal',
        statementIndex: 2,
        path: 'Statement[2].NotPrincipal',
      },
    ]);
  });

  it('holds Sids to ASCII letters and digits (key policies allow spaces)', () => {
    const text = JSON.stringify({ Statement: [{ ...allow, Sid: 'Enable IAM' }] });
    expect(problems(parseIdentityPolicy(text))[0]).toMatchObject({
      element: 'Sid',
      statementIndex: 0,
    });
  });
});

describe('malformedPolicyError', () => {
  it('answers AWS’s wording for an invalid principal', () => {
    const found = problems(parseKeyPolicy(keyPolicy({ ...ok, Principal: { AWS: 'bob' } })));
    const error = malformedPolicyError(found);
    expect(error.name).toBe('MalformedPolicyDocumentException');
    expect(error.message).toBe('Policy contains a statement with one or more invalid principals.');
  });

  it('keeps the engine’s sentence for the other faults', () => {
    const error = malformedPolicyError(problems(parseKeyPolicy('{}')));
    expect(error.message).toBe(
      'The new key policy is not valid JSON or is missing a required element.',
    );
  });
});
