/**
 * Access control: the one place the engine decides whether the caller may do what it asks.
 * It gathers what the request says (who, which action, which key, the encryption context and
 * the condition keys the operation passes) and what applies (the key's policy, the caller's
 * IAM identity policies, the key's grants), asks the pure evaluator (access/), writes the
 * trace's `authorize` step naming what decided, and throws AWS's AccessDeniedException on a
 * deny. The rules themselves are in access/README.md.
 *
 * - Actions on a key: key policy + IAM + grants (`authorize`).
 * - Actions on no key — CreateKey, ListKeys, ListAliases, GenerateRandom,
 *   ListRetirableGrants — are IAM's alone, on resource `*` ("Use this format for operations
 *   that don't use any particular KMS key, namely CreateKey, GenerateRandom, ListAliases, and
 *   ListKeys": KMS Developer Guide, Specifying KMS keys in IAM policy statements). The account's
 *   root user needs no policy (`authorizeAccount`).
 * - PutKeyPolicy's and CreateKey's lockout safety check (`checkLockout`).
 */
import {
  accessDeniedError,
  evaluateAccess,
  malformedPolicyError,
  parseIdentityPolicy,
  parseKeyPolicy,
  type AccessDecision,
  type AccessRequest,
  type ContextValue,
  type Grant,
  type PolicyDocument,
  type PolicyKind,
  type RequestContext,
  type RequestPrincipal,
} from './access';
import { rootArn } from './arn';
import type { EncryptionContext } from './encryptionContext';
import { kmsError } from './errors';
import type { KeyGrant, KmsKey } from './model';
import type { OperationContext } from './operation';
import { identityPoliciesOf } from './principalPolicies';
import type { AuthorizeStep } from './trace';

/**
 * What a request tells authorization beyond who calls, the action and the key: the same shape
 * in every operation (`ctx.useKey(KeyId, action, { aliases, access })`).
 */
export interface AccessDetails {
  /**
   * For operations that take an encryption context: the request's, `{}` when it gives none.
   * Grant constraints and `kms:EncryptionContext:<key>` / `kms:EncryptionContextKeys` read it.
   * Ignored for keys other than symmetric encryption keys, which take no context.
   */
  encryptionContext?: EncryptionContext;
  /** Condition keys the request carries: kms:EncryptionAlgorithm, kms:SigningAlgorithm, … */
  conditions?: Record<string, ContextValue>;
}

/** The caller as the evaluator sees it (a role session's role comes from its sessionIssuer). */
const requestPrincipal = (ctx: OperationContext): RequestPrincipal => {
  const p = ctx.principal;
  return {
    arn: p.arn,
    accountId: p.accountId,
    type: p.type,
    ...(p.sessionIssuer ? { roleArn: p.sessionIssuer.arn } : {}),
  };
};

// Parsed policies, by kind and text: evaluation runs on every call, parsing needs not. Keyed
// by the stored text itself: a string reused from the world hashes once, while a key built
// per call (kind + text) costs a full hash of the policy every time (~20 µs for 8 KB).
const parsedPolicies: Record<PolicyKind, Map<string, PolicyDocument>> = {
  'key-policy': new Map(),
  'identity-policy': new Map(),
};
const PARSED_LIMIT = 500;
const EMPTY_POLICY: Record<PolicyKind, PolicyDocument> = {
  'key-policy': { kind: 'key-policy', statements: [] },
  'identity-policy': { kind: 'identity-policy', statements: [] },
};

/**
 * A stored policy, parsed. Stored policies were checked when they were put; one that no
 * longer parses (a world saved before the full grammar) allows nothing, rather than failing
 * every call with an error about a document the caller did not send.
 */
