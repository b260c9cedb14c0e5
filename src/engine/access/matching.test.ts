import { describe, expect, it } from 'vitest';
import {
  actionMatches,
  matchAwsPrincipal,
  matchPrincipal,
  resourceMatches,
  roleArnOf,
  wildcardMatch,
  type PrincipalSpec,
  type RequestPrincipal,
} from './matching';

const ACCT = '111122223333';
const alice: RequestPrincipal = {
  arn: `arn:aws:iam::${ACCT}:user/alice`,
  accountId: ACCT,
  type: 'IAMUser',
};
const dev: RequestPrincipal = {
  arn: `arn:aws:sts::${ACCT}:assumed-role/Dev/session-1`,
  accountId: ACCT,
  type: 'AssumedRole',
};
const rootUser: RequestPrincipal = {
  arn: `arn:aws:iam::${ACCT}:root`,
  accountId: ACCT,
  type: 'Root',
};
const s3: RequestPrincipal = { arn: 's3.amazonaws.com', accountId: '', type: 'AWSService' };

describe('wildcards', () => {
  it('* spans any run (also empty), ? one character, the rest is literal', () => {
    expect(wildcardMatch('a*c', 'ac')).toBe(true);
    expect(wildcardMatch('a*c', 'a/b:c')).toBe(true);
    expect(wildcardMatch('a?c', 'abc')).toBe(true);
    expect(wildcardMatch('a?c', 'ac')).toBe(false);
    expect(wildcardMatch('a.c', 'abc')).toBe(false);
    expect(wildcardMatch('(a)+[b]', '(a)+[b]')).toBe(true);
  });

  it('actions ignore case; resources do not', () => {
    expect(actionMatches('kms:Gen*', 'kms:GenerateDataKeyPair')).toBe(true);
    expect(actionMatches('KMS:ENCRYPT', 'kms:Encrypt')).toBe(true);
    expect(actionMatches('kms:*', 's3:GetObject')).toBe(false);
    expect(actionMatches('*', 's3:GetObject')).toBe(true);
    expect(
      resourceMatches('arn:aws:kms:*:111122223333:key/*', `arn:aws:kms:eu-west-1:${ACCT}:key/k`),
    ).toBe(true);
    expect(
      resourceMatches('arn:aws:kms:*:111122223333:KEY/*', `arn:aws:kms:eu-west-1:${ACCT}:key/k`),
    ).toBe(false);
  });
});

describe('principals', () => {
  it('an account id or root ARN names the account: its root directly, the rest through IAM', () => {
    for (const entry of [ACCT, `arn:aws:iam::${ACCT}:root`]) {
      expect(matchAwsPrincipal(entry, rootUser)).toBe('direct');
      expect(matchAwsPrincipal(entry, alice)).toBe('account');
      expect(matchAwsPrincipal(entry, dev)).toBe('account');
      expect(matchAwsPrincipal(entry, { ...alice, accountId: '444455556666' })).toBeUndefined();
    }
  });

  it('a role ARN covers its sessions; a session ARN covers only itself', () => {
    expect(matchAwsPrincipal(`arn:aws:iam::${ACCT}:role/Dev`, dev)).toBe('direct');
    expect(matchAwsPrincipal(`arn:aws:iam::${ACCT}:role/Dev2`, dev)).toBeUndefined();
    expect(matchAwsPrincipal(dev.arn, dev)).toBe('direct');
    expect(matchAwsPrincipal(`arn:aws:sts::${ACCT}:assumed-role/Dev/other`, dev)).toBeUndefined();
  });

  it('a role with a path is matched through the roleArn the caller gives', () => {
    const withPath = { ...dev, roleArn: `arn:aws:iam::${ACCT}:role/team/Dev` };
    expect(roleArnOf(dev)).toBe(`arn:aws:iam::${ACCT}:role/Dev`);
    expect(matchAwsPrincipal(`arn:aws:iam::${ACCT}:role/team/Dev`, withPath)).toBe('direct');
    expect(matchAwsPrincipal(`arn:aws:iam::${ACCT}:role/Dev`, withPath)).toBeUndefined();
  });

  it('a user ARN is compared exactly', () => {
    expect(matchAwsPrincipal(alice.arn, alice)).toBe('direct');
    expect(matchAwsPrincipal(`arn:aws:iam::${ACCT}:user/Alice`, alice)).toBeUndefined();
  });

  it('"*" covers everyone; Service entries cover only that service', () => {
    const spec = (p: Partial<PrincipalSpec>): PrincipalSpec => ({
      wildcard: false,
      aws: [],
      service: [],
      federated: [],
      canonicalUser: [],
      ...p,
    });
    expect(matchPrincipal(spec({ wildcard: true }), s3)).toBe('direct');
    expect(matchPrincipal(spec({ service: ['s3.amazonaws.com'] }), s3)).toBe('direct');
    expect(matchPrincipal(spec({ service: ['s3.amazonaws.com'] }), alice)).toBeUndefined();
    expect(matchPrincipal(spec({ aws: [ACCT] }), s3)).toBeUndefined();
    expect(matchPrincipal(spec({ aws: [ACCT, dev.arn] }), dev)).toBe('direct');
  });
});
