/**
 * Who may use a key, through the AWS SDK acting as the lab's principals (their access keys,
 * src/engine/protocol/accessKeys.ts): the default key policy hands control to IAM, an explicit
 * Deny wins, another account needs both sides, actions on no key are IAM's alone, and
 * PutKeyPolicy's lockout safety check. Each refusal is AccessDeniedException worded as AWS,
 * and the record's trace names the statement that decided.
 */
import {
  CreateKeyCommand,
  DecryptCommand,
  DescribeKeyCommand,
  EncryptCommand,
  GenerateRandomCommand,
  KMSClient,
  ListKeysCommand,
  MalformedPolicyDocumentException,
  PutKeyPolicyCommand,
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
  createKey,
  expectKmsError,
  newLab,
  sdkClient,
  trackCommands,
  utf8,
} from './client';

trackCommands(import.meta.url);

const PARTNER = '444455556666';
const ROOT = `arn:aws:iam::${ACCOUNT_ID}:root`;
const session = (role: string, name: string, account = ACCOUNT_ID) =>
  `arn:aws:sts::${account}:assumed-role/${role}/${name}`;
const DEVELOPER = session('Developer', 'bob');
const APPLICATION = session('Application', 'i-0123456789abcdef0');
const PARTNER_APP = session('PartnerApp', 'partner-invoices', PARTNER);

const actingAs = (kms: Kms, id: IdentityId, region = 'us-east-1'): KMSClient =>
  sdkClient(kms, region, ACCESS_KEY_OF[id]);

/** Records every call of the engine, to read the trace of the last one. */
function recorder(kms: Kms): () => OperationRecord {
  const records: OperationRecord[] = [];
  kms.subscribe((r) => records.push(r));
  return () => records[records.length - 1]!;
}

const authorizeStep = (record: OperationRecord): AuthorizeStep => {
  const step = record.trace.find((s): s is AuthorizeStep => s.type === 'authorize');
  if (!step) throw new Error(`no authorize step in ${record.operation}`);
  return step;
};

const denied = (who: string, action: string, resource: string, ending: string) =>
  `User: ${who} is not authorized to perform: ${action} on resource: ${resource} ${ending}`;

const policy = (...statements: Record<string, unknown>[]) =>
  JSON.stringify({ Version: '2012-10-17', Statement: statements });

const ENABLE_IAM = {
  Sid: 'Enable IAM User Permissions',
  Effect: 'Allow',
  Principal: { AWS: ROOT },
  Action: 'kms:*',
  Resource: '*',
};

describe('the default key policy: IAM decides', () => {
  it('the Developer may describe the key but is refused Encrypt, worded as AWS', async () => {
    const lab = newLab();
    const last = recorder(lab.kms);
    const key = await createKey(lab.us);
    const developer = actingAs(lab.kms, 'developer');
    await developer.send(new DescribeKeyCommand({ KeyId: key.KeyId }));
    await expectKmsError(
      developer.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: utf8('x') })),
      {
        type: 'AccessDeniedException',
        message: denied(
          DEVELOPER,
          'kms:Encrypt',
          key.Arn,
          'because no identity-based policy allows the kms:Encrypt action',
        ),
      },
    );
    const record = last();
    expect(authorizeStep(record)).toMatchObject({
      decision: 'deny',
      action: 'kms:Encrypt',
      keyId: key.KeyId,
      missing: 'identity-based-policy',
    });
    // The refused call is audited, with AWS's error, and nothing after the policy check ran.
    expect(record.events[0]).toMatchObject({
      eventName: 'Encrypt',
      errorCode: 'AccessDeniedException',
    });
    expect(record.trace.map((s) => s.type)).toEqual([
      'call',
      'resolve',
      'authorize',
      'audit',
      'return',
    ]);
  });

  it('the Application role encrypts and decrypts: its IAM policy allows, the key policy enables IAM', async () => {
    const lab = newLab();
    const last = recorder(lab.kms);
    const key = await createKey(lab.us);
    const app = actingAs(lab.kms, 'application');
    const { CiphertextBlob } = await app.send(
      new EncryptCommand({ KeyId: key.KeyId, Plaintext: utf8('an order') }),
    );
    expect(authorizeStep(last())).toMatchObject({
      decision: 'allow',
      decidedBy: { source: 'identity-policy', policyName: 'UseAccountKeys', sid: 'UseAccountKeys' },
      enabledBy: { source: 'key-policy', sid: 'Enable IAM User Permissions', statementIndex: 0 },
    });
    const out = await app.send(new DecryptCommand({ CiphertextBlob }));
    expect(new TextDecoder().decode(out.Plaintext)).toBe('an order');
  });

  it('the root user is allowed by the key policy statement itself', async () => {
    const lab = newLab();
    const last = recorder(lab.kms);
    const key = await createKey(lab.us);
    await lab.us.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: utf8('x') }));
    expect(authorizeStep(last())).toMatchObject({
      decision: 'allow',
      principal: ROOT,
      decidedBy: { source: 'key-policy', sid: 'Enable IAM User Permissions' },
    });
  });

  it('an IAM allow has no effect when the key policy does not enable IAM', async () => {
    const lab = newLab();
    const key = await createKey(lab.us, {
      Policy: policy({
        Sid: 'RootOnly',
        Effect: 'Allow',
        Principal: { AWS: ROOT },
        Action: 'kms:PutKeyPolicy',
        Resource: '*',
      }),
    });
    // No statement enables IAM: the Application's IAM policy alone is not enough to encrypt.
    await expectKmsError(
      actingAs(lab.kms, 'application').send(
        new EncryptCommand({ KeyId: key.KeyId, Plaintext: utf8('x') }),
      ),
      {
        type: 'AccessDeniedException',
        message: denied(
          APPLICATION,
          'kms:Encrypt',
          key.Arn,
          'because no resource-based policy allows the kms:Encrypt action',
        ),
      },
    );
  });
});

