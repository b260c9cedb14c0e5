import { describe, expect, it } from 'vitest';
import { createAppStore } from './createAppStore';
import { keyRefOfNode } from './inspectorSlice';

describe('inspector slice', () => {
  it('reads a key node id', () => {
    expect(keyRefOfNode('key:eu-west-1:1234abcd')).toEqual({
      region: 'eu-west-1',
      keyId: '1234abcd',
    });
    expect(keyRefOfNode('region:eu-west-1')).toBeUndefined();
  });

  it('inspects the key newly selected on the canvas and opens the inspector', () => {
    const store = createAppStore();
    expect(store.getState().sideSection).toBe('try');
    store.getState().setNodeSelected('region:us-east-1', true);
    expect(store.getState().inspected).toBeUndefined();
    store.getState().setNodeSelected('key:us-east-1:k1', true);
    expect(store.getState().inspected).toEqual({ region: 'us-east-1', keyId: 'k1' });
    expect(store.getState().sideSection).toBe('inspector');
    store.getState().openSideSection('operations');
    store.getState().setNodeSelected('key:us-east-1:k1', false);
    expect(store.getState().inspected).toEqual({ region: 'us-east-1', keyId: 'k1' });
    store.getState().inspectKey({ region: 'sa-east-1', keyId: 'k2' });
    expect(store.getState().inspected).toEqual({ region: 'sa-east-1', keyId: 'k2' });
  });

  it('keeps the canvas selection on the inspected key, so clicking a key always inspects it', () => {
    const store = createAppStore();
    store.getState().setNodeSelected('key:us-east-1:a', true);
    store.getState().inspectKey({ region: 'us-east-1', keyId: 'b' });
    expect(store.getState().selectedNodeIds).toEqual(['key:us-east-1:b']);
    store.getState().setNodeSelected('key:us-east-1:a', true);
    expect(store.getState().inspected).toEqual({ region: 'us-east-1', keyId: 'a' });
  });
});
