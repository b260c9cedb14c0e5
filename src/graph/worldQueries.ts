import type { KeyView, WorldView } from '../engine';

/** The keys of one Region, oldest first (keys made at the same instant: in creation order). */
export function regionKeys(view: WorldView, region: string): KeyView[] {
  const keys = view.regions.find((r) => r.code === region)?.keys ?? [];
  return [...keys].sort((a, b) => a.createdAt - b.createdAt);
}

/** Regions worth drawing: those with keys, plus the one the user is working in. */
export function visibleRegions(view: WorldView, selectedRegion: string): string[] {
  return view.regions
    .filter((r) => r.keys.length > 0 || r.code === selectedRegion)
    .map((r) => r.code);
}
