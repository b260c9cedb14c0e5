import { describe, expect, it } from 'vitest';
import { createAppStore } from './createAppStore';
import { canvasLayout } from './canvasSlice';

describe('canvas slice', () => {
  it('keeps moves and Region visibility as plain data, ready to save and restore', () => {
    const store = createAppStore();
    const { moveNode, setRegionVisible } = store.getState();
    moveNode('key:us-east-1:abc', { x: 10, y: 20 });
    setRegionVisible('eu-west-1', false);
    const layout = canvasLayout(store.getState());
    expect(layout).toEqual({
      positions: { 'key:us-east-1:abc': { x: 10, y: 20 } },
      regionVisibility: { 'eu-west-1': false },
    });
    expect(structuredClone(layout)).toEqual(layout);
    expect(JSON.parse(JSON.stringify(layout))).toEqual(layout);

    const other = createAppStore();
    other.getState().setCanvasLayout(JSON.parse(JSON.stringify(layout)));
    expect(canvasLayout(other.getState())).toEqual(layout);
  });

  it('drops malformed entries when restoring a layout', () => {
    const store = createAppStore();
    store.getState().setCanvasLayout({
      positions: { good: { x: 1, y: 2 }, bad: { x: 'no' }, worse: null } as never,
      regionVisibility: { 'us-east-1': true, 'eu-west-1': 'yes' } as never,
    });
    expect(canvasLayout(store.getState())).toEqual({
      positions: { good: { x: 1, y: 2 } },
      regionVisibility: { 'us-east-1': true },
    });
  });
});
