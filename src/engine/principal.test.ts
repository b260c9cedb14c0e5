import { describe, expect, it } from 'vitest';
import { createKms } from './kms';

const ACCOUNT = '111122223333';

describe('kms.call as a principal', () => {
  it("records the caller's ARN in the record, the trace and CloudTrail", async () => {
    const kms = createKms({ accountId: ACCOUNT });
    const dev = kms.principal('developer');
    const record = await kms.call(
      'ListKeys',
      {},
      { principal: dev, accessKeyId: 'ASIAKMSLABDEVELOPER1' },
    );
    expect(record.principal).toBe(dev.arn);
    expect(record.trace[0]).toMatchObject({ type: 'call', principal: dev.arn });
    expect(record.events[0]?.userIdentity).toMatchObject({
      type: 'AssumedRole',
      arn: dev.arn,
      accessKeyId: 'ASIAKMSLABDEVELOPER1',
      sessionContext: { sessionIssuer: { userName: 'Developer' } },
    });
  });

  it('a service calling for a principal: invokedBy, and the service as source and user agent', async () => {
    const kms = createKms({ accountId: ACCOUNT });
    const record = await kms.call(
      'GenerateRandom',
      { NumberOfBytes: 16 },
      { principal: kms.principal('application'), invokedBy: 's3.amazonaws.com' },
    );
    const event = record.events[0];
    expect(event?.userIdentity.invokedBy).toBe('s3.amazonaws.com');
    expect(event?.sourceIPAddress).toBe('s3.amazonaws.com');
    expect(event?.userAgent).toBe('s3.amazonaws.com');
  });

  it('an AWS service by itself: AWSService, named only by invokedBy', async () => {
    const kms = createKms({ accountId: ACCOUNT });
    const record = await kms.call(
      'GenerateRandom',
      { NumberOfBytes: 16 },
      { principal: kms.servicePrincipal('ec2.amazonaws.com') },
    );
    expect(record.events[0]?.userIdentity).toEqual({
      type: 'AWSService',
      invokedBy: 'ec2.amazonaws.com',
    });
  });

  it('by default the caller is the root user', async () => {
    const kms = createKms({ accountId: ACCOUNT });
    const record = await kms.call('ListKeys', {});
    expect(record.events[0]?.userIdentity).toEqual({
      type: 'Root',
      principalId: ACCOUNT,
      arn: `arn:aws:iam::${ACCOUNT}:root`,
      accountId: ACCOUNT,
    });
  });
});
