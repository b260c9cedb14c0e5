import { describe, expect, it } from 'vitest';
import { createKms, type Kms, type WorldView } from '../engine';
import {
  accountNodeId,
  keyNodeId,
  OUTSIDE_AWS_NODE_ID,
  principalNodeId,
  regionNodeId,
} from './ids';
import {
  KEY_GAP,
  KEY_SIZE,
  KEYS_PER_ROW,
  overlaps,
  REGION_HEADER,
  REGION_MIN_SIZE,
  REGION_PADDING,
  SERVICE_GAP,
  SERVICE_SIZE,
  type Rect,
} from './layout';
import type { KeyNode, RegionNode, ServiceNode, WorldNode } from './nodes';
import { worldGraph } from './worldGraph';

async function createKey(kms: Kms, region: string, description = ''): Promise<string> {
  const record = await kms.call('CreateKey', { Description: description }, { region });
  const keyId = record.output?.KeyMetadata?.KeyId;
  if (!keyId) throw new Error(`CreateKey failed: ${record.error?.name}`);
  return keyId;
}

const byId = (nodes: WorldNode[], id: string): WorldNode => {
  const node = nodes.find((n) => n.id === id);
  if (!node) throw new Error(`no node ${id}`);
  return node;
};

const isKey = (n: WorldNode): n is KeyNode => n.type === 'key';
const keyNode = (nodes: WorldNode[], id: string): KeyNode => {
  const node = byId(nodes, id);
  if (!isKey(node)) throw new Error(`${id} is not a key node`);
  return node;
};
const isRegion = (n: WorldNode): n is RegionNode => n.type === 'region';
const isService = (n: WorldNode): n is ServiceNode => n.type === 'service';
/** The ids a call's timeline names (`kmsEndpointNodeId`, `cloudTrailNodeId` in ids.ts). */
const kmsEndpointNodeId = (region: string) => `service:${region}:kms`;
const cloudTrailNodeId = (region: string) => `service:${region}:cloudtrail`;

