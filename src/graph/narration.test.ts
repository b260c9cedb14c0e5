import { describe, expect, it } from 'vitest';
import { createKms, type OperationRecord } from '../engine';
import { captionOf } from './narration';

const ACCOUNT = '111122223333';
const text = (s: string) => new TextEncoder().encode(s);

/** The caption of the record's authorize step (the first one). */
function authorizeCaption(record: OperationRecord) {
  const at = record.trace.findIndex((s) => s.type === 'authorize');
  if (at < 0) throw new Error(`no authorize step in ${record.operation}`);
  return captionOf(record, at);
}

async function world() {
  const kms = createKms({ accountId: ACCOUNT, startTime: Date.UTC(2026, 0, 1) });
  const keyId = (await kms.call('CreateKey', {})).output!.KeyMetadata!.KeyId!;
  return { kms, keyId };
}

describe('authorize captions name what decided', () => {
  it('the key policy statement, by its Sid', async () => {
    const { kms, keyId } = await world();
    const record = await kms.call('Encrypt', { KeyId: keyId, Plaintext: text('x') });
    expect(authorizeCaption(record)).toEqual({
      key: 'authorizeAllow',
      values: { action: 'kms:Encrypt', statement: 'Enable IAM User Permissions' },
    });
  });

  it('an IAM policy and its statement; the root user on an action on no key', async () => {
    const { kms, keyId } = await world();
    const app = { principal: kms.principal('application') };
    const record = await kms.call('Encrypt', { KeyId: keyId, Plaintext: text('x') }, app);
    expect(authorizeCaption(record)).toEqual({
      key: 'authorizeAllowIam',
      values: { action: 'kms:Encrypt', policy: 'UseAccountKeys', statement: 'UseAccountKeys' },
    });
    expect(authorizeCaption(await kms.call('ListKeys', {}))).toEqual({
      key: 'authorizeAllowRoot',
      values: { action: 'kms:ListKeys' },
    });
  });

  it('a grant, and a refusal: which policy never allowed, or the Deny statement', async () => {
    const { kms, keyId } = await world();
    const dev = { principal: kms.principal('developer') };
    const refused = await kms.call('Encrypt', { KeyId: keyId, Plaintext: text('x') }, dev);
    expect(authorizeCaption(refused)).toEqual({
      key: 'authorizeDenyNoIamPolicy',
      values: { action: 'kms:Encrypt' },
    });
    const grant = await kms.call('CreateGrant', {
      KeyId: keyId,
      GranteePrincipal: `arn:aws:iam::${ACCOUNT}:role/Developer`,
      Operations: ['Encrypt'],
    });
    const granted = await kms.call('Encrypt', { KeyId: keyId, Plaintext: text('x') }, dev);
    expect(authorizeCaption(granted)).toEqual({
      key: 'authorizeAllowGrant',
      values: { action: 'kms:Encrypt', grant: `${grant.output!.GrantId!.slice(0, 8)}…` },
    });
    await kms.call('PutKeyPolicy', {
      KeyId: keyId,
      Policy: JSON.stringify({
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
            Action: 'kms:*',
            Resource: '*',
          },
          { Effect: 'Deny', Principal: '*', Action: 'kms:Decrypt', Resource: '*' },
        ],
      }),
    });
    const blob = granted.output!.CiphertextBlob!;
    const denied = await kms.call('Decrypt', { CiphertextBlob: blob });
    expect(authorizeCaption(denied)).toEqual({
      key: 'authorizeDeny',
      values: { action: 'kms:Decrypt', statement: '#2' },
    });
  });

  it('says who retires a grant, and that a grant was created or retired', async () => {
    const { kms, keyId } = await world();
    const grant = await kms.call('CreateGrant', {
      KeyId: keyId,
      GranteePrincipal: `arn:aws:iam::${ACCOUNT}:role/Developer`,
      Operations: ['Encrypt'],
    });
    const created = grant.trace.findIndex((s) => s.type === 'change');
    expect(captionOf(grant, created).key).toBe('keyGrantCreated');
    const dev = { principal: kms.principal('developer') };
    const GrantId = grant.output!.GrantId!;
    const refused = await kms.call('RetireGrant', { KeyId: keyId, GrantId }, dev);
    expect(authorizeCaption(refused).key).toBe('authorizeDenyRetire');
    const retired = await kms.call('RetireGrant', { KeyId: keyId, GrantId });
    expect(authorizeCaption(retired).key).toBe('authorizeAllowRetire');
    const change = retired.trace.findIndex((s) => s.type === 'change');
    expect(captionOf(retired, change).key).toBe('keyGrantRetired');
  });
});

/** The caption key of the record's material step. */
function materialCaption(record: OperationRecord) {
  const at = record.trace.findIndex((s) => s.type === 'material');
  if (at < 0) throw new Error(`no material step in ${record.operation}`);
  return captionOf(record, at);
}

describe('material captions of key pairs and HMAC keys', () => {
  it('name the key pair or HMAC key a CreateKey generates, not a material version', async () => {
    const kms = createKms({ accountId: ACCOUNT });
    const pair = await kms.call('CreateKey', { KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT' });
    expect(materialCaption(pair)).toMatchObject({
      key: 'materialGenerateKeyPair',
      values: { spec: 'RSA_2048' },
    });
    const hmac = await kms.call('CreateKey', {
      KeySpec: 'HMAC_256',
      KeyUsage: 'GENERATE_VERIFY_MAC',
    });
    expect(materialCaption(hmac).key).toBe('materialGenerateHmacKey');
    const symmetric = await kms.call('CreateKey', {});
    expect(materialCaption(symmetric).key).toBe('materialGenerate');
  });

  it('say the public key encrypts and the private key decrypts, and why a decrypt failed', async () => {
    const kms = createKms({ accountId: ACCOUNT });
    const created = await kms.call('CreateKey', {
      KeySpec: 'RSA_2048',
      KeyUsage: 'ENCRYPT_DECRYPT',
    });
    const KeyId = created.output!.KeyMetadata!.KeyId!;
    const encrypted = await kms.call('Encrypt', {
      KeyId,
      Plaintext: text('hola'),
      EncryptionAlgorithm: 'RSAES_OAEP_SHA_256',
    });
    expect(materialCaption(encrypted)).toMatchObject({
      key: 'materialEncryptPublic',
      values: { algorithm: 'RSAES_OAEP_SHA_256' },
    });
    const blob = encrypted.output!.CiphertextBlob!;
    const ok = await kms.call('Decrypt', {
      KeyId,
      CiphertextBlob: blob,
      EncryptionAlgorithm: 'RSAES_OAEP_SHA_256',
    });
    expect(materialCaption(ok).key).toBe('materialDecryptPrivate');
    const wrong = await kms.call('Decrypt', {
      KeyId,
      CiphertextBlob: blob,
      EncryptionAlgorithm: 'RSAES_OAEP_SHA_1',
    });
    expect(wrong.error?.name).toBe('InvalidCiphertextException');
    expect(materialCaption(wrong)).toMatchObject({
      key: 'materialDecryptPrivateFailed',
      values: { algorithm: 'RSAES_OAEP_SHA_1' },
    });
  });
});