describe('an explicit Deny wins', () => {
  it('a key policy Deny for the Application on kms:Decrypt refuses it and the trace names the Sid', async () => {
    const lab = newLab();
    const last = recorder(lab.kms);
    const key = await createKey(lab.us);
    await lab.us.send(
      new PutKeyPolicyCommand({
        KeyId: key.KeyId,
        Policy: policy(ENABLE_IAM, {
          Sid: 'NoDecryptForTheApplication',
          Effect: 'Deny',
          Principal: { AWS: `arn:aws:iam::${ACCOUNT_ID}:role/Application` },
          Action: 'kms:Decrypt',
          Resource: '*',
        }),
      }),
    );
    const app = actingAs(lab.kms, 'application');
    const { CiphertextBlob } = await app.send(
      new EncryptCommand({ KeyId: key.KeyId, Plaintext: utf8('still allowed') }),
    );
    await expectKmsError(app.send(new DecryptCommand({ CiphertextBlob })), {
      type: 'AccessDeniedException',
      message: denied(
        APPLICATION,
        'kms:Decrypt',
        key.Arn,
        'with an explicit deny in a resource-based policy',
      ),
    });
    expect(authorizeStep(last())).toMatchObject({
      decision: 'deny',
      decidedBy: { source: 'key-policy', sid: 'NoDecryptForTheApplication', statementIndex: 1 },
    });
    // The root user is not the Application: it still decrypts.
    await lab.us.send(new DecryptCommand({ CiphertextBlob }));
  });

  it('an IAM Deny refuses even the calls the key policy allows the role directly', async () => {
    const lab = newLab();
    const key = await createKey(lab.us);
    await lab.kms.putIdentityPolicy(
      'application',
      'NoEncrypt',
      policy({ Sid: 'NoEncrypt', Effect: 'Deny', Action: 'kms:Encrypt', Resource: '*' }),
    );
    await expectKmsError(
      actingAs(lab.kms, 'application').send(
        new EncryptCommand({ KeyId: key.KeyId, Plaintext: utf8('x') }),
      ),
      {
        type: 'AccessDeniedException',
        message: denied(
          APPLICATION,
          'kms:Encrypt',
          key.Arn,
          'with an explicit deny in an identity-based policy',
        ),
      },
    );
  });
});

