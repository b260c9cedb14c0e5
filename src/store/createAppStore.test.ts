import { describe, expect, it } from 'vitest';
import { createKms } from '../engine';
import { createAppStore } from './createAppStore';
import { RECORD_LIMIT } from './worldSlice';

describe('the app store', () => {
  it('holds the engine and a view of it that follows every call', async () => {
    const kms = createKms();
    const store = createAppStore({ kms });
    expect(store.getState().kms).toBe(kms);
    const before = store.getState().view;
    expect(before.regions.every((r) => r.keys.length === 0)).toBe(true);

    const record = await store.getState().call('CreateKey', { Description: 'd' }, 'eu-west-1');
    expect(record.error).toBeUndefined();
    const after = store.getState().view;
    expect(after).not.toBe(before);
    expect(after.regions.find((r) => r.code === 'eu-west-1')?.keys).toHaveLength(1);
    expect(store.getState().records.at(-1)).toBe(record);
  });

  it('keeps the same view after calls that change nothing (reads, failures)', async () => {
    const store = createAppStore();
    const created = await store.getState().call('CreateKey', {}, 'us-east-1');
    const view = store.getState().view;
    const keyId = created.output!.KeyMetadata!.KeyId!;
    await store.getState().call('DescribeKey', { KeyId: keyId }, 'us-east-1');
    await store.getState().call('EnableKey', { KeyId: 'alias/none' }, 'us-east-1');
    expect(store.getState().view).toBe(view);
    expect(store.getState().records).toHaveLength(3);
    await store.getState().call('DisableKey', { KeyId: keyId }, 'us-east-1');
    expect(store.getState().view).not.toBe(view);
  });

  it('sees calls made on the engine directly, too', async () => {
    const kms = createKms();
    const store = createAppStore({ kms });
    await kms.call('CreateKey', {}, { region: 'sa-east-1' });
    expect(store.getState().view.regions.find((r) => r.code === 'sa-east-1')?.keys).toHaveLength(1);
  });

  it('keeps only the latest records', async () => {
    const store = createAppStore();
    for (let i = 0; i < RECORD_LIMIT + 5; i++) {
      await store.getState().call('GenerateRandom', { NumberOfBytes: 1 }, 'us-east-1');
    }
    expect(store.getState().records).toHaveLength(RECORD_LIMIT);
  });

  it('remembers dragged positions and the canvas selection', () => {
    const store = createAppStore();
    store.getState().moveNode('region:us-east-1', { x: 40, y: 60 });
    expect(store.getState().positions).toEqual({ 'region:us-east-1': { x: 40, y: 60 } });
    store.getState().setNodeSelected('a', true);
    store.getState().setNodeSelected('b', true);
    store.getState().setNodeSelected('a', true);
    expect(store.getState().selectedNodeIds).toEqual(['b', 'a']);
    store.getState().setNodeSelected('b', false);
    expect(store.getState().selectedNodeIds).toEqual(['a']);
  });
});
