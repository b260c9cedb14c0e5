/**
 * Stable node ids, derived from the model alone, so a trace step (which names a Region
 * code or a key id) maps to a place on the canvas without guessing.
 */
export const accountNodeId = (accountId: string): string => `account:${accountId}`;
export const regionNodeId = (region: string): string => `region:${region}`;
export const keyNodeId = (region: string, keyId: string): string => `key:${region}:${keyId}`;
