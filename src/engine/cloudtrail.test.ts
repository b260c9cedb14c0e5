import { describe, expect, it } from 'vitest';
import { userIdentityOf } from './cloudtrail';
import { principalOf, servicePrincipal } from './principals';

const ACCOUNT = '111122223333';
const time = Date.UTC(2026, 10, 30, 12, 0, 0);

describe('userIdentityOf', () => {
  it('a role session: AssumedRole with sessionContext naming the role', () => {
    expect(
      userIdentityOf(principalOf('auditor', ACCOUNT), {
        time,
        accessKeyId: 'ASIAKMSLABAUDITOR001',
      }),
    ).toEqual({
      type: 'AssumedRole',
      principalId: 'AROAKMSLABAUDITOR0001:carol',
      arn: `arn:aws:sts::${ACCOUNT}:assumed-role/SecurityAuditor/carol`,
      accountId: ACCOUNT,
      accessKeyId: 'ASIAKMSLABAUDITOR001',
      sessionContext: {
        sessionIssuer: {
          type: 'Role',
          principalId: 'AROAKMSLABAUDITOR0001',
          arn: `arn:aws:iam::${ACCOUNT}:role/SecurityAuditor`,
          accountId: ACCOUNT,
          userName: 'SecurityAuditor',
        },
        webIdFederationData: {},
        attributes: { creationDate: '2026-11-30T12:00:00Z', mfaAuthenticated: 'false' },
      },
    });
  });

  it('root: no session, no access key when the call was not signed', () => {
    expect(userIdentityOf(principalOf('root', ACCOUNT), { time })).toEqual({
      type: 'Root',
      principalId: ACCOUNT,
      arn: `arn:aws:iam::${ACCOUNT}:root`,
      accountId: ACCOUNT,
    });
  });

  it('a service calling for a principal: the principal, invokedBy the service', () => {
    const identity = userIdentityOf(principalOf('application', ACCOUNT), {
      time,
      invokedBy: 's3.amazonaws.com',
    });
    expect(identity.type).toBe('AssumedRole');
    expect(identity.invokedBy).toBe('s3.amazonaws.com');
  });

  it('a service by itself: AWSService with only invokedBy', () => {
    expect(userIdentityOf(servicePrincipal('ec2.amazonaws.com', ACCOUNT), { time })).toEqual({
      type: 'AWSService',
      invokedBy: 'ec2.amazonaws.com',
    });
  });
});
