/**
 * Grants through the AWS SDK: CreateGrant lets a principal use a key without any policy
 * change, within its encryption context constraints; ListGrants and ListRetirableGrants show
 * it; RetireGrant (by its retiring principal, with the grant token) and RevokeGrant (by the
 * key's managers) take it away, and the grantee is refused again. Grants are effective at once
 * in KMS Lab (src/engine/grants.ts says why).
 */
import {
  CreateGrantCommand,
  DecryptCommand,
  EncryptCommand,
  ListGrantsCommand,
  ListRetirableGrantsCommand,
  RetireGrantCommand,
  RevokeGrantCommand,
  NotFoundException,
  type KMSClient,
} from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import {
  ACCESS_KEY_OF,
  type AuthorizeStep,
  type IdentityId,
  type Kms,
  type OperationRecord,
} from '../../src/engine';
import {
  ACCOUNT_ID,
  body,
  createKey,
  expectKmsError,
  newLab,
  sdkClient,
  trackCommands,
  utf8,
} from './client';

trackCommands(import.meta.url);

const actingAs = (kms: Kms, id: IdentityId): KMSClient =>
  sdkClient(kms, 'us-east-1', ACCESS_KEY_OF[id]);

const DEVELOPER_ROLE = `arn:aws:iam::${ACCOUNT_ID}:role/Developer`;
const APPLICATION_ROLE = `arn:aws:iam::${ACCOUNT_ID}:role/Application`;
const DEVELOPER = `arn:aws:sts::${ACCOUNT_ID}:assumed-role/Developer/bob`;
const GRANT_ID = /^[0-9a-f]{64}$/;

const encryptDenied = (keyArn: string) => ({
  type: 'AccessDeniedException' as const,
  message: `User: ${DEVELOPER} is not authorized to perform: kms:Encrypt on resource: ${keyArn} because no identity-based policy allows the kms:Encrypt action`,
});

function recorder(kms: Kms): () => OperationRecord {
  const records: OperationRecord[] = [];
  kms.subscribe((r) => records.push(r));
  return () => records[records.length - 1]!;
}

/** A key, and a grant on it to the Developer role for Encrypt and Decrypt in project alpha. */
async function grantedKey() {
  const lab = newLab();
  const key = await createKey(lab.us);
  const grant = await lab.us.send(
    new CreateGrantCommand({
      KeyId: key.KeyId,
      GranteePrincipal: DEVELOPER_ROLE,
      RetiringPrincipal: APPLICATION_ROLE,
      Operations: ['Encrypt', 'Decrypt'],
      Constraints: { EncryptionContextSubset: { project: 'alpha' } },
      Name: 'developer-alpha',
    }),
  );
  return { lab, key, grant, developer: actingAs(lab.kms, 'developer') };
}

