import type { KeyView, WorldView } from '../engine';
import type { PrincipalKind } from './nodes';

/** The keys of one Region, oldest first (keys made at the same instant: in creation order). */
export function regionKeys(view: WorldView, region: string): KeyView[] {
  const keys = view.regions.find((r) => r.code === region)?.keys ?? [];
  return [...keys].sort((a, b) => a.createdAt - b.createdAt);
}

/**
 * Whether the user chose to show (true) or hide (false) a Region, by code. A Region not
 * named here follows the default: shown when it has keys.
 */
export type RegionVisibility = Readonly<Record<string, boolean>>;

/**
 * Regions worth drawing, in the engine's order: those with keys, plus those the user chose
 * to show, minus those they hid — and always the one the user is working in.
 */
export function visibleRegions(
  view: WorldView,
  selectedRegion: string,
  visibility: RegionVisibility = {},
): string[] {
  return view.regions
    .filter((r) => r.code === selectedRegion || (visibility[r.code] ?? r.keys.length > 0))
    .map((r) => r.code);
}

export interface PrincipalInfo {
  arn: string;
  kind: PrincipalKind;
  name: string;
}

/**
 * Who can call KMS in this account. Today only the account's root user exists in the
 * engine; IAM users, roles and services join this list when the engine has them.
 */
export function worldPrincipals(view: WorldView): PrincipalInfo[] {
  return [{ arn: `arn:aws:iam::${view.accountId}:root`, kind: 'root', name: view.accountId }];
}
