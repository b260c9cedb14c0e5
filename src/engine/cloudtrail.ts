/**
 * CloudTrail records of KMS activity, shaped as AWS writes them: one AwsApiCall
 * per request (failed ones too, with errorCode), one AwsServiceEvent per thing KMS
 * does by itself (RotateKey, DeleteKey). Plaintext and key material never appear.
 */
import { isBytes } from './crypto/bytes';
import type { Principal, SessionIssuer } from './principal';

/** Who made the call, as CloudTrail writes it. */
export interface UserIdentity {
  type: Principal['type'];
  principalId?: string;
  arn?: string;
  /** Absent for an AWS service acting by itself (only invokedBy names it). */
  accountId?: string;
  /** The access key the request was signed with, when it was signed. */
  accessKeyId?: string;
  /** AssumedRole: the role behind the session, and the session's attributes. */
  sessionContext?: {
    sessionIssuer: SessionIssuer;
    webIdFederationData: Record<string, never>;
    attributes: { creationDate: string; mfaAuthenticated: 'false' | 'true' };
  };
  /** The AWS service that made the call (for the caller, or by itself). */
  invokedBy?: string;
}

export interface CloudTrailEvent {
  eventVersion: '1.08';
  userIdentity: UserIdentity;
  eventTime: string;
  eventSource: 'kms.amazonaws.com';
  eventName: string;
  awsRegion: string;
  sourceIPAddress: string;
  userAgent: string;
  requestParameters: Record<string, unknown> | null;
  responseElements: Record<string, unknown> | null;
  errorCode?: string;
  errorMessage?: string;
  requestID: string;
  eventID: string;
  readOnly: boolean;
  resources?: { accountId: string; type: 'AWS::KMS::Key'; ARN: string }[];
  eventType: 'AwsApiCall' | 'AwsServiceEvent';
  managementEvent: true;
  recipientAccountId: string;
  eventCategory: 'Management';
  serviceEventDetails?: Record<string, unknown>;
}

/**
 * userIdentity of a call made by `principal`: the root user or a role session (with its
 * sessionContext), or an AWS service by itself (type AWSService, only invokedBy). `invokedBy`
 * marks a service calling for the principal (S3 encrypting an object for the uploader).
 */
export function userIdentityOf(
  principal: Principal,
  call: { time: number; accessKeyId?: string; invokedBy?: string },
): UserIdentity {
  if (principal.type === 'AWSService') return { type: 'AWSService', invokedBy: principal.arn };
  return {
    type: principal.type,
    principalId: principal.principalId,
    arn: principal.arn,
    accountId: principal.accountId,
    ...(call.accessKeyId ? { accessKeyId: call.accessKeyId } : {}),
    ...(principal.sessionIssuer
      ? {
          sessionContext: {
            sessionIssuer: { ...principal.sessionIssuer },
            webIdFederationData: {},
            // The lab does not simulate STS: each call's session is taken as issued then.
            attributes: { creationDate: eventTime(call.time), mfaAuthenticated: 'false' },
          },
        }
      : {}),
    ...(call.invokedBy ? { invokedBy: call.invokedBy } : {}),
  };
}

/**
 * Members never written to the trail: a grant token works like a credential, and a key
 * store's `kmsuser` password is one (AWS's own rendering of it is not published: left out).
 */
const NOT_LOGGED = new Set(['GrantToken', 'KeyStorePassword']);

/** Maps of the caller's own keys (`PARAMETER_ARN`, `SecretARN`), logged as they were sent. */
const VERBATIM = new Set([
  'EncryptionContext',
  'EncryptionContextSubset',
  'EncryptionContextEquals',
]);

/**
 * CloudTrail keeps request members in camelCase and never logs blobs (plaintext, ciphertext)
 * or grant tokens (CreateGrant's responseElements show the grantId alone).
 */
export function loggable(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, v] of Object.entries(value)) {
    if (v === undefined || isBytes(v) || NOT_LOGGED.has(name)) continue;
    out[name.charAt(0).toLowerCase() + name.slice(1)] = VERBATIM.has(name)
      ? { ...(v as object) }
      : toTrailValue(v);
  }
  return out;
}

function toTrailValue(v: unknown): unknown {
  if (v instanceof Date) return trailDate(v);
  if (Array.isArray(v)) return v.map(toTrailValue);
  if (v && typeof v === 'object' && !isBytes(v)) {
    return loggable(v as Record<string, unknown>);
  }
  return v;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Dates inside responseElements read like "Nov 30, 2026, 6:48:19 AM" (UTC), as in KMS's trail. */
export function trailDate(d: Date): string {
  const h = d.getUTCHours();
  const two = (n: number) => String(n).padStart(2, '0');
  return (
    `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}, ` +
    `${h % 12 === 0 ? 12 : h % 12}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`
  );
}

/** eventTime is ISO 8601 to the second, in UTC. */
export const eventTime = (ms: number): string => `${new Date(ms).toISOString().slice(0, 19)}Z`;
