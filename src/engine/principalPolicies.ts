/**
 * IAM identity policies of the lab's identities: the inline policies attached to each role,
 * as IAM stores them (JSON text, keyed by policy name), their teaching defaults, and the
 * checks IAM makes when one is put.
 *
 * These belong to IAM, not KMS: reading and replacing them is not a KMS operation, so it
 * goes through `kms.putIdentityPolicy` / `deleteIdentityPolicy` rather than `kms.call`,
 * and leaves no KMS CloudTrail record (IAM's own PutRolePolicy events would be in the trail
 * with eventSource iam.amazonaws.com; the lab simulates KMS's). KMS reads them when it
 * decides: a key policy that trusts the account (the default one does) lets IAM policies
 * grant use of the key.
 *
 * The document check here is deliberately simple (JSON, a Statement, what IAM refuses in
 * every identity policy); the full policy grammar comes with the evaluator (src/engine/access).
 * The partner's role lives in another account: its policies are that account's IAM, kept
 * here too so the lab can show that cross-account use needs both sides.
 */
import type { Principal } from './principal';
import type { IdentityId } from './principals';

/** Inline policies per identity: policy name → JSON document as stored. */
export type IdentityPolicies = Record<IdentityId, Record<string, string>>;

/** What AWS's key administrator statement allows (the console's default key policy). */
export const KEY_ADMINISTRATOR_ACTIONS = [
  'kms:Create*',
  'kms:Describe*',
  'kms:Enable*',
  'kms:List*',
  'kms:Put*',
  'kms:Update*',
  'kms:Revoke*',
  'kms:Disable*',
  'kms:Get*',
  'kms:Delete*',
  'kms:TagResource',
  'kms:UntagResource',
  'kms:ScheduleKeyDeletion',
  'kms:CancelKeyDeletion',
] as const;

const document = (...Statement: Record<string, unknown>[]): string =>
  JSON.stringify({ Version: '2012-10-17', Statement }, null, 2);

/**
 * The defaults, chosen to teach: the administrator manages keys but cannot use them; the
 * developer and the auditor only read; the application uses the account's keys (and lets AWS services create grants for them); the
 * partner's own IAM lets it encrypt and decrypt — which is not enough unless the key's
 * policy in this account lets it in too. The root user has none: IAM attaches no policies
 * to it.
 */
export function defaultIdentityPolicies(accountId: string): IdentityPolicies {
  return {
    root: {},
    admin: {
      KeyAdministration: document({
        Sid: 'AdministerKeys',
        Effect: 'Allow',
        Action: [...KEY_ADMINISTRATOR_ACTIONS],
        Resource: '*',
      }),
    },
    developer: {
      ReadKeyMetadata: document({
        Sid: 'ReadKeyMetadata',
        Effect: 'Allow',
        Action: ['kms:Describe*', 'kms:List*', 'kms:Get*'],
        Resource: '*',
      }),
    },
    application: {
      UseAccountKeys: document(
        {
          Sid: 'UseAccountKeys',
          Effect: 'Allow',
          Action: [
            'kms:Encrypt',
            'kms:Decrypt',
            'kms:ReEncrypt*',
            'kms:GenerateDataKey*',
            'kms:DescribeKey',
          ],
          Resource: `arn:aws:kms:*:${accountId}:key/*`,
        },
        {
          // AWS's documented pattern: services that need a grant (EBS, RDS) may create one for
          // the role, and only for an AWS resource — never a grant the role could hand out.
          Sid: 'LetAwsServicesUseKeys',
          Effect: 'Allow',
          Action: 'kms:CreateGrant',
          Resource: `arn:aws:kms:*:${accountId}:key/*`,
          Condition: { Bool: { 'kms:GrantIsForAWSResource': true } },
        },
      ),
    },
    auditor: {
      SecurityAudit: document(
        {
          Sid: 'ReadKmsConfiguration',
          Effect: 'Allow',
          Action: ['kms:Describe*', 'kms:List*', 'kms:Get*'],
          Resource: '*',
        },
        {
          Sid: 'ReadTheTrail',
          Effect: 'Allow',
          Action: ['cloudtrail:LookupEvents'],
          Resource: '*',
        },
      ),
    },
    partner: {
      UseSharedKeys: document({
        Sid: 'UseSharedKeys',
        Effect: 'Allow',
        Action: ['kms:Encrypt', 'kms:Decrypt'],
        Resource: '*',
      }),
    },
  };
}

