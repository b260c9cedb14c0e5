import { describe, expect, it } from 'vitest';
import {
  AWS_SERVICE_NAMES,
  createKms,
  type AwsServiceName,
  type StoredItemView,
  type WorldView,
} from '../engine';
import { awsOwnedKeyNodeId, serviceNodeId } from './ids';
import { AWS_SERVICE_SIZE, KEY_SIZE, overlaps, REGION_PADDING, type Rect } from './layout';
import type { LocalRecord } from './localRecord';
import type { WorldNode } from './nodes';
import { regionServices, stagedService, type StagedService } from './awsServices';
import { worldGraph } from './worldGraph';

const REGION = 'eu-west-1';

const item = (service: AwsServiceName, keyArn?: string): StoredItemView => ({
  service,
  region: REGION,
  name: `${service}-item`,
  arn: `arn:aws:${service}:::${service}-item`,
  protection: keyArn ? { kind: 'kms', keyArn } : { kind: 'aws-owned' },
  encryptionContext: {},
  size: 4,
  createdBy: 'arn:aws:iam::111122223333:root',
  createdAt: 0,
});

/** A world whose Region keeps `stored`, with `keys` KMS keys. */
async function world(stored: StoredItemView[], keys = 0): Promise<WorldView> {
  const kms = createKms();
  for (let i = 0; i < keys; i++) await kms.call('CreateKey', {}, { region: REGION });
  const view = kms.view();
  return {
    ...view,
    regions: view.regions.map((r) => (r.code === REGION ? { ...r, stored } : r)),
  };
}

const local = (action: LocalRecord['action'], service?: AwsServiceName): LocalRecord => ({
  kind: 'local',
  id: 'l',
  action,
  region: REGION,
  principal: 'arn:aws:iam::111122223333:root',
  bytes: 4,
  time: 0,
  ...(service ? { service } : {}),
});

const rect = (n: WorldNode): Rect => ({ ...n.position, width: n.width!, height: n.height! });

describe('AWS services on the canvas', () => {
  it('draws a service that keeps something in the Region, with its count and keys', async () => {
    const view = await world([]);
    const arn = `arn:aws:kms:${REGION}:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
    const kept = await world([item('s3', arn), item('s3', arn), item('s3')]);
    expect(regionServices(view, REGION).services).toEqual([]);
    expect(regionServices(kept, REGION)).toEqual({
      services: [{ service: 's3', items: 3, keyArns: [arn], awsOwnedItems: 1 }],
      awsOwned: ['s3'],
    });
    const { nodes } = worldGraph({ view: kept, selectedRegion: REGION });
    expect(nodes.find((n) => n.id === serviceNodeId(REGION, 's3'))?.data).toEqual({
      region: REGION,
      service: 's3',
      items: 3,
      keys: ['1234abcd…'],
      awsOwnedItems: 1,
    });
    expect(nodes.some((n) => n.id === awsOwnedKeyNodeId(REGION))).toBe(true);
  });

  it('draws the service the record on stage involves, in its Region only, and nothing otherwise', async () => {
    const view = await world([]);
    const staged = stagedService(local('service-request', 'ebs'));
    expect(staged).toEqual({ region: REGION, service: 'ebs', awsOwned: false });
    const ids = (on: StagedService | undefined) =>
      worldGraph({ view, selectedRegion: REGION, ...(on ? { staged: on } : {}) }).nodes.map(
        (n) => n.id,
      );
    expect(ids(staged)).toContain(serviceNodeId(REGION, 'ebs'));
    expect(ids(staged)).not.toContain(awsOwnedKeyNodeId(REGION));
    // Only in the Region it plays in.
    expect(ids({ ...staged!, region: 'us-east-1' })).not.toContain(serviceNodeId(REGION, 'ebs'));
    expect(ids(undefined)).not.toContain(serviceNodeId(REGION, 'ebs'));
    // Work with no service (the caller's own envelope encryption) puts none on stage.
    expect(stagedService(local('encrypt-data'))).toBeUndefined();
    // A KMS call S3 makes for a principal, or one EC2 makes by itself, is the service's.
    const call = { kind: 'api-call', region: REGION, principal: 'arn:aws:iam::111122223333:root' };
    expect(stagedService({ ...call, invokedBy: 's3.amazonaws.com' } as never)?.service).toBe('s3');
    expect(stagedService({ ...call, principal: 'ec2.amazonaws.com' } as never)?.service).toBe(
      'ebs',
    );
    expect(stagedService(call as never)).toBeUndefined();
    // AWS owned work on stage brings the AWS owned key before anything is stored.
    const owned = stagedService(local('aws-owned-encrypt', 's3'));
    expect(ids(owned)).toContain(awsOwnedKeyNodeId(REGION));
  });

  it('places five services and twenty keys in a Region without overlaps, services above keys', async () => {
    const view = await world(
      AWS_SERVICE_NAMES.map((s) => item(s)),
      20,
    );
    const { nodes } = worldGraph({ view, selectedRegion: REGION });
    const inRegion = nodes.filter((n) => n.parentId === `region:${REGION}`);
    const services = inRegion.filter((n) => n.type === 'awsService');
    const keys = inRegion.filter((n) => n.type === 'key');
    expect(services).toHaveLength(5);
    expect(keys).toHaveLength(20);
    for (const a of inRegion)
      for (const b of inRegion)
        if (a.id < b.id) expect(overlaps(rect(a), rect(b)), `${a.id} × ${b.id}`).toBe(false);
    const servicesBottom = Math.max(...services.map((n) => n.position.y + AWS_SERVICE_SIZE.height));
    expect(Math.min(...keys.map((n) => n.position.y))).toBeGreaterThan(servicesBottom);
    const region = nodes.find((n) => n.id === `region:${REGION}`)!;
    // A row of four services is exactly as wide as a row of three keys.
    const rightmost = Math.max(...inRegion.map((n) => n.position.x + n.width!));
    expect(rightmost).toBe(REGION_PADDING + 3 * KEY_SIZE.width + 2 * 12);
    expect(region.width).toBe(rightmost + REGION_PADDING);
    expect(region.data).toMatchObject({ keysTop: Math.min(...keys.map((n) => n.position.y)) });
  });

  it('shows a Region that keeps something even without KMS keys (SSE-S3)', async () => {
    const view = await world([item('s3')]);
    const { nodes } = worldGraph({ view, selectedRegion: 'us-east-1' });
    expect(nodes.some((n) => n.id === `region:${REGION}`)).toBe(true);
    expect(nodes.some((n) => n.id === awsOwnedKeyNodeId(REGION))).toBe(true);
  });
});