function parsedPolicy(text: string, kind: PolicyKind): PolicyDocument {
  const cache = parsedPolicies[kind];
  let doc = cache.get(text);
  if (!doc) {
    const parsed = kind === 'key-policy' ? parseKeyPolicy(text) : parseIdentityPolicy(text);
    doc = parsed.ok ? parsed.policy : EMPTY_POLICY[kind];
    if (cache.size >= PARSED_LIMIT) cache.clear();
    cache.set(text, doc);
  }
  return doc;
}

const identityPolicies = (ctx: OperationContext) =>
  identityPoliciesOf(ctx.world.identityPolicies, ctx.principal).map((p) => ({
    name: p.name,
    document: parsedPolicy(p.document, 'identity-policy'),
  }));

/** A stored grant as the evaluator takes it. */
export const evaluatorGrant = (g: KeyGrant): Grant => ({
  grantId: g.grantId,
  granteePrincipal: g.granteePrincipal,
  ...(g.retiringPrincipal !== undefined ? { retiringPrincipal: g.retiringPrincipal } : {}),
  operations: g.operations,
  ...(g.constraints ? { constraints: g.constraints } : {}),
});

/**
 * Condition keys every request carries: kms:ViaService when an AWS service calls for the
 * caller (`<service>.<region>.amazonaws.com`, as KMS sets it), and the key's aliases and the
 * alias the request named (kms:ResourceAliases, kms:RequestAlias).
 */
function callConditions(ctx: OperationContext, key?: KmsKey): Record<string, ContextValue> {
  const out: Record<string, ContextValue> = {};
  if (ctx.invokedBy) {
    const service = ctx.invokedBy.replace(/\.amazonaws\.com$/, '');
    out['kms:ViaService'] = `${service}.${ctx.region}.amazonaws.com`;
  }
  if (key) {
    const aliases = Object.values(ctx.regionState.aliases)
      .filter((a) => a.targetKeyId === key.keyId)
      .map((a) => a.name);
    if (aliases.length > 0) out['kms:ResourceAliases'] = aliases;
    const requested = ctx.requestAlias(key);
    if (requested) out['kms:RequestAlias'] = requested;
  }
  return out;
}

function accessRequest(
  ctx: OperationContext,
  action: string,
  key: KmsKey,
  details: AccessDetails,
): AccessRequest {
  // Only symmetric encryption keys take an encryption context; other keys' requests carry none.
  const ec = key.keySpec === 'SYMMETRIC_DEFAULT' ? details.encryptionContext : undefined;
  const context: RequestContext = { ...callConditions(ctx, key), ...details.conditions };
  return {
    principal: requestPrincipal(ctx),
    action,
    resource: key.arn,
    keyAccountId: ctx.accountId,
    ...(ec !== undefined ? { encryptionContext: ec } : {}),
    context,
  };
}

/** The step an evaluator's decision becomes. */
function stepOf(
  ctx: OperationContext,
  request: AccessRequest,
  decision: AccessDecision,
  keyId: string | undefined,
): AuthorizeStep {
  const base = {
    type: 'authorize' as const,
    principal: ctx.principal.arn,
    action: request.action,
    ...(keyId !== undefined ? { keyId } : {}),
    resource: request.resource,
  };
  switch (decision.decision) {
    case 'allow':
      return {
        ...base,
        decision: 'allow',
        decidedBy: decision.decidedBy,
        ...(decision.enabledBy ? { enabledBy: decision.enabledBy } : {}),
      };
    case 'explicit-deny':
      return { ...base, decision: 'deny', decidedBy: decision.decidedBy };
    case 'implicit-deny':
      return { ...base, decision: 'deny', missing: decision.missing };
  }
}

/**
 * Decides `action` on `key` for the caller. Writes the authorize step; throws
 * AccessDeniedException (AWS's wording) on a deny. Returns the decision (CreateGrant reads
 * whether a grant allowed it).
 */
