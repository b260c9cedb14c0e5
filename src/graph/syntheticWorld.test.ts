import { describe, expect, it } from 'vitest';
import { parseBenchSpec, syntheticWorld } from './syntheticWorld';

describe('syntheticWorld (benchmark only)', () => {
  it('reads the URL parameter and refuses anything else', () => {
    expect(parseBenchSpec('keys:1000,regions:10')).toEqual({ keys: 1000, regions: 10 });
    expect(parseBenchSpec('keys:10')).toEqual({ keys: 10, regions: 1 });
    expect(parseBenchSpec(null)).toBeNull();
    expect(parseBenchSpec('keys:lots')).toBeNull();
    expect(parseBenchSpec('keys:10,regions:99')).toBeNull();
  });

  it('spreads the keys over the Regions, with unique ids', () => {
    const view = syntheticWorld({ keys: 1000, regions: 10 });
    expect(view.regions).toHaveLength(10);
    expect(view.regions.every((r) => r.keys.length === 100)).toBe(true);
    const ids = view.regions.flatMap((r) => r.keys.map((k) => k.keyId));
    expect(new Set(ids).size).toBe(1000);
  });
});
