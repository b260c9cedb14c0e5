/**
 * What the simulated AWS services keep: the things customers stored with them, each protected
 * by envelope encryption under a KMS key (or an AWS owned key), and the AWS owned keys
 * themselves. Plain data, like the rest of the world, so snapshots clone it.
 */

/** The services of the lab that encrypt what they store with KMS. */
export type AwsServiceName = 's3' | 'ebs' | 'rds' | 'ssm' | 'secretsmanager';

export const AWS_SERVICE_NAMES: readonly AwsServiceName[] = [
  's3',
  'ebs',
  'rds',
  'ssm',
  'secretsmanager',
];

export const isAwsServiceName = (value: unknown): value is AwsServiceName =>
  typeof value === 'string' && (AWS_SERVICE_NAMES as readonly string[]).includes(value);

/** Which key protects a stored item: a KMS key of the account, or one AWS owns. */
export type Protection =
  | { kind: 'kms'; keyArn: string }
  /** Outside the account: no KMS call, nothing in the account's CloudTrail. */
  | { kind: 'aws-owned' };

/** One thing a customer stored with a service: an S3 object, an EBS volume, a secret… */
export interface StoredItem {
  service: AwsServiceName;
  region: string;
  /** The service's own name for it: `bucket/key`, `vol-…`, a DB instance, a parameter, a secret. */
  name: string;
  /** Its ARN (what the service puts in the encryption context, where it uses one). */
  arn: string;
  protection: Protection;
  /** The encryption context the service gives KMS for this item. */
  encryptionContext: Record<string, string>;
  /**
   * The data key encrypted under the KMS key (a KMS ciphertext blob) — or, for a Parameter
   * Store SecureString, the value itself, which KMS encrypts directly (it fits in 4 KB).
   */
  wrappedKey: Uint8Array;
  /** The data, AES-256-GCM under the data key: 12-byte IV ‖ ciphertext ‖ tag. Absent for SSM. */
  sealed?: Uint8Array;
  /** Plaintext size in bytes (GiB for an EBS volume, which holds no data here). */
  size: number;
  /** The grant the service created to use the key later without the customer (EBS, RDS). */
  grantId?: string;
  /** Who stored it (an IAM ARN) and when (simulated epoch ms). */
  createdBy: string;
  createdAt: number;
  /** Service specifics: a secret's version id, a volume's attachment… */
  details?: Record<string, string>;
}

export interface ServicesState {
  /** Stored items per Region, oldest first. */
  items: Record<string, StoredItem[]>;
  /**
   * AWS owned keys, per Region and service: 32-byte AES keys kept by AWS, in no account.
   * Created the first time a service needs one in a Region.
   */
  awsOwnedKeys: Record<string, Partial<Record<AwsServiceName, Uint8Array>>>;
}

export const emptyServices = (): ServicesState => ({ items: {}, awsOwnedKeys: {} });
