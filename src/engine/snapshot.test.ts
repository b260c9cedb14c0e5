import { describe, expect, it } from 'vitest';
import { createKms } from './kms';
import { defaultIdentityPolicies } from './principalPolicies';
import { checkSnapshot } from './snapshot';

const ACCOUNT = '111122223333';

describe('checkSnapshot and identity policies', () => {
  it('gives a snapshot without identityPolicies the defaults of its account', async () => {
    const snapshot = await createKms({ accountId: ACCOUNT }).snapshot();
    const { identityPolicies: _dropped, ...old } = snapshot.world;
    const checked = checkSnapshot({ ...snapshot, world: old });
    expect(checked.world.identityPolicies).toEqual(defaultIdentityPolicies(ACCOUNT));
  });

  it('keeps what a snapshot names and fills in only the identities it does not', async () => {
    const snapshot = await createKms({ accountId: ACCOUNT }).snapshot();
    const checked = checkSnapshot({
      ...snapshot,
      world: { ...snapshot.world, identityPolicies: { developer: {} } },
    });
    expect(checked.world.identityPolicies.developer).toEqual({});
    expect(checked.world.identityPolicies.admin).toEqual(defaultIdentityPolicies(ACCOUNT).admin);
  });

  it.each([
    ['not an object', []],
    ['an unknown identity', { someone: {} }],
    ['a document that is not text', { developer: { P: { Statement: [] } } }],
  ])('refuses identityPolicies that are %s', async (_, identityPolicies) => {
    const snapshot = await createKms({ accountId: ACCOUNT }).snapshot();
    expect(() =>
      checkSnapshot({ ...snapshot, world: { ...snapshot.world, identityPolicies } }),
    ).toThrow(/Not a KMS Lab engine snapshot: identityPolicies/);
  });
});
