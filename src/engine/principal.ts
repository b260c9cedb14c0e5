/** Who calls KMS. Until identities arrive (a later issue), the account's root is the caller. */
import { rootArn } from './arn';

export interface Principal {
  arn: string;
  accountId: string;
  /** CloudTrail's userIdentity.type */
  type: 'Root' | 'IAMUser' | 'AssumedRole' | 'AWSService';
  principalId: string;
}

export const rootPrincipal = (accountId: string): Principal => ({
  arn: rootArn(accountId),
  accountId,
  type: 'Root',
  principalId: accountId,
});

/** KMS itself, the actor of service events (automatic rotation, deletion). */
export const KMS_SERVICE = 'kms.amazonaws.com';
