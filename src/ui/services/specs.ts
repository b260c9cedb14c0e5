/**
 * The two forms of each simulated service: the action that stores something (and the key it
 * is encrypted under) and the action that reads it back, their fields with AWS's member names,
 * and how the forms' values become a request (requests.ts).
 */
import type { AwsServiceName, ServiceAction, ServiceRequest, StoredItemView } from '../../engine';

export type FieldName =
  | 'Bucket'
  | 'Key'
  | 'Body'
  | 'Size'
  | 'VolumeId'
  | 'InstanceId'
  | 'DBInstanceIdentifier'
  | 'Name'
  | 'Value'
  | 'SecretString'
  | 'SecretId'
  | 'WithDecryption'
  | 'Overwrite';

/** A format a field's value must follow, beyond being present and short enough. */
export type FieldRule =
  'bucket' | 'size' | 'volumeId' | 'instanceId' | 'dbIdentifier' | 'parameterName' | 'secretName';

export interface FieldSpec {
  name: FieldName;
  /** Longest value accepted, in characters (the service's limit). */
  max: number;
  rule?: FieldRule;
  multiline?: boolean;
  /** A yes/no member (a checkbox): its value is 'true' or 'false', never refused. */
  flag?: boolean;
  /** Its value when the form first shows. */
  initial: string;
}

export type Values = Partial<Record<FieldName, string>>;

/** Which key the service encrypts under: its AWS managed key, one of the customer's, or AWS's own. */
export type KeyChoice = 'managed' | 'customer' | 'owned';

/** The key choice as a request carries it: `keyId` only for a customer managed key. */
export interface ChosenKey {
  choice: KeyChoice;
  keyId?: string;
}

export interface ServiceForms {
  service: AwsServiceName;
  write: { action: ServiceAction; fields: readonly FieldSpec[] };
  read: { action: ServiceAction; fields: readonly FieldSpec[] };
  /** The key choices the write form offers, the first selected at first. */
  keyChoices: readonly KeyChoice[];
  writeRequest(values: Values, key: ChosenKey): ServiceRequest;
  readRequest(values: Values): ServiceRequest;
  /** The read form's values that find what the write form just stored. */
  readAfterWrite(values: Values, output: Record<string, unknown> | undefined): Values;
  /** The read form's values that find a stored item. */
  readOfStored(item: StoredItemView): Values;
}

const v = (values: Values, name: FieldName): string => values[name] ?? '';
/** The key id a request names for a customer managed key, absent for the default key. */
const customerKey = (key: ChosenKey): string | undefined =>
  key.choice === 'customer' ? key.keyId : undefined;
const withKey = <K extends string>(member: K, key: ChosenKey) => {
  const id = customerKey(key);
  return (id === undefined ? {} : { [member]: id }) as Partial<Record<K, string>>;
};

// Field limits are the services' own (S3 keys 1024 bytes, SSM standard values 4 KB, secrets
// 64 KB); an S3 object body is capped for the lab, since it is typed in a text area.
const BUCKET: FieldSpec = { name: 'Bucket', max: 63, rule: 'bucket', initial: 'kms-lab-demo' };
const OBJECT_KEY: FieldSpec = { name: 'Key', max: 1024, initial: 'notas/hola.txt' };

const S3_FORMS: ServiceForms = {
  service: 's3',
  write: {
    action: 'PutObject',
    fields: [
      BUCKET,
      OBJECT_KEY,
      { name: 'Body', max: 65536, multiline: true, initial: 'Hola, KMS' },
    ],
  },
  read: { action: 'GetObject', fields: [BUCKET, OBJECT_KEY] },
  keyChoices: ['managed', 'customer', 'owned'],
  writeRequest: (values, key) => ({
    service: 's3',
    action: 'PutObject',
    Bucket: v(values, 'Bucket'),
    Key: v(values, 'Key'),
    Body: v(values, 'Body'),
    ServerSideEncryption: key.choice === 'owned' ? 'AES256' : 'aws:kms',
    ...withKey('SSEKMSKeyId', key),
  }),
  readRequest: (values) => ({
    service: 's3',
    action: 'GetObject',
    Bucket: v(values, 'Bucket'),
    Key: v(values, 'Key'),
  }),
  readAfterWrite: (values) => ({ Bucket: values.Bucket, Key: values.Key }),
  readOfStored: (item) => {
    const slash = item.name.indexOf('/');
    return { Bucket: item.name.slice(0, slash), Key: item.name.slice(slash + 1) };
  },
};

const INSTANCE: FieldSpec = {
  name: 'InstanceId',
  max: 19,
  rule: 'instanceId',
  initial: 'i-0123456789abcdef0',
};

