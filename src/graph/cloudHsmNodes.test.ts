import { describe, expect, it } from 'vitest';
import type { Kms, OperationRecord } from '../engine';
import { connectedStore, must, readyCluster, START } from '../engine/cloudhsm/testKit';
import { createKms } from '../engine';
import { captionOf } from './narration';
import { clusterNodeId, hsmNodeId, keyNodeId, keyStoreNodeId, regionNodeId } from './ids';
import { overlaps, type Rect } from './layout';
import type { WorldNode } from './nodes';
import { timelineOf } from './timeline';
import { worldGraph } from './worldGraph';

const rect = (n: WorldNode): Rect => ({
  ...n.position,
  width: n.width ?? 0,
  height: n.height ?? 0,
});

/** No two nodes with the same parent share any area, and every child fits in its parent. */
function expectNoOverlaps(nodes: WorldNode[]) {
  const byParent = new Map<string, WorldNode[]>();
  for (const n of nodes)
    byParent.set(n.parentId ?? '', [...(byParent.get(n.parentId ?? '') ?? []), n]);
  for (const [parentId, siblings] of byParent) {
    for (let i = 0; i < siblings.length; i++)
      for (let j = i + 1; j < siblings.length; j++)
        expect(
          overlaps(rect(siblings[i]!), rect(siblings[j]!)),
          `${siblings[i]!.id} overlaps ${siblings[j]!.id}`,
        ).toBe(false);
    const parent = nodes.find((n) => n.id === parentId);
    if (!parent) continue;
    for (const child of siblings) {
      expect(child.position.x + (child.width ?? 0)).toBeLessThanOrEqual(parent.width ?? 0);
      expect(child.position.y + (child.height ?? 0)).toBeLessThanOrEqual(parent.height ?? 0);
    }
  }
}

async function storeKeys(kms: Kms, storeId: string, count: number) {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const out = await must(
      kms.call(
        'CreateKey',
        { Origin: 'AWS_CLOUDHSM', CustomKeyStoreId: storeId },
        { region: 'us-east-1' },
      ),
    );
    ids.push(out.KeyMetadata!.KeyId!);
  }
  return ids;
}

describe('CloudHSM on the canvas', () => {
  it('draws nothing of CloudHSM in a Region without clusters', () => {
    const kms = createKms({ startTime: START });
    const { nodes } = worldGraph({ view: kms.view(), selectedRegion: 'us-east-1' });
    expect(
      nodes.some((n) => n.type === 'cluster' || n.type === 'hsm' || n.type === 'keyStore'),
    ).toBe(false);
  });

  it('draws a new cluster with one empty slot per zone, and shows its Region', async () => {
    const kms = createKms({ startTime: START });
    const { clusterId } = await kms.createCloudHsmCluster({ region: 'eu-west-1' });
    const { nodes } = worldGraph({ view: kms.view(), selectedRegion: 'us-east-1' });
    expect(nodes.find((n) => n.id === clusterNodeId('eu-west-1', clusterId))?.parentId).toBe(
      regionNodeId('eu-west-1'),
    );
    const slots = nodes.filter((n) => n.type === 'hsm');
    expect(slots).toHaveLength(3);
    expect(slots.every((n) => n.type === 'hsm' && n.data.hsmId === undefined)).toBe(true);
    expect(slots[0]!.id).toBe(hsmNodeId(clusterId, 'eu-west-1a'));
  });

  it('draws three HSMs, the store in front and ten keys in it without overlaps', async () => {
    const { kms, clusterId, storeId } = await connectedStore();
    await kms.createCloudHsmHsm(clusterId, 'us-east-1c');
    const keyIds = await storeKeys(kms, storeId, 10);
    const view = kms.view();
    const { nodes } = worldGraph({ view, selectedRegion: 'us-east-1' });
    const hsms = view.regions.find((r) => r.code === 'us-east-1')!.cloudHsmClusters![0]!.hsms;
    expect(hsms).toHaveLength(3);
    for (const h of hsms)
      expect(nodes.some((n) => n.id === hsmNodeId(clusterId, h.hsmId))).toBe(true);
    const store = nodes.find((n) => n.id === keyStoreNodeId('us-east-1', storeId));
    expect(store?.type === 'keyStore' && store.data.keys).toHaveLength(10);
    expect(store?.type === 'keyStore' && store.data.connectionState).toBe('CONNECTED');
    // In front of the cluster: left of its frame, in the same row.
    const frame = nodes.find((n) => n.id === clusterNodeId('us-east-1', clusterId))!;
    expect(store!.position.x + (store!.width ?? 0)).toBeLessThanOrEqual(frame.position.x);
    // Below every key.
    const key = nodes.find((n) => n.id === keyNodeId('us-east-1', keyIds[9]!))!;
    expect(key.type === 'key' && key.data.keyStore).toBe('lab-store');
    expect(frame.position.y).toBeGreaterThanOrEqual(key.position.y + (key.height ?? 0));
    expectNoOverlaps(nodes);
  });

  it('draws a dragged key elsewhere without the cluster landing on it', async () => {
    const { kms, storeId } = await connectedStore();
    const [keyId] = await storeKeys(kms, storeId, 1);
    const { nodes } = worldGraph({
      view: kms.view(),
      selectedRegion: 'us-east-1',
      positions: { [keyNodeId('us-east-1', keyId!)]: { x: 40, y: 400 } },
    });
    expectNoOverlaps(nodes);
  });

  it('shows a disconnected store and its key as Unavailable', async () => {
    const { kms, storeId } = await connectedStore();
    const [keyId] = await storeKeys(kms, storeId, 1);
    await must(
      kms.call('DisconnectCustomKeyStore', { CustomKeyStoreId: storeId }, { region: 'us-east-1' }),
    );
    const { nodes } = worldGraph({ view: kms.view(), selectedRegion: 'us-east-1' });
    const key = nodes.find((n) => n.id === keyNodeId('us-east-1', keyId!));
    expect(key?.type === 'key' && key.data.state).toBe('Unavailable');
    const store = nodes.find((n) => n.id === keyStoreNodeId('us-east-1', storeId));
    expect(store?.type === 'keyStore' && store.data.connectionState).toBe('DISCONNECTED');
  });
});

