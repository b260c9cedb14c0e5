/** ARNs of KMS resources: `arn:aws:kms:<region>:<account>:key/<id>` and `…:alias/<name>`. */

export const keyArn = (region: string, accountId: string, keyId: string): string =>
  `arn:aws:kms:${region}:${accountId}:key/${keyId}`;

/** `aliasName` includes its `alias/` prefix. */
export const aliasArn = (region: string, accountId: string, aliasName: string): string =>
  `arn:aws:kms:${region}:${accountId}:${aliasName}`;

export const rootArn = (accountId: string): string => `arn:aws:iam::${accountId}:root`;

export interface ParsedKmsArn {
  partition: string;
  region: string;
  accountId: string;
  resourceType: 'key' | 'alias';
  /** Key id, or alias name with its `alias/` prefix. */
  resource: string;
}

const KMS_ARN = /^arn:(aws[a-z-]*):kms:([a-z0-9-]*):(\d*):(key|alias)\/(.+)$/;

/** Parses a KMS key or alias ARN; anything else yields undefined. */
export function parseKmsArn(value: string): ParsedKmsArn | undefined {
  const m = KMS_ARN.exec(value);
  if (!m) return undefined;
  const [, partition, region, accountId, type, rest] = m as unknown as [
    string,
    string,
    string,
    string,
    'key' | 'alias',
    string,
  ];
  return {
    partition,
    region,
    accountId,
    resourceType: type,
    resource: type === 'alias' ? `alias/${rest}` : rest,
  };
}