const EBS_FORMS: ServiceForms = {
  service: 'ebs',
  write: {
    action: 'CreateVolume',
    fields: [{ name: 'Size', max: 16, rule: 'size', initial: '8' }],
  },
  read: {
    action: 'AttachVolume',
    fields: [{ name: 'VolumeId', max: 21, rule: 'volumeId', initial: '' }, INSTANCE],
  },
  keyChoices: ['managed', 'customer'],
  writeRequest: (values, key) => ({
    service: 'ebs',
    action: 'CreateVolume',
    Size: Number(v(values, 'Size')),
    ...withKey('KmsKeyId', key),
  }),
  readRequest: (values) => ({
    service: 'ebs',
    action: 'AttachVolume',
    VolumeId: v(values, 'VolumeId'),
    InstanceId: v(values, 'InstanceId'),
  }),
  readAfterWrite: (_values, output) => ({
    VolumeId: typeof output?.VolumeId === 'string' ? output.VolumeId : '',
  }),
  readOfStored: (item) => ({ VolumeId: item.name }),
};

const DB: FieldSpec = {
  name: 'DBInstanceIdentifier',
  max: 63,
  rule: 'dbIdentifier',
  initial: 'kms-lab-db',
};

const RDS_FORMS: ServiceForms = {
  service: 'rds',
  write: { action: 'CreateDBInstance', fields: [DB] },
  read: { action: 'StartDBInstance', fields: [DB] },
  keyChoices: ['managed', 'customer'],
  writeRequest: (values, key) => ({
    service: 'rds',
    action: 'CreateDBInstance',
    DBInstanceIdentifier: v(values, 'DBInstanceIdentifier'),
    ...withKey('KmsKeyId', key),
  }),
  readRequest: (values) => ({
    service: 'rds',
    action: 'StartDBInstance',
    DBInstanceIdentifier: v(values, 'DBInstanceIdentifier'),
  }),
  readAfterWrite: (values) => ({ DBInstanceIdentifier: values.DBInstanceIdentifier }),
  readOfStored: (item) => ({ DBInstanceIdentifier: item.name }),
};

const PARAMETER: FieldSpec = {
  name: 'Name',
  max: 2048,
  rule: 'parameterName',
  initial: '/app/db-password',
};

const SSM_FORMS: ServiceForms = {
  service: 'ssm',
  write: {
    action: 'PutParameter',
    fields: [
      PARAMETER,
      { name: 'Value', max: 4096, multiline: true, initial: 'S3cr3t0' },
      { name: 'Overwrite', max: 5, flag: true, initial: 'false' },
    ],
  },
  read: {
    action: 'GetParameter',
    fields: [PARAMETER, { name: 'WithDecryption', max: 5, flag: true, initial: 'true' }],
  },
  keyChoices: ['managed', 'customer'],
  writeRequest: (values, key) => ({
    service: 'ssm',
    action: 'PutParameter',
    Name: v(values, 'Name'),
    Value: v(values, 'Value'),
    Type: 'SecureString',
    ...(values.Overwrite === 'true' ? { Overwrite: true } : {}),
    ...withKey('KeyId', key),
  }),
  // Without decryption SSM returns the ciphertext and calls no KMS.
  readRequest: (values) => ({
    service: 'ssm',
    action: 'GetParameter',
    Name: v(values, 'Name'),
    WithDecryption: values.WithDecryption === 'true',
  }),
  readAfterWrite: (values) => ({ Name: values.Name }),
  readOfStored: (item) => ({ Name: item.name }),
};

const SECRETS_FORMS: ServiceForms = {
  service: 'secretsmanager',
  write: {
    action: 'CreateSecret',
    fields: [
      { name: 'Name', max: 512, rule: 'secretName', initial: 'prod/app/api-key' },
      { name: 'SecretString', max: 65536, multiline: true, initial: '{"apiKey":"abc123"}' },
    ],
  },
  read: { action: 'GetSecretValue', fields: [{ name: 'SecretId', max: 2048, initial: '' }] },
  keyChoices: ['managed', 'customer'],
  writeRequest: (values, key) => ({
    service: 'secretsmanager',
    action: 'CreateSecret',
    Name: v(values, 'Name'),
    SecretString: v(values, 'SecretString'),
    ...withKey('KmsKeyId', key),
  }),
  readRequest: (values) => ({
    service: 'secretsmanager',
    action: 'GetSecretValue',
    SecretId: v(values, 'SecretId'),
  }),
  readAfterWrite: (values) => ({ SecretId: values.Name }),
  readOfStored: (item) => ({ SecretId: item.name }),
};

export const SERVICE_FORMS: Readonly<Record<AwsServiceName, ServiceForms>> = {
  s3: S3_FORMS,
  ebs: EBS_FORMS,
  rds: RDS_FORMS,
  ssm: SSM_FORMS,
  secretsmanager: SECRETS_FORMS,
};

/** The services in the order the section offers them (the engine's AWS_SERVICE_NAMES). */
export const SERVICE_ORDER: readonly AwsServiceName[] = [
  's3',
  'ebs',
  'rds',
  'ssm',
  'secretsmanager',
];

/** A form's values when it first shows. */
export const initialValues = (fields: readonly FieldSpec[]): Values =>
  Object.fromEntries(fields.map((f) => [f.name, f.initial]));
