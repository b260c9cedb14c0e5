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
