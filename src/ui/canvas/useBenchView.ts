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

export function useBenchView(): WorldView | null {
  const [view, setView] = useState<WorldView | null>(null);
  useEffect(() => {
    if (BENCH_PARAM === null) return;
    let live = true;
    void import('../../graph/syntheticWorld').then(({ parseBenchSpec, syntheticWorld }) => {
      const spec = parseBenchSpec(BENCH_PARAM);
      if (live && spec) setView(syntheticWorld(spec));
    });
    return () => {
      live = false;
    };
  }, []);
  return view;
}