describe('CreateGrant', () => {
  it('lets the Developer encrypt through the grant, within its constraints', async () => {
    const { lab, key, grant, developer } = await grantedKey();
    const last = recorder(lab.kms);
    expect(grant.GrantId).toMatch(GRANT_ID);
    expect(grant.GrantToken).toMatch(/\S{32,}/);
    const { CiphertextBlob } = await developer.send(
      new EncryptCommand({
        KeyId: key.KeyId,
        Plaintext: utf8('alpha data'),
        EncryptionContext: { project: 'alpha', file: 'a.txt' },
        GrantTokens: [grant.GrantToken!],
      }),
    );
    const step = last().trace.find((s): s is AuthorizeStep => s.type === 'authorize');
    expect(step).toMatchObject({
      decision: 'allow',
      decidedBy: { source: 'grant', grantId: grant.GrantId },
    });
    const out = await developer.send(
      new DecryptCommand({
        CiphertextBlob,
        EncryptionContext: { project: 'alpha', file: 'a.txt' },
      }),
    );
    expect(new TextDecoder().decode(out.Plaintext)).toBe('alpha data');
    // Outside the constraint (another project, or no context at all): the grant does not apply.
    for (const EncryptionContext of [{ project: 'beta' }, undefined]) {
      await expectKmsError(
        developer.send(
          new EncryptCommand({ KeyId: key.KeyId, Plaintext: utf8('x'), EncryptionContext }),
        ),
        encryptDenied(key.Arn),
      );
    }
  });

  it('EncryptionContextEquals: exactly that context (keys without case, values with case)', async () => {
    const lab = newLab();
    const key = await createKey(lab.us);
    await lab.us.send(
      new CreateGrantCommand({
        KeyId: key.Arn,
        GranteePrincipal: DEVELOPER_ROLE,
        Operations: ['Encrypt'],
        Constraints: { EncryptionContextEquals: { Project: 'alpha' } },
      }),
    );
    const developer = actingAs(lab.kms, 'developer');
    await developer.send(
      new EncryptCommand({
        KeyId: key.KeyId,
        Plaintext: utf8('x'),
        EncryptionContext: { project: 'alpha' },
      }),
    );
    const refused: Record<string, string>[] = [
      { project: 'Alpha' },
      { project: 'alpha', more: 'x' },
    ];
    for (const EncryptionContext of refused) {
      await expectKmsError(
        developer.send(
          new EncryptCommand({ KeyId: key.KeyId, Plaintext: utf8('x'), EncryptionContext }),
        ),
        encryptDenied(key.Arn),
      );
    }
  });

  it('a retried named grant returns the same grant id with a new token; CloudTrail never logs tokens', async () => {
    const { lab, key, grant } = await grantedKey();
    const again = await lab.us.send(
      new CreateGrantCommand({
        KeyId: key.KeyId,
        GranteePrincipal: DEVELOPER_ROLE,
        RetiringPrincipal: APPLICATION_ROLE,
        Operations: ['Decrypt', 'Encrypt'],
        Constraints: { EncryptionContextSubset: { project: 'alpha' } },
        Name: 'developer-alpha',
      }),
    );
    expect(again.GrantId).toBe(grant.GrantId);
    expect(again.GrantToken).not.toBe(grant.GrantToken);
    const event = lab.kms.cloudTrail.at(-1)!;
    expect(event.eventName).toBe('CreateGrant');
    expect(event.responseElements).toEqual({ grantId: grant.GrantId });
    expect(event.requestParameters).toMatchObject({
      keyId: key.KeyId,
      granteePrincipal: DEVELOPER_ROLE,
      retiringPrincipal: APPLICATION_ROLE,
      operations: ['Decrypt', 'Encrypt'],
      constraints: { encryptionContextSubset: { project: 'alpha' } },
      name: 'developer-alpha',
    });
    expect(event.resources?.[0]?.ARN).toBe(key.Arn);
    const { Grants } = await lab.us.send(new ListGrantsCommand({ KeyId: key.KeyId }));
    expect(Grants).toHaveLength(1);
  });

  it('needs kms:CreateGrant: the Developer cannot grant itself', async () => {
    const lab = newLab();
    const key = await createKey(lab.us);
    await expectKmsError(
      actingAs(lab.kms, 'developer').send(
        new CreateGrantCommand({
          KeyId: key.KeyId,
          GranteePrincipal: DEVELOPER_ROLE,
          Operations: ['Encrypt'],
        }),
      ),
      {
        type: 'AccessDeniedException',
        message: `User: ${DEVELOPER} is not authorized to perform: kms:CreateGrant on resource: ${key.Arn} because no identity-based policy allows the kms:CreateGrant action`,
      },
    );
  });

  it('a grantee allowed CreateGrant by its grant may pass on no more than its grant allows', async () => {
    const lab = newLab();
    const key = await createKey(lab.us);
    await lab.us.send(
      new CreateGrantCommand({
        KeyId: key.KeyId,
        GranteePrincipal: DEVELOPER_ROLE,
        Operations: ['Encrypt', 'CreateGrant'],
      }),
    );
    const developer = actingAs(lab.kms, 'developer');
    const narrower = await developer.send(
      new CreateGrantCommand({
        KeyId: key.KeyId,
        GranteePrincipal: APPLICATION_ROLE,
        Operations: ['Encrypt'],
      }),
    );
    expect(narrower.GrantId).toMatch(GRANT_ID);
    await expectKmsError(
      developer.send(
        new CreateGrantCommand({
          KeyId: key.KeyId,
          GranteePrincipal: APPLICATION_ROLE,
          Operations: ['Decrypt'],
        }),
      ),
      { type: 'AccessDeniedException' },
    );
  });
});

