import { describe, expect, it } from 'vitest';
import { createKms } from '../kms';
import { IDENTITY_IDS } from '../principals';
import { ACCESS_KEY_OF, ACCESS_KEYS, accessKeyIdOf, identityOfAccessKey } from './accessKeys';
import { handleJsonRequest } from './jsonHandler';

const ACCOUNT = '111122223333';
const auth = (akid: string) =>
  `AWS4-HMAC-SHA256 Credential=${akid}/20261130/us-east-1/kms/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc`;

describe('the access key table', () => {
  it('gives every identity its own key, AKIA for root and ASIA (a session) for roles', () => {
    for (const id of IDENTITY_IDS) {
      const akid = ACCESS_KEY_OF[id];
      expect(akid).toMatch(id === 'root' ? /^AKIA[A-Z0-9]{16}$/ : /^ASIA[A-Z0-9]{16}$/);
      expect(identityOfAccessKey(akid)).toBe(id);
    }
    expect(new Set(Object.values(ACCESS_KEY_OF)).size).toBe(IDENTITY_IDS.length);
  });

  it("AWS's documentation keys act as root; others are unknown", () => {
    expect(identityOfAccessKey('AKIAIOSFODNN7EXAMPLE')).toBe('root');
    expect(identityOfAccessKey('AKIDEXAMPLE')).toBe('root');
    expect(identityOfAccessKey('AKIAUNKNOWN000000000')).toBeUndefined();
    expect(identityOfAccessKey('toString')).toBeUndefined();
    expect(Object.values(ACCESS_KEYS).every((id) => IDENTITY_IDS.includes(id))).toBe(true);
  });

  it('reads the access key id from the SigV4 credential scope', () => {
    expect(accessKeyIdOf(auth('ASIAKMSLABDEVELOPER1'))).toBe('ASIAKMSLABDEVELOPER1');
    expect(accessKeyIdOf(undefined)).toBeUndefined();
    expect(accessKeyIdOf('Bearer something')).toBe('');
  });
});

describe('handleJsonRequest: who calls', () => {
  const request = { target: 'TrentService.ListKeys', region: 'us-east-1', body: '{}' };

  it('a signed request acts as its access key says, and CloudTrail records the key', async () => {
    const kms = createKms({ accountId: ACCOUNT });
    const response = await handleJsonRequest(kms, {
      ...request,
      authorization: auth('ASIAKMSLABAUDITOR001'),
      // Ignored: the signature names the caller.
      principal: kms.principal('admin'),
    });
    expect(response.status).toBe(200);
    expect(response.record?.principal).toBe(
      `arn:aws:sts::${ACCOUNT}:assumed-role/SecurityAuditor/carol`,
    );
    expect(kms.cloudTrail[0]?.userIdentity.accessKeyId).toBe('ASIAKMSLABAUDITOR001');
  });

  it('an unsigned request acts as the principal passed, root by default', async () => {
    const kms = createKms({ accountId: ACCOUNT });
    const asAdmin = await handleJsonRequest(kms, { ...request, principal: kms.principal('admin') });
    expect(asAdmin.record?.principal).toBe(`arn:aws:sts::${ACCOUNT}:assumed-role/Admin/alice`);
    const asRoot = await handleJsonRequest(kms, request);
    expect(asRoot.record?.principal).toBe(`arn:aws:iam::${ACCOUNT}:root`);
    expect(kms.cloudTrail.map((e) => e.userIdentity.accessKeyId)).toEqual([undefined, undefined]);
  });

  it.each([
    ['an unknown access key id', auth('AKIAUNKNOWN000000000')],
    ['a header naming no credential', 'AWS4-HMAC-SHA256 Signature=abc'],
  ])('%s: 400 UnrecognizedClientException, no record, nothing audited', async (_, header) => {
    const kms = createKms({ accountId: ACCOUNT });
    const response = await handleJsonRequest(kms, { ...request, authorization: header });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toEqual({
      __type: 'UnrecognizedClientException',
      message: 'The security token included in the request is invalid.',
    });
    expect(response.record).toBeUndefined();
    expect(kms.cloudTrail).toEqual([]);
  });
});
