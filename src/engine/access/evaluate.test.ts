import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KmsError } from '../errors';
import type { RequestContext } from './conditions';
import {
  accessDeniedMessage,
  buildRequestContext,
  evaluateAccess,
  type AccessDecision,
  type AccessRequest,
  type Grant,
} from './evaluate';
import type { RequestPrincipal } from './matching';

const ACCT = '111122223333';
const OTHER = '444455556666';
const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';
const KEY = `arn:aws:kms:us-east-1:${ACCT}:key/${KEY_ID}`;
const OTHER_KEY = `arn:aws:kms:us-east-1:${ACCT}:key/0987dcba-09fe-87dc-65ba-ab0987654321`;

const root = (account = ACCT): RequestPrincipal => ({
  arn: `arn:aws:iam::${account}:root`,
  accountId: account,
  type: 'Root',
});
const user = (name: string, account = ACCT): RequestPrincipal => ({
  arn: `arn:aws:iam::${account}:user/${name}`,
  accountId: account,
  type: 'IAMUser',
});
const session = (role: string, account = ACCT, name = 's'): RequestPrincipal => ({
  arn: `arn:aws:sts::${account}:assumed-role/${role}/${name}`,
  accountId: account,
  type: 'AssumedRole',
});
const service = (name: string): RequestPrincipal => ({
  arn: name,
  accountId: '',
  type: 'AWSService',
});
const roleArn = (role: string, account = ACCT) => `arn:aws:iam::${account}:role/${role}`;

type Statement = Record<string, unknown>;
const doc = (...Statement: Statement[]) => JSON.stringify({ Version: '2012-10-17', Statement });

const ENABLE_IAM: Statement = {
  Sid: 'Enable IAM User Permissions',
  Effect: 'Allow',
  Principal: { AWS: `arn:aws:iam::${ACCT}:root` },
  Action: 'kms:*',
  Resource: '*',
};
const DEFAULT_KEY_POLICY = doc(ENABLE_IAM);
const allowIam = (Sid: string, Action: unknown, Resource: unknown = KEY, extra: Statement = {}) =>
  doc({ Sid, Effect: 'Allow', Action, Resource, ...extra });

interface Row {
  name: string;
  keyPolicy: string;
  identity?: Record<string, string>;
  grants?: Grant[];
  principal: RequestPrincipal;
  action?: string;
  resource?: string;
  encryptionContext?: Record<string, string>;
  context?: RequestContext;
  expect: {
    decision: AccessDecision['decision'];
    source?: 'key-policy' | 'identity-policy' | 'grant';
    sid?: string;
    statementIndex?: number;
    policyName?: string;
    grantId?: string;
    missing?: 'resource-based-policy' | 'identity-based-policy';
  };
}

const grant = (g: Partial<Grant> & Pick<Grant, 'grantId' | 'operations'>): Grant => ({
  granteePrincipal: roleArn('App'),
  ...g,
});

