/** Sizes and spacing of the account diagram, in canvas pixels. */
export interface Point {
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Rect extends Point, Size {}

export const KEY_SIZE: Size = { width: 224, height: 96 };
/** Keys per row inside a Region before a new row starts (Regions grow downwards). */
export const KEYS_PER_ROW = 3;
export const KEY_GAP = 12;

export const REGION_PADDING = 16;
/** Room for the Region's title above its keys. */
export const REGION_HEADER = 56;
export const REGION_MIN_SIZE: Size = { width: 248, height: 160 };
export const REGION_GAP = 32;

export const ACCOUNT_PADDING = 24;
export const ACCOUNT_HEADER = 48;

/** People and applications calling KMS: a column inside the account, left of the Regions. */
export const PRINCIPAL_SIZE: Size = { width: 200, height: 76 };
export const PRINCIPAL_GAP = 16;

/** The party outside AWS: left of the account boundary. */
export const OUTSIDE_SIZE: Size = { width: 200, height: 120 };
export const OUTSIDE_GAP = 48;

/** Whether two rectangles share any area (touching edges do not count). */
export const overlaps = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** A rectangle grown by `margin` on every side. */
export const inflate = (r: Rect, margin: number): Rect => ({
  x: r.x - margin,
  y: r.y - margin,
  width: r.width + 2 * margin,
  height: r.height + 2 * margin,
});