describe('worldGraph', () => {
  it('draws an empty account: boundary, its identities, the selected Region with its services, outside AWS and the partner account', () => {
    const view = createKms().view();
    const { nodes, edges } = worldGraph({ view, selectedRegion: 'eu-west-1' });
    expect(nodes.map((n) => n.id)).toEqual([
      accountNodeId(view.accountId),
      'principal:arn:aws:iam::111122223333:root',
      'principal:arn:aws:sts::111122223333:assumed-role/Admin/alice',
      'principal:arn:aws:sts::111122223333:assumed-role/Developer/bob',
      'principal:arn:aws:sts::111122223333:assumed-role/Application/i-0123456789abcdef0',
      'principal:arn:aws:sts::111122223333:assumed-role/SecurityAuditor/carol',
      regionNodeId('eu-west-1'),
      'service:eu-west-1:kms',
      'service:eu-west-1:cloudtrail',
      'outside-aws',
      accountNodeId('444455556666'),
      'principal:arn:aws:sts::444455556666:assumed-role/PartnerApp/partner-invoices',
    ]);
    expect(edges).toEqual([]);
    const region = byId(nodes, 'region:eu-west-1');
    expect(region.parentId).toBe('account:111122223333');
    expect(region.data).toEqual({
      code: 'eu-west-1',
      keyCount: 0,
      isCurrent: true,
      keysTop: REGION_HEADER,
    });
    expect(region.width).toBe(REGION_MIN_SIZE.width);
  });

  it('puts each key inside its own Region, with ids derived from the model', async () => {
    const kms = createKms();
    const a = await createKey(kms, 'us-east-1', 'app');
    const b = await createKey(kms, 'eu-west-1');
    const { nodes } = worldGraph({ view: kms.view(), selectedRegion: 'us-east-1' });

    expect(nodes.filter(isRegion).map((n) => n.id)).toEqual([
      'region:us-east-1',
      'region:eu-west-1',
    ]);
    const keyA = byId(nodes, keyNodeId('us-east-1', a));
    const keyB = byId(nodes, keyNodeId('eu-west-1', b));
    expect(keyA.id).toBe(`key:us-east-1:${a}`);
    expect(keyA.parentId).toBe('region:us-east-1');
    expect(keyB.parentId).toBe('region:eu-west-1');
    expect(keyA.data).toMatchObject({ keyId: a, region: 'us-east-1', state: 'Enabled' });
    expect(byId(nodes, 'region:eu-west-1').data).toMatchObject({ keyCount: 1, isCurrent: false });
  });

  it('lists every parent before its children', async () => {
    const kms = createKms();
    await createKey(kms, 'sa-east-1');
    await createKey(kms, 'us-west-2');
    await createKey(kms, 'sa-east-1');
    const { nodes } = worldGraph({ view: kms.view(), selectedRegion: 'ap-south-1' });
    const seen = new Set<string>();
    for (const node of nodes) {
      if (node.parentId) expect(seen.has(node.parentId), node.id).toBe(true);
      seen.add(node.id);
    }
    expect(nodes.filter(isRegion).map((n) => n.data.code)).toEqual([
      'us-west-2',
      'ap-south-1',
      'sa-east-1',
    ]);
  });

  it('labels a key by its alias when it has one, else by its short key id', async () => {
    const kms = createKms();
    const named = await createKey(kms, 'us-east-1');
    const plain = await createKey(kms, 'us-east-1');
    await kms.call('CreateAlias', { AliasName: 'alias/zeta', TargetKeyId: named }, {});
    await kms.call('CreateAlias', { AliasName: 'alias/app', TargetKeyId: named }, {});
    const { nodes } = worldGraph({ view: kms.view(), selectedRegion: 'us-east-1' });
    expect(keyNode(nodes, keyNodeId('us-east-1', named)).data).toMatchObject({
      label: 'alias/app',
      aliases: ['alias/app', 'alias/zeta'],
    });
    expect(keyNode(nodes, keyNodeId('us-east-1', plain)).data.label).toBe(`${plain.slice(0, 8)}…`);
  });

  it('shows the key state as data the canvas can put in words', async () => {
    const kms = createKms();
    const keyId = await createKey(kms, 'us-east-1');
    await kms.call('DisableKey', { KeyId: keyId }, {});
    const { nodes } = worldGraph({ view: kms.view(), selectedRegion: 'us-east-1' });
    expect(byId(nodes, keyNodeId('us-east-1', keyId)).data).toMatchObject({ state: 'Disabled' });
  });

  it('lays keys out in rows inside a Region that grows to hold them', async () => {
    const kms = createKms();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(await createKey(kms, 'us-east-1', `k${i}`));
    const { nodes } = worldGraph({ view: kms.view(), selectedRegion: 'us-east-1' });
    const keys = ids.map((id) => byId(nodes, keyNodeId('us-east-1', id)));
    expect(keys[0]?.position).toEqual({ x: REGION_PADDING, y: REGION_HEADER });
    expect(keys[1]?.position.x).toBeGreaterThan(REGION_PADDING + KEY_SIZE.width);
    expect(keys[KEYS_PER_ROW]?.position).toEqual({
      x: REGION_PADDING,
      y: REGION_HEADER + KEY_SIZE.height + KEY_GAP,
    });
    const region = byId(nodes, 'region:us-east-1');
    for (const key of keys) {
      expect(key.position.x + KEY_SIZE.width).toBeLessThanOrEqual(region.width ?? 0);
      expect(key.position.y + KEY_SIZE.height).toBeLessThanOrEqual(region.height ?? 0);
    }
  });

  it('keeps dragged positions, but never lets a key leave its Region', async () => {
    const kms = createKms();
    const keyId = await createKey(kms, 'us-east-1');
    const id = keyNodeId('us-east-1', keyId);
    const view = kms.view();

    const far = worldGraph({
      view,
      selectedRegion: 'us-east-1',
      positions: { [id]: { x: 600, y: 400 } },
    }).nodes;
    expect(byId(far, id).position).toEqual({ x: 600, y: 400 });
    expect(byId(far, 'region:us-east-1').width).toBe(600 + KEY_SIZE.width + REGION_PADDING);
    expect(byId(far, 'region:us-east-1').height).toBe(400 + KEY_SIZE.height + REGION_PADDING);

    const out = worldGraph({
      view,
      selectedRegion: 'us-east-1',
      positions: { [id]: { x: -50, y: 3 } },
    }).nodes;
    expect(byId(out, id).position).toEqual({ x: REGION_PADDING, y: REGION_HEADER });
  });

  it('places the next Region after a Region that grew', async () => {
    const kms = createKms();
    const keyId = await createKey(kms, 'us-east-1');
    await createKey(kms, 'eu-west-1');
    const view: WorldView = kms.view();
    const before = worldGraph({ view, selectedRegion: 'us-east-1' }).nodes;
    const after = worldGraph({
      view,
      selectedRegion: 'us-east-1',
      positions: { [keyNodeId('us-east-1', keyId)]: { x: 500, y: REGION_HEADER } },
    }).nodes;
    const shift =
      (byId(after, 'region:us-east-1').width ?? 0) - (byId(before, 'region:us-east-1').width ?? 0);
    expect(shift).toBeGreaterThan(0);
    expect(byId(after, 'region:eu-west-1').position.x).toBe(
      byId(before, 'region:eu-west-1').position.x + shift,
    );
    const account = byId(after, 'account:111122223333');
    expect(account.width).toBeGreaterThan(byId(before, 'account:111122223333').width ?? 0);
  });

  it('marks selected nodes and gives every node a fixed, measured size', async () => {
    const kms = createKms();
    const keyId = await createKey(kms, 'us-east-1');
    const id = keyNodeId('us-east-1', keyId);
    const { nodes } = worldGraph({
      view: kms.view(),
      selectedRegion: 'us-east-1',
      selectedNodeIds: [id],
    });
    expect(byId(nodes, id).selected).toBe(true);
    expect(byId(nodes, 'region:us-east-1').selected).toBe(false);
    for (const node of nodes) {
      expect(node.measured).toEqual({ width: node.width, height: node.height });
    }
    expect(byId(nodes, 'account:111122223333')).toMatchObject({
      draggable: false,
      selectable: false,
    });
  });

  it('is pure: the same input gives equal output', async () => {
    const kms = createKms();
    await createKey(kms, 'ap-northeast-1');
    const input = { view: kms.view(), selectedRegion: 'us-east-1' };
    expect(worldGraph(input)).toEqual(worldGraph(input));
  });
});

