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
/** Room for the Region's title (code and name) at the top of its box. */
export const REGION_TITLE = 52;

/**
 * The Region's services, in a row under its title: the Regional KMS endpoint (wide enough
 * for `kms.ap-northeast-1.amazonaws.com` in 10 px monospace), then CloudTrail.
 */
export const SERVICE_SIZE = {
  kms: { width: 216, height: 40 },
  cloudtrail: { width: 128, height: 40 },
} as const satisfies Record<'kms' | 'cloudtrail', Size>;
export const SERVICE_GAP = 8;
/** Where each service sits in its Region (relative to the Region). */
export const SERVICE_POSITION = {
  kms: { x: REGION_PADDING, y: REGION_TITLE },
  cloudtrail: { x: REGION_PADDING + SERVICE_SIZE.kms.width + SERVICE_GAP, y: REGION_TITLE },
} as const satisfies Record<'kms' | 'cloudtrail', Point>;
const SERVICE_ROW_WIDTH = SERVICE_SIZE.kms.width + SERVICE_GAP + SERVICE_SIZE.cloudtrail.width;

/** Room for the Region's title and its service row above its keys. */
export const REGION_HEADER = REGION_TITLE + SERVICE_SIZE.kms.height + KEY_GAP;

/**
 * AWS services that use KMS (S3, EBS…): rows under the KMS endpoint, above the keys. Four fit
 * in a row exactly as wide as three keys, so a row of them never widens a Region of keys.
 */
export const AWS_SERVICE_SIZE: Size = { width: 168, height: 56 };
export const AWS_SERVICES_PER_ROW = 4;
/** Where the i-th AWS service sits in its Region. */
export const awsServicePosition = (i: number): Point => ({
  x: REGION_PADDING + (i % AWS_SERVICES_PER_ROW) * (AWS_SERVICE_SIZE.width + SERVICE_GAP),
  y:
    REGION_TITLE +
    SERVICE_SIZE.kms.height +
    SERVICE_GAP +
    Math.floor(i / AWS_SERVICES_PER_ROW) * (AWS_SERVICE_SIZE.height + SERVICE_GAP),
});
/** Where a Region's keys start when it draws `services` AWS services. */
export const keysTop = (services: number): number =>
  services === 0
    ? REGION_HEADER
    : awsServicePosition(services - 1).y + AWS_SERVICE_SIZE.height + KEY_GAP;

/** The AWS owned key: below the account, under the Region whose services use it. */
export const AWS_OWNED_KEY_SIZE: Size = { width: 232, height: 72 };
export const AWS_OWNED_KEY_GAP = 48;
/** An empty Region still holds its title and its service row side by side. */
export const REGION_MIN_SIZE: Size = {
  width: REGION_PADDING + SERVICE_ROW_WIDTH + REGION_PADDING,
  height: 160,
};
export const REGION_GAP = 32;

export const ACCOUNT_PADDING = 24;
export const ACCOUNT_HEADER = 48;

/** People and applications calling KMS: a column inside the account, left of the Regions. */
export const PRINCIPAL_SIZE: Size = { width: 260, height: 84 };
export const PRINCIPAL_GAP = 16;

/**
 * The party outside AWS: left of the account boundary, far enough that what travels between
 * it and the callers (a public key, a ciphertext) visibly travels.
 */
export const OUTSIDE_SIZE: Size = { width: 200, height: 120 };
export const OUTSIDE_GAP = 48;
/** Horizontal space between the outside column and the account. */
export const OUTSIDE_SPACE = 140;

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