const ROWS: Row[] = [
  // The default key policy hands control to IAM.
  {
    name: 'default key policy + IAM allow on the key ARN → allow by the IAM statement',
    keyPolicy: DEFAULT_KEY_POLICY,
    identity: { AppPolicy: allowIam('AllowEncrypt', 'kms:Encrypt') },
    principal: session('App'),
    expect: {
      decision: 'allow',
      source: 'identity-policy',
      sid: 'AllowEncrypt',
      policyName: 'AppPolicy',
    },
  },
  {
    name: 'default key policy, no IAM policy → implicit deny (no identity-based policy)',
    keyPolicy: DEFAULT_KEY_POLICY,
    principal: user('alice'),
    expect: { decision: 'implicit-deny', missing: 'identity-based-policy' },
  },
  {
    name: 'default key policy, the account root user → allowed by the key policy itself',
    keyPolicy: DEFAULT_KEY_POLICY,
    principal: root(),
    expect: { decision: 'allow', source: 'key-policy', sid: 'Enable IAM User Permissions' },
  },
  {
    name: 'IAM allow for another action than the one asked → implicit deny',
    keyPolicy: DEFAULT_KEY_POLICY,
    identity: { P: allowIam('Enc', 'kms:Encrypt') },
    principal: user('alice'),
    action: 'kms:Decrypt',
    expect: { decision: 'implicit-deny', missing: 'identity-based-policy' },
  },
  // The key policy naming principals directly.
  {
    name: 'key policy allows a role directly: a session of it needs no IAM policy',
    keyPolicy: doc({
      Sid: 'AllowAppRole',
      Effect: 'Allow',
      Principal: { AWS: roleArn('App') },
      Action: ['kms:Encrypt', 'kms:Decrypt'],
      Resource: '*',
    }),
    principal: session('App'),
    expect: { decision: 'allow', source: 'key-policy', sid: 'AllowAppRole' },
  },
  {
    name: 'key policy allows one role: a session of another role → no resource-based policy',
    keyPolicy: doc({
      Sid: 'AllowAppRole',
      Effect: 'Allow',
      Principal: { AWS: roleArn('App') },
      Action: 'kms:*',
      Resource: '*',
    }),
    principal: session('Other'),
    expect: { decision: 'implicit-deny', missing: 'resource-based-policy' },
  },
  {
    name: 'key policy allows a user directly',
    keyPolicy: doc({
      Sid: 'Alice',
      Effect: 'Allow',
      Principal: { AWS: [user('bob').arn, user('alice').arn] },
      Action: 'kms:Encrypt',
      Resource: '*',
    }),
    principal: user('alice'),
    expect: { decision: 'allow', source: 'key-policy', sid: 'Alice' },
  },
  {
    name: 'key policy without the account statement: an IAM allow alone grants nothing',
    keyPolicy: doc({
      Sid: 'AdminsOnly',
      Effect: 'Allow',
      Principal: { AWS: roleArn('Admin') },
      Action: 'kms:*',
      Resource: '*',
    }),
    identity: { Everything: allowIam('All', 'kms:*', '*') },
    principal: session('App'),
    expect: { decision: 'implicit-deny', missing: 'resource-based-policy' },
  },
  // Explicit deny wins everywhere.
  {
    name: 'explicit deny in the key policy beats an IAM allow',
    keyPolicy: doc(ENABLE_IAM, {
      Sid: 'DenyDecrypt',
      Effect: 'Deny',
      Principal: { AWS: '*' },
      Action: 'kms:Decrypt',
      Resource: '*',
    }),
    identity: { P: allowIam('AllowDecrypt', 'kms:Decrypt') },
    principal: session('App'),
    action: 'kms:Decrypt',
    expect: { decision: 'explicit-deny', source: 'key-policy', sid: 'DenyDecrypt' },
  },
  {
    name: 'explicit deny in an IAM policy beats a key policy allowing the role directly',
    keyPolicy: doc({
      Sid: 'AllowApp',
      Effect: 'Allow',
      Principal: { AWS: roleArn('App') },
      Action: 'kms:*',
      Resource: '*',
    }),
    identity: {
      Guardrail: doc({ Sid: 'NoDecrypt', Effect: 'Deny', Action: 'kms:Decrypt', Resource: '*' }),
    },
    principal: session('App'),
    action: 'kms:Decrypt',
    expect: {
      decision: 'explicit-deny',
      source: 'identity-policy',
      sid: 'NoDecrypt',
      policyName: 'Guardrail',
    },
  },
  {
    name: 'IAM deny applies even where the key policy never enabled IAM',
    keyPolicy: doc({
      Sid: 'AllowApp',
      Effect: 'Allow',
      Principal: { AWS: roleArn('App') },
      Action: 'kms:*',
      Resource: '*',
    }),
    identity: { G: doc({ Effect: 'Deny', Action: 'kms:*', Resource: '*' }) },
    principal: session('App'),
    expect: {
      decision: 'explicit-deny',
      source: 'identity-policy',
      statementIndex: 0,
      policyName: 'G',
    },
  },
  {
    name: 'explicit deny in the key policy beats the root user too',
    keyPolicy: doc(ENABLE_IAM, {
      Sid: 'NobodyDeletes',
      Effect: 'Deny',
      Principal: '*',
      Action: 'kms:ScheduleKeyDeletion',
      Resource: '*',
    }),
    principal: root(),
    action: 'kms:ScheduleKeyDeletion',
    expect: { decision: 'explicit-deny', source: 'key-policy', sid: 'NobodyDeletes' },
  },
  // NotAction, action wildcards, resources.
  {
    name: 'Deny with NotAction denies every action not listed',
    keyPolicy: doc(ENABLE_IAM, {
      Sid: 'OnlyDecrypt',
      Effect: 'Deny',
      Principal: { AWS: roleArn('Reader') },
      NotAction: ['kms:Decrypt', 'kms:DescribeKey'],
      Resource: '*',
    }),
    identity: { P: allowIam('All', 'kms:*') },
    principal: session('Reader'),
    action: 'kms:Encrypt',
    expect: { decision: 'explicit-deny', source: 'key-policy', sid: 'OnlyDecrypt' },
  },
  {
    name: 'Deny with NotAction leaves the listed action to the allows',
    keyPolicy: doc(ENABLE_IAM, {
      Sid: 'OnlyDecrypt',
      Effect: 'Deny',
      Principal: { AWS: roleArn('Reader') },
      NotAction: ['kms:Decrypt', 'kms:DescribeKey'],
      Resource: '*',
    }),
    identity: { P: allowIam('All', 'kms:*') },
    principal: session('Reader'),
    action: 'kms:Decrypt',
    expect: { decision: 'allow', source: 'identity-policy', sid: 'All' },
  },
  {
    name: 'Allow with NotAction allows what it does not list',
    keyPolicy: doc({
      Sid: 'AllButDelete',
      Effect: 'Allow',
      Principal: { AWS: roleArn('Ops') },
      NotAction: 'kms:ScheduleKeyDeletion',
      Resource: '*',
    }),
    principal: session('Ops'),
    action: 'kms:DisableKey',
    expect: { decision: 'allow', source: 'key-policy', sid: 'AllButDelete' },
  },
  {
    name: 'action wildcard kms:Gen* covers kms:GenerateDataKey',
    keyPolicy: DEFAULT_KEY_POLICY,
    identity: { P: allowIam('Gen', 'kms:Gen*') },
    principal: user('alice'),
    action: 'kms:GenerateDataKey',
    expect: { decision: 'allow', source: 'identity-policy', sid: 'Gen' },
  },
  {
    name: 'action wildcard kms:Gen* does not cover kms:Encrypt',
    keyPolicy: DEFAULT_KEY_POLICY,
    identity: { P: allowIam('Gen', 'kms:Gen*') },
    principal: user('alice'),
    action: 'kms:Encrypt',
    expect: { decision: 'implicit-deny', missing: 'identity-based-policy' },
  },
  {
    name: 'actions compare without case (KMS:encrypt)',
    keyPolicy: DEFAULT_KEY_POLICY,
    identity: { P: allowIam('Lower', 'KMS:encrypt') },
    principal: user('alice'),
    expect: { decision: 'allow', source: 'identity-policy', sid: 'Lower' },
  },
  {
    name: 'IAM Resource naming another key does not cover this one',
    keyPolicy: DEFAULT_KEY_POLICY,
    identity: { P: allowIam('Other', 'kms:Encrypt', OTHER_KEY) },
    principal: user('alice'),
    expect: { decision: 'implicit-deny', missing: 'identity-based-policy' },
  },
  {
    name: 'IAM Resource wildcard over the account’s keys covers this key',
    keyPolicy: DEFAULT_KEY_POLICY,
    identity: { P: allowIam('AnyKey', 'kms:Encrypt', `arn:aws:kms:*:${ACCT}:key/*`) },
    principal: user('alice'),
    expect: { decision: 'allow', source: 'identity-policy', sid: 'AnyKey' },
  },
  {
    name: 'resources compare with case: the key id upper-cased does not match',
    keyPolicy: DEFAULT_KEY_POLICY,
    identity: { P: allowIam('Upper', 'kms:Encrypt', KEY.replace(KEY_ID, KEY_ID.toUpperCase())) },
    principal: user('alice'),
    expect: { decision: 'implicit-deny', missing: 'identity-based-policy' },
  },
  {
    name: 'IAM NotResource excluding another key covers this key',
    keyPolicy: DEFAULT_KEY_POLICY,
    identity: {
      P: doc({ Sid: 'NotThat', Effect: 'Allow', Action: 'kms:Encrypt', NotResource: OTHER_KEY }),
    },
    principal: user('alice'),
    expect: { decision: 'allow', source: 'identity-policy', sid: 'NotThat' },
  },
  {
    name: 'key policy Resource naming this key ARN (instead of *) applies',
    keyPolicy: doc({
      Sid: 'ThisKey',
      Effect: 'Allow',
      Principal: { AWS: roleArn('App') },
      Action: 'kms:Encrypt',
      Resource: KEY,
    }),
    principal: session('App'),
    expect: { decision: 'allow', source: 'key-policy', sid: 'ThisKey' },
  },
  {
    name: 'key policy Resource naming another key does not apply to this one',
    keyPolicy: doc({
      Sid: 'ThatKey',
      Effect: 'Allow',
      Principal: { AWS: roleArn('App') },
      Action: 'kms:Encrypt',
      Resource: OTHER_KEY,
    }),
    principal: session('App'),
    expect: { decision: 'implicit-deny', missing: 'resource-based-policy' },
  },
  // Conditions.
  {
    name: 'kms:ViaService s3.us-east-1.amazonaws.com: call through S3 → allow',
    keyPolicy: doc({
      Sid: 'ViaS3',
      Effect: 'Allow',
      Principal: { AWS: '*' },
      Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
      Resource: '*',
      Condition: {
        StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com', 'kms:CallerAccount': ACCT },
      },
    }),
    principal: session('App'),
    action: 'kms:Decrypt',
    context: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' },
    expect: { decision: 'allow', source: 'key-policy', sid: 'ViaS3' },
  },
  {
    name: 'kms:ViaService: a direct call (no ViaService) → implicit deny',
    keyPolicy: doc({
      Sid: 'ViaS3',
      Effect: 'Allow',
      Principal: { AWS: '*' },
      Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
      Resource: '*',
      Condition: {
        StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com', 'kms:CallerAccount': ACCT },
      },
    }),
    principal: session('App'),
    action: 'kms:Decrypt',
    expect: { decision: 'implicit-deny', missing: 'resource-based-policy' },
  },
  {
    name: 'kms:CallerAccount (derived from the caller) in another account → no match',
    keyPolicy: doc({
      Sid: 'AccountOnly',
      Effect: 'Allow',
      Principal: { AWS: '*' },
      Action: 'kms:Encrypt',
      Resource: '*',
      Condition: { StringEquals: { 'kms:CallerAccount': OTHER } },
    }),
    principal: user('alice'),
    expect: { decision: 'implicit-deny', missing: 'resource-based-policy' },
  },
  {
    name: 'StringLike kms:ViaService with a wildcard Region, values ORed',
    keyPolicy: DEFAULT_KEY_POLICY,
    identity: {
      P: allowIam('ViaAny', 'kms:Decrypt', KEY, {
        Condition: {
          StringLike: { 'kms:ViaService': ['ec2.*.amazonaws.com', 's3.*.amazonaws.com'] },
        },
      }),
    },
    principal: user('alice'),
    action: 'kms:Decrypt',
    context: { 'kms:ViaService': 's3.eu-west-1.amazonaws.com' },
    expect: { decision: 'allow', source: 'identity-policy', sid: 'ViaAny' },
  },
  {
    name: 'StringNotEquals deny: a missing key counts as "not equal" → explicit deny',
    keyPolicy: doc(ENABLE_IAM, {
      Sid: 'OnlySymmetric',
      Effect: 'Deny',
      Principal: '*',
      Action: 'kms:Encrypt',
      Resource: '*',
      Condition: { StringNotEquals: { 'kms:EncryptionAlgorithm': 'SYMMETRIC_DEFAULT' } },
    }),
    principal: root(),
    expect: { decision: 'explicit-deny', source: 'key-policy', sid: 'OnlySymmetric' },
  },
  {
    name: 'StringEqualsIfExists: a missing key lets the allow apply',
    keyPolicy: DEFAULT_KEY_POLICY,
    identity: {
      P: allowIam('IfExists', 'kms:Encrypt', KEY, {
        Condition: { StringEqualsIfExists: { 'kms:EncryptionAlgorithm': 'SYMMETRIC_DEFAULT' } },
      }),
    },
    principal: user('alice'),
    expect: { decision: 'allow', source: 'identity-policy', sid: 'IfExists' },
  },
  {
    name: 'StringEqualsIfExists: a present key with another value → no allow',
    keyPolicy: DEFAULT_KEY_POLICY,
    identity: {
      P: allowIam('IfExists', 'kms:Encrypt', KEY, {
        Condition: { StringEqualsIfExists: { 'kms:EncryptionAlgorithm': 'SYMMETRIC_DEFAULT' } },
      }),
    },
    principal: user('alice'),
    context: { 'kms:EncryptionAlgorithm': 'RSAES_OAEP_SHA_256' },
    expect: { decision: 'implicit-deny', missing: 'identity-based-policy' },
  },
  {
    name: 'Bool kms:GrantIsForAWSResource true allows CreateGrant for an AWS service',
    keyPolicy: doc({
      Sid: 'GrantsForServices',
      Effect: 'Allow',
      Principal: { AWS: roleArn('App') },
      Action: 'kms:CreateGrant',
      Resource: '*',
      Condition: { Bool: { 'kms:GrantIsForAWSResource': true } },
    }),
    principal: session('App'),
    action: 'kms:CreateGrant',
    context: { 'kms:GrantIsForAWSResource': true },
    expect: { decision: 'allow', source: 'key-policy', sid: 'GrantsForServices' },
  },
  {
    name: 'Bool kms:GrantIsForAWSResource false → the statement does not apply',
    keyPolicy: doc({
      Sid: 'GrantsForServices',
      Effect: 'Allow',
      Principal: { AWS: roleArn('App') },
      Action: 'kms:CreateGrant',
      Resource: '*',
      Condition: { Bool: { 'kms:GrantIsForAWSResource': 'true' } },
    }),
    principal: session('App'),
    action: 'kms:CreateGrant',
    context: { 'kms:GrantIsForAWSResource': false },
    expect: { decision: 'implicit-deny', missing: 'resource-based-policy' },
  },
  {
    name: 'Null: deny requests that carry no encryption context',
    keyPolicy: doc(ENABLE_IAM, {
      Sid: 'RequireContext',
      Effect: 'Deny',
      Principal: '*',
      Action: 'kms:Encrypt',
      Resource: '*',
      Condition: { Null: { 'kms:EncryptionContextKeys': 'true' } },
    }),
    identity: { P: allowIam('Enc', 'kms:Encrypt') },
    principal: user('alice'),
    expect: { decision: 'explicit-deny', source: 'key-policy', sid: 'RequireContext' },
  },
  {
    name: 'Null: with an encryption context the deny does not apply',
    keyPolicy: doc(ENABLE_IAM, {
      Sid: 'RequireContext',
      Effect: 'Deny',
      Principal: '*',
      Action: 'kms:Encrypt',
      Resource: '*',
      Condition: { Null: { 'kms:EncryptionContextKeys': 'true' } },
    }),
    identity: { P: allowIam('Enc', 'kms:Encrypt') },
    principal: user('alice'),
    encryptionContext: { Project: 'alpha' },
    expect: { decision: 'allow', source: 'identity-policy', sid: 'Enc' },
  },
  {
    name: 'ForAnyValue:StringEquals on kms:EncryptionContextKeys: one key listed → allow',
    keyPolicy: DEFAULT_KEY_POLICY,
    identity: {
      P: allowIam('AnyProject', 'kms:Decrypt', KEY, {
        Condition: { 'ForAnyValue:StringEquals': { 'kms:EncryptionContextKeys': 'Project' } },
      }),
    },
    principal: user('alice'),
    action: 'kms:Decrypt',
    encryptionContext: { Project: 'alpha', Team: 'blue' },
    expect: { decision: 'allow', source: 'identity-policy', sid: 'AnyProject' },
  },
  {
    name: 'ForAnyValue: no encryption context → false → implicit deny',
    keyPolicy: DEFAULT_KEY_POLICY,
    identity: {
      P: allowIam('AnyProject', 'kms:Decrypt', KEY, {
        Condition: { 'ForAnyValue:StringEquals': { 'kms:EncryptionContextKeys': 'Project' } },
      }),
    },
    principal: user('alice'),
    action: 'kms:Decrypt',
    expect: { decision: 'implicit-deny', missing: 'identity-based-policy' },
  },
  {
    name: 'ForAllValues: a context key outside the list → no allow',
    keyPolicy: DEFAULT_KEY_POLICY,
    identity: {
      P: allowIam('OnlyKnownKeys', 'kms:Encrypt', KEY, {
        Condition: {
          'ForAllValues:StringEquals': { 'kms:EncryptionContextKeys': ['Project', 'Team'] },
        },
      }),
    },
    principal: user('alice'),
    encryptionContext: { Project: 'alpha', Secret: 'x' },
    expect: { decision: 'implicit-deny', missing: 'identity-based-policy' },
  },
  {
    name: 'ForAllValues: no encryption context at all → true (IAM: empty set) → allow',
    keyPolicy: DEFAULT_KEY_POLICY,
    identity: {
      P: allowIam('OnlyKnownKeys', 'kms:Encrypt', KEY, {
        Condition: {
          'ForAllValues:StringEquals': { 'kms:EncryptionContextKeys': ['Project', 'Team'] },
        },
      }),
    },
    principal: user('alice'),
    expect: { decision: 'allow', source: 'identity-policy', sid: 'OnlyKnownKeys' },
  },
  {
    name: 'kms:EncryptionContext:<key>: the key part matches without case, the value with',
    keyPolicy: doc({
      Sid: 'ProjectAlpha',
      Effect: 'Allow',
      Principal: { AWS: roleArn('App') },
      Action: 'kms:Decrypt',
      Resource: '*',
      Condition: { StringEquals: { 'kms:EncryptionContext:Project': 'alpha' } },
    }),
    principal: session('App'),
    action: 'kms:Decrypt',
    encryptionContext: { project: 'alpha' },
    expect: { decision: 'allow', source: 'key-policy', sid: 'ProjectAlpha' },
  },
  {
    name: 'kms:EncryptionContext:<key> with a value of another case → no allow',
    keyPolicy: doc({
      Sid: 'ProjectAlpha',
      Effect: 'Allow',
      Principal: { AWS: roleArn('App') },
      Action: 'kms:Decrypt',
      Resource: '*',
      Condition: { StringEquals: { 'kms:EncryptionContext:Project': 'alpha' } },
    }),
    principal: session('App'),
    action: 'kms:Decrypt',
    encryptionContext: { Project: 'ALPHA' },
    expect: { decision: 'implicit-deny', missing: 'resource-based-policy' },
  },
  {
    name: 'NumericLessThan and DateLessThan both hold (ANDed) → allow',
    keyPolicy: DEFAULT_KEY_POLICY,
    identity: {
      P: allowIam('Fresh', 'kms:Encrypt', KEY, {
        Condition: {
          NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' },
          DateLessThan: { 'aws:CurrentTime': '2027-01-01T00:00:00Z' },
        },
      }),
    },
    principal: user('alice'),
    context: { 'aws:MultiFactorAuthAge': 120, 'aws:CurrentTime': '2026-11-30T12:00:00Z' },
    expect: { decision: 'allow', source: 'identity-policy', sid: 'Fresh' },
  },
  {
    name: 'one of two ANDed operators fails (DateLessThan past) → no allow',
    keyPolicy: DEFAULT_KEY_POLICY,
    identity: {
      P: allowIam('Fresh', 'kms:Encrypt', KEY, {
        Condition: {
          NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' },
          DateLessThan: { 'aws:CurrentTime': '2026-01-01T00:00:00Z' },
        },
      }),
    },
    principal: user('alice'),
    context: { 'aws:MultiFactorAuthAge': 120, 'aws:CurrentTime': '2026-11-30T12:00:00Z' },
    expect: { decision: 'implicit-deny', missing: 'identity-based-policy' },
  },
  {
    name: 'ArnLike on aws:PrincipalArn (a session’s role ARN) → allow',
    keyPolicy: doc({
      Sid: 'DevRoles',
      Effect: 'Allow',
      Principal: { AWS: '*' },
      Action: 'kms:Encrypt',
      Resource: '*',
      Condition: { ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${ACCT}:role/Dev*` } },
    }),
    principal: session('DevOps'),
    expect: { decision: 'allow', source: 'key-policy', sid: 'DevRoles' },
  },
  {
    name: 'ArnNotEquals deny: everyone but the admin role is denied',
    keyPolicy: doc(ENABLE_IAM, {
      Sid: 'OnlyAdminDeletes',
      Effect: 'Deny',
      Principal: { AWS: '*' },
      Action: 'kms:ScheduleKeyDeletion',
      Resource: '*',
      Condition: { ArnNotEquals: { 'aws:PrincipalArn': roleArn('Admin') } },
    }),
    identity: { P: allowIam('All', 'kms:*') },
    principal: session('App'),
    action: 'kms:ScheduleKeyDeletion',
    expect: { decision: 'explicit-deny', source: 'key-policy', sid: 'OnlyAdminDeletes' },
  },
  {
    name: 'NotPrincipal deny spares the principal it names',
    keyPolicy: doc(ENABLE_IAM, {
      Sid: 'AllButAdmin',
      Effect: 'Deny',
      NotPrincipal: { AWS: [roleArn('Admin'), `arn:aws:iam::${ACCT}:root`] },
      Action: 'kms:ScheduleKeyDeletion',
      Resource: '*',
    }),
    identity: { P: allowIam('All', 'kms:*') },
    principal: session('Admin'),
    action: 'kms:ScheduleKeyDeletion',
    expect: { decision: 'allow', source: 'identity-policy', sid: 'All' },
  },
  {
    name: 'kms:RequestAlias: a call naming the alias → allow (statement without Sid → index)',
    keyPolicy: doc(ENABLE_IAM, {
      Effect: 'Allow',
      Principal: { AWS: roleArn('App') },
      Action: 'kms:Encrypt',
      Resource: '*',
      Condition: { StringEquals: { 'kms:RequestAlias': 'alias/app' } },
    }),
    principal: session('App'),
    context: { 'kms:RequestAlias': 'alias/app' },
    expect: { decision: 'allow', source: 'key-policy', statementIndex: 1 },
  },
  // Cross-account: both sides.
  {
    name: 'cross-account: key policy allows the account + its IAM allows → allow',
    keyPolicy: doc(ENABLE_IAM, {
      Sid: 'OtherAccount',
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${OTHER}:root` },
      Action: ['kms:Encrypt', 'kms:Decrypt'],
      Resource: '*',
    }),
    identity: { Use: allowIam('UseSharedKey', 'kms:Decrypt') },
    principal: session('Consumer', OTHER),
    action: 'kms:Decrypt',
    expect: {
      decision: 'allow',
      source: 'identity-policy',
      sid: 'UseSharedKey',
      policyName: 'Use',
    },
  },
  {
    name: 'cross-account: key policy allows the account, no IAM policy → implicit deny',
    keyPolicy: doc(ENABLE_IAM, {
      Sid: 'OtherAccount',
      Effect: 'Allow',
      Principal: { AWS: OTHER },
      Action: 'kms:Decrypt',
      Resource: '*',
    }),
    principal: session('Consumer', OTHER),
    action: 'kms:Decrypt',
    expect: { decision: 'implicit-deny', missing: 'identity-based-policy' },
  },
  {
    name: 'cross-account: key policy names the role itself, still needs its IAM → implicit deny',
    keyPolicy: doc(ENABLE_IAM, {
      Sid: 'ConsumerRole',
      Effect: 'Allow',
      Principal: { AWS: roleArn('Consumer', OTHER) },
      Action: 'kms:Decrypt',
      Resource: '*',
    }),
    principal: session('Consumer', OTHER),
    action: 'kms:Decrypt',
    expect: { decision: 'implicit-deny', missing: 'identity-based-policy' },
  },
  {
    name: 'cross-account: IAM allows but the key policy does not → no resource-based policy',
    keyPolicy: DEFAULT_KEY_POLICY,
    identity: { Use: allowIam('UseSharedKey', 'kms:Decrypt') },
    principal: session('Consumer', OTHER),
    action: 'kms:Decrypt',
    expect: { decision: 'implicit-deny', missing: 'resource-based-policy' },
  },
  {
    name: 'cross-account root user: key policy allowing its account is enough',
    keyPolicy: doc(ENABLE_IAM, {
      Sid: 'OtherAccount',
      Effect: 'Allow',
      Principal: { AWS: OTHER },
      Action: 'kms:DescribeKey',
      Resource: '*',
    }),
    principal: root(OTHER),
    action: 'kms:DescribeKey',
    expect: { decision: 'allow', source: 'key-policy', sid: 'OtherAccount' },
  },
  // Grants.
  {
    name: 'grant with EncryptionContextSubset met (key without case) → allow by the grant',
    keyPolicy: doc({
      Sid: 'AdminOnly',
      Effect: 'Allow',
      Principal: { AWS: roleArn('Admin') },
      Action: 'kms:*',
      Resource: '*',
    }),
    grants: [
      grant({
        grantId: 'g-subset',
        operations: ['Decrypt'],
        constraints: { encryptionContextSubset: { Project: 'alpha' } },
      }),
    ],
    principal: session('App'),
    action: 'kms:Decrypt',
    encryptionContext: { project: 'alpha', Team: 'blue' },
    expect: { decision: 'allow', source: 'grant', grantId: 'g-subset' },
  },
  {
    name: 'grant with EncryptionContextSubset: value of another case → implicit deny',
    keyPolicy: DEFAULT_KEY_POLICY,
    grants: [
      grant({
        grantId: 'g-subset',
        operations: ['Decrypt'],
        constraints: { encryptionContextSubset: { Project: 'alpha' } },
      }),
    ],
    principal: session('App'),
    action: 'kms:Decrypt',
    encryptionContext: { Project: 'Alpha' },
    expect: { decision: 'implicit-deny', missing: 'identity-based-policy' },
  },
  {
    name: 'grant with EncryptionContextEquals: the exact context → allow',
    keyPolicy: DEFAULT_KEY_POLICY,
    grants: [
      grant({
        grantId: 'g-equals',
        operations: ['Encrypt', 'Decrypt'],
        constraints: { encryptionContextEquals: { Project: 'alpha', Team: 'blue' } },
      }),
    ],
    principal: session('App'),
    encryptionContext: { Team: 'blue', Project: 'alpha' },
    expect: { decision: 'allow', source: 'grant', grantId: 'g-equals' },
  },
  {
    name: 'grant with EncryptionContextEquals: one extra pair → implicit deny',
    keyPolicy: DEFAULT_KEY_POLICY,
    grants: [
      grant({
        grantId: 'g-equals',
        operations: ['Encrypt'],
        constraints: { encryptionContextEquals: { Project: 'alpha' } },
      }),
    ],
    principal: session('App'),
    encryptionContext: { Project: 'alpha', Extra: '1' },
    expect: { decision: 'implicit-deny', missing: 'identity-based-policy' },
  },
  {
    name: 'grant constraints still apply when the action is spelled in another case',
    keyPolicy: DEFAULT_KEY_POLICY,
    grants: [
      grant({
        grantId: 'g-subset',
        operations: ['Decrypt'],
        constraints: { encryptionContextSubset: { Project: 'alpha' } },
      }),
    ],
    principal: session('App'),
    action: 'kms:decrypt',
    encryptionContext: { Project: 'beta' },
    expect: { decision: 'implicit-deny', missing: 'identity-based-policy' },
  },
  {
    name: 'grant for Encrypt does not cover Decrypt',
    keyPolicy: DEFAULT_KEY_POLICY,
    grants: [grant({ grantId: 'g-enc', operations: ['Encrypt'] })],
    principal: session('App'),
    action: 'kms:Decrypt',
    expect: { decision: 'implicit-deny', missing: 'identity-based-policy' },
  },
  {
    name: 'grant constraints do not apply to DescribeKey',
    keyPolicy: DEFAULT_KEY_POLICY,
    grants: [
      grant({
        grantId: 'g-describe',
        operations: ['DescribeKey'],
        constraints: { encryptionContextEquals: { Project: 'alpha' } },
      }),
    ],
    principal: session('App'),
    action: 'kms:DescribeKey',
    expect: { decision: 'allow', source: 'grant', grantId: 'g-describe' },
  },
  {
    name: 'grant to another grantee does not cover the caller',
    keyPolicy: DEFAULT_KEY_POLICY,
    grants: [
      grant({ grantId: 'g-other', granteePrincipal: roleArn('Other'), operations: ['Encrypt'] }),
    ],
    principal: session('App'),
    expect: { decision: 'implicit-deny', missing: 'identity-based-policy' },
  },
  {
    name: 'an explicit deny in the key policy beats a grant',
    keyPolicy: doc(ENABLE_IAM, {
      Sid: 'NoApp',
      Effect: 'Deny',
      Principal: { AWS: roleArn('App') },
      Action: 'kms:*',
      Resource: '*',
    }),
    grants: [grant({ grantId: 'g-enc', operations: ['Encrypt'] })],
    principal: session('App'),
    expect: { decision: 'explicit-deny', source: 'key-policy', sid: 'NoApp' },
  },
  // Service principals.
  {
    name: 'service principal allowed by the key policy, with aws:SourceAccount',
    keyPolicy: doc(ENABLE_IAM, {
      Sid: 'CloudTrail',
      Effect: 'Allow',
      Principal: { Service: 'cloudtrail.amazonaws.com' },
      Action: 'kms:GenerateDataKey*',
      Resource: '*',
      Condition: { StringEquals: { 'aws:SourceAccount': ACCT } },
    }),
    principal: service('cloudtrail.amazonaws.com'),
    action: 'kms:GenerateDataKey',
    context: { 'aws:SourceAccount': ACCT },
    expect: { decision: 'allow', source: 'key-policy', sid: 'CloudTrail' },
  },
  {
    name: 'a service the key policy does not name → no resource-based policy',
    keyPolicy: doc(ENABLE_IAM, {
      Sid: 'CloudTrail',
      Effect: 'Allow',
      Principal: { Service: 'cloudtrail.amazonaws.com' },
      Action: 'kms:GenerateDataKey*',
      Resource: '*',
    }),
    principal: service('logs.amazonaws.com'),
    action: 'kms:GenerateDataKey',
    expect: { decision: 'implicit-deny', missing: 'resource-based-policy' },
  },
];

