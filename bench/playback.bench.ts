// Playback benchmark: `npm run bench -- playback`.
//
// Builds the app (`npm run build`), serves dist/ on a free port and opens it in headless
// Chromium (1440×900, English). Through the UI, as a learner would: World → Sample account →
// "Yes, start over"; Speed 1×; then 20 real KMS calls from "Try encryption" — 10 × (Encrypt,
// then Decrypt) with alias/app-data in us-east-1. The calls come faster than the player plays
// them (each has ~5–8 cues of ~1 s), so the player queues them and plays them one after another.
//
// Measured from the first click until the player has played them all (the narration section's
// `data-player-status` back to "idle", "Skip to latest" disabled):
//   - long tasks: a buffered PerformanceObserver('longtask'), any task over 50 ms;
//   - frame interval: the gaps between requestAnimationFrame callbacks (median, p90, p99);
//   - what ran in long animation frames ('long-animation-frame', Chromium), to name a culprit;
//   - a Chromium trace (top-level tasks): each main-thread task's wall time and CPU time, so a
//     task stretched by a busy machine can be told from one where the app did 50 ms of work.
// Both observers and the rAF loop are installed before the page's own scripts.
// Twice: normal motion (the goal: no long task, median frame ≤ 20 ms) and with the system's
// reduced motion (`prefers-reduced-motion: reduce`: cues appear in place), for comparison.
import { chromium, type Browser, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium-path';
import { buildApp, median, quantile, round1, serve } from './browser';

const PAIRS = 10; // Encrypt + Decrypt each: 20 calls
const GOALS = { longTasks: 0, medianFrameMs: 20 };
const LONG_TASK_MS = 50;
/** Long enough for 20 calls even on a loaded machine (they take ~3 min at 1×). */
const PLAYBACK_TIMEOUT_MS = 8 * 60_000;

const UI = {
  world: 'World',
  sample: 'Sample account',
  confirm: 'Yes, start over',
  sidePanel: 'Side panel',
  tryTab: 'Try encryption',
  region: 'Region',
  encryptForm: 'Encrypt',
  decryptForm: 'Decrypt',
  key: 'KMS key',
  plaintext: 'Plaintext',
  narration: 'Narration',
  speed: 'Speed',
  noMotion: 'No motion',
  skip: 'Skip to latest',
} as const;

/**
 * Installed before any page script. A string, not a function: tsx would wrap a function with
 * helpers the page does not have. Keeps every rAF timestamp, long task and long animation frame
 * since navigation; the window to read is cut afterwards.
 */
const INSTRUMENT = `
  (() => {
    const b = (window.__bench = { frames: [], longTasks: [], loafs: [] });
    const tick = (t) => { b.frames.push(t); requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          b.longTasks.push({ start: e.startTime, duration: e.duration });
        }
      }).observe({ type: 'longtask', buffered: true });
    } catch (err) { b.longTaskError = String(err); }
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          b.loafs.push({
            start: e.startTime,
            duration: e.duration,
            blockingDuration: e.blockingDuration,
            renderStart: e.renderStart,
            styleAndLayoutStart: e.styleAndLayoutStart,
            scripts: (e.scripts || []).map((s) => ({
              start: s.startTime,
              invoker: s.invoker,
              invokerType: s.invokerType,
              source: (s.sourceURL || '').split('/').pop() + ':' + s.sourceCharPosition,
              fn: s.sourceFunctionName,
              duration: s.duration,
              forcedLayout: s.forcedStyleAndLayoutDuration,
            })),
          });
        }
      }).observe({ type: 'long-animation-frame', buffered: true });
    } catch (err) { b.loafError = String(err); }
  })();
`;

/**
 * Started just before the first call: notes t0, every change of the player's status and of its
 * position line ("Encrypt · step 2 of 7 · 3 more calls to play"), with the time.
 */
const WATCH = `
  (() => {
    const b = window.__bench;
    const section = document.querySelector('section[data-player-status]');
    if (!section) throw new Error('no narration section');
    b.t0 = performance.now();
    b.status = [[b.t0, section.getAttribute('data-player-status')]];
    b.positions = [];
    const position = () => (section.querySelector('p:not([role])') || {}).textContent || '';
    let lastStatus = b.status[0][1];
    let lastPosition = position();
    new MutationObserver(() => {
      const now = performance.now();
      const status = section.getAttribute('data-player-status');
      if (status !== lastStatus) b.status.push([now, (lastStatus = status)]);
      const text = position();
      if (text !== lastPosition) b.positions.push([now, (lastPosition = text)]);
    }).observe(section, { attributes: true, childList: true, subtree: true, characterData: true });
  })();
`;

interface LongTask {
  start: number;
  duration: number;
}
interface Loaf {
  start: number;
  duration: number;
  blockingDuration: number;
  renderStart: number;
  styleAndLayoutStart: number;
  scripts: {
    start: number;
    invoker: string;
    invokerType: string;
    source: string;
    fn: string;
    duration: number;
    forcedLayout: number;
  }[];
}
interface Collected {
  frames: number[];
  longTasks: LongTask[];
  loafs: Loaf[];
  longTaskError?: string;
  loafError?: string;
  t0: number;
  callsDone: number;
  status: [number, string][];
  positions: [number, string][];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function loadSample(page: Page): Promise<void> {
  await page.getByRole('button', { name: UI.world, exact: true }).click();
  await page.getByRole('button', { name: UI.sample, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: UI.confirm }).click();
  await dialog.waitFor({ state: 'hidden' });
  // The four sample keys are on the canvas.
  await page.waitForFunction(
    `document.querySelectorAll('.react-flow__node-key').length >= 4`,
    null,
    { polling: 100, timeout: 30_000 },
  );
}

/** One pass: fresh page, sample world, 20 calls, wait until all are played. */
async function playback(browser: Browser, url: string, reducedMotion: boolean, traceDir: string) {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'en-US',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  try {
    await page.emulateMedia({ reducedMotion: reducedMotion ? 'reduce' : 'no-preference' });
    await page.addInitScript(INSTRUMENT);
    await page.goto(url);
    await loadSample(page);

    const narration = page.getByRole('region', { name: UI.narration, exact: true });
    // Its name is the label's text plus the selected option ("Speed 1×"): not exact.
    const speed = narration.getByRole('combobox', { name: UI.speed });
    await speed.selectOption('1');
    if ((await speed.inputValue()) !== '1') throw new Error('speed is not 1×');
    // The learner's own "No motion" stays off: only the system setting differs between passes.
    await narration.getByLabel(UI.noMotion, { exact: true }).setChecked(false);
    const skip = narration.getByRole('button', { name: UI.skip, exact: true });
    if ((await narration.getAttribute('data-player-status')) !== 'idle' || (await skip.isEnabled()))
      throw new Error('the player is not idle before the first call');

    await page
      .getByRole('tablist', { name: UI.sidePanel })
      .getByRole('tab', { name: UI.tryTab })
      .click();
    await page.getByLabel(UI.region, { exact: true }).selectOption('us-east-1');
    const encryptForm = page.getByRole('form', { name: UI.encryptForm, exact: true });
    const decryptForm = page.getByRole('form', { name: UI.decryptForm, exact: true });
    const keyId = await encryptForm
      .locator('option', { hasText: 'alias/app-data' })
      .getAttribute('value');
    if (!keyId) throw new Error('alias/app-data is not in the key picker');
    await encryptForm.getByLabel(UI.key, { exact: true }).selectOption(keyId);
    const plaintext = encryptForm.getByLabel(UI.plaintext, { exact: true });
    await plaintext.fill('message 0');
    await sleep(1000); // let the sample world's layout and the save settle

    // A Chromium trace of the same window, top-level tasks only: each task's wall time and the
    // main thread's CPU time in it, to tell the app's work from a machine too busy to run it.
    const tracePath = join(traceDir, `trace-${reducedMotion ? 'reduced' : 'motion'}.json`);
    await browser.startTracing(page, { path: tracePath, categories: ['toplevel'] });
    await page.evaluate(WATCH);
    let previous = '';
    for (let i = 0; i < PAIRS; i++) {
      if (i > 0) await plaintext.fill(`message ${i}`);
      await encryptForm.getByRole('button', { name: UI.encryptForm, exact: true }).click();
      // A new ciphertext (each has a fresh IV, so it always differs from the last).
      await page.waitForFunction(
        `(() => {
          const t = document.querySelector('textarea[readonly]');
          return !!t && t.value !== '' && t.value !== ${JSON.stringify(previous)};
        })()`,
        null,
        { polling: 50, timeout: 30_000 },
      );
      previous = await encryptForm.locator('textarea[readonly]').inputValue();
      await decryptForm.getByRole('button', { name: UI.decryptForm, exact: true }).click();
      await decryptForm.locator('output', { hasText: `message ${i}` }).waitFor();
    }
    await page.evaluate('window.__bench.callsDone = performance.now()');

    // Until every call has played: idle, nothing queued.
    await page.waitForFunction(
      `(() => {
        const s = document.querySelector('section[data-player-status]');
        const skip = [...s.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === ${JSON.stringify(UI.skip)});
        return s.getAttribute('data-player-status') === 'idle' && !!skip && skip.getAttribute('aria-disabled') === 'true';
      })()`,
      null,
      { polling: 250, timeout: PLAYBACK_TIMEOUT_MS },
    );
    await browser.stopTracing();
    const data = (await page.evaluate('window.__bench')) as Collected;
    return { ...summarize(data, errors), trace: mainThreadTasks(tracePath) };
  } finally {
    await context.close();
  }
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/**
 * From the trace: the renderer main thread's tasks over 50 ms of wall time (what the longtask
 * API counts) and those over 50 ms of the thread's own CPU time (work the app really did).
 * Wall ≫ CPU means the thread waited for a core (other processes), not that the app was busy.
 */
function mainThreadTasks(path: string) {
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as
    { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || e.name !== 'ThreadControllerImpl::RunTask' || !mains.has(thread)) continue;
    const list = byThread.get(thread) ?? [];
    list.push(e);
    byThread.set(thread, list);
  }
  // The page's main thread is the busiest renderer main thread.
  const tasks = [...byThread.values()].sort((a, c) => c.length - a.length)[0] ?? [];
  const ms = (us = 0) => us / 1000;
  const over = (pick: (e: TraceEvent) => number) => tasks.filter((e) => pick(e) > LONG_TASK_MS);
  const cpuLong = over((e) => ms(e.tdur));
  return {
    tasks: tasks.length,
    over50msWall: over((e) => ms(e.dur)).length,
    over50msCpu: cpuLong.length,
    longestCpuMs: round1(Math.max(0, ...tasks.map((e) => ms(e.tdur)))),
    cpuLong: cpuLong.map((e) => ({ wallMs: round1(ms(e.dur)), cpuMs: round1(ms(e.tdur)) })),
    mainThreadCpuS: round1(tasks.reduce((sum, e) => sum + ms(e.tdur), 0) / 1000),
    mainThreadWallS: round1(tasks.reduce((sum, e) => sum + ms(e.dur), 0) / 1000),
  };
}

const POSITION = /^(\S+) · step (\d+) of (\d+)(?: · (\d+) more calls? to play)?/;

function summarize(b: Collected, errors: string[]) {
  // The end: the last time the player went idle (it must not have gone idle before the calls
  // were all made, or the player caught up and the queue was not exercised).
  const idles = b.status.filter(([t, s]) => s === 'idle' && t > b.t0).map(([t]) => t);
  const t1 = idles.at(-1) ?? NaN;
  const idleBeforeLastCall = idles.filter((t) => t < b.callsDone).length;

  const times = b.frames.filter((t) => t >= b.t0 && t <= t1);
  const intervals = times.slice(1).map((t, i) => t - (times[i] ?? t));
  const overlaps = (start: number, duration: number) => start + duration >= b.t0 && start <= t1;
  const longTasks = b.longTasks.filter(
    (e) => e.duration > LONG_TASK_MS && overlaps(e.start, e.duration),
  );
  const loafs = b.loafs.filter((e) => overlaps(e.start, e.duration));

  // Cues and records played, from the position line.
  let cues = 0;
  let records = 0;
  let maxQueued = 0;
  let last = '';
  for (const [, text] of b.positions) {
    const m = POSITION.exec(text);
    if (!m) continue;
    const [, op, step, total, queued] = m;
    maxQueued = Math.max(maxQueued, Number(queued ?? 0));
    const cue = `${op} ${step}/${total}`;
    if (cue === last) continue;
    cues++;
    if (step === '1') records++;
    last = cue;
  }

  const medianFrameMs = round1(median(intervals));
  const verdict =
    longTasks.length <= GOALS.longTasks && medianFrameMs <= GOALS.medianFrameMs ? 'PASS' : 'MISS';
  /** The scripts (≥ 5 ms) that ran inside a time span, from the long animation frames. */
  const scriptsIn = (start: number, end: number) =>
    loafs
      .flatMap((f) => f.scripts)
      .filter((x) => x.start >= start && x.start < end && x.duration >= 5)
      .map((x) => `${x.invokerType} ${x.invoker} ${x.fn}@${x.source} ${round1(x.duration)} ms`);
  return {
    calls: PAIRS * 2,
    recordsPlayed: records,
    cuesPlayed: cues,
    maxQueued,
    callsMadeMs: Math.round(b.callsDone - b.t0),
    playbackMs: Math.round(t1 - b.t0),
    idleBeforeLastCall,
    longTasks: longTasks.length,
    // While the 20 calls are being made (clicks, engine, re-renders) / after, only playing.
    longTasksWhileCalling: longTasks.filter((e) => e.start < b.callsDone).length,
    longTasksWhilePlaying: longTasks.filter((e) => e.start >= b.callsDone).length,
    longestTaskMs: round1(Math.max(0, ...longTasks.map((e) => e.duration))),
    longTaskList: longTasks
      .toSorted((x, y) => y.duration - x.duration)
      .slice(0, 8)
      .map((e) => ({
        atMs: Math.round(e.start - b.t0),
        durationMs: round1(e.duration),
        scripts: scriptsIn(e.start, e.start + e.duration),
      })),
    medianFrameMs,
    p90FrameMs: round1(quantile(intervals, 0.9)),
    p99FrameMs: round1(quantile(intervals, 0.99)),
    maxFrameMs: round1(Math.max(...intervals)),
    framesOver50ms: intervals.filter((d) => d > LONG_TASK_MS).length,
    frames: intervals.length,
    longAnimationFrames: loafs.length,
    ...(b.longTaskError ? { longTaskError: b.longTaskError } : {}),
    ...(b.loafError ? { longAnimationFrameError: b.loafError } : {}),
    pageErrors: errors,
    verdict,
  };
}

export default async function playbackBench() {
  const dir = buildApp();
  const traceDir = mkdtempSync(join(tmpdir(), 'kmslab-trace-'));
  const server = await serve(dir);
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/`;
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const results: Record<string, unknown> = {};
  // Two cores shared with whatever else runs: the load says how much to trust the numbers.
  results.loadAverageBefore = loadavg().map(round1);
  try {
    const normal = await playback(browser, url, false, traceDir);
    results.motion = normal;
    // Reduced motion doubles the run (each cue waits to be read): only when asked for.
    const reduced = process.env.BENCH_REDUCED_MOTION
      ? await playback(browser, url, true, traceDir)
      : undefined;
    if (reduced) results.reducedMotion = reduced;
    results.loadAverageAfter = loadavg().map(round1);
    results.goals = { ...GOALS, longTaskOverMs: LONG_TASK_MS, speed: '1×', motion: 'normal' };
    results.verdict = normal.verdict;
    const line = (label: string, r: typeof normal) =>
      `${label} | ${r.recordsPlayed}/${r.calls} calls, ${r.cuesPlayed} cues in ${(r.playbackMs / 1000).toFixed(1)} s` +
      ` | long tasks ${r.longTasks} (longest ${r.longestTaskMs} ms; over 50 ms of CPU: ${r.trace.over50msCpu})` +
      ` | frame median ${r.medianFrameMs} / p90 ${r.p90FrameMs} / p99 ${r.p99FrameMs} ms (${r.frames} frames) → ${r.verdict}`;
    console.log(
      [
        '',
        line('motion        ', normal),
        ...(reduced ? [line('reduced motion', reduced)] : []),
        `load average ${String(results.loadAverageBefore)} before, ${String(results.loadAverageAfter)} after (2 cores)`,
        `goal (normal motion, 1×): no long task over ${LONG_TASK_MS} ms, median frame ≤ ${GOALS.medianFrameMs} ms → ${results.verdict}`,
      ].join('\n'),
    );
  } finally {
    await browser.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(traceDir, { recursive: true, force: true });
  }
  return { name: 'playback', results };
}
