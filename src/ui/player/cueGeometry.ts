/**
 * Where a cue is drawn, in canvas coordinates: the box of a node, and the path something
 * travels along from one node's border to another's — a gentle curve, so a request and its
 * answer between the same two nodes are told apart by direction, not hidden by each other.
 */
import type { Point, Rect } from '../../graph';

export const centerOf = (r: Rect): Point => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

/** Where the line from the rectangle's centre towards `toward` leaves the rectangle. */
export function borderPoint(r: Rect, toward: Point): Point {
  const c = centerOf(r);
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const scale = Math.min(
    dx === 0 ? Infinity : r.width / 2 / Math.abs(dx),
    dy === 0 ? Infinity : r.height / 2 / Math.abs(dy),
  );
  return { x: c.x + dx * scale, y: c.y + dy * scale };
}

/** The quadratic curve from `from`'s border to `to`'s, bowed to the left of the direction of travel. */
function travelCurve(from: Rect, to: Rect) {
  const a = borderPoint(from, centerOf(to));
  const b = borderPoint(to, centerOf(from));
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const bend = 0.18;
  const control = { x: (a.x + b.x) / 2 + dy * bend, y: (a.y + b.y) / 2 - dx * bend };
  return { a, control, b };
}

const r = (n: number) => Math.round(n * 10) / 10;

/** The travel curve as an SVG path. */
export function travelPath(from: Rect, to: Rect): string {
  const { a, control, b } = travelCurve(from, to);
  return `M ${r(a.x)} ${r(a.y)} Q ${r(control.x)} ${r(control.y)} ${r(b.x)} ${r(b.y)}`;
}

/** How far along its path a token stops: short of the node, so it does not cover its name. */
export const ARRIVAL = 0.85;

/**
 * `count + 1` points along the same curve, first to last: the keyframes of the travelling
 * token. A transform animation through them runs on the compositor, where animating along
 * `offset-path` would cost the main thread every frame.
 */
export function travelPoints(from: Rect, to: Rect, count = 24, upTo = ARRIVAL): Point[] {
  const { a, control: c, b } = travelCurve(from, to);
  return Array.from({ length: count + 1 }, (_, i) => {
    const t = (i / count) * upTo;
    const u = 1 - t;
    return {
      x: r(u * u * a.x + 2 * u * t * c.x + t * t * b.x),
      y: r(u * u * a.y + 2 * u * t * c.y + t * t * b.y),
    };
  });
}
