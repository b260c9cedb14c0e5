/**
 * Who may do what with a KMS key: the key policy, the caller's IAM identity policies and the
 * key's grants, combined as the KMS Developer Guide describes ("KMS key access and
 * permissions", "Key policies", "Determining access to an AWS KMS key"):
 *
 * 1. An explicit Deny that applies, in the key policy or in an identity policy, wins.
 *    ("You can use an IAM policy to deny a permission to a KMS key without permission from a
 *    key policy.")
 * 2. The key policy is the primary control. It allows the caller
 *    a. directly (its ARN, its role, `*`, its service principal) — enough on its own in the
 *       key's account; or
 *    b. through the caller's account (`111122223333` / `arn:aws:iam::111122223333:root`),
 *       which "enables IAM policies": then an identity policy of the caller must allow the
 *       action on the key too. "Without permission from the key policy, IAM policies that
 *       allow permissions have no effect."
 * 3. A caller of another account needs both sides: the key policy allows it (its account or
 *    itself) and its own identity policy allows it.
 * 4. A grant whose grantee is the caller, listing the operation, with its encryption context
 *    constraints met, allows it.
 * Otherwise: implicit deny.
 */
import { kmsError } from '../errors';
import {
  contextValue,
  evaluateConditions,
  type ContextValue,
  type RequestContext,
} from './conditions';
import {
  accountOfAccountPrincipal,
  actionMatches,
  matchAwsPrincipal,
  matchPrincipal,
  resourceMatches,
  roleArnOf,
  type PrincipalMatch,
  type RequestPrincipal,
} from './matching';
import {
  malformedPolicyError,
  parsePolicyDocument,
  type PolicyDocument,
  type PolicyKind,
  type PolicyStatement,
} from './policyDocument';

export interface AccessRequest {
  principal: RequestPrincipal;
  /** `kms:Encrypt`, `kms:CreateGrant`, … */
  action: string;
  /** The key's ARN. */
  resource: string;
  keyAccountId: string;
  /**
   * The request's encryption context. Grant constraints read it, and it fills
   * `kms:EncryptionContext:<key>` and `kms:EncryptionContextKeys` unless `context` sets them.
   */
  encryptionContext?: Readonly<Record<string, string>>;
  /** Condition keys (kms:ViaService, kms:EncryptionAlgorithm, …). See buildRequestContext. */
  context?: RequestContext;
}

/** KMS grant operations (the GrantOperation enum of the KMS API). */
export type GrantOperation =
  | 'Decrypt'
  | 'Encrypt'
  | 'GenerateDataKey'
  | 'GenerateDataKeyWithoutPlaintext'
  | 'ReEncryptFrom'
  | 'ReEncryptTo'
  | 'Sign'
  | 'Verify'
  | 'GetPublicKey'
  | 'CreateGrant'
  | 'RetireGrant'
  | 'DescribeKey'
  | 'GenerateDataKeyPair'
  | 'GenerateDataKeyPairWithoutPlaintext'
  | 'GenerateMac'
  | 'VerifyMac'
  | 'DeriveSharedSecret';

export interface GrantConstraints {
  encryptionContextEquals?: Readonly<Record<string, string>>;
  encryptionContextSubset?: Readonly<Record<string, string>>;
}

/** A grant on the key being evaluated, as evaluation needs it. */
export interface Grant {
  grantId: string;
  /** ARN of an IAM user or role, an account (id or root ARN), or a service principal name. */
  granteePrincipal: string;
  retiringPrincipal?: string;
  operations: readonly GrantOperation[];
  constraints?: GrantConstraints;
}

export interface IdentityPolicy {
  /** The policy's name as IAM shows it (managed policy name or inline policy name). */
  name: string;
  /** The JSON text, or a document already parsed with parseIdentityPolicy. */
  document: string | PolicyDocument;
}

export interface AccessPolicies {
  /** The key policy text, or a document already parsed with parseKeyPolicy. */
  keyPolicy: string | PolicyDocument;
  /** The identity policies attached to the caller (to the role, for a role session). */
  identityPolicies?: readonly IdentityPolicy[];
  grants?: readonly Grant[];
}

export type DecisionSource = 'key-policy' | 'identity-policy' | 'grant';

