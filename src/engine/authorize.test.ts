/**
 * authorize.ts wired into the engine: the condition keys each request carries (encryption
 * context, algorithms, kms:ViaService from the calling service, kms:RequestAlias,
 * kms:ResourceAliases, the grant keys of CreateGrant), grants on the key, and what the trace
 * says decided. The evaluator's own rules are tested in access/evaluate.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { createKms, type Kms } from './kms';
import type { OperationRecord } from './record';
import type { AuthorizeStep } from './trace';

const ACCOUNT = '111122223333';
const ROOT = `arn:aws:iam::${ACCOUNT}:root`;
const APPLICATION_ROLE = `arn:aws:iam::${ACCOUNT}:role/Application`;
const DEVELOPER_ROLE = `arn:aws:iam::${ACCOUNT}:role/Developer`;
const text = (s: string) => new TextEncoder().encode(s);

const policy = (...statements: Record<string, unknown>[]) =>
  JSON.stringify({ Version: '2012-10-17', Statement: statements });
const ENABLE_IAM = {
  Sid: 'EnableIam',
  Effect: 'Allow',
  Principal: { AWS: ROOT },
  Action: 'kms:*',
  Resource: '*',
};

/** A key whose policy enables IAM and adds `statements` for the Application role. */
async function keyWith(...statements: Record<string, unknown>[]) {
  const kms = createKms({ accountId: ACCOUNT, startTime: Date.UTC(2026, 0, 1) });
  const created = await kms.call('CreateKey', { Policy: policy(ENABLE_IAM, ...statements) });
  if (created.error) throw created.error;
  return {
    kms,
    keyId: created.output!.KeyMetadata!.KeyId!,
    arn: created.output!.KeyMetadata!.Arn!,
  };
}

const authorizeOf = (record: OperationRecord): AuthorizeStep => {
  const step = record.trace.find((s): s is AuthorizeStep => s.type === 'authorize');
  if (!step) throw new Error('no authorize step');
  return step;
};

const asApplication = (kms: Kms, extra: { invokedBy?: string } = {}) => ({
  principal: kms.principal('application'),
  ...extra,
});

