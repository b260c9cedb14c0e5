/**
 * What each simulated service is to KMS: the principal it calls as, the alias of its AWS
 * managed key and that key's description, and the actions its AWS managed key lets the
 * account's principals perform through it. Sources: each service's "How <service> uses AWS
 * KMS" page and the default policies of the AWS managed keys as AWS shows them.
 */
import type { ServicePrincipalName } from '../principals';
import type { AwsServiceName } from './model';

export interface ServiceFacts {
  /** The service's name in AWS's words. */
  title: string;
  /** The service principal: userIdentity.invokedBy, and kms:ViaService `<name>.<region>.amazonaws.com`. */
  principal: ServicePrincipalName;
  /** `aws/<service>`. */
  managedAlias: string;
  /** The description AWS gives its AWS managed key. */
  managedDescription: string;
  /** What the AWS managed key's policy allows through the service (kms:ViaService). */
  managedActions: readonly string[];
}

const USE = [
  'kms:Encrypt',
  'kms:Decrypt',
  'kms:ReEncrypt*',
  'kms:GenerateDataKey*',
  'kms:DescribeKey',
];
const USE_AND_GRANT = [...USE, 'kms:CreateGrant'];

export const SERVICES: Readonly<Record<AwsServiceName, ServiceFacts>> = {
  s3: {
    title: 'Amazon S3',
    principal: 's3.amazonaws.com',
    managedAlias: 'alias/aws/s3',
    managedDescription: 'Default key that protects my S3 objects when no other key is defined',
    managedActions: USE,
  },
  // EBS volumes are an EC2 feature: EC2 calls KMS for them (kms:ViaService ec2.<region>…).
  ebs: {
    title: 'Amazon EBS',
    principal: 'ec2.amazonaws.com',
    managedAlias: 'alias/aws/ebs',
    managedDescription: 'Default key that protects my EBS volumes when no other key is defined',
    managedActions: USE_AND_GRANT,
  },
  rds: {
    title: 'Amazon RDS',
    principal: 'rds.amazonaws.com',
    managedAlias: 'alias/aws/rds',
    managedDescription:
      'Default key that protects my RDS database volumes when no other key is defined',
    managedActions: USE_AND_GRANT,
  },
  ssm: {
    title: 'AWS Systems Manager Parameter Store',
    principal: 'ssm.amazonaws.com',
    managedAlias: 'alias/aws/ssm',
    managedDescription: 'Default key that protects my SSM parameters when no other key is defined',
    managedActions: USE,
  },
  secretsmanager: {
    title: 'AWS Secrets Manager',
    principal: 'secretsmanager.amazonaws.com',
    managedAlias: 'alias/aws/secretsmanager',
    managedDescription:
      'Default key that protects my Secrets Manager data when no other key is defined',
    managedActions: USE_AND_GRANT,
  },
};

/** The service a service principal name belongs to (ec2.amazonaws.com → EBS, here). */
export const serviceOfPrincipal = (principal: string): AwsServiceName | undefined =>
  (Object.keys(SERVICES) as AwsServiceName[]).find((s) => SERVICES[s].principal === principal);

/** kms:ViaService of a service in a Region: `s3.us-east-1.amazonaws.com`. */
export const viaService = (service: AwsServiceName, region: string): string =>
  `${SERVICES[service].principal.replace(/\.amazonaws\.com$/, '')}.${region}.amazonaws.com`;