const rectOf = (n: WorldNode): Rect => ({
  ...n.position,
  width: n.width ?? 0,
  height: n.height ?? 0,
});

/** Every pair of siblings (same parent) that share area. */
function overlapping(nodes: WorldNode[]): string[] {
  const found: string[] = [];
  for (const a of nodes) {
    for (const b of nodes) {
      if (a.id < b.id && a.parentId === b.parentId && overlaps(rectOf(a), rectOf(b))) {
        found.push(`${a.id} × ${b.id}`);
      }
    }
  }
  return found;
}

describe('worldGraph: ids, principals, hidden Regions, placement', () => {
  async function worldWithKeys(perRegion: Record<string, number>) {
    const kms = createKms();
    const ids: Record<string, string[]> = {};
    for (const [region, count] of Object.entries(perRegion)) {
      ids[region] = [];
      for (let i = 0; i < count; i++) ids[region].push(await createKey(kms, region));
    }
    return { kms, ids };
  }

  it('keeps every node id when keys are added elsewhere or nodes move', async () => {
    const { kms, ids } = await worldWithKeys({ 'us-east-1': 2, 'eu-west-1': 1 });
    const before = worldGraph({ view: kms.view(), selectedRegion: 'us-east-1' }).nodes;
    await createKey(kms, 'eu-west-1');
    const moved = keyNodeId('us-east-1', ids['us-east-1']?.[0] ?? '');
    const after = worldGraph({
      view: kms.view(),
      selectedRegion: 'us-east-1',
      positions: { [moved]: { x: 400, y: 300 } },
    }).nodes;
    const afterIds = new Set(after.map((n) => n.id));
    for (const node of before) expect(afterIds.has(node.id), node.id).toBe(true);
    expect(after.length).toBe(before.length + 1);
    // Keys the user did not move keep their place.
    const still = keyNodeId('us-east-1', ids['us-east-1']?.[1] ?? '');
    expect(byId(after, still).position).toEqual(byId(before, still).position);
  });

  it('shows the root user as "you" and the party outside AWS, outside every Region', () => {
    const view = createKms().view();
    const { nodes } = worldGraph({ view, selectedRegion: 'us-east-1' });
    const root = byId(nodes, principalNodeId('arn:aws:iam::111122223333:root'));
    expect(root).toMatchObject({
      type: 'principal',
      parentId: accountNodeId(view.accountId),
      data: { kind: 'root', isCaller: true, name: '111122223333', identity: 'root' },
    });
    const outside = byId(nodes, OUTSIDE_AWS_NODE_ID);
    expect(outside.type).toBe('outside');
    expect(outside.parentId).toBeUndefined();
    // Outside AWS: entirely left of the account boundary.
    expect(outside.position.x + (outside.width ?? 0)).toBeLessThan(0);
    expect(overlapping(nodes)).toEqual([]);
  });

  it('hides the Regions the user hid, shows empty ones they chose, never hides the selected one', async () => {
    const { kms } = await worldWithKeys({ 'us-east-1': 1, 'eu-west-1': 1, 'sa-east-1': 1 });
    const regions = (regionVisibility: Record<string, boolean>) =>
      worldGraph({ view: kms.view(), selectedRegion: 'us-east-1', regionVisibility })
        .nodes.filter(isRegion)
        .map((n) => n.data.code);
    expect(regions({})).toEqual(['us-east-1', 'eu-west-1', 'sa-east-1']);
    expect(regions({ 'eu-west-1': false })).toEqual(['us-east-1', 'sa-east-1']);
    expect(regions({ 'us-east-1': false })).toEqual(['us-east-1', 'eu-west-1', 'sa-east-1']);
    expect(regions({ 'ap-south-1': true })).toEqual([
      'us-east-1',
      'eu-west-1',
      'ap-south-1',
      'sa-east-1',
    ]);
    // A hidden Region's keys are not drawn either.
    const { nodes } = worldGraph({
      view: kms.view(),
      selectedRegion: 'us-east-1',
      regionVisibility: { 'eu-west-1': false },
    });
    expect(nodes.some((n) => n.id.startsWith('key:eu-west-1:'))).toBe(false);
  });

  it('places a new key next to (not on) a key the user dragged onto its place', async () => {
    const { kms, ids } = await worldWithKeys({ 'us-east-1': 3 });
    const [first = ''] = ids['us-east-1'] ?? [];
    // The user drags the first key to where the 4th key would go, slightly off the grid.
    const slot4 = { x: REGION_PADDING + 20, y: REGION_HEADER + KEY_SIZE.height + KEY_GAP + 10 };
    const positions = { [keyNodeId('us-east-1', first)]: slot4 };
    for (let i = 0; i < 5; i++) await createKey(kms, 'us-east-1');
    const { nodes } = worldGraph({ view: kms.view(), selectedRegion: 'us-east-1', positions });
    expect(byId(nodes, keyNodeId('us-east-1', first)).position).toEqual(slot4);
    expect(nodes.filter(isKey)).toHaveLength(8);
    expect(overlapping(nodes)).toEqual([]);
  });

  it('places Regions and principals around a Region the user dragged', async () => {
    const { kms } = await worldWithKeys({ 'us-east-1': 4, 'eu-west-1': 2, 'sa-east-1': 1 });
    // The user drags eu-west-1 to the top-left corner, where "you" and us-east-1 stand.
    const positions = { [regionNodeId('eu-west-1')]: { x: 30, y: 50 } };
    const { nodes } = worldGraph({ view: kms.view(), selectedRegion: 'us-east-1', positions });
    expect(byId(nodes, regionNodeId('eu-west-1')).position).toEqual({ x: 30, y: 50 });
    expect(overlapping(nodes)).toEqual([]);
  });

  it('never overlaps anything in a big world with many dragged nodes', async () => {
    const { syntheticWorld } = await import('./syntheticWorld');
    const view = syntheticWorld({ keys: 300, regions: 10 });
    const first = worldGraph({ view, selectedRegion: 'us-east-1' }).nodes;
    expect(overlapping(first)).toEqual([]);
    // Drag every 9th key somewhere arbitrary inside its Region.
    const positions: Record<string, { x: number; y: number }> = {};
    first.filter(isKey).forEach((n, i) => {
      if (i % 9 === 0) positions[n.id] = { x: 40 + ((i * 37) % 500), y: 60 + ((i * 53) % 700) };
    });
    const dragged = Object.keys(positions);
    const { nodes } = worldGraph({ view, selectedRegion: 'us-east-1', positions });
    // Overlaps only among the user's own arrangement, never with a node placed for them.
    const auto = overlapping(nodes).filter(
      (pair) =>
        !dragged.some((id) => pair.startsWith(`${id} ×`)) ||
        !dragged.some((id) => pair.endsWith(`× ${id}`)),
    );
    expect(auto).toEqual([]);
    expect(nodes.filter(isKey)).toHaveLength(300);
    expect(nodes.filter(isRegion)).toHaveLength(10);
  });
});

