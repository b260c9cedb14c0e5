/**
 * Grants: what CreateGrant, ListGrants, ListRetirableGrants, RetireGrant and RevokeGrant
 * share — the input shapes of the service model, how grants are found and listed, and who
 * may retire one. Whether a grant allows a request is the evaluator's (access/evaluate.ts).
 *
 * Consistency: AWS makes a new grant effective everywhere within about five minutes and
 * lets its grant token bridge that gap ("to use the permissions in the grant immediately, use
 * the GrantToken that CreateGrant returns"). KMS Lab makes a grant effective as soon as it is
 * created and a retired or revoked one ineffective at once, so GrantTokens members are
 * accepted (shape-checked) and not needed.
 */
import type { GrantListEntry } from '@aws-sdk/client-kms';
import type { GrantOperation } from './access';
import { matchAwsPrincipal } from './access/matching';
import { toBase64, randomBytes, toHex } from './crypto/bytes';
import { kmsError } from './errors';
import type { KeyGrant, KmsKey, RegionState } from './model';
import type { OperationContext } from './operation';
import type { AuthorizeBasis } from './trace';
import type { Shape } from './shapes';

/** The service model's GrantOperation enum, in its order. */
export const GRANT_OPERATIONS: readonly GrantOperation[] = [
  'Decrypt',
  'Encrypt',
  'GenerateDataKey',
  'GenerateDataKeyWithoutPlaintext',
  'ReEncryptFrom',
  'ReEncryptTo',
  'Sign',
  'Verify',
  'GetPublicKey',
  'CreateGrant',
  'RetireGrant',
  'DescribeKey',
  'GenerateDataKeyPair',
  'GenerateDataKeyPairWithoutPlaintext',
  'GenerateMac',
  'VerifyMac',
  'DeriveSharedSecret',
];

export const PrincipalIdType: Shape = {
  type: 'string',
  min: 1,
  max: 256,
  pattern: '^[\\w+=,.@:/-]+$',
};
export const GrantIdType: Shape = { type: 'string', min: 1, max: 128 };
export const GrantTokenType: Shape = { type: 'string', min: 1, max: 8192 };
export const GrantNameType: Shape = {
  type: 'string',
  min: 1,
  max: 256,
  pattern: '^[a-zA-Z0-9:/_-]+$',
};
export const GrantOperationList: Shape = {
  type: 'list',
  member: { type: 'enum', values: GRANT_OPERATIONS },
};
export const GrantConstraintsType: Shape = {
  type: 'structure',
  members: {
    EncryptionContextSubset: { shape: { type: 'map' } },
    EncryptionContextEquals: { shape: { type: 'map' } },
  },
};

/** A grant id: 64 lowercase hex characters, as AWS's. */
export const newGrantId = (): string => toHex(randomBytes(32));

/** A grant token: opaque to callers (AWS's are long base64 strings). */
export const newGrantToken = (): string => toBase64(randomBytes(96));

const IAM_PRINCIPAL =
  /^(\d{12}|arn:aws:iam::\d{12}:(root|user\/.+|role\/.+)|arn:aws:sts::\d{12}:assumed-role\/[^/]+\/.+)$/;
const SERVICE_PRINCIPAL = /^[a-z0-9][a-z0-9.-]*\.amazonaws\.com$/;

/**
 * GranteePrincipal and RetiringPrincipal name an account, an IAM user or role, a role
 * session, or an AWS service principal. AWS's wording for anything else was not found: a plain
 * sentence.
 */
export function checkGrantPrincipal(value: string, member: string): void {
  if (IAM_PRINCIPAL.test(value) || SERVICE_PRINCIPAL.test(value)) return;
  throw kmsError('ValidationException', `${member} ${value} is not a valid principal.`);
}

/** The grant with that id on the key. AWS's wording when there is none was not found. */
export function grantOf(key: KmsKey, grantId: string): KeyGrant {
  const grant = key.grants.find((g) => g.grantId === grantId);
  if (!grant) throw kmsError('NotFoundException', `Grant ID ${grantId} not found.`);
  return grant;
}

