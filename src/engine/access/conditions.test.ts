import { describe, expect, it } from 'vitest';
import {
  CONDITION_OPERATORS,
  checkConditionValue,
  contextValue,
  evaluateCondition,
  evaluateConditions,
  parseConditionOperator,
  type Condition,
  type RequestContext,
} from './conditions';

const cond = (operator: string, key: string, values: string | string[]): Condition => {
  const op = parseConditionOperator(operator);
  if (!op) throw new Error(`bad operator ${operator}`);
  return { operator: op, key, values: Array.isArray(values) ? values : [values] };
};
const holds = (operator: string, key: string, values: string | string[], ctx: RequestContext) =>
  evaluateCondition(cond(operator, key, values), ctx);

describe('parseConditionOperator', () => {
  it('knows every base operator, with IfExists and both set qualifiers', () => {
    for (const base of CONDITION_OPERATORS) {
      expect(parseConditionOperator(base)?.base).toBe(base);
      if (base === 'Null') continue;
      expect(parseConditionOperator(`${base}IfExists`)).toMatchObject({ base, ifExists: true });
      expect(parseConditionOperator(`ForAnyValue:${base}`)).toMatchObject({
        base,
        set: 'ForAnyValue',
      });
      expect(parseConditionOperator(`ForAllValues:${base}IfExists`)).toMatchObject({
        base,
        set: 'ForAllValues',
        ifExists: true,
      });
    }
  });

  it('marks the negated operators', () => {
    const negated = CONDITION_OPERATORS.filter((o) => parseConditionOperator(o)?.negated);
    expect(negated).toEqual([
      'StringNotEquals',
      'StringNotEqualsIgnoreCase',
      'StringNotLike',
      'NumericNotEquals',
      'DateNotEquals',
      'NotIpAddress',
      'ArnNotEquals',
      'ArnNotLike',
    ]);
  });

  it.each([
    'StringEqual',
    'stringequals',
    'ForSomeValues:StringEquals',
    'forallvalues:StringEquals',
    'NullIfExists',
    'ForAnyValue:Null',
    'IfExists',
    '',
  ])('refuses %j', (text) => {
    expect(parseConditionOperator(text)).toBeUndefined();
  });
});

describe('checkConditionValue', () => {
  const check = (op: string, v: string) => checkConditionValue(parseConditionOperator(op)!, v);
  it('accepts what each family reads and refuses the rest', () => {
    expect(check('NumericLessThan', '10.5')).toBeUndefined();
    expect(check('NumericLessThan', 'ten')).toMatch(/needs a number/);
    expect(check('DateGreaterThan', '2026-01-01T00:00:00Z')).toBeUndefined();
    expect(check('DateGreaterThan', '1767225600')).toBeUndefined();
    expect(check('DateGreaterThan', 'yesterday')).toMatch(/needs a date/);
    expect(check('Bool', 'TRUE')).toBeUndefined();
    expect(check('Bool', 'yes')).toMatch(/true or false/);
    expect(check('Null', 'maybe')).toMatch(/true or false/);
    expect(check('IpAddress', '10.0.0.0/8')).toBeUndefined();
    expect(check('IpAddress', '10.0.0.0/33')).toMatch(/IPv4/);
    expect(check('StringLike', 'anything*')).toBeUndefined();
  });
});

describe('contextValue', () => {
  it('finds condition keys whatever the case of their names', () => {
    const ctx = { 'kms:ViaService': 's3.us-east-1.amazonaws.com' };
    expect(contextValue(ctx, 'KMS:viaservice')).toBe('s3.us-east-1.amazonaws.com');
  });

  it('finds an encryption context pair by its key without case, preferring the exact spelling', () => {
    expect(
      contextValue({ 'kms:EncryptionContext:project': 'a' }, 'kms:encryptioncontext:Project'),
    ).toBe('a');
    expect(
      contextValue(
        { 'kms:EncryptionContext:project': 'lower', 'kms:EncryptionContext:Project': 'exact' },
        'kms:EncryptionContext:Project',
      ),
    ).toBe('exact');
  });
});

describe('string operators', () => {
  const ctx = { 'kms:ViaService': 'S3.us-east-1.amazonaws.com' };
  it.each([
    ['StringEquals', 'S3.us-east-1.amazonaws.com', true],
    ['StringEquals', 's3.us-east-1.amazonaws.com', false],
    ['StringNotEquals', 's3.us-east-1.amazonaws.com', true],
    ['StringEqualsIgnoreCase', 's3.US-EAST-1.amazonaws.com', true],
    ['StringNotEqualsIgnoreCase', 's3.us-east-1.amazonaws.com', false],
    ['StringLike', 'S3.*.amazonaws.com', true],
    ['StringLike', 's3.*.amazonaws.com', false],
    ['StringLike', 'S3.us-east-?.amazonaws.com', true],
    ['StringNotLike', 'ec2.*', true],
  ] as const)('%s %s → %s', (op, value, expected) => {
    expect(holds(op, 'kms:ViaService', value, ctx)).toBe(expected);
  });

  it('ORs the values of a positive operator and NORs those of a negated one', () => {
    const values = ['ec2.us-east-1.amazonaws.com', 'S3.us-east-1.amazonaws.com'];
    expect(holds('StringEquals', 'kms:ViaService', values, ctx)).toBe(true);
    expect(holds('StringNotEquals', 'kms:ViaService', values, ctx)).toBe(false);
    expect(holds('StringNotEquals', 'kms:ViaService', ['a', 'b'], ctx)).toBe(true);
  });
});