/** A statement or grant that decided (or, in `enabledBy`, made an IAM allow count). */
export interface DecidedBy {
  source: DecisionSource;
  sid?: string;
  statementIndex?: number;
  /** The identity policy's name. */
  policyName?: string;
  grantId?: string;
}

/** The kind of policy an implicit deny lacked: which side never allowed. */
export type MissingAllow = 'resource-based-policy' | 'identity-based-policy';

export type AccessDecision =
  | {
      decision: 'allow';
      decidedBy: DecidedBy;
      /** For an allow by an identity policy: the key policy statement that let IAM decide. */
      enabledBy?: DecidedBy;
    }
  | { decision: 'explicit-deny'; decidedBy: DecidedBy }
  | { decision: 'implicit-deny'; decidedBy?: undefined; missing: MissingAllow };

export type DeniedDecision = Exclude<AccessDecision, { decision: 'allow' }>;

/**
 * The condition keys a request carries. Explicit `request.context` entries win; the rest are
 * derived the way AWS fills them: kms:CallerAccount and aws:PrincipalAccount (the caller's
 * account), aws:PrincipalArn (for a role session, the role's ARN — IAM: aws:PrincipalArn),
 * and from the encryption context kms:EncryptionContext:<key> and kms:EncryptionContextKeys.
 * Service principals carry none of the caller keys.
 */
export function buildRequestContext(request: AccessRequest): RequestContext {
  const derived: Record<string, ContextValue> = {};
  const p = request.principal;
  if (p.type !== 'AWSService') {
    derived['kms:CallerAccount'] = p.accountId;
    derived['aws:PrincipalAccount'] = p.accountId;
    derived['aws:PrincipalArn'] = roleArnOf(p) ?? p.arn;
  }
  const ec = request.encryptionContext;
  if (ec) {
    for (const [k, v] of Object.entries(ec)) derived[`kms:EncryptionContext:${k}`] = v;
    derived['kms:EncryptionContextKeys'] = Object.keys(ec);
  }
  const explicit = request.context ?? {};
  // An explicit key replaces the derived one whatever its spelling (names are case-insensitive).
  for (const k of Object.keys(derived)) {
    if (contextValue(explicit, k) !== undefined) delete derived[k];
  }
  return { ...derived, ...explicit };
}

/** Parses a policy given as text; a stored policy that no longer parses is a caller bug. */
function documentOf(doc: string | PolicyDocument, kind: PolicyKind): PolicyDocument {
  if (typeof doc !== 'string') return doc;
  const parsed = parsePolicyDocument(doc, kind);
  if (!parsed.ok) throw malformedPolicyError(parsed.problems, kind);
  return parsed.policy;
}

const actionApplies = (st: PolicyStatement, action: string): boolean =>
  st.action
    ? st.action.some((a) => actionMatches(a, action))
    : !(st.notAction ?? []).some((a) => actionMatches(a, action));

const resourceApplies = (st: PolicyStatement, resource: string): boolean =>
  st.resource
    ? st.resource.some((r) => resourceMatches(r, resource))
    : !(st.notResource ?? []).some((r) => resourceMatches(r, resource));

/**
 * How a key policy statement covers the caller. NotPrincipal covers everyone its list does
 * not; such a cover counts as direct (AWS discourages NotPrincipal with Allow; with Deny it is
 * the usual "everyone but …").
 */
function principalApplies(
  st: PolicyStatement,
  principal: RequestPrincipal,
): PrincipalMatch | undefined {
  if (st.principal) return matchPrincipal(st.principal, principal);
  if (st.notPrincipal) return matchPrincipal(st.notPrincipal, principal) ? undefined : 'direct';
  return undefined;
}

/** Action, resource and conditions (the principal is the caller's concern). */
const statementApplies = (st: PolicyStatement, request: AccessRequest, ctx: RequestContext) =>
  actionApplies(st, request.action) &&
  resourceApplies(st, request.resource) &&
  evaluateConditions(st.conditions, ctx);

const fromStatement = (
  source: DecisionSource,
  st: PolicyStatement,
  policyName?: string,
): DecidedBy => ({
  source,
  ...(st.sid !== undefined && st.sid !== '' && { sid: st.sid }),
  statementIndex: st.index,
  ...(policyName !== undefined && { policyName }),
});