export function authorize(
  ctx: OperationContext,
  key: KmsKey,
  action: string,
  details: AccessDetails = {},
): AccessDecision & { decision: 'allow' } {
  const request = accessRequest(ctx, action, key, details);
  const decision = evaluateAccess(request, {
    keyPolicy: parsedPolicy(key.policy, 'key-policy'),
    identityPolicies: identityPolicies(ctx),
    grants: key.grants.map(evaluatorGrant),
  });
  ctx.step(stepOf(ctx, request, decision, key.keyId));
  if (decision.decision !== 'allow') throw accessDeniedError(request, decision);
  return decision;
}

/**
 * Decides an action on no key (resource `*`): IAM's alone. The evaluator is given a key
 * policy that only enables IAM for the account, so the answer is the identity policies' (an
 * explicit deny, an allow, or "no identity-based policy allows"); the root user needs none.
 */
export function authorizeAccount(
  ctx: OperationContext,
  action: string,
  details: AccessDetails = {},
): void {
  const request: AccessRequest = {
    principal: requestPrincipal(ctx),
    action,
    resource: '*',
    keyAccountId: ctx.accountId,
    context: { ...callConditions(ctx), ...details.conditions },
  };
  const iamOnly: PolicyDocument = {
    kind: 'key-policy',
    statements: [
      {
        index: 0,
        effect: 'Allow',
        principal: {
          wildcard: false,
          aws: [rootArn(ctx.accountId)],
          service: [],
          federated: [],
          canonicalUser: [],
        },
        action: ['*'],
        resource: ['*'],
        conditions: [],
      },
    ],
  };
  const evaluated = evaluateAccess(request, {
    keyPolicy: iamOnly,
    identityPolicies: identityPolicies(ctx),
  });
  const decision: AccessDecision =
    evaluated.decision === 'implicit-deny'
      ? { decision: 'implicit-deny', missing: 'identity-based-policy' }
      : evaluated;
  const step = stepOf(ctx, request, decision, undefined);
  // The stand-in key policy is no policy of the account's: an allow it made is the root user's.
  if (decision.decision === 'allow') {
    delete step.enabledBy;
    if (decision.decidedBy.source === 'key-policy') step.decidedBy = { source: 'root-user' };
  }
  ctx.step(step);
  if (decision.decision !== 'allow') throw accessDeniedError(request, decision);
}

/**
 * PutKeyPolicy's (and CreateKey's) lockout safety check: unless the caller bypasses it, the
 * new policy must let the caller call PutKeyPolicy on the key afterwards. Evaluated as a
 * PutKeyPolicy request would be — with the caller's IAM policies, so a key policy that only
 * enables IAM passes when IAM allows kms:PutKeyPolicy. AWS's message, quoted in public reports
 * (e.g. trussworks/terraform-aws-cloudtrail#178: "MalformedPolicyDocumentException: The new key
 * policy will not allow you to update the key policy in the future.").
 */
export function checkLockout(
  ctx: OperationContext,
  keyArn: string,
  policy: PolicyDocument,
  bypass: boolean | undefined,
): void {
  if (bypass === true) return;
  const decision = evaluateAccess(
    {
      principal: requestPrincipal(ctx),
      action: 'kms:PutKeyPolicy',
      resource: keyArn,
      keyAccountId: ctx.accountId,
      context: {
        ...callConditions(ctx),
        'kms:BypassPolicyLockoutSafetyCheck': false,
      },
    },
    { keyPolicy: policy, identityPolicies: identityPolicies(ctx) },
  );
  if (decision.decision !== 'allow')
    throw kmsError(
      'MalformedPolicyDocumentException',
      'The new key policy will not allow you to update the key policy in the future.',
    );
}

/**
 * A key policy a caller gives (CreateKey, PutKeyPolicy), parsed with the full policy grammar
 * (access/policyDocument.ts); MalformedPolicyDocumentException, worded as KMS, when refused.
 */
export function parseNewKeyPolicy(text: string): PolicyDocument {
  const parsed = parseKeyPolicy(text);
  if (!parsed.ok) throw malformedPolicyError(parsed.problems, 'key-policy');
  return parsed.policy;
}
