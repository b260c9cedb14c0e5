import { describe, expect, it } from 'vitest';
import { createKms } from '../engine';
import { ACTING_AS_KEY } from './actingSlice';
import { createAppStore } from './createAppStore';
import { memoryStorage } from './prefsStorage';
import { isBackgroundRead } from './worldSlice';

const DEVELOPER_SESSION = 'arn:aws:sts::111122223333:assumed-role/Developer/bob';

describe('acting as an identity', () => {
  it('calls as the root user at first', async () => {
    const store = createAppStore();
    expect(store.getState().actingAs).toBe('root');
    const record = await store.getState().call('GenerateRandom', { NumberOfBytes: 1 }, 'us-east-1');
    expect(record.principal).toBe('arn:aws:iam::111122223333:root');
  });

  it('makes the next calls as the chosen identity: the Developer role’s session', async () => {
    const store = createAppStore();
    await store.getState().call('CreateKey', {}, 'eu-west-1');
    store.getState().actAs('developer');
    const record = await store.getState().call('ListKeys', {}, 'eu-west-1');
    expect(record.principal).toBe(DEVELOPER_SESSION);
    expect(record.events[0]?.userIdentity).toMatchObject({
      type: 'AssumedRole',
      arn: DEVELOPER_SESSION,
      sessionContext: { sessionIssuer: { userName: 'Developer' } },
    });
    // The inspector's own reads run as the same identity.
    const read = await store.getState().call('ListAliases', {}, 'eu-west-1', { background: true });
    expect(isBackgroundRead(read)).toBe(true);
    expect(read.principal).toBe(DEVELOPER_SESSION);
    // And the "Try encryption" panel's calls too.
    store.getState().selectRegion('eu-west-1');
    const encrypted = await store.getState().encrypt('hola');
    expect(encrypted.operation).toBe('Encrypt');
    expect(encrypted.principal).toBe(DEVELOPER_SESSION);
  });

  it('remembers the choice, and ignores a stored value that is no identity', () => {
    const storage = memoryStorage();
    createAppStore({ storage }).getState().actAs('application');
    expect(storage.getItem(ACTING_AS_KEY)).toBe('application');
    expect(createAppStore({ storage }).getState().actingAs).toBe('application');
    const bad = memoryStorage({ [ACTING_AS_KEY]: 'mallory' });
    expect(createAppStore({ storage: bad }).getState().actingAs).toBe('root');
  });

  it('puts an IAM policy and shows it in the view, without a record', async () => {
    const kms = createKms();
    const store = createAppStore({ kms });
    const before = store.getState().view;
    const document = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'kms:Encrypt', Resource: '*' }],
    });
    expect(
      await store.getState().putIdentityPolicy('developer', 'Encrypt', document),
    ).toBeUndefined();
    const developer = store.getState().view.identities?.find((i) => i.id === 'developer');
    expect(developer?.policies.map((p) => p.name)).toEqual(['Encrypt', 'ReadKeyMetadata']);
    expect(store.getState().view).not.toBe(before);
    expect(store.getState().records).toHaveLength(0);
  });

  it('shows IAM’s refusal and changes nothing', async () => {
    const store = createAppStore();
    const before = store.getState().view;
    const failure = await store
      .getState()
      .putIdentityPolicy(
        'developer',
        'Bad',
        '{"Statement":[{"Effect":"Allow","Principal":"*","Resource":"*"}]}',
      );
    expect(failure).toEqual({
      name: 'MalformedPolicyDocument',
      message: 'Policy document should not specify a principal.',
    });
    expect(store.getState().view).toBe(before);
    expect(store.getState().kms.identityPolicies('developer')).toEqual(
      Object.fromEntries(
        before
          .identities!.find((i) => i.id === 'developer')!
          .policies.map((p) => [p.name, p.document]),
      ),
    );
  });
});