describe('numeric, date, bool, binary, IP and ARN operators', () => {
  const ctx: RequestContext = {
    'aws:MultiFactorAuthAge': 300,
    'aws:CurrentTime': '2026-11-30T12:00:00Z',
    'kms:GrantIsForAWSResource': true,
    'aws:SourceIp': '10.1.2.3',
    'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/DevOps',
    'aws:Blob': 'QUJD',
  };
  it.each([
    ['NumericEquals', 'aws:MultiFactorAuthAge', '300', true],
    ['NumericNotEquals', 'aws:MultiFactorAuthAge', '300', false],
    ['NumericLessThan', 'aws:MultiFactorAuthAge', '300', false],
    ['NumericLessThanEquals', 'aws:MultiFactorAuthAge', '300', true],
    ['NumericGreaterThan', 'aws:MultiFactorAuthAge', '299.5', true],
    ['NumericGreaterThanEquals', 'aws:MultiFactorAuthAge', '301', false],
    ['DateEquals', 'aws:CurrentTime', '2026-11-30T12:00:00.000Z', true],
    ['DateNotEquals', 'aws:CurrentTime', '2026-11-30T12:00:00Z', false],
    ['DateLessThan', 'aws:CurrentTime', '2027-01-01T00:00:00Z', true],
    ['DateLessThanEquals', 'aws:CurrentTime', '2026-11-30T12:00:00Z', true],
    ['DateGreaterThanEquals', 'aws:CurrentTime', '2026-12-01T00:00:00Z', false],
    ['Bool', 'kms:GrantIsForAWSResource', 'true', true],
    ['Bool', 'kms:GrantIsForAWSResource', 'false', false],
    ['BinaryEquals', 'aws:Blob', 'QUJD', true],
    ['IpAddress', 'aws:SourceIp', '10.0.0.0/8', true],
    ['IpAddress', 'aws:SourceIp', '10.1.2.4', false],
    ['NotIpAddress', 'aws:SourceIp', '192.168.0.0/16', true],
    ['ArnEquals', 'aws:PrincipalArn', 'arn:aws:iam::111122223333:role/DevOps', true],
    ['ArnLike', 'aws:PrincipalArn', 'arn:aws:iam::*:role/Dev*', true],
    ['ArnLike', 'aws:PrincipalArn', 'arn:aws:iam::*:role/dev*', false],
    ['ArnNotEquals', 'aws:PrincipalArn', 'arn:aws:iam::111122223333:role/Admin', true],
    ['ArnNotLike', 'aws:PrincipalArn', 'arn:aws:iam::111122223333:role/*', false],
  ] as const)('%s %s %s → %s', (op, key, value, expected) => {
    expect(holds(op, key, value, ctx)).toBe(expected);
  });

  it('compares a date given as epoch seconds', () => {
    // 1767225600 = 2026-01-01T00:00:00Z, before the request time.
    expect(holds('DateGreaterThan', 'aws:CurrentTime', '1767225600', ctx)).toBe(true);
  });

  it('never matches a request value that is not a number for a numeric operator', () => {
    expect(holds('NumericEquals', 'kms:X', '1', { 'kms:X': 'one' })).toBe(false);
  });

  it('ArnLike compares each ARN component on its own: * does not cross a colon', () => {
    expect(
      holds('ArnLike', 'aws:SourceArn', 'arn:aws:s3:::bucket*', {
        'aws:SourceArn': 'arn:aws:s3:::bucket/obj',
      }),
    ).toBe(true);
    expect(
      holds('ArnLike', 'aws:SourceArn', 'arn:aws*', { 'aws:SourceArn': 'arn:aws:s3:::b' }),
    ).toBe(false);
  });
});

