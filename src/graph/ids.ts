/**
 * Stable node ids, derived from the model alone, so a trace step (which names a Region
 * code, a key id or a principal's ARN) maps to a place on the canvas without guessing.
 *
 * CloudHSM: `keystore:<region>:<customKeyStoreId>`, `cluster:<region>:<clusterId>`, and
 * `hsm:<clusterId>:<hsmId>` for each HSM (the trace's material steps name the HSM) or
 * `hsm:<clusterId>:<az>` for an Availability Zone's empty slot. AWS services:
 * `service:<region>:<service>` (S3, EBS, RDS…, beside the KMS endpoint and CloudTrail).
 */
export const accountNodeId = (accountId: string): string => `account:${accountId}`;
export const regionNodeId = (region: string): string => `region:${region}`;
export const keyNodeId = (region: string, keyId: string): string => `key:${region}:${keyId}`;
/** A person or application that calls KMS, by its ARN (`principal:arn:aws:iam::…:root`). */
export const principalNodeId = (arn: string): string => `principal:${arn}`;
/** Whoever is outside AWS (uses a downloaded public key, holds key material to import). */
export const OUTSIDE_AWS_NODE_ID = 'outside-aws';
export const keyStoreNodeId = (region: string, keyStoreId: string): string =>
  `keystore:${region}:${keyStoreId}`;
export const clusterNodeId = (region: string, clusterId: string): string =>
  `cluster:${region}:${clusterId}`;
export const hsmNodeId = (clusterId: string, az: string): string => `hsm:${clusterId}:${az}`;
export const serviceNodeId = (region: string, service: string): string =>
  `service:${region}:${service}`;
/** The Regional KMS endpoint (`kms.<region>.amazonaws.com`), where every request arrives. */
export const kmsEndpointNodeId = (region: string): string => serviceNodeId(region, 'kms');
/** The Region's CloudTrail log, where every call is recorded. */
export const cloudTrailNodeId = (region: string): string => serviceNodeId(region, 'cloudtrail');
/**
 * The key AWS owns that a Region's services use (SSE-S3…): outside the account, one per
 * Region in the picture, however many services share it. Not a KMS key: it has no key id.
 */
export const awsOwnedKeyNodeId = (region: string): string => `aws-owned-key:${region}`;
