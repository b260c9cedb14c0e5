/**
 * A made-up world view of any size, for the canvas benchmark (`?bench=keys:1000,regions:10`).
 * The graph is pure, so it can draw a view the engine never produced: this one is built
 * directly, instantly, with as many Regions as asked — the engine knows only 7, the
 * benchmark wants 10. Never saved, never given to the engine.
 */
import type { KeyView, WorldView } from '../engine';

/** The engine's 7 Regions, then real AWS Region codes it does not simulate. */
const REGION_CODES = [
  'us-east-1',
  'us-west-2',
  'eu-west-1',
  'eu-central-1',
  'ap-south-1',
  'ap-northeast-1',
  'sa-east-1',
  'us-east-2',
  'eu-west-2',
  'ca-central-1',
  'ap-southeast-2',
  'eu-north-1',
];

export interface SyntheticWorldSpec {
  keys: number;
  regions: number;
}

/** Reads `keys:1000,regions:10`; anything else (or out of range) is null. */
export function parseBenchSpec(text: string | null): SyntheticWorldSpec | null {
  if (!text) return null;
  const fields = Object.fromEntries(
    text.split(',').map((part) => {
      const [name = '', value = ''] = part.split(':');
      return [name.trim(), Number(value)];
    }),
  );
  const keys = fields.keys ?? NaN;
  const regions = fields.regions ?? 1;
  if (!Number.isInteger(keys) || keys < 0 || keys > 5000) return null;
  if (!Number.isInteger(regions) || regions < 1 || regions > REGION_CODES.length) return null;
  return { keys, regions };
}

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

/** `keys` keys spread round-robin over `regions` Regions; every 7th has an alias, every 11th is disabled. */
export function syntheticWorld({ keys, regions }: SyntheticWorldSpec): WorldView {
  const accountId = '111122223333';
  const codes = REGION_CODES.slice(0, regions);
  const byRegion = new Map<string, KeyView[]>(codes.map((c) => [c, []]));
  for (let i = 0; i < keys; i++) {
    const region = codes[i % codes.length] ?? 'us-east-1';
    const keyId = `${hex(i, 8)}-0000-4000-8000-${hex(i, 12)}`;
    byRegion.get(region)?.push({
      keyId,
      arn: `arn:aws:kms:${region}:${accountId}:key/${keyId}`,
      region,
      description: `bench key ${i}`,
      state: i % 11 === 10 ? 'Disabled' : 'Enabled',
      keySpec: 'SYMMETRIC_DEFAULT',
      keyUsage: 'ENCRYPT_DECRYPT',
      keyManager: 'CUSTOMER',
      origin: 'AWS_KMS',
      multiRegion: false,
      createdAt: i,
      aliases: i % 7 === 0 ? [`alias/bench-${i}`] : [],
      tags: [],
      materialVersions: 1,
      rotation: { enabled: false, periodInDays: 365 },
    });
  }
  return {
    accountId,
    now: keys,
    regions: codes.map((code) => ({ code, keys: byRegion.get(code) ?? [], aliases: [] })),
  };
}
