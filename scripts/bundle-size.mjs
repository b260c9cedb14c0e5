#!/usr/bin/env node
// Measures the JavaScript a visitor downloads before the app can start: the entry script in
// dist/index.html, its <link rel="modulepreload"> chunks, and (transitively) every chunk they
// import statically. Dynamic import() chunks are lazy and not counted. Each file is gzipped
// with zlib (level 9). Prints one line, writes bench/results/bundle-size.json and exits 1 when
// over budget. Run after `vite build` (the `build` script does both).
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 200;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const indexHtml = join(dist, 'index.html');

if (!existsSync(indexHtml)) {
  console.error('bundle-size: dist/index.html not found; run `vite build` first');
  process.exit(1);
}
const html = readFileSync(indexHtml, 'utf8');

/** dist-relative posix path of a URL found in index.html (base is './'). */
const fromHtml = (url) => posix.normalize(url.replace(/^\.?\//, '').split(/[?#]/)[0]);

const seeds = [];
for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
  const src = /\bsrc=["']([^"']+)["']/.exec(tag)?.[1];
  if (src && /\btype=["']module["']/.test(tag) && !/^(https?:)?\/\//.test(src)) {
    seeds.push(fromHtml(src));
  }
}
for (const tag of html.match(/<link\b[^>]*>/g) ?? []) {
  const href = /\bhref=["']([^"']+)["']/.exec(tag)?.[1];
  if (href && /\brel=["']modulepreload["']/.test(tag) && !/^(https?:)?\/\//.test(href)) {
    seeds.push(fromHtml(href));
  }
}
if (seeds.length === 0) {
  console.error('bundle-size: no module <script> found in dist/index.html');
  process.exit(1);
}

// Static `import ... from "./x.js"`, `import "./x.js"` and `export ... from "./x.js"` in minified
// output. `import("./x.js")` (dynamic) is not matched: a quote, not "(", follows `import`.
const STATIC_IMPORT =
  /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

const seen = new Set();
const queue = [...seeds];
while (queue.length > 0) {
  const file = queue.shift();
  if (seen.has(file)) continue;
  const abs = join(dist, file);
  if (!existsSync(abs)) {
    // A regex hit inside a string literal, not a real chunk: Vite never emits dangling imports.
    console.warn(`bundle-size: skipping ${file} (referenced but not in dist/)`);
    continue;
  }
  seen.add(file);
  const code = readFileSync(abs, 'utf8');
  for (const m of code.matchAll(STATIC_IMPORT)) {
    queue.push(posix.normalize(posix.join(posix.dirname(file), m[1])));
  }
}

const files = [...seen].sort().map((file) => {
  const raw = readFileSync(join(dist, file));
  return { file, bytes: raw.length, gzipBytes: gzipSync(raw, { level: 9 }).length };
});
const gzipBytes = files.reduce((sum, f) => sum + f.gzipBytes, 0);
const rawBytes = files.reduce((sum, f) => sum + f.bytes, 0);
const gzipKB = gzipBytes / 1024;
const ok = gzipKB <= BUDGET_KB;

console.log(`initial JS (gzip): ${gzipKB.toFixed(1)} KB (budget ${BUDGET_KB} KB)`);
for (const f of files) {
  console.log(
    `  ${f.file}: ${(f.gzipBytes / 1024).toFixed(1)} KB gzip, ${(f.bytes / 1024).toFixed(1)} KB raw`,
  );
}

const out = join(root, 'bench', 'results', 'bundle-size.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  JSON.stringify(
    {
      name: 'bundle-size',
      date: new Date().toISOString(),
      budgetKB: BUDGET_KB,
      initialJsGzipBytes: gzipBytes,
      initialJsRawBytes: rawBytes,
      withinBudget: ok,
      files,
    },
    null,
    2,
  ) + '\n',
);
console.log(`  -> ${relative(root, out)}`);

if (!ok) {
  console.error(
    `bundle-size: initial JS is ${gzipKB.toFixed(1)} KB gzip, over the ${BUDGET_KB} KB budget`,
  );
  process.exit(1);
}