/** IAM's error codes for these calls, with the HTTP status IAM answers them with. */
const IAM_STATUS = {
  MalformedPolicyDocument: 400,
  NoSuchEntity: 404,
  LimitExceeded: 409,
  ValidationError: 400,
  InvalidInput: 400,
} as const;

export type IamErrorName = keyof typeof IAM_STATUS;

/** A refusal by IAM (not KMS): `name` is IAM's error code. */
export class IamError extends Error {
  override readonly name: IamErrorName;
  readonly httpStatus: number;

  constructor(name: IamErrorName, message: string) {
    super(message);
    this.name = name;
    this.httpStatus = IAM_STATUS[name];
  }
}

export const isIamError = (e: unknown): e is IamError => e instanceof IamError;

/** IAM's pattern and length for a policy name. */
const POLICY_NAME = /^[\w+=,.@-]{1,128}$/;

/** A role's inline policies may hold 10,240 characters in all, whitespace not counted. */
export const ROLE_INLINE_POLICY_LIMIT = 10240;

const isObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);

/** Throws IAM's ValidationError unless `name` is a valid policy name. */
export function checkPolicyName(name: string): void {
  if (POLICY_NAME.test(name)) return;
  // IAM (Coral) words constraint failures as KMS does.
  const detail =
    name.length < 1 || name.length > 128
      ? `Member must have length ${name.length < 1 ? 'greater than or equal to 1' : 'less than or equal to 128'}`
      : 'Member must satisfy regular expression pattern: [\\w+=,.@-]+';
  throw new IamError(
    'ValidationError',
    `1 validation error detected: Value '${name}' at 'policyName' failed to satisfy constraint: ${detail}`,
  );
}

/**
 * The checks IAM makes on an identity policy, worded as IAM answers them: the document is a
 * JSON object with a Statement; each statement has Effect Allow or Deny and names resources;
 * none names a principal (that belongs in resource policies, such as key policies).
 */
export function checkIdentityPolicyDocument(text: string): void {
  const malformed = (message: string): never => {
    throw new IamError('MalformedPolicyDocument', message);
  };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return malformed('Syntax errors in policy.');
  }
  if (!isObject(parsed)) return malformed('Syntax errors in policy.');
  const statements = Array.isArray(parsed.Statement) ? parsed.Statement : [parsed.Statement];
  if (statements.length === 0 || !statements.every(isObject))
    return malformed('Syntax errors in policy.');
  for (const statement of statements as Record<string, unknown>[]) {
    if (statement.Effect !== 'Allow' && statement.Effect !== 'Deny')
      malformed('Syntax errors in policy.');
    if ('Principal' in statement || 'NotPrincipal' in statement)
      malformed('Policy document should not specify a principal.');
    if (!('Resource' in statement) && !('NotResource' in statement))
      malformed('Policy statement must contain resources.');
  }
}

/** Characters IAM counts toward the size limit: all but whitespace. */
export const policySize = (text: string): number => text.replace(/\s/g, '').length;

/**
 * The identity policies that apply to a caller, names sorted, as the evaluator takes them
 * (`{ name, document }`): a role session's are its role's. A caller that is none of the
 * lab's identities (an AWS service) has none.
 */
export function identityPoliciesOf(
  policies: IdentityPolicies,
  principal: Principal,
): { name: string; document: string }[] {
  if (!principal.identity) return [];
  return Object.entries(policies[principal.identity] ?? {})
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, document]) => ({ name, document }));
}