/** Operations whose requests carry an encryption context, where grant constraints apply. */
const ENCRYPTION_CONTEXT_OPERATIONS: ReadonlySet<string> = new Set([
  'Encrypt',
  'Decrypt',
  'ReEncryptFrom',
  'ReEncryptTo',
  'GenerateDataKey',
  'GenerateDataKeyWithoutPlaintext',
  'GenerateDataKeyPair',
  'GenerateDataKeyPairWithoutPlaintext',
]);

/**
 * Grant constraints: "the key in each key-value pair is not case sensitive, but the value is
 * case sensitive" (KMS API: GrantConstraints). They apply only to operations that take an
 * encryption context; "grant constraints are not applied to operations that do not support
 * an encryption context, such as … DescribeKey or RetireGrant". A request to an asymmetric
 * key carries no context at all (`encryptionContext` undefined) and is not constrained.
 */
function constraintsMet(grant: Grant, operation: string, request: AccessRequest): boolean {
  const c = grant.constraints;
  if (!c || !ENCRYPTION_CONTEXT_OPERATIONS.has(operation)) return true;
  if (request.encryptionContext === undefined) return true;
  const actual = new Map<string, string>();
  for (const [k, v] of Object.entries(request.encryptionContext)) actual.set(k.toLowerCase(), v);
  const contains = (pairs: Readonly<Record<string, string>>) =>
    Object.entries(pairs).every(([k, v]) => actual.get(k.toLowerCase()) === v);
  if (c.encryptionContextEquals) {
    const expected = Object.keys(c.encryptionContextEquals).length;
    if (actual.size !== expected || !contains(c.encryptionContextEquals)) return false;
  }
  if (c.encryptionContextSubset && !contains(c.encryptionContextSubset)) return false;
  return true;
}

/** The grant's grantee covers the caller: its ARN, its role, or its service principal. */
function granteeMatch(grant: Grant, principal: RequestPrincipal): PrincipalMatch | undefined {
  const g = grant.granteePrincipal;
  if (principal.type === 'AWSService') return g === principal.arn ? 'direct' : undefined;
  if (g === '*') return undefined; // a grantee is one principal, never everyone
  return matchAwsPrincipal(g, principal);
}

/** Decides one request. Pure: same inputs, same answer. */
export function evaluateAccess(request: AccessRequest, policies: AccessPolicies): AccessDecision {
  const ctx = buildRequestContext(request);
  const keyPolicy = documentOf(policies.keyPolicy, 'key-policy');
  const identity = (policies.identityPolicies ?? []).map((p) => ({
    name: p.name,
    doc: documentOf(p.document, 'identity-policy'),
  }));
  const p = request.principal;
  const isService = p.type === 'AWSService';

  // 1. Explicit denies: the key policy's first, then the caller's own policies.
  for (const st of keyPolicy.statements) {
    if (st.effect === 'Deny' && principalApplies(st, p) && statementApplies(st, request, ctx))
      return { decision: 'explicit-deny', decidedBy: fromStatement('key-policy', st) };
  }
  if (!isService) {
    for (const { name, doc } of identity) {
      for (const st of doc.statements) {
        if (st.effect === 'Deny' && statementApplies(st, request, ctx))
          return {
            decision: 'explicit-deny',
            decidedBy: fromStatement('identity-policy', st, name),
          };
      }
    }
  }

  // 2. What the key policy allows, and how.
  let direct: PolicyStatement | undefined;
  let viaAccount: PolicyStatement | undefined;
  for (const st of keyPolicy.statements) {
    if (st.effect !== 'Allow' || !statementApplies(st, request, ctx)) continue;
    const m = principalApplies(st, p);
    if (m === 'direct') direct ??= st;
    else if (m === 'account') viaAccount ??= st;
  }

  // 3. What the caller's identity policies allow. The root user has every permission of its
  // account on the identity side; a service has no identity policies.
  const identityAllow = isService ? undefined : findIdentityAllow(identity, request, ctx);
  const identitySide = p.type === 'Root' || identityAllow !== undefined;
  // The key policy statement let the caller in; the IAM statement (or the root user) decides.
  const allowThroughIam = (keyStatement: PolicyStatement): AccessDecision =>
    identityAllow
      ? {
          decision: 'allow',
          decidedBy: identityAllow,
          enabledBy: fromStatement('key-policy', keyStatement),
        }
      : { decision: 'allow', decidedBy: fromStatement('key-policy', keyStatement) };

  const sameAccount = isService || p.accountId === request.keyAccountId;
  if (sameAccount) {
    if (direct) return { decision: 'allow', decidedBy: fromStatement('key-policy', direct) };
    if (viaAccount && identitySide) return allowThroughIam(viaAccount);
  } else {
    const keyStatement = direct ?? viaAccount;
    if (keyStatement && identitySide) return allowThroughIam(keyStatement);
  }

  // 4. Grants.
  const asked = request.action.replace(/^kms:/i, '').toLowerCase();
  for (const grant of policies.grants ?? []) {
    // Actions ignore case; the grant's own spelling is the canonical operation name.
    const operation = grant.operations.find((o) => o.toLowerCase() === asked);
    if (!operation || !constraintsMet(grant, operation, request)) continue;
    const m = granteeMatch(grant, p);
    // A grant to an account works like a key policy naming it: the account's IAM policies
    // pass it on to its users and roles.
    if (m === 'direct' || (m === 'account' && identitySide))
      return { decision: 'allow', decidedBy: { source: 'grant', grantId: grant.grantId } };
  }

  // The key policy let the caller in (directly from another account, or through its account),
  // so the identity side is what was missing; otherwise the key policy was.
  const keySide = direct ?? viaAccount;
  return {
    decision: 'implicit-deny',
    missing: keySide && !isService ? 'identity-based-policy' : 'resource-based-policy',
  };
}

