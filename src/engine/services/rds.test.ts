import { describe, expect, it } from 'vitest';
import { createKms } from '../kms';

const START = Date.UTC(2026, 0, 1);

async function lab() {
  const kms = createKms({ startTime: START });
  const app = kms.principal('application');
  const create = (DBInstanceIdentifier: string, KmsKeyId?: string) =>
    kms.service(
      {
        service: 'rds',
        action: 'CreateDBInstance',
        DBInstanceIdentifier,
        ...(KmsKeyId ? { KmsKeyId } : {}),
      },
      { principal: app },
    );
  const start = (DBInstanceIdentifier: string) =>
    kms.service(
      { service: 'rds', action: 'StartDBInstance', DBInstanceIdentifier },
      { principal: app },
    );
  const key = (await kms.call('CreateKey', {})).output!.KeyMetadata!;
  return { kms, app, create, start, keyArn: key.Arn!, keyId: key.KeyId! };
}

const stored = (kms: ReturnType<typeof createKms>) =>
  kms.view().regions.find((r) => r.code === 'us-east-1')?.stored ?? [];

type Described = { DBInstance: Record<string, unknown> };

describe('RDS: an encrypted DB instance', () => {
  it('is created with a grant for RDS and a data key bound to its DbiResourceId, then started by RDS itself', async () => {
    const { kms, app, create, start, keyArn } = await lab();
    const created = await create('Orders-DB', keyArn);
    expect(created.error).toBeUndefined();
    const db = (created.output as Described).DBInstance;
    expect(db).toMatchObject({
      DBInstanceIdentifier: 'orders-db',
      DBInstanceArn: 'arn:aws:rds:us-east-1:111122223333:db:orders-db',
      DBInstanceStatus: 'available',
      StorageEncrypted: true,
      KmsKeyId: keyArn,
    });
    const resourceId = db.DbiResourceId as string;
    expect(resourceId).toMatch(/^db-[A-Z0-9]{26}$/);
    const context = { 'aws:rds:db-id': resourceId };
    expect(created.calls.map((c) => [c.operation, c.input])).toEqual([
      [
        'CreateGrant',
        {
          KeyId: keyArn,
          GranteePrincipal: 'rds.amazonaws.com',
          Operations: ['Decrypt'],
          Constraints: { EncryptionContextSubset: context },
        },
      ],
      [
        'GenerateDataKeyWithoutPlaintext',
        { KeyId: keyArn, KeySpec: 'AES_256', EncryptionContext: context },
      ],
    ]);
    for (const e of kms.cloudTrail.slice(-2))
      expect(e.userIdentity).toMatchObject({ arn: app.arn, invokedBy: 'rds.amazonaws.com' });

    const started = await start('orders-db');
    expect(started.error).toBeUndefined();
    expect(started.calls.map((c) => [c.operation, c.input])).toEqual([
      ['Decrypt', { CiphertextBlob: expect.any(Uint8Array), EncryptionContext: context }],
    ]);
    expect(kms.cloudTrail.at(-1)!.userIdentity).toMatchObject({
      type: 'AWSService',
      invokedBy: 'rds.amazonaws.com',
    });
    expect(started.work.map((w) => w.action)).toEqual(['hold-data-key']);
  });

  it('uses aws/rds when no key is given', async () => {
    const { kms, create, start } = await lab();
    const created = await create('reports');
    const managed = (await kms.call('DescribeKey', { KeyId: 'alias/aws/rds' })).output!
      .KeyMetadata!;
    expect((created.output as Described).DBInstance.KmsKeyId).toBe(managed.Arn);
    expect((await start('reports')).error).toBeUndefined();
  });
});

describe('RDS: without its key the instance cannot start', () => {
  const inaccessible = {
    code: 'KMSKeyNotAccessibleFault',
    message: 'An error occurred accessing an Amazon Web Services KMS key.',
    details: { DBInstanceStatus: 'inaccessible-encryption-credentials' },
  };

  it('after DisableKey: inaccessible-encryption-credentials, until the key is enabled again', async () => {
    const { kms, create, start, keyId } = await lab();
    await create('orders', keyId);
    await kms.call('DisableKey', { KeyId: keyId });
    const refused = await start('orders');
    expect(refused.error).toMatchObject({ ...inaccessible, kms: { name: 'DisabledException' } });
    expect(stored(kms)[0]!.details!.status).toBe('inaccessible-encryption-credentials');
    await kms.call('EnableKey', { KeyId: keyId });
    const started = await start('orders');
    expect((started.output as Described).DBInstance.DBInstanceStatus).toBe('available');
  });

  it('after the grant is revoked', async () => {
    const { kms, create, start, keyId } = await lab();
    const created = await create('orders', keyId);
    await kms.call('RevokeGrant', {
      KeyId: keyId,
      GrantId: (created.calls[0]!.output as { GrantId: string }).GrantId,
    });
    expect((await start('orders')).error).toMatchObject({
      ...inaccessible,
      kms: { name: 'AccessDeniedException' },
    });
  });

  it('while the key is pending deletion', async () => {
    const { kms, create, start, keyId } = await lab();
    await create('orders', keyId);
    await kms.call('ScheduleKeyDeletion', { KeyId: keyId, PendingWindowInDays: 7 });
    expect((await start('orders')).error).toMatchObject({
      ...inaccessible,
      kms: { name: 'KMSInvalidStateException' },
    });
  });
});

describe('RDS: its own refusals', () => {
  it('a second instance of the same name, an unknown one', async () => {
    const { create, start, keyId } = await lab();
    await create('orders', keyId);
    const again = await create('ORDERS', keyId);
    expect(again.error?.code).toBe('DBInstanceAlreadyExists');
    expect(again.calls).toEqual([]);
    expect((await start('nope')).error).toEqual({
      code: 'DBInstanceNotFound',
      message: 'DBInstance nope not found.',
    });
  });

  it.each(['', '1db', 'my--db', 'db-', 'a'.repeat(64), 'my_db'])(
    'identifier %j changes nothing',
    async (id) => {
      const { kms, create, keyId } = await lab();
      const before = { view: JSON.stringify(kms.view()), trail: kms.cloudTrail.length };
      const refused = await create(id, keyId);
      expect(refused.error?.code).toBe('InvalidParameterValue');
      expect(refused.error?.message).toMatch(/^The parameter DBInstanceIdentifier is not a valid/);
      expect(refused.calls).toEqual([]);
      expect({ view: JSON.stringify(kms.view()), trail: kms.cloudTrail.length }).toEqual(before);
    },
  );
});
