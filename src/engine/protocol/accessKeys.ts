/**
 * Access keys: which identity a request signed with an access key id acts as, so the AWS
 * SDK (or the CLI) can act as any principal of the lab. The SDK signs each request with
 * SigV4; the access key id travels in the Authorization header's credential scope:
 *
 *   Authorization: AWS4-HMAC-SHA256 Credential=<AKID>/<date>/<region>/kms/aws4_request, …
 *
 * | access key id          | acts as                                                   |
 * | ---------------------- | --------------------------------------------------------- |
 * | `AKIAKMSLABROOT000001` | root: the account's root user, `arn:aws:iam::<acct>:root` |
 * | `ASIAKMSLABADMIN00001` | admin: session `alice` of role Admin                      |
 * | `ASIAKMSLABDEVELOPER1` | developer: session `bob` of role Developer                |
 * | `ASIAKMSLABAPP0000001` | application: session `i-0123456789abcdef0` of Application |
 * | `ASIAKMSLABAUDITOR001` | auditor: session `carol` of role SecurityAuditor          |
 * | `ASIAKMSLABPARTNER001` | partner: session `partner-invoices` of role PartnerApp,   |
 * |                        | in account 444455556666                                   |
 * | `AKIAIOSFODNN7EXAMPLE` | root (AWS's documentation example key)                    |
 * | `AKIDEXAMPLE`          | root (the SigV4 test suite's example key)                 |
 *
 * AKIA… is a long-term key (an IAM user's or, against AWS's advice, the root user's); ASIA…
 * is a temporary key that STS issues with a role session. The secret key and the session
 * token are not checked: the lab simulates who calls, not the signature. AWS's two
 * documentation keys act as root so that examples copied from AWS's pages run unchanged.
 * Any other access key id is refused as AWS refuses one it does not know:
 * UnrecognizedClientException, "The security token included in the request is invalid."
 * A request with no Authorization header (the app's own calls) acts as the principal its
 * caller passes (default root).
 */
import type { IdentityId } from '../principals';

export const ACCESS_KEYS: Readonly<Record<string, IdentityId>> = {
  AKIAKMSLABROOT000001: 'root',
  ASIAKMSLABADMIN00001: 'admin',
  ASIAKMSLABDEVELOPER1: 'developer',
  ASIAKMSLABAPP0000001: 'application',
  ASIAKMSLABAUDITOR001: 'auditor',
  ASIAKMSLABPARTNER001: 'partner',
  AKIAIOSFODNN7EXAMPLE: 'root',
  AKIDEXAMPLE: 'root',
};

/** The lab's own access key id for each identity (the first of the table above). */
export const ACCESS_KEY_OF: Readonly<Record<IdentityId, string>> = {
  root: 'AKIAKMSLABROOT000001',
  admin: 'ASIAKMSLABADMIN00001',
  developer: 'ASIAKMSLABDEVELOPER1',
  application: 'ASIAKMSLABAPP0000001',
  auditor: 'ASIAKMSLABAUDITOR001',
  partner: 'ASIAKMSLABPARTNER001',
};

/** The identity an access key id acts as; undefined when the lab does not know the key. */
export const identityOfAccessKey = (accessKeyId: string): IdentityId | undefined =>
  Object.hasOwn(ACCESS_KEYS, accessKeyId) ? ACCESS_KEYS[accessKeyId] : undefined;

const CREDENTIAL = /Credential=([^/,\s]+)\//;

/**
 * The access key id of a SigV4 Authorization header; undefined when there is no header,
 * and '' when there is one that names none (refused like an unknown key).
 */
export function accessKeyIdOf(authorization: string | undefined): string | undefined {
  if (authorization === undefined) return undefined;
  return CREDENTIAL.exec(authorization)?.[1] ?? '';
}