describe('absent keys (IAM: condition operators, "Important")', () => {
  const empty: RequestContext = {};
  it.each([
    ['StringEquals', false],
    ['StringLike', false],
    ['NumericLessThan', false],
    ['Bool', false],
    ['ArnLike', false],
    // Negated operators: "the right key is not present, the condition is true".
    ['StringNotEquals', true],
    ['StringNotLike', true],
    ['ArnNotLike', true],
    ['NumericNotEquals', true],
    // …IfExists: absent → true.
    ['StringEqualsIfExists', true],
    ['BoolIfExists', true],
    ['ArnLikeIfExists', true],
    ['StringNotEqualsIfExists', true],
  ] as const)('%s → %s', (op, expected) => {
    expect(holds(op, 'kms:X', op.includes('Bool') ? 'true' : '1', empty)).toBe(expected);
  });

  it('Null true asks for absence, Null false for presence', () => {
    expect(holds('Null', 'kms:X', 'true', empty)).toBe(true);
    expect(holds('Null', 'kms:X', 'false', empty)).toBe(false);
    expect(holds('Null', 'kms:X', 'true', { 'kms:X': 'v' })).toBe(false);
    expect(holds('Null', 'kms:X', 'false', { 'kms:X': 'v' })).toBe(true);
  });

  it('an empty list is as good as no key', () => {
    expect(
      holds('Null', 'kms:EncryptionContextKeys', 'true', { 'kms:EncryptionContextKeys': [] }),
    ).toBe(true);
  });
});

describe('set qualifiers on a multivalued key', () => {
  const keys = 'kms:EncryptionContextKeys';
  const ctx = (...v: string[]): RequestContext => ({ [keys]: v });

  it('ForAnyValue: some request value matches some policy value', () => {
    expect(holds('ForAnyValue:StringEquals', keys, ['Project'], ctx('Project', 'Team'))).toBe(true);
    expect(holds('ForAnyValue:StringEquals', keys, ['Owner'], ctx('Project', 'Team'))).toBe(false);
    expect(holds('ForAnyValue:StringLike', keys, ['Pro*'], ctx('Team', 'Project'))).toBe(true);
  });

  it('ForAnyValue: false without the key, IfExists or not', () => {
    expect(holds('ForAnyValue:StringEquals', keys, 'Project', {})).toBe(false);
    expect(holds('ForAnyValue:StringEqualsIfExists', keys, 'Project', {})).toBe(false);
  });

  it('ForAllValues: every request value matches a policy value', () => {
    const allowed = ['Project', 'Team'];
    expect(holds('ForAllValues:StringEquals', keys, allowed, ctx('Project'))).toBe(true);
    expect(holds('ForAllValues:StringEquals', keys, allowed, ctx('Project', 'Team'))).toBe(true);
    expect(holds('ForAllValues:StringEquals', keys, allowed, ctx('Project', 'Owner'))).toBe(false);
  });

  it('ForAllValues: true without the key or with an empty set', () => {
    expect(holds('ForAllValues:StringEquals', keys, 'Project', {})).toBe(true);
    expect(holds('ForAllValues:StringEquals', keys, 'Project', ctx())).toBe(true);
  });

  it('ForAllValues:StringNotLike follows IAM’s table (deny restricted tag keys)', () => {
    // IAM: "Multivalued context key examples", DenyRestrictedTags.
    expect(holds('ForAllValues:StringNotLike', keys, 'key1*', ctx('key1:legal'))).toBe(false);
    expect(holds('ForAllValues:StringNotLike', keys, 'key1*', ctx('key1:hr', 'key1:p'))).toBe(
      false,
    );
    expect(holds('ForAllValues:StringNotLike', keys, 'key1*', ctx('key2:audit'))).toBe(true);
    expect(holds('ForAllValues:StringNotLike', keys, 'key1*', {})).toBe(true);
  });

  it('ForAnyValue with a negated operator: some request value matches none of the policy values', () => {
    expect(holds('ForAnyValue:StringNotEquals', keys, ['Project'], ctx('Project', 'Team'))).toBe(
      true,
    );
    expect(holds('ForAnyValue:StringNotEquals', keys, ['Project'], ctx('Project'))).toBe(false);
  });
});

describe('evaluateConditions', () => {
  it('ANDs operators and keys; an empty block holds', () => {
    const ctx = {
      'kms:CallerAccount': '111122223333',
      'kms:ViaService': 'ec2.us-east-1.amazonaws.com',
    };
    const account = cond('StringEquals', 'kms:CallerAccount', '111122223333');
    const via = cond('StringLike', 'kms:ViaService', 'ec2.*');
    const s3 = cond('StringLike', 'kms:ViaService', 's3.*');
    expect(evaluateConditions([], ctx)).toBe(true);
    expect(evaluateConditions([account, via], ctx)).toBe(true);
    expect(evaluateConditions([account, s3], ctx)).toBe(false);
  });

  it('reads booleans and numbers from the context as their string forms', () => {
    expect(
      holds('StringEquals', 'kms:BypassPolicyLockoutSafetyCheck', 'true', {
        'kms:BypassPolicyLockoutSafetyCheck': true,
      }),
    ).toBe(true);
    expect(holds('StringEquals', 'kms:N', '7', { 'kms:N': 7 })).toBe(true);
  });
});
