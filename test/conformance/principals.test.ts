/**
 * Acting as the lab's principals through the AWS SDK: the access key id of a KMSClient's
 * credentials decides who calls (src/engine/protocol/accessKeys.ts), CloudTrail names that
 * caller as AWS does (a role's session with its sessionIssuer), an access key AWS does not
 * know is refused before anything happens, and the IAM policies of the identities survive
 * snapshot and restore.
 *
 * These calls are ones the default policies allow, so they keep passing once policies are
 * evaluated; the cross-account call asserts only what the trail says, whatever the answer.
 */
import {
  DescribeKeyCommand,
  EncryptCommand,
  KMSClient,
  KMSServiceException,
  ListKeysCommand,
} from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import {
  ACCESS_KEY_OF,
  createSdkRequestHandler,
  type IdentityId,
  type Kms,
} from '../../src/engine';
import { ACCOUNT_ID, createKey, newLab, trackCommands, utf8 } from './client';

trackCommands(import.meta.url);

/** A KMSClient signing with `accessKeyId`, wired to the engine. */
function clientWithKey(kms: Kms, accessKeyId: string, region = 'us-east-1'): KMSClient {
  return new KMSClient({
    region,
    credentials: {
      accessKeyId,
      secretAccessKey: 'conformance-secret',
      ...(accessKeyId.startsWith('ASIA') ? { sessionToken: 'conformance-session-token' } : {}),
    },
    requestHandler: createSdkRequestHandler(kms),
  });
}

const actingAs = (kms: Kms, id: IdentityId): KMSClient => clientWithKey(kms, ACCESS_KEY_OF[id]);

const lastEvent = (kms: Kms) => kms.cloudTrail[kms.cloudTrail.length - 1];

describe('who calls: the access key id of the SDK credentials', () => {
  it("the developer's key: CloudTrail names the Developer role's session and the role behind it", async () => {
    const lab = newLab();
    const key = await createKey(lab.us);
    await lab.us.send(new DescribeKeyCommand({ KeyId: key.KeyId }));
    const out = await actingAs(lab.kms, 'developer').send(
      new DescribeKeyCommand({ KeyId: key.KeyId }),
    );
    expect(out.KeyMetadata?.Arn).toBe(key.Arn);
    const event = lastEvent(lab.kms);
    expect(event?.eventName).toBe('DescribeKey');
    expect(event?.userIdentity).toEqual({
      type: 'AssumedRole',
      principalId: 'AROAKMSLABDEVELOPER01:bob',
      arn: `arn:aws:sts::${ACCOUNT_ID}:assumed-role/Developer/bob`,
      accountId: ACCOUNT_ID,
      accessKeyId: 'ASIAKMSLABDEVELOPER1',
      sessionContext: {
        sessionIssuer: {
          type: 'Role',
          principalId: 'AROAKMSLABDEVELOPER01',
          arn: `arn:aws:iam::${ACCOUNT_ID}:role/Developer`,
          accountId: ACCOUNT_ID,
          userName: 'Developer',
        },
        webIdFederationData: {},
        attributes: { creationDate: event?.eventTime, mfaAuthenticated: 'false' },
      },
    });
    expect(event?.recipientAccountId).toBe(ACCOUNT_ID);
  });

  it("the root user's key: CloudTrail names Root, with no session", async () => {
    const lab = newLab();
    const key = await createKey(lab.us);
    await lab.us.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: utf8('by root') }));
    await actingAs(lab.kms, 'root').send(
      new EncryptCommand({ KeyId: key.KeyId, Plaintext: utf8('by root, again') }),
    );
    expect(lastEvent(lab.kms)?.userIdentity).toEqual({
      type: 'Root',
      principalId: ACCOUNT_ID,
      arn: `arn:aws:iam::${ACCOUNT_ID}:root`,
      accountId: ACCOUNT_ID,
      accessKeyId: 'AKIAKMSLABROOT000001',
    });
  });

  it("the application's key: its calls are the Application role's session", async () => {
    const lab = newLab();
    const key = await createKey(lab.us);
    await actingAs(lab.kms, 'application').send(
      new EncryptCommand({ KeyId: key.KeyId, Plaintext: utf8('an order') }),
    );
    const identity = lastEvent(lab.kms)?.userIdentity;
    expect(identity?.type).toBe('AssumedRole');
    expect(identity?.arn).toBe(
      `arn:aws:sts::${ACCOUNT_ID}:assumed-role/Application/i-0123456789abcdef0`,
    );
    expect(identity?.sessionContext?.sessionIssuer.arn).toBe(
      `arn:aws:iam::${ACCOUNT_ID}:role/Application`,
    );
  });

  it("the partner's key: the trail of this account names the other account's session", async () => {
    const lab = newLab();
    const key = await createKey(lab.us);
    // Allowed or refused (the key policy decides once policies are evaluated), the call is audited.
    await actingAs(lab.kms, 'partner')
      .send(new DescribeKeyCommand({ KeyId: key.Arn }))
      .catch(() => undefined);
    const event = lastEvent(lab.kms);
    expect(event?.eventName).toBe('DescribeKey');
    expect(event?.userIdentity.arn).toBe(
      'arn:aws:sts::444455556666:assumed-role/PartnerApp/partner-invoices',
    );
    expect(event?.userIdentity.accountId).toBe('444455556666');
    expect(event?.userIdentity.sessionContext?.sessionIssuer.accountId).toBe('444455556666');
    expect(event?.recipientAccountId).toBe(ACCOUNT_ID);
  });

  it('an access key AWS does not know: UnrecognizedClientException, 400, and nothing audited', async () => {
    const lab = newLab();
    await lab.us.send(new ListKeysCommand({}));
    const before = lab.kms.cloudTrail.length;
    let error: unknown;
    try {
      await clientWithKey(lab.kms, 'AKIAUNKNOWNKEY000000').send(new ListKeysCommand({}));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KMSServiceException);
    const e = error as KMSServiceException;
    expect(e.name).toBe('UnrecognizedClientException');
    expect(e.message).toBe('The security token included in the request is invalid.');
    expect(e.$fault).toBe('client');
    expect(e.$metadata.httpStatusCode).toBe(400);
    expect(lab.kms.cloudTrail.length).toBe(before);
  });
});

