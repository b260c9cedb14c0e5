import { describe, expect, it } from 'vitest';
import { paginate } from './paging';

const items = ['a', 'b', 'c', 'd', 'e'];
const id = (s: string) => s;

describe('paginate', () => {
  it('walks every item exactly once, page by page', () => {
    const seen: string[] = [];
    let marker: string | undefined;
    do {
      const page = paginate(items, id, 2, marker, 100);
      seen.push(...page.items);
      expect(page.Truncated).toBe(page.NextMarker !== undefined);
      marker = page.NextMarker;
    } while (marker);
    expect(seen).toEqual(items);
  });

  it('refuses a marker it did not hand out', () => {
    expect(() => paginate(items, id, 2, 'garbage!', 100)).toThrow(
      expect.objectContaining({ name: 'InvalidMarkerException' }),
    );
    expect(() => paginate(items, id, 2, btoa('zzz'), 100)).toThrow(
      expect.objectContaining({ name: 'InvalidMarkerException' }),
    );
  });
});