function findIdentityAllow(
  identity: readonly { name: string; doc: PolicyDocument }[],
  request: AccessRequest,
  ctx: RequestContext,
): DecidedBy | undefined {
  for (const { name, doc } of identity) {
    for (const st of doc.statements) {
      if (st.effect === 'Allow' && statementApplies(st, request, ctx))
        return fromStatement('identity-policy', st, name);
    }
  }
  return undefined;
}

/**
 * AWS's AccessDeniedException text for a denied request. The four endings, as AWS writes them
 * for KMS keys:
 * - "because no identity-based policy allows the kms:Decrypt action" — quoted in
 *   ministryofjustice/modernisation-platform#11726 and trussworks/terraform-aws-s3-anti-virus#48
 *   (`User: arn:aws:sts::…:assumed-role/…/… is not authorized to perform: kms:Decrypt on
 *   resource: arn:aws:kms:…:key/… because no identity-based policy allows the kms:Decrypt action`);
 * - "because no resource-based policy allows the kms:GenerateDataKey action" — quoted in
 *   ministryofjustice/modernisation-platform#1296, jbrt/ec2cryptomatic#26 (kms:DescribeKey),
 *   4dn-dcic/tibanna#402 (kms:Decrypt);
 * - "with an explicit deny in a resource-based policy" — getsops/sops#1972
 *   (`User: arn:aws:iam::…:user/… is not authorized to perform: kms:Encrypt on resource:
 *   arn:aws:kms:…:key/… with an explicit deny in a resource-based policy`);
 * - "with an explicit deny in an identity-based policy" — a public test recorded against AWS
 *   asserting `… is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:…:key/<id>
 *   with an explicit deny in an identity-based policy` (same wording across IAM, S3, STS).
 * KMS does not quote the resource ARN (S3 does) and ends without a period.
 */
export function accessDeniedMessage(request: AccessRequest, decision: DeniedDecision): string {
  const head = `User: ${request.principal.arn} is not authorized to perform: ${request.action} on resource: ${request.resource}`;
  if (decision.decision === 'explicit-deny') {
    const where =
      decision.decidedBy.source === 'identity-policy'
        ? 'an identity-based policy'
        : 'a resource-based policy';
    return `${head} with an explicit deny in ${where}`;
  }
  const kind = decision.missing === 'identity-based-policy' ? 'identity-based' : 'resource-based';
  return `${head} because no ${kind} policy allows the ${request.action} action`;
}

/** The AccessDeniedException a denied request answers with. */
export const accessDeniedError = (request: AccessRequest, decision: DeniedDecision) =>
  kmsError('AccessDeniedException', accessDeniedMessage(request, decision));

/** Whether a principal string names an account (for UIs drawing "IAM policies enabled"). */
export const isAccountPrincipal = (value: string): boolean =>
  accountOfAccountPrincipal(value) !== undefined;