describe('another account needs both sides', () => {
  it('PartnerApp is refused until the key policy lets its account in', async () => {
    const lab = newLab();
    const key = await createKey(lab.us);
    const partner = actingAs(lab.kms, 'partner');
    const encrypt = () =>
      partner.send(new EncryptCommand({ KeyId: key.Arn, Plaintext: utf8('an invoice') }));
    await expectKmsError(encrypt(), {
      type: 'AccessDeniedException',
      message: denied(
        PARTNER_APP,
        'kms:Encrypt',
        key.Arn,
        'because no resource-based policy allows the kms:Encrypt action',
      ),
    });
    await lab.us.send(
      new PutKeyPolicyCommand({
        KeyId: key.KeyId,
        Policy: policy(ENABLE_IAM, {
          Sid: 'AllowThePartnerAccount',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${PARTNER}:root` },
          Action: ['kms:Encrypt', 'kms:Decrypt'],
          Resource: '*',
        }),
      }),
    );
    const { CiphertextBlob } = await encrypt();
    await partner.send(new DecryptCommand({ CiphertextBlob, KeyId: key.Arn }));
    // Its own IAM policy (UseSharedKeys) does not allow DescribeKey: both sides are needed.
    await expectKmsError(partner.send(new DescribeKeyCommand({ KeyId: key.Arn })), {
      type: 'AccessDeniedException',
      message: denied(
        PARTNER_APP,
        'kms:DescribeKey',
        key.Arn,
        'because no resource-based policy allows the kms:DescribeKey action',
      ),
    });
  });
});

describe('actions on no key: IAM alone, resource *', () => {
  it('CreateKey: the Admin may, the Developer may not; ListKeys and GenerateRandom follow IAM', async () => {
    const lab = newLab();
    const last = recorder(lab.kms);
    await actingAs(lab.kms, 'admin').send(new CreateKeyCommand({}));
    expect(authorizeStep(last())).toMatchObject({
      decision: 'allow',
      resource: '*',
      decidedBy: { source: 'identity-policy', sid: 'AdministerKeys' },
    });
    expect(authorizeStep(last()).keyId).toBeUndefined();
    const developer = actingAs(lab.kms, 'developer');
    await expectKmsError(developer.send(new CreateKeyCommand({})), {
      type: 'AccessDeniedException',
      message: denied(
        DEVELOPER,
        'kms:CreateKey',
        '*',
        'because no identity-based policy allows the kms:CreateKey action',
      ),
    });
    await developer.send(new ListKeysCommand({}));
    await expectKmsError(developer.send(new GenerateRandomCommand({ NumberOfBytes: 8 })), {
      type: 'AccessDeniedException',
      message: denied(
        DEVELOPER,
        'kms:GenerateRandom',
        '*',
        'because no identity-based policy allows the kms:GenerateRandom action',
      ),
    });
    await lab.us.send(new GenerateRandomCommand({ NumberOfBytes: 8 }));
    expect(authorizeStep(last()).decidedBy).toEqual({ source: 'root-user' });
  });
});

describe('the lockout safety check', () => {
  const applicationOnly = policy({
    Sid: 'OnlyTheApplication',
    Effect: 'Allow',
    Principal: { AWS: `arn:aws:iam::${ACCOUNT_ID}:role/Application` },
    Action: 'kms:*',
    Resource: '*',
  });
  const lockout = {
    type: MalformedPolicyDocumentException,
    message: 'The new key policy will not allow you to update the key policy in the future.',
  };

  it('PutKeyPolicy refuses a policy that locks the caller out, unless it bypasses the check', async () => {
    const lab = newLab();
    const key = await createKey(lab.us);
    await expectKmsError(
      lab.us.send(new PutKeyPolicyCommand({ KeyId: key.KeyId, Policy: applicationOnly })),
      lockout,
    );
    await lab.us.send(
      new PutKeyPolicyCommand({
        KeyId: key.KeyId,
        Policy: applicationOnly,
        BypassPolicyLockoutSafetyCheck: true,
      }),
    );
    // Locked out indeed: the root user can no longer change the policy.
    await expectKmsError(
      lab.us.send(new PutKeyPolicyCommand({ KeyId: key.KeyId, Policy: policy(ENABLE_IAM) })),
      {
        type: 'AccessDeniedException',
        message: denied(
          ROOT,
          'kms:PutKeyPolicy',
          key.Arn,
          'because no resource-based policy allows the kms:PutKeyPolicy action',
        ),
      },
    );
  });

  it('a policy that only enables IAM keeps a role in control while its IAM allows PutKeyPolicy', async () => {
    const lab = newLab();
    // The Admin's IAM allows kms:Put*, so the default policy keeps it in control...
    const admin = actingAs(lab.kms, 'admin');
    const key = await createKey(admin);
    await admin.send(new PutKeyPolicyCommand({ KeyId: key.KeyId, Policy: policy(ENABLE_IAM) }));
    // ...until its IAM policy no longer allows it.
    await lab.kms.deleteIdentityPolicy('admin', 'KeyAdministration');
    await lab.kms.putIdentityPolicy(
      'admin',
      'PutOnly',
      policy({ Sid: 'PutOnly', Effect: 'Allow', Action: 'kms:PutKeyPolicy', Resource: key.Arn }),
    );
    await admin.send(new PutKeyPolicyCommand({ KeyId: key.KeyId, Policy: policy(ENABLE_IAM) }));
  });

  it('an explicit Deny of PutKeyPolicy for the caller in the new policy locks it out', async () => {
    const lab = newLab();
    const admin = actingAs(lab.kms, 'admin');
    const key = await createKey(admin);
    const denyAdmin = policy(ENABLE_IAM, {
      Sid: 'NoMorePolicyChanges',
      Effect: 'Deny',
      Principal: { AWS: `arn:aws:iam::${ACCOUNT_ID}:role/Admin` },
      Action: 'kms:PutKeyPolicy',
      Resource: '*',
    });
    await expectKmsError(
      admin.send(new PutKeyPolicyCommand({ KeyId: key.KeyId, Policy: denyAdmin })),
      lockout,
    );
    // The root user is not denied by it: for root the same policy is no lockout.
    await lab.us.send(new PutKeyPolicyCommand({ KeyId: key.KeyId, Policy: denyAdmin }));
  });

  it('CreateKey with a policy that locks the caller out: refused, unless bypassed', async () => {
    const lab = newLab();
    await expectKmsError(lab.us.send(new CreateKeyCommand({ Policy: applicationOnly })), lockout);
    const { KeyMetadata } = await lab.us.send(
      new CreateKeyCommand({ Policy: applicationOnly, BypassPolicyLockoutSafetyCheck: true }),
    );
    expect(KeyMetadata?.KeyId).toBeDefined();
  });
});
