import { describe, expect, it } from 'vitest';
import { createKms, type Kms, type WorldView } from '../engine';
import { accountNodeId, keyNodeId, regionNodeId } from './ids';
import { KEY_SIZE, REGION_HEADER, REGION_MIN_SIZE, REGION_PADDING } from './layout';
import type { KeyNode, RegionNode, WorldNode } from './nodes';
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

describe('worldGraph', () => {
  it('draws an empty account as the account boundary and the selected Region only', () => {
    const view = createKms().view();
    const { nodes, edges } = worldGraph({ view, selectedRegion: 'eu-west-1' });
    expect(nodes.map((n) => n.id)).toEqual([
      accountNodeId(view.accountId),
      regionNodeId('eu-west-1'),
    ]);
    expect(edges).toEqual([]);
    const region = byId(nodes, 'region:eu-west-1');
    expect(region.parentId).toBe('account:111122223333');
    expect(region.data).toEqual({ code: 'eu-west-1', keyCount: 0, isCurrent: true });
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

  it('lays keys out in columns inside a Region that grows to hold them', async () => {
    const kms = createKms();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(await createKey(kms, 'us-east-1', `k${i}`));
    const { nodes } = worldGraph({ view: kms.view(), selectedRegion: 'us-east-1' });
    const keys = ids.map((id) => byId(nodes, keyNodeId('us-east-1', id)));
    expect(keys[0]?.position).toEqual({ x: REGION_PADDING, y: REGION_HEADER });
    expect(keys[4]?.position.x).toBeGreaterThan(REGION_PADDING + KEY_SIZE.width);
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
