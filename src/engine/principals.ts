/**
 * The identities of the lab, as data: the account's root user, four roles of the account,
 * a role of a partner account, and the AWS services that call KMS. Each has a stable id
 * ('root', 'admin', …) that views, the protocol's access key table and IAM policies use.
 *
 * People and programs use roles through sessions (STS AssumeRole): a call made "as the
 * Developer" is made by an AssumedRole session, and that is what KMS and CloudTrail see —
 * `arn:aws:sts::<acct>:assumed-role/Developer/bob`, principalId `AROA…:bob`, with the role
 * itself named in `sessionContext.sessionIssuer`. The root user signs as itself.
 */
import { rootArn } from './arn';
import { rootPrincipal, type Principal } from './principal';

export type IdentityId = 'root' | 'admin' | 'developer' | 'application' | 'auditor' | 'partner';

export const IDENTITY_IDS: readonly IdentityId[] = [
  'root',
  'admin',
  'developer',
  'application',
  'auditor',
  'partner',
];

export const isIdentityId = (value: unknown): value is IdentityId =>
  typeof value === 'string' && (IDENTITY_IDS as readonly string[]).includes(value);

/** The second account, where the partner's role lives. */
export const PARTNER_ACCOUNT_ID = '444455556666';
/** Used instead when the lab's own account is 444455556666, so the two always differ. */
const PARTNER_ACCOUNT_FALLBACK = '555566667777';

export const partnerAccountId = (accountId: string): string =>
  accountId === PARTNER_ACCOUNT_ID ? PARTNER_ACCOUNT_FALLBACK : PARTNER_ACCOUNT_ID;

interface RoleSpec {
  /** The IAM role's name. */
  role: string;
  /** The role's unique id: `AROA` + 17 characters, as IAM makes them. */
  roleId: string;
  /** The session name a caller gives AssumeRole (a person's name; EC2 uses the instance id). */
  session: string;
  /** Whose account the role is in. */
  account: 'own' | 'partner';
}

/**
 * The roles. Admin administers keys (no cryptographic use); Developer reads key metadata;
 * Application is what an EC2 instance or a Lambda function runs as and uses keys;
 * SecurityAuditor reads everything, changes nothing; PartnerApp is another company's
 * application, in its own account, that this account may let use a key.
 */
const ROLES: Record<Exclude<IdentityId, 'root'>, RoleSpec> = {
  admin: { role: 'Admin', roleId: 'AROAKMSLABADMIN000001', session: 'alice', account: 'own' },
  developer: {
    role: 'Developer',
    roleId: 'AROAKMSLABDEVELOPER01',
    session: 'bob',
    account: 'own',
  },
  application: {
    role: 'Application',
    roleId: 'AROAKMSLABAPPLICATION',
    session: 'i-0123456789abcdef0',
    account: 'own',
  },
  auditor: {
    role: 'SecurityAuditor',
    roleId: 'AROAKMSLABAUDITOR0001',
    session: 'carol',
    account: 'own',
  },
  partner: {
    role: 'PartnerApp',
    roleId: 'AROAKMSLABPARTNER0001',
    session: 'partner-invoices',
    account: 'partner',
  },
};

export interface Identity {
  id: IdentityId;
  kind: 'root' | 'role';
  /** `root`, or the role's name. */
  name: string;
  /** The account the identity belongs to (the partner's is another account). */
  accountId: string;
  /** The IAM entity: `arn:aws:iam::<acct>:root` or `arn:aws:iam::<acct>:role/<Role>`. */
  iamArn: string;
  /** A role's session name. */
  sessionName?: string;
  /** Who a call made as this identity is: the root user, or the role's session. */
  principal: Principal;
}

export const roleArn = (accountId: string, role: string): string =>
  `arn:aws:iam::${accountId}:role/${role}`;

export const assumedRoleArn = (accountId: string, role: string, session: string): string =>
  `arn:aws:sts::${accountId}:assumed-role/${role}/${session}`;

/** One identity of the lab whose own account is `accountId`. */
export function identity(id: IdentityId, accountId: string): Identity {
  if (id === 'root') {
    return {
      id,
      kind: 'root',
      name: 'root',
      accountId,
      iamArn: rootArn(accountId),
      principal: rootPrincipal(accountId),
    };
  }
  const spec = ROLES[id];
  const account = spec.account === 'own' ? accountId : partnerAccountId(accountId);
  const iamArn = roleArn(account, spec.role);
  return {
    id,
    kind: 'role',
    name: spec.role,
    accountId: account,
    iamArn,
    sessionName: spec.session,
    principal: {
      arn: assumedRoleArn(account, spec.role, spec.session),
      accountId: account,
      type: 'AssumedRole',
      principalId: `${spec.roleId}:${spec.session}`,
      sessionIssuer: {
        type: 'Role',
        principalId: spec.roleId,
        arn: iamArn,
        accountId: account,
        userName: spec.role,
      },
      identity: id,
    },
  };
}

/** Every identity of the lab, in IDENTITY_IDS order. */
export const identities = (accountId: string): Identity[] =>
  IDENTITY_IDS.map((id) => identity(id, accountId));

/** The principal a call made as `id` runs as. */
export const principalOf = (id: IdentityId, accountId: string): Principal =>
  identity(id, accountId).principal;

/**
 * AWS services that call KMS for their customers (envelope encryption of what they store).
 * EBS volumes are an EC2 feature: EBS calls KMS as ec2.amazonaws.com.
 */
export const SERVICE_PRINCIPALS = [
  's3.amazonaws.com',
  'ec2.amazonaws.com',
  'rds.amazonaws.com',
  'ssm.amazonaws.com',
  'secretsmanager.amazonaws.com',
] as const;

export type ServicePrincipalName = (typeof SERVICE_PRINCIPALS)[number];

export const isServicePrincipalName = (value: unknown): value is ServicePrincipalName =>
  typeof value === 'string' && (SERVICE_PRINCIPALS as readonly string[]).includes(value);

/**
 * An AWS service acting by itself (CloudTrail userIdentity type AWSService, the service in
 * invokedBy). A service acting for a caller is that caller's call with `invokedBy` set
 * (CallOptions.invokedBy), not this.
 */
export const servicePrincipal = (service: ServicePrincipalName, accountId: string): Principal => ({
  arn: service,
  accountId,
  type: 'AWSService',
  principalId: service,
});
