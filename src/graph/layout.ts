/** Sizes and spacing of the account diagram, in canvas pixels. */
export interface Point {
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

export const KEY_SIZE: Size = { width: 216, height: 68 };
/** Keys per column inside a Region before a new column starts. */
export const KEYS_PER_COLUMN = 4;
export const KEY_GAP = 12;

export const REGION_PADDING = 16;
/** Room for the Region's title above its keys. */
export const REGION_HEADER = 56;
export const REGION_MIN_SIZE: Size = { width: 248, height: 160 };
export const REGION_GAP = 32;

export const ACCOUNT_PADDING = 24;
export const ACCOUNT_HEADER = 48;