/** The key and grant a grant token stands for, in this Region. AWS's wording not found. */
export function grantOfToken(region: RegionState, token: string): { key: KmsKey; grant: KeyGrant } {
  for (const key of Object.values(region.keys)) {
    const grant = key.grants.find((g) => g.tokens.includes(token));
    if (grant) return { key, grant };
  }
  throw kmsError('InvalidGrantTokenException', 'Grant token is invalid.');
}

/** A grant as ListGrants and ListRetirableGrants return it (never its tokens). */
export function grantListEntry(key: KmsKey, g: KeyGrant): GrantListEntry {
  const constraints = g.constraints && {
    ...(g.constraints.encryptionContextSubset
      ? { EncryptionContextSubset: { ...g.constraints.encryptionContextSubset } }
      : {}),
    ...(g.constraints.encryptionContextEquals
      ? { EncryptionContextEquals: { ...g.constraints.encryptionContextEquals } }
      : {}),
  };
  return {
    KeyId: key.arn,
    GrantId: g.grantId,
    ...(g.name !== undefined ? { Name: g.name } : {}),
    CreationDate: new Date(g.createdAt),
    GranteePrincipal: g.granteePrincipal,
    ...(g.retiringPrincipal !== undefined ? { RetiringPrincipal: g.retiringPrincipal } : {}),
    IssuingAccount: g.issuingAccount,
    Operations: [...g.operations],
    ...(constraints ? { Constraints: constraints } : {}),
  };
}

/** Whether a grant principal (as stored) is the caller itself, its role, or (root) its account. */
const namesCaller = (ctx: OperationContext, principal: string | undefined): boolean => {
  if (principal === undefined) return false;
  const p = ctx.principal;
  if (p.type === 'AWSService') return principal === p.arn;
  const match = matchAwsPrincipal(principal, {
    arn: p.arn,
    accountId: p.accountId,
    type: p.type,
    ...(p.sessionIssuer ? { roleArn: p.sessionIssuer.arn } : {}),
  });
  return match === 'direct';
};

/**
 * Who may retire a grant (KMS API, RetireGrant): "the retiring principal for a grant, … the
 * grantee principal if the grant allows the RetireGrant operation, and … the AWS account in
 * which the grant is created" — here that account's root user. Principals to whom retiring is
 * delegated otherwise are not modelled. Writes the authorize step; AccessDeniedException
 * (the evaluator's wording for a missing resource-based allow) otherwise.
 */
export function authorizeRetire(ctx: OperationContext, key: KmsKey, grant: KeyGrant): void {
  const as: Extract<AuthorizeBasis, { source: 'grant-retirement' }>['as'] | undefined = namesCaller(
    ctx,
    grant.retiringPrincipal,
  )
    ? 'retiring-principal'
    : grant.operations.includes('RetireGrant') && namesCaller(ctx, grant.granteePrincipal)
      ? 'grantee'
      : ctx.principal.type === 'Root' && ctx.principal.arn === grant.issuingAccount
        ? 'issuing-account'
        : undefined;
  const base = {
    type: 'authorize' as const,
    principal: ctx.principal.arn,
    action: 'kms:RetireGrant',
    keyId: key.keyId,
    resource: key.arn,
  };
  if (as) {
    ctx.step({
      ...base,
      decision: 'allow',
      decidedBy: { source: 'grant-retirement', grantId: grant.grantId, as },
    });
    return;
  }
  ctx.step({ ...base, decision: 'deny', missing: 'resource-based-policy' });
  throw kmsError(
    'AccessDeniedException',
    `User: ${ctx.principal.arn} is not authorized to perform: kms:RetireGrant on resource: ${key.arn} because no resource-based policy allows the kms:RetireGrant action`,
  );
}

/** Sorted, so that two lists of the same operations compare equal. */
export const sameOperations = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();
