/**
 * The requests the simulated services take and what they answer: the few API actions of each
 * service that make it call KMS, with AWS's member names.
 */
import type { OperationRecord } from '../record';
import type { AwsServiceName } from './model';

export type ServiceRequest =
  /** SSE-KMS (`aws:kms`, the key given or aws/s3) or SSE-S3 (`AES256`: an AWS owned key). */
  | {
      service: 's3';
      action: 'PutObject';
      Bucket: string;
      Key: string;
      Body: string;
      ServerSideEncryption: 'aws:kms' | 'AES256';
      SSEKMSKeyId?: string;
    }
  | { service: 's3'; action: 'GetObject'; Bucket: string; Key: string }
  /** An encrypted volume: a grant for EC2, a data key without plaintext. */
  | { service: 'ebs'; action: 'CreateVolume'; Size: number; KmsKeyId?: string }
  /** Attaching decrypts the volume's data key (EC2, by the grant) into the host's memory. */
  | { service: 'ebs'; action: 'AttachVolume'; VolumeId: string; InstanceId: string }
  | { service: 'rds'; action: 'CreateDBInstance'; DBInstanceIdentifier: string; KmsKeyId?: string }
  | { service: 'rds'; action: 'StartDBInstance'; DBInstanceIdentifier: string }
  | {
      service: 'ssm';
      action: 'PutParameter';
      Name: string;
      Value: string;
      Type: 'SecureString';
      KeyId?: string;
      /** Replace an existing parameter (a new version); without it, ParameterAlreadyExists. */
      Overwrite?: boolean;
    }
  | { service: 'ssm'; action: 'GetParameter'; Name: string; WithDecryption: boolean }
  | {
      service: 'secretsmanager';
      action: 'CreateSecret';
      Name: string;
      SecretString: string;
      KmsKeyId?: string;
    }
  | { service: 'secretsmanager'; action: 'GetSecretValue'; SecretId: string };

export type ServiceAction = ServiceRequest['action'];

/** What a service refused with: its own error code, and the KMS error behind it, if any. */
export interface ServiceError {
  code: string;
  message: string;
  kms?: { name: string; message: string };
  /** What the refusal left behind, in the service's member names (RDS's DBInstanceStatus). */
  details?: Record<string, string>;
}

/**
 * Work a service does itself, outside KMS, after its KMS calls: envelope encryption's local
 * half, and AWS owned keys (which KMS in the account never sees).
 */
export type ServiceWorkAction =
  | 'encrypt-data'
  | 'decrypt-data'
  | 'discard-plaintext-key'
  /** The service keeps the encrypted data and the encrypted data key together. */
  | 'store'
  /** EC2 keeps the volume's plaintext data key in the host's memory while it is attached. */
  | 'hold-data-key'
  | 'aws-owned-encrypt'
  | 'aws-owned-decrypt';

export interface ServiceWork {
  action: ServiceWorkAction;
  bytes: number;
}

export interface ServiceOutcome {
  service: AwsServiceName;
  action: ServiceAction;
  region: string;
  /** Who asked the service (an IAM ARN). */
  caller: string;
  /** What the service answered (AWS's member names), when it succeeded. */
  output?: Record<string, unknown>;
  error?: ServiceError;
  /** The KMS calls the service made, in order (each also emitted as a record). */
  calls: OperationRecord[];
  /** What it did itself, in order, after those calls. */
  work: ServiceWork[];
}
