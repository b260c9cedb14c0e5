/**
 * Key policies as stored documents. KMS keeps the text exactly as given; the default
 * policy (CreateKey without Policy) hands access control to the account's IAM policies.
 * Parsing a new policy and deciding what it allows happen in authorize.ts (with access/).
 */
import { rootArn } from './arn';
import { kmsError } from './errors';

/** The default key policy, formatted as KMS returns it. */
export function defaultKeyPolicy(accountId: string): string {
  return `{
  "Version" : "2012-10-17",
  "Id" : "key-default-1",
  "Statement" : [ {
    "Sid" : "Enable IAM User Permissions",
    "Effect" : "Allow",
    "Principal" : {
      "AWS" : "${rootArn(accountId)}"
    },
    "Action" : "kms:*",
    "Resource" : "*"
  } ]
}`;
}

/** The only policy name KMS has. */
export const POLICY_NAME = 'default';

/** GetKeyPolicy and PutKeyPolicy take an optional PolicyName that can only be `default`. */
export function checkPolicyName(name: string | undefined): void {
  if (name !== undefined && name !== POLICY_NAME)
    throw kmsError('NotFoundException', 'No such policy exists');
}