const requestOf = (row: Row): AccessRequest => ({
  principal: row.principal,
  action: row.action ?? 'kms:Encrypt',
  resource: row.resource ?? KEY,
  keyAccountId: ACCT,
  ...(row.encryptionContext && { encryptionContext: row.encryptionContext }),
  ...(row.context && { context: row.context }),
});

describe('evaluateAccess', () => {
  it('has a table of at least 30 cases', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(30);
  });

  it.each(ROWS.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    const result = evaluateAccess(requestOf(row), {
      keyPolicy: row.keyPolicy,
      identityPolicies: Object.entries(row.identity ?? {}).map(([name, document]) => ({
        name,
        document,
      })),
      ...(row.grants && { grants: row.grants }),
    });
    const { decision, missing, ...by } = row.expect;
    expect(result.decision).toBe(decision);
    if (missing) expect(result).toMatchObject({ missing });
    if (Object.keys(by).length > 0) expect(result.decidedBy).toMatchObject(by);
    if (decision === 'implicit-deny') expect(result.decidedBy).toBeUndefined();
  });

  it('names the key policy statement that enabled an allow by IAM', () => {
    const result = evaluateAccess(
      { principal: user('alice'), action: 'kms:Encrypt', resource: KEY, keyAccountId: ACCT },
      {
        keyPolicy: DEFAULT_KEY_POLICY,
        identityPolicies: [{ name: 'P', document: allowIam('E', 'kms:Encrypt') }],
      },
    );
    expect(result).toEqual({
      decision: 'allow',
      decidedBy: { source: 'identity-policy', sid: 'E', statementIndex: 0, policyName: 'P' },
      enabledBy: { source: 'key-policy', sid: 'Enable IAM User Permissions', statementIndex: 0 },
    });
  });

  it('refuses a malformed stored policy with MalformedPolicyDocumentException', () => {
    const run = () =>
      evaluateAccess(
        { principal: root(), action: 'kms:Encrypt', resource: KEY, keyAccountId: ACCT },
        { keyPolicy: '{"Statement": [{"Effect": "Allow"}]}' },
      );
    expect(run).toThrow(KmsError);
    expect(run).toThrow(/not valid JSON or is missing a required element/);
  });
});

