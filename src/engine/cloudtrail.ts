/**
 * CloudTrail records of KMS activity, shaped as AWS writes them: one AwsApiCall
 * per request (failed ones too, with errorCode), one AwsServiceEvent per thing KMS
 * does by itself (RotateKey, DeleteKey). Plaintext and key material never appear.
 */
import { isBytes } from './crypto/bytes';
import type { Principal } from './principal';

export interface CloudTrailEvent {
  eventVersion: '1.08';
  userIdentity: {
    type: Principal['type'];
    principalId?: string;
    arn?: string;
    accountId: string;
    invokedBy?: string;
  };
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

/** CloudTrail keeps request members in camelCase and never logs blobs (plaintext, ciphertext). */
export function loggable(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, v] of Object.entries(value)) {
    if (v === undefined || isBytes(v)) continue;
    out[name.charAt(0).toLowerCase() + name.slice(1)] = toTrailValue(v);
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
