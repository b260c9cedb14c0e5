import { describe, expect, it } from 'vitest';
import { createKms } from '../kms';
import { CloudHsmError } from './errors';
import { PASSWORD, START } from './testKit';

const rejects = async (p: Promise<unknown>, name: string, message?: RegExp) => {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CloudHsmError);
  expect((error as CloudHsmError).name).toBe(name);
  if (message) expect((error as CloudHsmError).message).toMatch(message);
};

describe('the simulated CloudHSM service', () => {
  it('creates a cluster UNINITIALIZED, with subnets in every zone of its Region', async () => {
    const kms = createKms({ startTime: START });
    const cluster = await kms.createCloudHsmCluster({ region: 'eu-west-1' });
    expect(cluster.clusterId).toMatch(/^cluster-[2-7a-z]{11}$/);
    expect(cluster.state).toBe('UNINITIALIZED');
    expect(Object.keys(cluster.subnetMapping)).toEqual(['eu-west-1a', 'eu-west-1b', 'eu-west-1c']);
    expect(cluster.zones.map((z) => z.hsms)).toEqual([[], [], []]);
    expect(kms.cloudHsmClusters('eu-west-1')).toEqual([cluster]);
    expect(kms.cloudHsmClusters('us-east-1')).toEqual([]);
  });

  it('needs subnets in two zones of its Region', async () => {
    const kms = createKms({ startTime: START });
    await rejects(
      kms.createCloudHsmCluster({ region: 'us-east-1', availabilityZones: ['us-east-1a'] }),
      'CloudHsmInvalidRequestException',
      /two Availability Zones/,
    );
    await rejects(
      kms.createCloudHsmCluster({
        region: 'us-east-1',
        availabilityZones: ['us-east-1a', 'eu-west-1b'],
      }),
      'CloudHsmInvalidRequestException',
      /eu-west-1b is not an Availability Zone of us-east-1/,
    );
    expect(kms.cloudHsmClusters()).toEqual([]);
  });

  it('initializes only with an HSM, then activates with kmsuser, in that order', async () => {
    const kms = createKms({ startTime: START });
    const { clusterId } = await kms.createCloudHsmCluster({ region: 'us-east-1' });
    await rejects(
      kms.initializeCloudHsmCluster(clusterId),
      'CloudHsmInvalidRequestException',
      /no HSM/,
    );
    await rejects(
      kms.activateCloudHsmCluster(clusterId, PASSWORD),
      'CloudHsmInvalidRequestException',
      /UNINITIALIZED, not INITIALIZED/,
    );
    const hsm = await kms.createCloudHsmHsm(clusterId, 'us-east-1a');
    expect(hsm).toMatchObject({ availabilityZone: 'us-east-1a', state: 'ACTIVE' });
    expect(hsm.hsmId).toMatch(/^hsm-[2-7a-z]{11}$/);
    const initialized = await kms.initializeCloudHsmCluster(clusterId);
    expect(initialized.state).toBe('INITIALIZED');
    expect(initialized.trustAnchor).toMatch(
      /^-----BEGIN CERTIFICATE-----\n[\s\S]+\n-----END CERTIFICATE-----\n$/,
    );
    await rejects(
      kms.activateCloudHsmCluster(clusterId, 'short'),
      'CloudHsmInvalidRequestException',
      /7 to 32/,
    );
    const active = await kms.activateCloudHsmCluster(clusterId, PASSWORD);
    expect(active.state).toBe('ACTIVE');
    expect(active.cryptoUsers).toEqual(['kmsuser']);
    expect(JSON.stringify(kms.view())).not.toContain(PASSWORD);
  });

  it('adds HSMs only in zones with a subnet, and deletes them by id', async () => {
    const kms = createKms({ startTime: START });
    const { clusterId } = await kms.createCloudHsmCluster({
      region: 'us-east-1',
      availabilityZones: ['us-east-1a', 'us-east-1b'],
    });
    await rejects(
      kms.createCloudHsmHsm(clusterId, 'us-east-1c'),
      'CloudHsmInvalidRequestException',
      /no subnet in us-east-1c/,
    );
    const a = await kms.createCloudHsmHsm(clusterId, 'us-east-1a');
    const b = await kms.createCloudHsmHsm(clusterId, 'us-east-1b');
    expect(a.eniIp).not.toBe(b.eniIp);
    const [view] = kms.cloudHsmClusters();
    expect(view!.zones.map((z) => z.hsms.map((h) => h.hsmId))).toEqual([[a.hsmId], [b.hsmId]]);
    await kms.deleteCloudHsmHsm(clusterId, a.hsmId);
    await rejects(kms.deleteCloudHsmHsm(clusterId, a.hsmId), 'CloudHsmResourceNotFoundException');
    await rejects(
      kms.createCloudHsmHsm('cluster-aaaaaaaaaaa', 'us-east-1a'),
      'CloudHsmResourceNotFoundException',
    );
    expect(kms.cloudHsmClusters()[0]!.hsms.map((h) => h.hsmId)).toEqual([b.hsmId]);
  });

  it('restores a related cluster from a backup: same trust anchor, users and lineage, ACTIVE', async () => {
    const kms = createKms({ startTime: START });
    const { clusterId } = await kms.createCloudHsmCluster({ region: 'us-east-1' });
    await rejects(
      kms.createCloudHsmCluster({ region: 'us-east-1', sourceClusterId: clusterId }),
      'CloudHsmInvalidRequestException',
      /never initialized/,
    );
    await kms.createCloudHsmHsm(clusterId, 'us-east-1a');
    const source = await kms.initializeCloudHsmCluster(clusterId);
    await kms.activateCloudHsmCluster(clusterId, PASSWORD);
    const copy = await kms.createCloudHsmCluster({
      region: 'us-east-1',
      sourceClusterId: clusterId,
    });
    expect(copy).toMatchObject({
      state: 'ACTIVE',
      lineage: clusterId,
      trustAnchor: source.trustAnchor,
      cryptoUsers: ['kmsuser'],
    });
  });

  it('leaves no KMS record or CloudTrail event, and is saved in snapshots (older ones load with none)', async () => {
    const kms = createKms({ startTime: START });
    const records: unknown[] = [];
    kms.subscribe((r) => records.push(r));
    const { clusterId } = await kms.createCloudHsmCluster({ region: 'us-east-1' });
    await kms.createCloudHsmHsm(clusterId, 'us-east-1b');
    expect(records).toEqual([]);
    expect(kms.cloudTrail).toEqual([]);
    const snapshot = await kms.snapshot();
    const other = createKms({ startTime: START });
    await other.restore(snapshot);
    expect(other.cloudHsmClusters()).toEqual(kms.cloudHsmClusters());
    const { cloudHsm: _dropped, ...older } = snapshot.world;
    await other.restore({ ...snapshot, world: older });
    expect(other.cloudHsmClusters()).toEqual([]);
    await expect(
      other.restore({
        ...snapshot,
        world: { ...snapshot.world, cloudHsm: { clusters: { x: 1 } } },
      }),
    ).rejects.toThrow(/CloudHSM cluster is malformed/);
  });
});