describe('condition keys from the request', () => {
  it('kms:EncryptionContext:<key>: a Deny unless the context names the project', async () => {
    const { kms, keyId } = await keyWith({
      Sid: 'OnlyProjectAlpha',
      Effect: 'Deny',
      Principal: { AWS: APPLICATION_ROLE },
      Action: 'kms:Encrypt',
      Resource: '*',
      Condition: { StringNotEquals: { 'kms:EncryptionContext:project': 'alpha' } },
    });
    const ok = await kms.call(
      'Encrypt',
      { KeyId: keyId, Plaintext: text('x'), EncryptionContext: { project: 'alpha' } },
      asApplication(kms),
    );
    expect(ok.error).toBeUndefined();
    const refused = await kms.call(
      'Encrypt',
      { KeyId: keyId, Plaintext: text('x') },
      asApplication(kms),
    );
    expect(refused.error?.name).toBe('AccessDeniedException');
    expect(authorizeOf(refused)).toMatchObject({
      decision: 'deny',
      decidedBy: { source: 'key-policy', sid: 'OnlyProjectAlpha', statementIndex: 1 },
    });
  });

  it('kms:ViaService: allowed only when S3 calls for the caller', async () => {
    const { kms, keyId } = await keyWith({
      Sid: 'OnlyThroughS3',
      Effect: 'Deny',
      Principal: { AWS: APPLICATION_ROLE },
      Action: 'kms:GenerateDataKey',
      Resource: '*',
      Condition: { StringNotEquals: { 'kms:ViaService': 's3.eu-west-1.amazonaws.com' } },
    });
    const direct = await kms.call(
      'GenerateDataKey',
      { KeyId: keyId, KeySpec: 'AES_256' },
      asApplication(kms),
    );
    expect(direct.error?.name).toBe('AccessDeniedException');
    const viaS3 = await kms.call(
      'GenerateDataKey',
      { KeyId: keyId, KeySpec: 'AES_256' },
      asApplication(kms, { invokedBy: 's3.amazonaws.com' }),
    );
    // The key lives in us-east-1: S3 in us-east-1 is another ViaService value.
    expect(viaS3.error?.name).toBe('AccessDeniedException');
    const kmsEu = createKms({ accountId: ACCOUNT });
    const eu = { region: 'eu-west-1' };
    const created = await kmsEu.call(
      'CreateKey',
      {
        Policy: policy(ENABLE_IAM, {
          Sid: 'OnlyThroughS3',
          Effect: 'Deny',
          Principal: { AWS: APPLICATION_ROLE },
          Action: 'kms:GenerateDataKey',
          Resource: '*',
          Condition: { StringNotEquals: { 'kms:ViaService': 's3.eu-west-1.amazonaws.com' } },
        }),
      },
      eu,
    );
    const euKey = created.output!.KeyMetadata!.KeyId!;
    const allowed = await kmsEu.call(
      'GenerateDataKey',
      { KeyId: euKey, KeySpec: 'AES_256' },
      { ...eu, ...asApplication(kmsEu, { invokedBy: 's3.amazonaws.com' }) },
    );
    expect(allowed.error).toBeUndefined();
  });

  it('kms:RequestAlias and kms:ResourceAliases', async () => {
    const { kms, keyId } = await keyWith({
      Sid: 'OnlyByItsAlias',
      Effect: 'Deny',
      Principal: { AWS: APPLICATION_ROLE },
      Action: 'kms:Encrypt',
      Resource: '*',
      Condition: { StringNotEquals: { 'kms:RequestAlias': 'alias/orders' } },
    });
    await kms.call('CreateAlias', { AliasName: 'alias/orders', TargetKeyId: keyId });
    const byId = await kms.call(
      'Encrypt',
      { KeyId: keyId, Plaintext: text('x') },
      asApplication(kms),
    );
    expect(byId.error?.name).toBe('AccessDeniedException');
    const byAlias = await kms.call(
      'Encrypt',
      { KeyId: 'alias/orders', Plaintext: text('x') },
      asApplication(kms),
    );
    expect(byAlias.error).toBeUndefined();

    const tagged = await keyWith({
      Sid: 'KeysAliasedOrders',
      Effect: 'Deny',
      Principal: { AWS: APPLICATION_ROLE },
      Action: 'kms:Encrypt',
      Resource: '*',
      Condition: { 'ForAnyValue:StringNotLike': { 'kms:ResourceAliases': 'alias/orders*' } },
    });
    await tagged.kms.call('CreateAlias', {
      AliasName: 'alias/orders-eu',
      TargetKeyId: tagged.keyId,
    });
    const ok = await tagged.kms.call(
      'Encrypt',
      { KeyId: tagged.keyId, Plaintext: text('x') },
      asApplication(tagged.kms),
    );
    expect(ok.error).toBeUndefined();
  });

  it('kms:SigningAlgorithm on Sign', async () => {
    const kms = createKms({ accountId: ACCOUNT });
    const created = await kms.call('CreateKey', {
      KeySpec: 'RSA_2048',
      KeyUsage: 'SIGN_VERIFY',
      Policy: policy(ENABLE_IAM, {
        Sid: 'AppSignsPss',
        Effect: 'Allow',
        Principal: { AWS: APPLICATION_ROLE },
        Action: 'kms:Sign',
        Resource: '*',
        Condition: { StringLike: { 'kms:SigningAlgorithm': 'RSASSA_PSS_*' } },
      }),
    });
    const KeyId = created.output!.KeyMetadata!.KeyId!;
    const pss = await kms.call(
      'Sign',
      { KeyId, Message: text('m'), SigningAlgorithm: 'RSASSA_PSS_SHA_256' },
      asApplication(kms),
    );
    expect(pss.error).toBeUndefined();
    expect(authorizeOf(pss).decidedBy).toMatchObject({ sid: 'AppSignsPss' });
    const pkcs = await kms.call(
      'Sign',
      { KeyId, Message: text('m'), SigningAlgorithm: 'RSASSA_PKCS1_V1_5_SHA_256' },
      asApplication(kms),
    );
    expect(pkcs.error?.name).toBe('AccessDeniedException');
  });

  it('kms:GrantIsForAWSResource: the Application may create grants only for an AWS service', async () => {
    const { kms, keyId } = await keyWith({
      Sid: 'GrantsForServices',
      Effect: 'Allow',
      Principal: { AWS: APPLICATION_ROLE },
      Action: 'kms:CreateGrant',
      Resource: '*',
      Condition: { Bool: { 'kms:GrantIsForAWSResource': 'true' } },
    });
    const input = { KeyId: keyId, GranteePrincipal: APPLICATION_ROLE, Operations: ['Decrypt'] };
    const direct = await kms.call('CreateGrant', input as never, asApplication(kms));
    expect(direct.error?.name).toBe('AccessDeniedException');
    const viaEc2 = await kms.call(
      'CreateGrant',
      input as never,
      asApplication(kms, { invokedBy: 'ec2.amazonaws.com' }),
    );
    expect(viaEc2.error).toBeUndefined();
  });
});

