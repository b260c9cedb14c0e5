import { useEffect, useState } from 'react';
import type { WorldView } from '../../engine';

/**
 * Benchmark hook (bench/canvas.bench.ts): with `?bench=keys:1000,regions:10` in the URL the
 * canvas draws a made-up world of that size instead of the engine's, and commits nothing to
 * the store. Without the parameter it does nothing; the generator is loaded on demand, so
 * it is not part of the initial bundle.
 */
const BENCH_PARAM =
  typeof location === 'undefined' ? null : new URLSearchParams(location.search).get('bench');

export const isBenchMode = BENCH_PARAM !== null;

/** Started as the module loads, in parallel with the app's boot, not after the first render. */
const benchView: Promise<WorldView | null> | null =
  BENCH_PARAM === null
    ? null
    : import('../../graph/syntheticWorld').then(({ parseBenchSpec, syntheticWorld }) => {
        const spec = parseBenchSpec(BENCH_PARAM);
        return spec ? syntheticWorld(spec) : null;
      });
let loaded: WorldView | null = null;

export function useBenchView(): WorldView | null {
  const [view, setView] = useState<WorldView | null>(loaded);
  useEffect(() => {
    let live = true;
    void benchView?.then((v) => {
      loaded = v;
      if (live) setView(v);
    });
    return () => {
      live = false;
    };
  }, []);
  return view;
}
