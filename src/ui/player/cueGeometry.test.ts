import { describe, expect, it } from 'vitest';
import { borderPoint, travelPath, travelPoints } from './cueGeometry';

const box = { x: 0, y: 0, width: 100, height: 50 };

describe('cue geometry', () => {
  it('leaves a box through the side facing the other node', () => {
    expect(borderPoint(box, { x: 500, y: 25 })).toEqual({ x: 100, y: 25 });
    expect(borderPoint(box, { x: 50, y: -300 })).toEqual({ x: 50, y: 0 });
    expect(borderPoint(box, { x: 50, y: 25 })).toEqual({ x: 50, y: 25 });
  });

  it('runs from border to border, and back along a different curve', () => {
    const far = { x: 300, y: 0, width: 100, height: 50 };
    const there = travelPath(box, far);
    expect(there.startsWith('M 100 25 Q')).toBe(true);
    expect(there.endsWith('300 25')).toBe(true);
    const back = travelPath(far, box);
    expect(back.startsWith('M 300 25 Q')).toBe(true);
    // Bowed to the left of the direction of travel: the two control points differ.
    expect(back.split('Q')[1]).not.toEqual(there.split('Q')[1]);
  });

  it('samples the same curve from its start to its end', () => {
    const far = { x: 300, y: 0, width: 100, height: 50 };
    const points = travelPoints(box, far, 4, 1);
    expect(points).toHaveLength(5);
    expect(points[0]).toEqual({ x: 100, y: 25 });
    expect(points.at(-1)).toEqual({ x: 300, y: 25 });
    // Halfway along, the curve has bowed away from the straight line between the nodes.
    expect(points[2]!.x).toBe(200);
    expect(points[2]!.y).not.toBe(25);
  });

  it('stops the token short of the node it travels to', () => {
    const far = { x: 300, y: 0, width: 100, height: 50 };
    const end = travelPoints(box, far).at(-1)!;
    expect(end.x).toBeLessThan(300);
    expect(end.x).toBeGreaterThan(250);
  });
});
