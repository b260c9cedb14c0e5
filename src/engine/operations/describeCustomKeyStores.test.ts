import { describe, expect, it } from 'vitest';
import { createKms } from '../kms';
import { must, PASSWORD, readyCluster, START } from '../cloudhsm/testKit';

async function threeStores() {
  const kms = createKms({ startTime: START });
  const ids: string[] = [];
  for (const name of ['one', 'two', 'three']) {
    const { clusterId, trustAnchor } = await readyCluster(kms);
    const out = await must(
      kms.call('CreateCustomKeyStore', {
        CustomKeyStoreName: name,
        CloudHsmClusterId: clusterId,
        TrustAnchorCertificate: trustAnchor,
        KeyStorePassword: PASSWORD,
      }),
    );
    ids.push(out.CustomKeyStoreId!);
    await kms.clock.advance(1000);
  }
  return { kms, ids };
}

describe('DescribeCustomKeyStores', () => {
  it('lists the Region’s stores oldest first, paged by Limit and Marker', async () => {
    const { kms, ids } = await threeStores();
    const first = await must(kms.call('DescribeCustomKeyStores', { Limit: 2 }));
    expect(first.CustomKeyStores!.map((s) => s.CustomKeyStoreId)).toEqual(ids.slice(0, 2));
    expect(first.Truncated).toBe(true);
    const rest = await must(kms.call('DescribeCustomKeyStores', { Marker: first.NextMarker! }));
    expect(rest.CustomKeyStores!.map((s) => s.CustomKeyStoreId)).toEqual([ids[2]]);
    expect(rest).toMatchObject({ Truncated: false });
    expect(rest.NextMarker).toBeUndefined();
    const bad = await kms.call('DescribeCustomKeyStores', { Marker: 'bm90LWFuLWlk' });
    expect(bad.error?.name).toBe('InvalidMarkerException');
    const eu = await must(kms.call('DescribeCustomKeyStores', {}, { region: 'eu-west-1' }));
    expect(eu.CustomKeyStores).toEqual([]);
  });

  it('finds one by id or by name, never its password; an unknown one is not found', async () => {
    const { kms, ids } = await threeStores();
    const byName = await must(kms.call('DescribeCustomKeyStores', { CustomKeyStoreName: 'two' }));
    expect(byName.CustomKeyStores!.map((s) => s.CustomKeyStoreId)).toEqual([ids[1]]);
    const byId = await must(kms.call('DescribeCustomKeyStores', { CustomKeyStoreId: ids[2]! }));
    expect(byId.CustomKeyStores![0]).toMatchObject({ CustomKeyStoreName: 'three' });
    expect(JSON.stringify(byId)).not.toContain(PASSWORD);
    for (const input of [
      { CustomKeyStoreId: 'cks-00000000000000000' },
      { CustomKeyStoreName: 'nope' },
    ]) {
      expect((await kms.call('DescribeCustomKeyStores', input)).error?.name).toBe(
        'CustomKeyStoreNotFoundException',
      );
    }
  });
});
