/**
 * Who calls KMS: the shape of a caller as KMS and CloudTrail see it. The account's
 * identities (root, roles, the partner account's role, AWS services) are in principals.ts.
 */
import { rootArn } from './arn';
import type { IdentityId } from './principals';

/** The IAM role an AssumedRole session was issued by: CloudTrail's `sessionContext.sessionIssuer`. */
export interface SessionIssuer {
  type: 'Role';
  /** The role's unique id, `AROA…`. */
  principalId: string;
  /** `arn:aws:iam::<account>:role/<Role>` */
  arn: string;
  accountId: string;
  /** The role's name. */
  userName: string;
}

export interface Principal {
  /** Root: `arn:aws:iam::<acct>:root`; a role session: `arn:aws:sts::<acct>:assumed-role/<Role>/<session>`. */
  arn: string;
  accountId: string;
  /** CloudTrail's userIdentity.type */
  type: 'Root' | 'IAMUser' | 'AssumedRole' | 'AWSService';
  /** Root: the account id; a role session: `AROA…:<session>`; a service: its name. */
  principalId: string;
  /** Set for AssumedRole sessions: the role behind the session. */
  sessionIssuer?: SessionIssuer;
  /** Which of the lab's identities this is (principals.ts), when it is one of them. */
  identity?: IdentityId;
}

export const rootPrincipal = (accountId: string): Principal => ({
  arn: rootArn(accountId),
  accountId,
  type: 'Root',
  principalId: accountId,
  identity: 'root',
});

/** KMS itself, the actor of service events (automatic rotation, deletion). */
export const KMS_SERVICE = 'kms.amazonaws.com';
