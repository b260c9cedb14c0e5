import { describe, expect, it } from 'vitest';
import { createKms } from '../../engine';
import { clusterChecklist, clusterReady } from './checklist';
import { invalidStoreForm, invalidTrustAnchor } from './validate';

const missing = (cluster: Parameters<typeof clusterChecklist>[0]) =>
  clusterChecklist(cluster)
    .filter((c) => !c.ok)
    .map((c) => c.id);

describe('the CloudHSM checklist', () => {
  it('follows a cluster from nothing to ready', async () => {
    const kms = createKms();
    const now = () => kms.cloudHsmClusters('us-east-1')[0];
    expect(missing(undefined)).toEqual([
      'clusterFound',
      'initialized',
      'active',
      'kmsuser',
      'twoZones',
    ]);
    const { clusterId } = await kms.createCloudHsmCluster({ region: 'us-east-1' });
    expect(missing(now())).toEqual(['initialized', 'active', 'kmsuser', 'twoZones']);
    await kms.createCloudHsmHsm(clusterId, 'us-east-1a');
    await kms.initializeCloudHsmCluster(clusterId);
    await kms.activateCloudHsmCluster(clusterId, 'kmsuser-pass');
    // One HSM: the course's "al menos dos HSM activos en zonas distintas" is what is left.
    expect(missing(now())).toEqual(['twoZones']);
    await kms.createCloudHsmHsm(clusterId, 'us-east-1a');
    expect(missing(now())).toEqual(['twoZones']);
    await kms.createCloudHsmHsm(clusterId, 'us-east-1b');
    expect(clusterReady(now())).toBe(true);
  });
});

describe('the CloudHSM forms refuse bad input in place', () => {
  const pem = '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----';
  const good = {
    name: 'store',
    clusterId: 'cluster-abc',
    trustAnchor: pem,
    password: 'kmsuser-pw',
  };
  it('accepts a complete form', () => expect(invalidStoreForm(good)).toBeUndefined());
  it.each([
    [{ name: ' ' }, 'name'],
    [{ name: 'x'.repeat(257) }, 'name'],
    [{ clusterId: '' }, 'cluster'],
    [{ trustAnchor: 'not a certificate' }, 'trustAnchor'],
    [{ password: 'short' }, 'password'],
    [{ password: 'x'.repeat(33) }, 'password'],
  ])('%o → %s', (change, invalid) =>
    expect(invalidStoreForm({ ...good, ...change })).toBe(invalid),
  );
  it('reads a PEM anywhere in what was pasted', () =>
    expect(invalidTrustAnchor(`  ${pem}\n`)).toBeUndefined());
});
