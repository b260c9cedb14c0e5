import { describe, expect, it } from 'vitest';
import {
  IDENTITY_IDS,
  identities,
  identity,
  isIdentityId,
  partnerAccountId,
  principalOf,
  SERVICE_PRINCIPALS,
  servicePrincipal,
} from './principals';

const ACCOUNT = '111122223333';

describe('the lab identities', () => {
  it('are root, four roles of the account and the partner role, with stable ids', () => {
    expect(identities(ACCOUNT).map((i) => [i.id, i.kind, i.name, i.accountId])).toEqual([
      ['root', 'root', 'root', ACCOUNT],
      ['admin', 'role', 'Admin', ACCOUNT],
      ['developer', 'role', 'Developer', ACCOUNT],
      ['application', 'role', 'Application', ACCOUNT],
      ['auditor', 'role', 'SecurityAuditor', ACCOUNT],
      ['partner', 'role', 'PartnerApp', '444455556666'],
    ]);
    expect(IDENTITY_IDS.every(isIdentityId)).toBe(true);
    expect(isIdentityId('someone')).toBe(false);
  });

  it('the root user calls as itself', () => {
    const root = identity('root', ACCOUNT);
    expect(root.iamArn).toBe(`arn:aws:iam::${ACCOUNT}:root`);
    expect(root.principal).toEqual({
      arn: `arn:aws:iam::${ACCOUNT}:root`,
      accountId: ACCOUNT,
      type: 'Root',
      principalId: ACCOUNT,
      identity: 'root',
    });
  });

  it('a role calls through an AssumedRole session issued by the role', () => {
    const dev = identity('developer', ACCOUNT);
    expect(dev.iamArn).toBe(`arn:aws:iam::${ACCOUNT}:role/Developer`);
    expect(dev.principal).toEqual({
      arn: `arn:aws:sts::${ACCOUNT}:assumed-role/Developer/bob`,
      accountId: ACCOUNT,
      type: 'AssumedRole',
      principalId: 'AROAKMSLABDEVELOPER01:bob',
      sessionIssuer: {
        type: 'Role',
        principalId: 'AROAKMSLABDEVELOPER01',
        arn: `arn:aws:iam::${ACCOUNT}:role/Developer`,
        accountId: ACCOUNT,
        userName: 'Developer',
      },
      identity: 'developer',
    });
  });

  it('role ids look like IAM role ids (AROA + 17 characters), one per role', () => {
    const ids = identities(ACCOUNT).flatMap((i) => i.principal.sessionIssuer?.principalId ?? []);
    expect(ids).toHaveLength(5);
    expect(new Set(ids).size).toBe(5);
    for (const id of ids) expect(id).toMatch(/^AROA[A-Z0-9]{17}$/);
  });

  it('the partner role is in another account, whatever the lab account is', () => {
    expect(principalOf('partner', ACCOUNT).arn).toBe(
      'arn:aws:sts::444455556666:assumed-role/PartnerApp/partner-invoices',
    );
    expect(partnerAccountId('444455556666')).not.toBe('444455556666');
    expect(principalOf('partner', '444455556666').accountId).not.toBe('444455556666');
  });

  it('AWS services act as AWSService principals named by their service principal', () => {
    expect(SERVICE_PRINCIPALS).toEqual([
      's3.amazonaws.com',
      'ec2.amazonaws.com',
      'rds.amazonaws.com',
      'ssm.amazonaws.com',
      'secretsmanager.amazonaws.com',
    ]);
    expect(servicePrincipal('s3.amazonaws.com', ACCOUNT)).toEqual({
      arn: 's3.amazonaws.com',
      accountId: ACCOUNT,
      type: 'AWSService',
      principalId: 's3.amazonaws.com',
    });
  });
});