describe('ListGrants and ListRetirableGrants', () => {
  it('list the grant as AWS returns it, filter by grantee, and page', async () => {
    const { lab, key, grant } = await grantedKey();
    await lab.us.send(
      new CreateGrantCommand({
        KeyId: key.KeyId,
        GranteePrincipal: APPLICATION_ROLE,
        Operations: ['GenerateDataKey'],
      }),
    );
    const all = await lab.us.send(new ListGrantsCommand({ KeyId: key.KeyId }));
    expect(all.Grants).toHaveLength(2);
    expect(all.Truncated).toBe(false);
    const mine = await lab.us.send(
      new ListGrantsCommand({ KeyId: key.Arn, GranteePrincipal: DEVELOPER_ROLE }),
    );
    expect(body(mine)).toEqual({
      Grants: [
        {
          KeyId: key.Arn,
          GrantId: grant.GrantId,
          Name: 'developer-alpha',
          CreationDate: expect.any(Date),
          GranteePrincipal: DEVELOPER_ROLE,
          RetiringPrincipal: APPLICATION_ROLE,
          IssuingAccount: `arn:aws:iam::${ACCOUNT_ID}:root`,
          Operations: ['Encrypt', 'Decrypt'],
          Constraints: { EncryptionContextSubset: { project: 'alpha' } },
        },
      ],
      Truncated: false,
    });
    const first = await lab.us.send(new ListGrantsCommand({ KeyId: key.KeyId, Limit: 1 }));
    expect(first.Truncated).toBe(true);
    const second = await lab.us.send(
      new ListGrantsCommand({ KeyId: key.KeyId, Limit: 1, Marker: first.NextMarker }),
    );
    expect(second.Truncated).toBe(false);
    expect(second.Grants?.[0]?.GrantId).not.toBe(first.Grants?.[0]?.GrantId);
  });

  it('ListRetirableGrants finds the grants a principal may retire; IAM alone decides who may ask', async () => {
    const { lab, grant } = await grantedKey();
    const out = await lab.us.send(
      new ListRetirableGrantsCommand({ RetiringPrincipal: APPLICATION_ROLE }),
    );
    expect(out.Grants?.map((g) => g.GrantId)).toEqual([grant.GrantId]);
    const none = await lab.us.send(
      new ListRetirableGrantsCommand({ RetiringPrincipal: DEVELOPER_ROLE }),
    );
    expect(none.Grants).toEqual([]);
    // The Developer's IAM policy allows kms:List*; the Application's does not.
    await actingAs(lab.kms, 'developer').send(
      new ListRetirableGrantsCommand({ RetiringPrincipal: APPLICATION_ROLE }),
    );
    await expectKmsError(
      actingAs(lab.kms, 'application').send(
        new ListRetirableGrantsCommand({ RetiringPrincipal: APPLICATION_ROLE }),
      ),
      {
        type: 'AccessDeniedException',
        message: `User: arn:aws:sts::${ACCOUNT_ID}:assumed-role/Application/i-0123456789abcdef0 is not authorized to perform: kms:ListRetirableGrants on resource: * because no identity-based policy allows the kms:ListRetirableGrants action`,
      },
    );
  });
});

describe('RetireGrant and RevokeGrant', () => {
  it('the retiring principal retires the grant with its token; the Developer is refused again', async () => {
    const { lab, key, grant, developer } = await grantedKey();
    const encrypt = () =>
      developer.send(
        new EncryptCommand({
          KeyId: key.KeyId,
          Plaintext: utf8('x'),
          EncryptionContext: { project: 'alpha' },
        }),
      );
    await encrypt();
    // The grantee may not retire it: the grant does not list RetireGrant.
    await expectKmsError(developer.send(new RetireGrantCommand({ GrantToken: grant.GrantToken })), {
      type: 'AccessDeniedException',
      message: `User: ${DEVELOPER} is not authorized to perform: kms:RetireGrant on resource: ${key.Arn} because no resource-based policy allows the kms:RetireGrant action`,
    });
    await actingAs(lab.kms, 'application').send(
      new RetireGrantCommand({ GrantToken: grant.GrantToken }),
    );
    await expectKmsError(encrypt(), encryptDenied(key.Arn));
    const { Grants } = await lab.us.send(new ListGrantsCommand({ KeyId: key.KeyId }));
    expect(Grants).toEqual([]);
    const retired = lab.kms.cloudTrail.find((e) => e.eventName === 'RetireGrant' && !e.errorCode);
    expect(retired?.resources?.[0]?.ARN).toBe(key.Arn);
    expect(JSON.stringify(retired)).not.toContain(grant.GrantToken!);
  });

  it('the account retires by key and grant id; an unknown grant is not found', async () => {
    const { lab, key, grant } = await grantedKey();
    await lab.us.send(new RetireGrantCommand({ KeyId: key.Arn, GrantId: grant.GrantId }));
    await expectKmsError(
      lab.us.send(new RetireGrantCommand({ KeyId: key.KeyId, GrantId: grant.GrantId })),
      { type: NotFoundException },
    );
  });

  it('RevokeGrant removes the grant at once; the Developer cannot revoke', async () => {
    const { lab, key, grant, developer } = await grantedKey();
    await expectKmsError(
      developer.send(new RevokeGrantCommand({ KeyId: key.KeyId, GrantId: grant.GrantId })),
      {
        type: 'AccessDeniedException',
        message: `User: ${DEVELOPER} is not authorized to perform: kms:RevokeGrant on resource: ${key.Arn} because no identity-based policy allows the kms:RevokeGrant action`,
      },
    );
    await lab.us.send(new RevokeGrantCommand({ KeyId: key.KeyId, GrantId: grant.GrantId }));
    await expectKmsError(
      developer.send(
        new EncryptCommand({
          KeyId: key.KeyId,
          Plaintext: utf8('x'),
          EncryptionContext: { project: 'alpha' },
        }),
      ),
      encryptDenied(key.Arn),
    );
    await expectKmsError(
      lab.us.send(new RevokeGrantCommand({ KeyId: key.KeyId, GrantId: grant.GrantId })),
      { type: NotFoundException },
    );
  });
});
