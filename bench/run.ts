// Benchmark runner: `npm run bench` (tsx bench/run.ts [filter]).
//
// Runs every bench/*.bench.ts module in sequence (alphabetical), one at a time so they don't
// compete for the 2 cores, prints each result and writes bench/results/<name>.json.
// An optional argument keeps only files whose name contains it: `npm run bench -- crypto`.
//
// BENCHMARK MODULE CONTRACT — each bench/<something>.bench.ts must:
//
//   export default async function (): Promise<{ name: string; results: Record<string, unknown> }>
//
// `name` becomes the file name bench/results/<name>.json (use [a-z0-9-]); `results` is any
// JSON-serialisable object (e.g. { 'encrypt-4KiB': { opsPerSec: 1234, p50ms: 0.8 } }).
// Keep each benchmark bounded in time (seconds, not minutes) and self-contained (no network).
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface BenchResult {
  name: string;
  results: Record<string, unknown>;
}
export type BenchModule = { default: () => Promise<BenchResult> };

const benchDir = dirname(fileURLToPath(import.meta.url));
const resultsDir = join(benchDir, 'results');

async function main(): Promise<number> {
  const filter = process.argv[2] ?? '';
  const files = (await readdir(benchDir))
    .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
    .sort();
  if (files.length === 0) {
    console.log(`bench: no bench/*.bench.ts files${filter ? ` matching "${filter}"` : ''}`);
    return 0;
  }
  await mkdir(resultsDir, { recursive: true });

  let failed = 0;
  for (const file of files) {
    const started = performance.now();
    try {
      const mod = (await import(pathToFileURL(join(benchDir, file)).href)) as BenchModule;
      if (typeof mod.default !== 'function') throw new Error('no default export function');
      const { name, results } = await mod.default();
      if (!/^[a-z0-9][a-z0-9-]*$/i.test(name)) throw new Error(`invalid bench name "${name}"`);
      const seconds = (performance.now() - started) / 1000;
      const record = {
        name,
        file: `bench/${file}`,
        date: new Date().toISOString(),
        node: process.version,
        seconds: Number(seconds.toFixed(2)),
        results,
      };
      await writeFile(join(resultsDir, `${name}.json`), JSON.stringify(record, null, 2) + '\n');
      console.log(`\n# ${name} (${file}, ${seconds.toFixed(1)} s)`);
      console.log(JSON.stringify(results, null, 2));
      console.log(`-> bench/results/${name}.json`);
    } catch (err) {
      failed++;
      console.error(`\n# ${file} FAILED`);
      console.error(err);
    }
  }
  console.log(`\nbench: ${files.length - failed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main();