describe('CloudHSM in a call’s timeline and narration', () => {
  async function encryptInStore() {
    const { kms, clusterId, storeId } = await connectedStore();
    const [keyId] = await storeKeys(kms, storeId, 1);
    const record = (await kms.call(
      'Encrypt',
      { KeyId: keyId!, Plaintext: new TextEncoder().encode('hola') },
      { region: 'us-east-1' },
    )) as OperationRecord;
    return { kms, clusterId, record };
  }

  it('lights the HSM that did the work, not the key', async () => {
    const { kms, clusterId, record } = await encryptInStore();
    const hsm = kms.cloudHsmClusters('us-east-1')[0]!.hsms[0]!;
    const step = record.trace.findIndex((s) => s.type === 'material');
    const cue = timelineOf(record).cues[step]!;
    expect(cue.kind === 'highlight' && cue.at).toBe(hsmNodeId(clusterId, hsm.hsmId));
    // …a node the canvas draws.
    const { nodes } = worldGraph({ view: kms.view(), selectedRegion: 'us-east-1' });
    expect(nodes.some((n) => cue.kind === 'highlight' && n.id === cue.at)).toBe(true);
  });

  it('names the HSM, its cluster and its zone', async () => {
    const { kms, clusterId, record } = await encryptInStore();
    const hsm = kms.cloudHsmClusters('us-east-1')[0]!.hsms[0]!;
    const step = record.trace.findIndex((s) => s.type === 'material');
    const zone = (c: string, h: string) =>
      c === clusterId && h === hsm.hsmId ? 'us-east-1a' : undefined;
    expect(captionOf(record, step, zone)).toEqual({
      key: 'hsmEncrypt',
      values: expect.objectContaining({ hsm: hsm.hsmId, cluster: clusterId, zone: 'us-east-1a' }),
    });
    // Without the world at hand, the Region stands for the zone.
    expect(captionOf(record, step).values.zone).toBe('us-east-1');
  });

  it('narrates a store’s changes as a store’s, and plays them at its node', async () => {
    const kms = createKms({ startTime: START });
    const { clusterId, trustAnchor } = await readyCluster(kms);
    const created = (await kms.call(
      'CreateCustomKeyStore',
      {
        CustomKeyStoreName: 's',
        CloudHsmClusterId: clusterId,
        TrustAnchorCertificate: trustAnchor,
        KeyStorePassword: 'kmsuser-secret',
      },
      { region: 'us-east-1' },
    )) as OperationRecord;
    const step = created.trace.findIndex((s) => s.type === 'change');
    const id = (created.output as { CustomKeyStoreId: string }).CustomKeyStoreId;
    expect(captionOf(created, step)).toEqual({
      key: 'storeCreated',
      values: { store: id, what: 'created', region: 'us-east-1' },
    });
    const cue = timelineOf(created).cues[step]!;
    expect(cue.kind === 'highlight' && cue.at).toBe(keyStoreNodeId('us-east-1', id));
  });
});
