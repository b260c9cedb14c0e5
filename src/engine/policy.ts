/**
 * Key policies as stored documents. KMS keeps the text exactly as given; the default
 * policy (CreateKey without Policy) hands access control to the account's IAM policies.
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

const isStringOrList = (v: unknown): boolean =>
  typeof v === 'string' ||
  (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string'));

/**
 * Checks that a policy is a well-formed policy document (JSON, statements with an Effect,
 * a Principal, an Action or NotAction, a Resource) and throws MalformedPolicyDocumentException
 * otherwise. Whether it grants anything is decided when policies are evaluated.
 */
export function checkPolicyDocument(text: string): void {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw malformed();
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw malformed();
  const raw = (doc as Record<string, unknown>).Statement;
  const statements = Array.isArray(raw) ? raw : raw ? [raw] : [];
  if (statements.length === 0) throw malformed();
  for (const s of statements) {
    if (!s || typeof s !== 'object') throw malformed();
    const st = s as Record<string, unknown>;
    if (st.Effect !== 'Allow' && st.Effect !== 'Deny') throw malformed();
    if (!('Principal' in st) && !('NotPrincipal' in st)) throw malformed();
    if (!isStringOrList(st.Action) && !isStringOrList(st.NotAction)) throw malformed();
    if (!isStringOrList(st.Resource) && !isStringOrList(st.NotResource)) throw malformed();
  }
}

const malformed = () =>
  kmsError(
    'MalformedPolicyDocumentException',
    'The new key policy is not valid JSON or is missing a required element.',
  );

/** GetKeyPolicy and PutKeyPolicy take an optional PolicyName that can only be `default`. */
export function checkPolicyName(name: string | undefined): void {
  if (name !== undefined && name !== POLICY_NAME)
    throw kmsError('NotFoundException', 'No such policy exists');
}