describe('grants in the engine', () => {
  it('a grant to the Developer role allows its sessions; the view shows it, never its token', async () => {
    const { kms, keyId } = await keyWith();
    const created = await kms.call('CreateGrant', {
      KeyId: keyId,
      GranteePrincipal: DEVELOPER_ROLE,
      Operations: ['Encrypt', 'DescribeKey'],
    });
    const { GrantId, GrantToken } = created.output!;
    expect(created.trace.some((s) => s.type === 'change' && s.what === 'grant-created')).toBe(true);
    const used = await kms.call(
      'Encrypt',
      { KeyId: keyId, Plaintext: text('x') },
      { principal: kms.principal('developer') },
    );
    expect(authorizeOf(used)).toMatchObject({
      decision: 'allow',
      decidedBy: { source: 'grant', grantId: GrantId },
    });
    const view = kms.view().regions.find((r) => r.code === 'us-east-1')!;
    const grants = view.keys.find((k) => k.keyId === keyId)!.grants!;
    expect(grants).toEqual([
      {
        grantId: GrantId,
        createdAt: expect.any(Number),
        granteePrincipal: DEVELOPER_ROLE,
        operations: ['Encrypt', 'DescribeKey'],
      },
    ]);
    expect(JSON.stringify(kms.view())).not.toContain(GrantToken!);
  });

  it('grants survive snapshot and restore; a snapshot saved before grants loads with none', async () => {
    const { kms, keyId } = await keyWith();
    await kms.call('CreateGrant', {
      KeyId: keyId,
      GranteePrincipal: DEVELOPER_ROLE,
      Operations: ['Encrypt'],
    });
    const snapshot = structuredClone(await kms.snapshot());
    const fresh = createKms({ accountId: ACCOUNT });
    await fresh.restore(snapshot);
    const again = await fresh.call(
      'Encrypt',
      { KeyId: keyId, Plaintext: text('x') },
      { principal: fresh.principal('developer') },
    );
    expect(again.error).toBeUndefined();

    const old = structuredClone(snapshot);
    for (const region of Object.values(old.world.regions))
      for (const key of Object.values(region.keys)) delete (key as { grants?: unknown }).grants;
    const older = createKms({ accountId: ACCOUNT });
    await older.restore(old);
    const listed = await older.call('ListGrants', { KeyId: keyId });
    expect(listed.output?.Grants).toEqual([]);
    const refused = await older.call(
      'Encrypt',
      { KeyId: keyId, Plaintext: text('x') },
      { principal: older.principal('developer') },
    );
    expect(refused.error?.name).toBe('AccessDeniedException');
  });

  it('a failed CreateGrant leaves no grant behind', async () => {
    const { kms, keyId } = await keyWith();
    const failed = await kms.call('CreateGrant', {
      KeyId: keyId,
      GranteePrincipal: 'bob',
      Operations: ['Encrypt'],
    });
    expect(failed.error?.name).toBe('ValidationException');
    const listed = await kms.call('ListGrants', { KeyId: keyId });
    expect(listed.output?.Grants).toEqual([]);
  });
});
