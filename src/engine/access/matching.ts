/**
 * The matching rules of the IAM policy language: `*`/`?` wildcards, actions, resources,
 * ARNs and principals. Pure functions; policy evaluation (evaluate.ts) composes them.
 */

/** Who makes a request, as evaluation needs to know it. */
export interface RequestPrincipal {
  /**
   * The caller's ARN: `arn:aws:iam::<acct>:root`, `…:user/<name>`,
   * `arn:aws:sts::<acct>:assumed-role/<role>/<session>`, or for an AWS service its service
   * principal name (`s3.amazonaws.com`).
   */
  arn: string;
  accountId: string;
  type: 'Root' | 'IAMUser' | 'AssumedRole' | 'AWSService';
  /** For an assumed-role session: the role's ARN (with its path, if it has one). */
  roleArn?: string;
}

const escapeRegExp = (s: string): string => s.replace(/[.+^${}()|[\]\\]/g, '\\$&');

const patternCache = new Map<string, RegExp>();

/** `*` matches any run of characters (also none), `?` exactly one; nothing else is special. */
export function wildcardToRegExp(pattern: string, ignoreCase: boolean): RegExp {
  const cacheKey = `${ignoreCase ? 'i' : 's'}${pattern}`;
  let re = patternCache.get(cacheKey);
  if (!re) {
    const body = escapeRegExp(pattern).replace(/\*/g, '[\\s\\S]*').replace(/\?/g, '[\\s\\S]');
    re = new RegExp(`^${body}$`, ignoreCase ? 'iu' : 'u');
    patternCache.set(cacheKey, re);
  }
  return re;
}

export const wildcardMatch = (pattern: string, value: string, ignoreCase = false): boolean =>
  wildcardToRegExp(pattern, ignoreCase).test(value);

/**
 * Actions are case-insensitive (`KMS:encrypt` is `kms:Encrypt`) and take wildcards
 * (`kms:*`, `kms:Gen*`, `*`) — IAM JSON policy elements: Action.
 */
export const actionMatches = (pattern: string, action: string): boolean =>
  wildcardMatch(pattern, action, true);

/** Resources are case-sensitive ARNs with wildcards; `*` is every resource. */
export const resourceMatches = (pattern: string, resource: string): boolean =>
  wildcardMatch(pattern, resource, false);

/**
 * ArnEquals / ArnLike: "each of the six colon-delimited components of the ARN is checked
 * separately and each can include wildcards" (IAM condition operators, ARN). The resource
 * part keeps any further colons, so it is compared as one piece.
 */
export function arnMatches(pattern: string, arn: string): boolean {
  const p = splitArn(pattern);
  const a = splitArn(arn);
  if (!p || !a) return false;
  return p.every((part, i) => wildcardMatch(part, a[i] as string, false));
}

function splitArn(value: string): string[] | undefined {
  const parts = value.split(':');
  if (parts.length < 6) return undefined;
  return [...parts.slice(0, 5), parts.slice(5).join(':')];
}

/** How a policy's Principal entry covers a caller. */
export type PrincipalMatch =
  /** The entry names the caller (its ARN, its role, or `*`, or its service). */
  | 'direct'
  /**
   * The entry names the caller's account (`123456789012` or `arn:aws:iam::123456789012:root`).
   * In a resource policy that delegates to the account: its IAM policies decide who in it may
   * act — the way the default key policy "enables IAM policies".
   */
  | 'account';

const ACCOUNT_ID = /^\d{12}$/;
const ROOT_ARN = /^arn:aws[a-z-]*:iam::(\d{12}):root$/;
const ASSUMED_ROLE_ARN = /^arn:(aws[a-z-]*):sts::(\d{12}):assumed-role\/([^/]+)\/.+$/;

/** The account an account principal names, or undefined for any other principal string. */
export function accountOfAccountPrincipal(value: string): string | undefined {
  if (ACCOUNT_ID.test(value)) return value;
  return ROOT_ARN.exec(value)?.[1];
}

/**
 * The role ARN behind an assumed-role session. The session ARN carries no role path, so
 * without `roleArn` from the caller the path-less form is assumed.
 */
export function roleArnOf(principal: RequestPrincipal): string | undefined {
  if (principal.type !== 'AssumedRole') return undefined;
  if (principal.roleArn) return principal.roleArn;
  const m = ASSUMED_ROLE_ARN.exec(principal.arn);
  return m ? `arn:${m[1]}:iam::${m[2]}:role/${m[3]}` : undefined;
}

/** What a Principal (or NotPrincipal) element holds once parsed. */
export interface PrincipalSpec {
  /** `"Principal": "*"` or `{"AWS": "*"}`: everyone. */
  wildcard: boolean;
  aws: string[];
  service: string[];
  /** Parsed and kept so a document round-trips; they never match a KMS Lab caller. */
  federated: string[];
  canonicalUser: string[];
}

/**
 * How one `AWS` entry covers the caller. The Principal element takes no wildcards but `*`
 * (IAM JSON policy elements: Principal), so everything else is an exact comparison.
 */
export function matchAwsPrincipal(
  entry: string,
  principal: RequestPrincipal,
): PrincipalMatch | undefined {
  if (entry === '*') return 'direct';
  if (principal.type === 'AWSService') return undefined;
  const account = accountOfAccountPrincipal(entry);
  if (account !== undefined) {
    if (account !== principal.accountId) return undefined;
    // The root user is the account principal itself.
    return principal.type === 'Root' ? 'direct' : 'account';
  }
  if (entry === principal.arn) return 'direct';
  // A policy naming a role covers every session of it (IAM policy evaluation: a role ARN in a
  // resource-based policy grants to the role's sessions).
  const role = roleArnOf(principal);
  if (role !== undefined && entry === role) return 'direct';
  return undefined;
}

/** Service principal names compare without regard to case (`S3.amazonaws.com`). */
const matchServicePrincipal = (entry: string, principal: RequestPrincipal): boolean =>
  principal.type === 'AWSService' && entry.toLowerCase() === principal.arn.toLowerCase();

/** The strongest way a Principal element covers the caller: direct beats account. */
export function matchPrincipal(
  spec: PrincipalSpec,
  principal: RequestPrincipal,
): PrincipalMatch | undefined {
  if (spec.wildcard) return 'direct';
  if (spec.service.some((s) => matchServicePrincipal(s, principal))) return 'direct';
  let best: PrincipalMatch | undefined;
  for (const entry of spec.aws) {
    const m = matchAwsPrincipal(entry, principal);
    if (m === 'direct') return 'direct';
    if (m) best = m;
  }
  return best;
}
