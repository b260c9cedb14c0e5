import { describe, expect, it } from 'vitest';
import {
  cloudTrailNodeId,
  keyNodeId,
  kmsEndpointNodeId,
  principalNodeId,
  regionNodeId,
} from '../graph';
import { createAppStore } from './createAppStore';
import { NAMED_VIEWS } from './namedViews';

describe('named views', () => {
  it('each has its own id, and texts in both languages (checked by the i18n types)', () => {
    const ids = NAMED_VIEWS.map((v) => v.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('each entry names the same id and Region as the view its code loads', async () => {
    for (const entry of NAMED_VIEWS) {
      const view = await entry.load();
      expect([view.id, view.region]).toEqual([entry.id, entry.region]);
    }
  });

  it('opening a view selects its Region and frames its nodes, without any call', async () => {
    const store = createAppStore();
    await store.getState().openView('envelope');
    const { selectedRegion, focusRequest, activeView, records, view } = store.getState();
    expect(selectedRegion).toBe('eu-west-1');
    expect(activeView).toBe('envelope');
    expect(records).toEqual([]);
    expect(focusRequest).toEqual({
      seq: 1,
      nodeIds: [
        principalNodeId(`arn:aws:iam::${view.accountId}:root`),
        kmsEndpointNodeId('eu-west-1'),
        regionNodeId('eu-west-1'),
        cloudTrailNodeId('eu-west-1'),
      ],
    });
    await store.getState().openView('envelope');
    expect(store.getState().focusRequest?.seq).toBe(2);
  });

  it('frames the key once the run has created it', async () => {
    const store = createAppStore();
    await store.getState().runView('symmetric');
    const keyId = store.getState().view.regions.find((r) => r.code === 'us-east-1')?.keys[0]?.keyId;
    expect(store.getState().focusRequest?.nodeIds).toContain(keyNodeId('us-east-1', keyId ?? ''));
  });

  it('refuses a run while another is in progress', async () => {
    const store = createAppStore();
    const first = store.getState().runView('symmetric');
    expect(store.getState().viewRunning).toBe('symmetric');
    expect(await store.getState().runView('rotation')).toBeUndefined();
    expect(await first).toEqual({ ok: true });
    expect(store.getState().viewRunning).toBeUndefined();
    expect(store.getState().records.some((r) => r.region === 'eu-central-1')).toBe(false);
  });
});

describe('named views and the identity acted as', () => {
  it('run as the root user even while the learner acts as the Developer', async () => {
    const store = createAppStore();
    store.getState().actAs('developer');
    expect(await store.getState().runView('symmetric')).toEqual({ ok: true });
    const rootArn = `arn:aws:iam::${store.getState().view.accountId}:root`;
    expect(store.getState().records.every((r) => r.principal === rootArn)).toBe(true);
    // The learner's own calls still go out as the Developer.
    const own = await store.getState().call('ListKeys', {}, 'us-east-1');
    expect(own.principal).toMatch(/:assumed-role\/Developer\//);
  });
});