describe('worldGraph: Regional services', () => {
  async function world() {
    const kms = createKms();
    for (const region of ['us-east-1', 'eu-west-1', 'eu-west-1', 'sa-east-1']) {
      for (let i = 0; i < (region === 'us-east-1' ? 5 : 1); i++) await createKey(kms, region);
    }
    return kms.view();
  }

  it('gives every visible Region its KMS endpoint and its CloudTrail, fixed inside it', async () => {
    const view = await world();
    const { nodes } = worldGraph({
      view,
      selectedRegion: 'us-east-1',
      regionVisibility: { 'ap-south-1': true },
    });
    const regions = nodes.filter(isRegion);
    expect(regions.map((r) => r.data.code)).toEqual([
      'us-east-1',
      'eu-west-1',
      'ap-south-1',
      'sa-east-1',
    ]);
    expect(nodes.filter(isService)).toHaveLength(2 * regions.length);
    for (const region of regions) {
      const code = region.data.code;
      const endpoint = byId(nodes, kmsEndpointNodeId(code));
      const trail = byId(nodes, cloudTrailNodeId(code));
      expect(endpoint).toMatchObject({
        type: 'service',
        parentId: region.id,
        draggable: false,
        deletable: false,
        connectable: false,
        data: { region: code, service: 'kms' },
        ...SERVICE_SIZE.kms,
      });
      expect(trail).toMatchObject({
        type: 'service',
        parentId: region.id,
        draggable: false,
        data: { region: code, service: 'cloudtrail' },
        ...SERVICE_SIZE.cloudtrail,
      });
      // In a row, the endpoint first, both under the title and above every key.
      expect(trail.position.y).toBe(endpoint.position.y);
      expect(trail.position.x).toBeGreaterThanOrEqual(endpoint.position.x + (endpoint.width ?? 0));
      for (const service of [endpoint, trail]) {
        expect(service.measured).toEqual({ width: service.width, height: service.height });
        expect(service.position.x).toBeGreaterThanOrEqual(REGION_PADDING);
        expect(service.position.y).toBeGreaterThan(0);
        expect(service.position.y + (service.height ?? 0)).toBeLessThanOrEqual(REGION_HEADER);
        expect(service.position.x + (service.width ?? 0)).toBeLessThanOrEqual(
          (region.width ?? 0) - REGION_PADDING,
        );
        expect(service.position.y + (service.height ?? 0)).toBeLessThanOrEqual(region.height ?? 0);
      }
    }
    expect(overlapping(nodes)).toEqual([]);
  });

  it('fits both services side by side in the smallest Region', () => {
    const row =
      REGION_PADDING +
      SERVICE_SIZE.kms.width +
      SERVICE_GAP +
      SERVICE_SIZE.cloudtrail.width +
      REGION_PADDING;
    expect(row).toBeLessThanOrEqual(REGION_MIN_SIZE.width);
    const { nodes } = worldGraph({ view: createKms().view(), selectedRegion: 'eu-west-1' });
    expect(overlapping(nodes)).toEqual([]);
  });

  it('keeps keys below the services, even keys dragged up onto them', async () => {
    const view = await world();
    const [key] = worldGraph({ view, selectedRegion: 'us-east-1' }).nodes.filter(
      (n) => isKey(n) && n.data.region === 'us-east-1',
    );
    if (!key) throw new Error('no key');
    const { nodes } = worldGraph({
      view,
      selectedRegion: 'us-east-1',
      positions: { [key.id]: { x: REGION_PADDING, y: 0 } },
    });
    expect(byId(nodes, key.id).position.y).toBe(REGION_HEADER);
    expect(overlapping(nodes)).toEqual([]);
  });

  it('draws no services for a hidden Region', async () => {
    const view = await world();
    const { nodes } = worldGraph({
      view,
      selectedRegion: 'us-east-1',
      regionVisibility: { 'eu-west-1': false },
    });
    expect(nodes.some((n) => n.id.startsWith('service:eu-west-1:'))).toBe(false);
    expect(nodes.filter(isService).map((n) => n.id)).toEqual([
      kmsEndpointNodeId('us-east-1'),
      cloudTrailNodeId('us-east-1'),
      kmsEndpointNodeId('sa-east-1'),
      cloudTrailNodeId('sa-east-1'),
    ]);
  });

  it('keeps the services in place when their Region is dragged', async () => {
    const view = await world();
    const before = worldGraph({ view, selectedRegion: 'us-east-1' }).nodes;
    const after = worldGraph({
      view,
      selectedRegion: 'us-east-1',
      positions: {
        [regionNodeId('sa-east-1')]: { x: 900, y: 700 },
        // A service is not draggable; a stray stored position is ignored.
        [kmsEndpointNodeId('us-east-1')]: { x: 300, y: 300 },
      },
    }).nodes;
    for (const id of [kmsEndpointNodeId('sa-east-1'), kmsEndpointNodeId('us-east-1')]) {
      expect(byId(after, id).position).toEqual(byId(before, id).position);
    }
  });
});
