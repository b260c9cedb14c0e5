import { describe, expect, it } from 'vitest';
import { SERVICE_FORMS, type FieldSpec } from './specs';
import { fieldProblem, formProblems } from './validate';

const field = (name: FieldSpec['name']): FieldSpec => {
  const all = Object.values(SERVICE_FORMS).flatMap((f) => [...f.write.fields, ...f.read.fields]);
  const found = all.find((f) => f.name === name);
  if (!found) throw new Error(name);
  return found;
};

describe('what the services forms refuse before any call', () => {
  it('refuses empty and blank values, and values over the limit', () => {
    expect(fieldProblem(field('Bucket'), '')).toEqual({ kind: 'required' });
    expect(fieldProblem(field('Key'), '   ')).toEqual({ kind: 'required' });
    expect(fieldProblem(field('Key'), 'k'.repeat(1024))).toBeUndefined();
    expect(fieldProblem(field('Key'), 'k'.repeat(1025))).toEqual({ kind: 'tooLong', max: 1024 });
    expect(fieldProblem(field('Value'), 'v'.repeat(4097))).toEqual({ kind: 'tooLong', max: 4096 });
  });

  it('follows S3 bucket naming', () => {
    const bucket = field('Bucket');
    for (const ok of ['abc', 'kms-lab.demo', 'a1b2'])
      expect(fieldProblem(bucket, ok), ok).toBeUndefined();
    for (const bad of ['ab', 'Mi_Bucket', '-abc', 'abc-', 'a'.repeat(64)])
      expect(fieldProblem(bucket, bad), bad).toBeDefined();
    expect(fieldProblem(bucket, 'Mi_Bucket')).toEqual({ kind: 'rule', rule: 'bucket' });
  });

  it('checks volume sizes, ids and names by each service’s rules', () => {
    expect(fieldProblem(field('Size'), '8')).toBeUndefined();
    for (const bad of ['0', '16385', '1.5', 'ocho'])
      expect(fieldProblem(field('Size'), bad), bad).toEqual({ kind: 'rule', rule: 'size' });
    expect(fieldProblem(field('VolumeId'), 'vol-0123456789abcdef0')).toBeUndefined();
    expect(fieldProblem(field('VolumeId'), 'vol-0abc')).toEqual({ kind: 'rule', rule: 'volumeId' });
    expect(fieldProblem(field('InstanceId'), 'i-0123456789abcdef0')).toBeUndefined();
    expect(fieldProblem(field('InstanceId'), 'i-0123456789')).toBeDefined();
    expect(fieldProblem(field('VolumeId'), 'volume1')).toEqual({ kind: 'rule', rule: 'volumeId' });
    expect(fieldProblem(field('InstanceId'), 'x-1')).toEqual({ kind: 'rule', rule: 'instanceId' });
    const db = field('DBInstanceIdentifier');
    expect(fieldProblem(db, 'orders-db')).toBeUndefined();
    for (const bad of ['1db', 'my--db', 'db-', 'db_1'])
      expect(fieldProblem(db, bad), bad).toEqual({ kind: 'rule', rule: 'dbIdentifier' });
    // Parameter names: SSM's rule (the secret's Name field is another spec).
    const parameter = SERVICE_FORMS.ssm.write.fields[0]!;
    expect(fieldProblem(parameter, '/app/db-password')).toBeUndefined();
    expect(fieldProblem(parameter, 'plain.name_1')).toBeUndefined();
    for (const bad of ['/app/db pass', 'app/sin-barra', '/ssm/x', 'awsthing', '/a//b'])
      expect(fieldProblem(parameter, bad), bad).toEqual({ kind: 'rule', rule: 'parameterName' });
    const secret = SERVICE_FORMS.secretsmanager.write.fields[0]!;
    expect(fieldProblem(secret, 'prod/app@x+y=z')).toBeUndefined();
    expect(fieldProblem(secret, 'con espacio')).toEqual({ kind: 'rule', rule: 'secretName' });
  });

  it('lists every field’s problem, none for the initial values', () => {
    for (const forms of Object.values(SERVICE_FORMS)) {
      const values = Object.fromEntries(forms.write.fields.map((f) => [f.name, f.initial]));
      expect(formProblems(forms.write.fields, values), forms.service).toEqual({});
    }
    expect(formProblems(SERVICE_FORMS.s3.read.fields, { Bucket: '', Key: 'a' })).toEqual({
      Bucket: { kind: 'required' },
    });
  });
});

describe('requests the forms send', () => {
  const values = { Bucket: 'b12', Key: 'k', Body: 'x' };

  it('S3: SSE-KMS under aws/s3 or a customer key, or SSE-S3', () => {
    const s3 = SERVICE_FORMS.s3;
    expect(s3.writeRequest(values, { choice: 'managed', keyId: 'k1' })).toEqual({
      service: 's3',
      action: 'PutObject',
      Bucket: 'b12',
      Key: 'k',
      Body: 'x',
      ServerSideEncryption: 'aws:kms',
    });
    expect(s3.writeRequest(values, { choice: 'customer', keyId: 'k1' })).toMatchObject({
      ServerSideEncryption: 'aws:kms',
      SSEKMSKeyId: 'k1',
    });
    expect(s3.writeRequest(values, { choice: 'owned' })).not.toHaveProperty('SSEKMSKeyId');
    expect(s3.writeRequest(values, { choice: 'owned' })).toMatchObject({
      ServerSideEncryption: 'AES256',
    });
    // A stored object's name is bucket/key; the key may hold slashes.
    expect(
      s3.readOfStored({ name: 'b12/a/b.txt' } as Parameters<typeof s3.readOfStored>[0]),
    ).toEqual({ Bucket: 'b12', Key: 'a/b.txt' });
  });

  it('the others name a customer key in their own member, or none for the default', () => {
    expect(
      SERVICE_FORMS.ebs.writeRequest({ Size: '20' }, { choice: 'customer', keyId: 'k1' }),
    ).toEqual({ service: 'ebs', action: 'CreateVolume', Size: 20, KmsKeyId: 'k1' });
    expect(
      SERVICE_FORMS.ssm.writeRequest(
        { Name: '/a', Value: 'v' },
        { choice: 'customer', keyId: 'k1' },
      ),
    ).toMatchObject({ Type: 'SecureString', KeyId: 'k1' });
    expect(
      SERVICE_FORMS.secretsmanager.writeRequest(
        { Name: 's', SecretString: 'v' },
        { choice: 'managed' },
      ),
    ).not.toHaveProperty('KmsKeyId');
    expect(SERVICE_FORMS.ebs.readAfterWrite({}, { VolumeId: 'vol-1' })).toEqual({
      VolumeId: 'vol-1',
    });
  });
});