describe('buildRequestContext', () => {
  it('derives the caller keys and the encryption context keys', () => {
    const ctx = buildRequestContext({
      principal: session('App', ACCT, 'sess'),
      action: 'kms:Decrypt',
      resource: KEY,
      keyAccountId: ACCT,
      encryptionContext: { Project: 'alpha' },
    });
    expect(ctx).toEqual({
      'kms:CallerAccount': ACCT,
      'aws:PrincipalAccount': ACCT,
      'aws:PrincipalArn': roleArn('App'),
      'kms:EncryptionContext:Project': 'alpha',
      'kms:EncryptionContextKeys': ['Project'],
    });
  });

  it('lets explicit context entries win over derived ones, whatever their case', () => {
    const ctx = buildRequestContext({
      principal: user('alice'),
      action: 'kms:Decrypt',
      resource: KEY,
      keyAccountId: ACCT,
      context: { 'KMS:CallerAccount': OTHER },
    });
    expect(ctx['kms:CallerAccount']).toBeUndefined();
    expect(ctx['KMS:CallerAccount']).toBe(OTHER);
  });
});

describe('accessDeniedMessage', () => {
  const req = (principal: RequestPrincipal, action = 'kms:Decrypt'): AccessRequest => ({
    principal,
    action,
    resource: KEY,
    keyAccountId: ACCT,
  });

  it('words an implicit deny missing the identity side as AWS does', () => {
    expect(
      accessDeniedMessage(req(session('Dev')), {
        decision: 'implicit-deny',
        missing: 'identity-based-policy',
      }),
    ).toBe(
      `User: arn:aws:sts::${ACCT}:assumed-role/Dev/s is not authorized to perform: kms:Decrypt on resource: ${KEY} because no identity-based policy allows the kms:Decrypt action`,
    );
  });

  it('words an implicit deny missing the key policy as AWS does', () => {
    expect(
      accessDeniedMessage(req(user('ops'), 'kms:DescribeKey'), {
        decision: 'implicit-deny',
        missing: 'resource-based-policy',
      }),
    ).toBe(
      `User: arn:aws:iam::${ACCT}:user/ops is not authorized to perform: kms:DescribeKey on resource: ${KEY} because no resource-based policy allows the kms:DescribeKey action`,
    );
  });

  it('words explicit denies by where the Deny was', () => {
    expect(
      accessDeniedMessage(req(user('ops'), 'kms:Encrypt'), {
        decision: 'explicit-deny',
        decidedBy: { source: 'key-policy', sid: 'D', statementIndex: 1 },
      }),
    ).toBe(
      `User: arn:aws:iam::${ACCT}:user/ops is not authorized to perform: kms:Encrypt on resource: ${KEY} with an explicit deny in a resource-based policy`,
    );
    expect(
      accessDeniedMessage(req(session('Dev')), {
        decision: 'explicit-deny',
        decidedBy: { source: 'identity-policy', statementIndex: 0, policyName: 'G' },
      }),
    ).toBe(
      `User: arn:aws:sts::${ACCT}:assumed-role/Dev/s is not authorized to perform: kms:Decrypt on resource: ${KEY} with an explicit deny in an identity-based policy`,
    );
  });

  it('follows every denied row of the table', () => {
    for (const row of ROWS) {
      const request = requestOf(row);
      const result = evaluateAccess(request, {
        keyPolicy: row.keyPolicy,
        identityPolicies: Object.entries(row.identity ?? {}).map(([name, document]) => ({
          name,
          document,
        })),
        ...(row.grants && { grants: row.grants }),
      });
      if (result.decision === 'allow') continue;
      expect(accessDeniedMessage(request, result)).toMatch(
        /^User: \S+ is not authorized to perform: kms:\w+ on resource: arn:aws:kms:\S+ (because no (identity|resource)-based policy allows the kms:\w+ action|with an explicit deny in (a resource|an identity)-based policy)$/,
      );
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Properties over random policies and requests.

const principalArb = fc.constantFrom(
  root(),
  user('alice'),
  session('App'),
  session('Admin'),
  session('Consumer', OTHER),
  root(OTHER),
  service('s3.amazonaws.com'),
);
const principalEntryArb = fc.constantFrom<unknown>(
  '*',
  { AWS: '*' },
  { AWS: `arn:aws:iam::${ACCT}:root` },
  { AWS: ACCT },
  { AWS: OTHER },
  { AWS: roleArn('App') },
  { AWS: [roleArn('Admin'), user('alice').arn] },
  { AWS: roleArn('Consumer', OTHER) },
  { Service: 's3.amazonaws.com' },
);
const actionArb = fc.constantFrom(
  'kms:Encrypt',
  'kms:Decrypt',
  'kms:DescribeKey',
  'kms:CreateGrant',
);
const actionPatternArb = fc.constantFrom<unknown>(
  '*',
  'kms:*',
  'kms:Encrypt',
  'kms:Decrypt',
  'kms:Gen*',
  ['kms:Encrypt', 'kms:Decrypt'],
);
const resourceArb = fc.constantFrom<unknown>('*', KEY, OTHER_KEY, `arn:aws:kms:*:${ACCT}:key/*`);
const conditionArb = fc.constantFrom<Record<string, unknown> | undefined>(
  undefined,
  { StringEquals: { 'kms:CallerAccount': ACCT } },
  { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } },
  { 'ForAnyValue:StringEquals': { 'kms:EncryptionContextKeys': 'Project' } },
  { 'ForAllValues:StringEquals': { 'kms:EncryptionContextKeys': 'Project' } },
  { StringNotEqualsIfExists: { 'kms:EncryptionContext:Project': 'alpha' } },
  { Null: { 'kms:EncryptionContextKeys': 'false' } },
);
const statementArb = (withPrincipal: boolean) =>
  fc
    .record({
      effect: fc.constantFrom('Allow', 'Allow', 'Deny'),
      principal: principalEntryArb,
      notAction: fc.boolean(),
      action: actionPatternArb,
      resource: resourceArb,
      condition: conditionArb,
    })
    .map(({ effect, principal, notAction, action, resource, condition }) => ({
      Effect: effect,
      ...(withPrincipal && { Principal: principal }),
      [notAction ? 'NotAction' : 'Action']: action,
      Resource: resource,
      ...(condition && { Condition: condition }),
    }));
const worldArb = fc.record({
  principal: principalArb,
  action: actionArb,
  keyStatements: fc.array(statementArb(true), { minLength: 1, maxLength: 4 }),
  identityStatements: fc.array(statementArb(false), { maxLength: 3 }),
  grantOps: fc.subarray(['Encrypt', 'Decrypt', 'DescribeKey'] as const),
  viaS3: fc.boolean(),
  withContext: fc.boolean(),
});

interface World {
  principal: RequestPrincipal;
  action: string;
  keyStatements: Statement[];
  identityStatements: Statement[];
  grantOps: ('Encrypt' | 'Decrypt' | 'DescribeKey')[];
  viaS3: boolean;
  withContext: boolean;
}

function evaluateWorld(w: World, extraKey: Statement[] = [], extraIdentity: Statement[] = []) {
  const identity = [...w.identityStatements, ...extraIdentity];
  return evaluateAccess(
    {
      principal: w.principal,
      action: w.action,
      resource: KEY,
      keyAccountId: ACCT,
      ...(w.withContext && { encryptionContext: { Project: 'alpha' } }),
      ...(w.viaS3 && { context: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } }),
    },
    {
      keyPolicy: doc(...w.keyStatements, ...extraKey),
      identityPolicies: identity.length ? [{ name: 'P', document: doc(...identity) }] : [],
      grants: w.grantOps.length
        ? [{ grantId: 'g', granteePrincipal: roleArn('App'), operations: w.grantOps }]
        : [],
    },
  );
}

describe('evaluateAccess properties', () => {
  it('a Deny of everything in the key policy always denies explicitly', () => {
    fc.assert(
      fc.property(worldArb, (w) => {
        const everything = {
          Sid: 'DenyAll',
          Effect: 'Deny',
          Principal: '*',
          Action: '*',
          Resource: '*',
        };
        const r = evaluateWorld(w, [everything]);
        return r.decision === 'explicit-deny';
      }),
    );
  });

  it('adding any Deny statement never turns a deny into an allow', () => {
    fc.assert(
      fc.property(worldArb, statementArb(true), statementArb(false), (w, k, i) => {
        const before = evaluateWorld(w);
        const denyKey = { ...k, Effect: 'Deny' };
        const denyIdentity = { ...i, Effect: 'Deny' };
        const afterKey = evaluateWorld(w, [denyKey]);
        const afterIdentity = evaluateWorld(w, [], [denyIdentity]);
        if (before.decision !== 'allow') {
          return afterKey.decision !== 'allow' && afterIdentity.decision !== 'allow';
        }
        return true;
      }),
    );
  });

  it('identity policies alone never allow when the key policy neither names the caller nor its account', () => {
    fc.assert(
      fc.property(worldArb, (w) => {
        const r = evaluateWorld(
          {
            ...w,
            grantOps: [],
            keyStatements: [
              {
                Effect: 'Allow',
                Principal: { AWS: roleArn('Nobody') },
                Action: '*',
                Resource: '*',
              },
            ],
          },
          [],
          [{ Effect: 'Allow', Action: '*', Resource: '*' }],
        );
        return r.decision !== 'allow';
      }),
    );
  });
});