describe('IAM identity policies in snapshots', () => {
  const onlyDecrypt = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Sid: 'OnlyDecrypt', Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' }],
  });

  it('an edited policy survives snapshot and restore into a fresh engine', async () => {
    const lab = newLab();
    await lab.kms.putIdentityPolicy('application', 'UseAccountKeys', onlyDecrypt);
    await lab.kms.deleteIdentityPolicy('developer', 'ReadKeyMetadata');
    const snapshot = structuredClone(await lab.kms.snapshot());
    const fresh = newLab();
    await fresh.kms.restore(snapshot);
    expect(fresh.kms.identityPolicies('application')).toEqual({ UseAccountKeys: onlyDecrypt });
    expect(fresh.kms.identityPolicies('developer')).toEqual({});
    expect(fresh.kms.identityPolicies('admin')).toEqual(lab.kms.identityPolicies('admin'));
  });

  it('a snapshot saved before identity policies existed restores with the defaults', async () => {
    const lab = newLab();
    const key = await createKey(lab.us);
    const snapshot = structuredClone(await lab.kms.snapshot());
    const { identityPolicies: _dropped, ...oldWorld } = snapshot.world;
    const fresh = newLab();
    await fresh.kms.putIdentityPolicy('developer', 'Extra', onlyDecrypt);
    await fresh.kms.restore({ ...snapshot, world: oldWorld });
    expect(fresh.kms.identityPolicies('developer')).toEqual(
      newLab().kms.identityPolicies('developer'),
    );
    const ids = fresh.kms.view().identities?.map((i) => i.id);
    expect(ids).toEqual(['root', 'admin', 'developer', 'application', 'auditor', 'partner']);
    // The keys came back too: the old snapshot is the same world.
    const out = await actingAs(fresh.kms, 'developer').send(
      new DescribeKeyCommand({ KeyId: key.KeyId }),
    );
    expect(out.KeyMetadata?.KeyId).toBe(key.KeyId);
  });
});
