// npm run bench, the app part: resetkit as a product team ships it. Builds examples/demo from the
// built package (dist/), serves it on loopback with the strict CSP of the e2e tests, and measures
// in Chromium:
//  - the gzip size of every entry point of the package (its own file, and with the chunks it
//    imports statically), and the initial JavaScript of the demo's pages, React excluded and
//    included: minimal.html (ResetFlow on the HTTP adapter, what a product ships) and index.html
//    (the whole demo, memory backend);
//  - the time from navigation to an interactive form on both pages;
//  - typing a 56-character password at 15 ms per key into ResetCompleteForm's new-password field,
//    dictionary cold (fresh page) and warm (loaded): the time from each keystroke's input event to
//    the next frame where the strength meter shows a result for it (or a later key), and long tasks.
// Budgets (exit 1 above them): ResetFlow's initial JS <= 38 KB gzip without React; no dictionary
// in any page's initial JS; zero long tasks over 50 ms while typing; warm p95 keystroke-to-meter
// under 100 ms. Run through bench/run.mjs (`npm run bench`, or `node bench/run.mjs app`).
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { type Browser, type Page, chromium } from 'playwright-core';
import { type Plugin, build } from 'vite';
import { demoConfig } from '../examples/demo/vite.config.js';
import { chromiumLaunchOptions } from '../scripts/chromium.js';
import { CSP, startAppServer } from '../test/browser/support/app-server.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, '.cache/bench-demo');

/** 56 characters of several kinds, as in test/browser/strength-typing.browser.test.ts. */
const PASSWORD = 'Correct-horse-7-battery-staple!qwerty-1987-lune-Ölbaum-z';
const KEY_DELAY_MS = 15;
const TYPING_RUNS = 3;
const LOAD_RUNS = 5;
const LENGTH_BUCKETS: [number, number][] = [
  [1, 8],
  [9, 16],
  [17, 32],
  [33, 56],
];

const BUDGET = {
  /** Initial JS of the ResetFlow page (minimal.html) without React, gzip. */
  resetFlowInitialKb: 38,
  longTaskMs: 50,
  /** p95 keystroke-to-meter with the dictionary warm. */
  warmKeystrokeP95Ms: 100,
};

interface Chunk {
  file: string;
  gzip: number;
  react: boolean;
  dictionary: boolean;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => (Number.isFinite(value) ? (value < 10 ? value.toFixed(1) : value.toFixed(0)) : '-');
function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}

const isReact = (id: string) => /node_modules[\\/](react|react-dom|scheduler)[\\/]/.test(id);
const isDictionary = (id: string) => /@zxcvbn-ts[\\/]language-/.test(id);

function collectChunks(into: Map<string, Chunk>): Plugin {
  return {
    name: 'bench:chunks',
    generateBundle(_options, bundle) {
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk') continue;
        const ids = item.moduleIds.filter((id) => !id.startsWith('\0'));
        into.set(item.fileName, {
          file: item.fileName,
          gzip: gzipSync(item.code).length,
          react: ids.length > 0 && ids.every(isReact),
          dictionary: ids.some(isDictionary),
        });
      }
    },
  };
}

interface ManifestEntry {
  file: string;
  imports?: string[];
  css?: string[];
}

/** The JS a page loads before anything else: its entry and every chunk imported statically. */
function initialFiles(manifest: Record<string, ManifestEntry>, entry: string): string[] {
  const files = new Set<string>();
  const visit = (key: string) => {
    const item = manifest[key];
    if (!item || files.has(item.file)) return;
    files.add(item.file);
    for (const imported of item.imports ?? []) visit(imported);
  };
  visit(entry);
  return [...files];
}

/** Gzip size of each package entry point in dist/: its file, and with its static imports. */
async function entryPointSizes(): Promise<{ name: string; own: number; total: number }[]> {
  const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { exports: Record<string, string | { default: string }> };
  const gzipOf = new Map<string, number>();
  const size = async (file: string) => {
    if (!gzipOf.has(file)) gzipOf.set(file, gzipSync(await readFile(file)).length);
    return gzipOf.get(file)!;
  };
  const closure = async (file: string, seen = new Set<string>()): Promise<Set<string>> => {
    if (seen.has(file)) return seen;
    seen.add(file);
    const code = await readFile(file, 'utf8');
    for (const match of code.matchAll(/(?:^|[;\n])\s*(?:import|export)\s*(?:[^'";]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
      await closure(path.resolve(path.dirname(file), match[1]!), seen);
    }
    return seen;
  };
  const rows: { name: string; own: number; total: number }[] = [];
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    const file = typeof target === 'string' ? target : target.default;
    if (!file.endsWith('.js')) continue;
    const absolute = path.join(root, file);
    let total = 0;
    for (const each of await closure(absolute)) total += await size(each);
    rows.push({ name: subpath === '.' ? 'resetkit' : `resetkit/${subpath.slice(2)}`, own: await size(absolute), total });
  }
  const workers = (await readdir(path.join(root, 'dist'))).filter((name) => /^strength-worker-.*\.js$/.test(name));
  for (const worker of workers) {
    const absolute = path.join(root, 'dist', worker);
    let total = 0;
    for (const each of await closure(absolute)) total += await size(each);
    rows.push({ name: `(worker) ${worker}`, own: await size(absolute), total });
  }
  return rows;
}

interface TypingResult {
  latencies: number[];
  /** Long tasks: duration, and start relative to the first key, in ms. */
  longTasks: { duration: number; at: number }[];
  cadenceMs: number;
  finalText: string | null;
}

interface BenchWindow {
  __bench: {
    inputs: { t: number; length: number }[];
    shown: { t: number; length: number }[];
    longTasks: { start: number; duration: number }[];
    interactiveAt: number | null;
  };
}

/** Installed before any page script: records input events, meter updates, long tasks and the form's arrival. */
function instrument(): void {
  const state: BenchWindow['__bench'] = { inputs: [], shown: [], longTasks: [], interactiveAt: null };
  (window as unknown as BenchWindow).__bench = state;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const field = () => document.querySelector<HTMLInputElement>('[data-scope] input[autocomplete="new-password"]');
  document.addEventListener(
    'input',
    (event) => {
      if (event.target === field()) state.inputs.push({ t: event.timeStamp, length: (event.target as HTMLInputElement).value.length });
    },
    true,
  );
  let observed: Element | null = null;
  const meterObserver = new MutationObserver(() => {
    const meter = observed!;
    if (meter.hasAttribute('data-pending')) return;
    const length = field()?.value.length ?? 0;
    // The frame in which the member sees it.
    requestAnimationFrame(() => state.shown.push({ t: performance.now(), length }));
  });
  new MutationObserver(() => {
    if (state.interactiveAt === null && document.querySelector('[data-scope] input:not([disabled])')) state.interactiveAt = performance.now();
    const meter = document.querySelector('[role="meter"]');
    if (meter && meter !== observed) {
      observed = meter;
      meterObserver.observe(meter, { attributes: true, attributeFilter: ['data-pending', 'aria-valuenow', 'aria-valuetext'] });
    }
  }).observe(document, { childList: true, subtree: true });
}

async function openPage(browser: Browser, url: string): Promise<{ page: Page; close(): Promise<void>; errors: string[] }> {
  // A fresh context: an empty HTTP cache, nothing loaded.
  const context = await browser.newContext();
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 500) errors.push(`${response.status()} from ${response.request().method()} ${new URL(response.url()).pathname}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || /content security policy/i.test(message.text())) errors.push(message.text());
  });
  await page.goto(url);
  return { page, errors, close: () => context.close() };
}

/** Types PASSWORD at KEY_DELAY_MS per key; the latency of each key is input event -> first frame showing its result (or a later key's). */
async function typePassword(page: Page, warm: boolean, keyDelayMs = KEY_DELAY_MS): Promise<TypingResult> {
  const field = page.getByLabel('New password', { exact: true });
  await field.waitFor();
  // "Cold" is about the dictionary, not the page: a member starts typing once the page has
  // settled, and the page's own start-up (module evaluation, first layout, up to ~60 ms tasks in
  // a trace here) must not be billed to the strength meter.
  await page.waitForLoadState('load');
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(null), { timeout: 1000 })));
  if (warm) {
    // Load the dictionary: one estimate shown, then an empty field.
    await field.focus();
    await page.keyboard.type('w');
    await page.waitForFunction(() => (window as unknown as BenchWindow).__bench.shown.some((entry) => entry.length === 1), undefined, { timeout: 30_000 });
    await page.keyboard.press('Backspace');
    await page.waitForTimeout(200);
  }
  await page.evaluate(() => {
    const state = (window as unknown as BenchWindow).__bench;
    state.inputs.length = 0;
    state.shown.length = 0;
  });
  await field.focus();
  const firstKeyAt = await page.evaluate(() => performance.now());
  // Key k is sent at k x 15 ms without waiting for the previous one to be acknowledged: awaiting
  // each key's round trip to the browser would stretch the cadence to ~25 ms per key here.
  const sent: Promise<void>[] = [];
  const typingStarted = performance.now();
  for (const [index, character] of [...PASSWORD].entries()) {
    const wait = typingStarted + index * keyDelayMs - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    sent.push(page.keyboard.type(character));
  }
  await Promise.all(sent);
  const length = [...PASSWORD].length;
  await page.waitForFunction(
    (total) => (window as unknown as BenchWindow).__bench.shown.some((entry) => entry.length === total),
    PASSWORD.length,
    { timeout: 30_000 },
  );
  await page.waitForTimeout(100);
  const state = await page.evaluate(() => (window as unknown as BenchWindow).__bench);
  const latencies = state.inputs.map((input) => {
    const shown = state.shown.find((entry) => entry.t >= input.t && entry.length >= input.length);
    return shown ? shown.t - input.t : NaN;
  });
  const lastInput = state.inputs.at(-1)?.t ?? firstKeyAt;
  const lastShown = state.shown.at(-1)?.t ?? lastInput;
  const longTasks = state.longTasks
    .filter((task) => task.start + task.duration >= firstKeyAt && task.start <= lastShown)
    .map((task) => ({ duration: task.duration, at: task.start - firstKeyAt }));
  const finalText = await page.getByRole('meter').getAttribute('aria-valuetext');
  if (state.inputs.length !== length) throw new Error(`expected ${length} input events, saw ${state.inputs.length}`);
  return { latencies, longTasks, cadenceMs: (lastInput - state.inputs[0]!.t) / (length - 1), finalText };
}

export async function main(): Promise<number> {
  const started = Date.now();
  const failures: string[] = [];

  // ---- Sizes -------------------------------------------------------------------------------
  // Each page built on its own (pages built together share chunks, and a page would be charged
  // for its neighbour's code), into one directory that the server then serves.
  const builds: { entry: 'minimal.html' | 'index.html'; label: string; chunks: Map<string, Chunk>; manifest: Record<string, ManifestEntry> }[] = [];
  for (const [page, label] of [
    ['minimal', 'ResetFlow on the HTTP adapter (minimal.html)'],
    ['index', 'the whole demo, memory backend (index.html)'],
  ] as const) {
    const chunks = new Map<string, Chunk>();
    const config = demoConfig({ outDir, pages: [page] });
    await build({
      ...config,
      build: { ...config.build, emptyOutDir: page === 'minimal' },
      plugins: [...(config.plugins ?? []), collectChunks(chunks)],
    });
    const manifest = JSON.parse(await readFile(path.join(outDir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestEntry>;
    builds.push({ entry: `${page}.html`, label, chunks, manifest });
  }

  console.log('resetkit app bench: examples/demo built by Vite from dist/, served on 127.0.0.1 with');
  console.log(`  Content-Security-Policy: ${CSP}\n`);
  console.log('Package entry points (dist/, gzip; dependencies such as React and i18next are not included):');
  console.log(`  ${'entry point'.padEnd(42)} ${'own file'.padStart(10)} ${'+ static imports'.padStart(17)}`);
  for (const row of await entryPointSizes()) {
    console.log(`  ${row.name.padEnd(42)} ${kb(row.own).padStart(10)} ${kb(row.total).padStart(17)}`);
  }

  console.log('\nInitial JavaScript of the demo pages, each built alone (entry + static imports, gzip):');
  console.log(`  ${'page'.padEnd(46)} ${'without React'.padStart(14)} ${'with React'.padStart(11)}  chunks`);
  for (const { entry, label, chunks, manifest } of builds) {
    const files = initialFiles(manifest, entry).map((file) => chunks.get(file)).filter((chunk): chunk is Chunk => Boolean(chunk));
    const withReact = files.reduce((sum, chunk) => sum + chunk.gzip, 0);
    const withoutReact = files.filter((chunk) => !chunk.react).reduce((sum, chunk) => sum + chunk.gzip, 0);
    const names = files.map((chunk) => `${path.basename(chunk.file).replace(/-[\w-]{8}\.js$/, '')}${chunk.react ? ' (React)' : ''} ${kb(chunk.gzip)}`);
    console.log(`  ${label.padEnd(46)} ${kb(withoutReact).padStart(14)} ${kb(withReact).padStart(11)}  ${names.join(', ')}`);
    const dictionaries = files.filter((chunk) => chunk.dictionary);
    if (dictionaries.length > 0) failures.push(`${entry}: a dictionary in the initial JS (${dictionaries.map((chunk) => chunk.file).join(', ')})`);
    if (entry === 'minimal.html' && withoutReact > BUDGET.resetFlowInitialKb * 1024) {
      failures.push(`ResetFlow's initial JS ${kb(withoutReact)} > ${BUDGET.resetFlowInitialKb} KB gzip without React`);
    }
  }
  const chunks = builds[0]!.chunks;
  const lazy = [...chunks.values()].filter((chunk) => chunk.dictionary);
  console.log(`  dictionaries: ${lazy.length} chunks, ${kb(lazy.reduce((sum, chunk) => sum + chunk.gzip, 0))} in all, none initial: each loads (in the worker) when a password field needs it`);

  // ---- Browser -----------------------------------------------------------------------------
  const server = await startAppServer({ root: outDir, backend: true });
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    // A throwaway page: the browser's own start-up is not counted.
    await (await openPage(browser, `${server.url}/minimal.html`)).close();

    console.log(`\nNavigation to an interactive form (fresh context, empty cache, loopback), median of ${LOAD_RUNS}:`);
    for (const [url, label] of [
      [`${server.url}/minimal.html`, 'minimal.html (ResetFlow, HTTP adapter)'],
      [`${server.url}/?view=flow`, 'index.html (demo, memory backend)'],
    ] as const) {
      const times: number[] = [];
      const loaded: number[] = [];
      for (let run = 0; run < LOAD_RUNS; run += 1) {
        const { page, close, errors } = await openPage(browser, url);
        await page.waitForFunction(() => (window as unknown as BenchWindow).__bench.interactiveAt !== null);
        times.push(await page.evaluate(() => (window as unknown as BenchWindow).__bench.interactiveAt!));
        loaded.push(await page.evaluate(() => performance.getEntriesByType('navigation')[0]!.toJSON().domContentLoadedEventEnd as number));
        failures.push(...errors.map((error) => `${label}: ${error}`));
        await close();
      }
      console.log(`  ${label.padEnd(42)} form interactive ${ms(quantile(times, 0.5))} ms (DOMContentLoaded ${ms(quantile(loaded, 0.5))} ms; runs ${times.map(ms).join(', ')})`);
    }

    console.log(`\nTyping a ${[...PASSWORD].length}-character password at ${KEY_DELAY_MS} ms per key into ResetCompleteForm (demo, ?view=session&backend=http), ${TYPING_RUNS} runs each:`);
    console.log('  keystroke -> meter = input event to the first frame where the meter shows a result for that key or a later one;');
    console.log('  cold = a fresh page (the dictionary loads when the field gets focus), warm = one estimate shown before typing');
    const length = [...PASSWORD].length;
    const runs: { label: string; warm: boolean; delay: number; budget: boolean }[] = [
      { label: 'cold dictionary', warm: false, delay: KEY_DELAY_MS, budget: true },
      { label: 'warm dictionary', warm: true, delay: KEY_DELAY_MS, budget: true },
      // For context, not budgeted: a fast typist's pace.
      { label: 'warm, 100 ms/key', warm: true, delay: 100, budget: false },
    ];
    for (const { label, warm, delay, budget } of runs) {
      const latencies: number[] = [];
      const longTasks: TypingResult['longTasks'] = [];
      const cadences: number[] = [];
      const finals = new Set<string | null>();
      for (let run = 0; run < TYPING_RUNS; run += 1) {
        // The HTTP backend: its strength check runs on the server, as in production (the memory
        // backend's emulation would score on the page's main thread).
        const { page, close, errors } = await openPage(browser, `${server.url}/?view=session&backend=http`);
        const result = await typePassword(page, warm, delay);
        latencies.push(...result.latencies);
        longTasks.push(...result.longTasks);
        cadences.push(result.cadenceMs);
        finals.add(result.finalText);
        failures.push(...errors.map((error) => `typing: ${error}`));
        await close();
      }
      const long = longTasks.filter((task) => task.duration > BUDGET.longTaskMs);
      // By length typed so far: zxcvbn's cost grows with the length of the password.
      const byLength = LENGTH_BUCKETS.map(([from, to]) => {
        const slice = latencies.filter((_, index) => index % length >= from - 1 && index % length < to);
        return `${from}-${to}: ${ms(quantile(slice, 0.5))}/${ms(quantile(slice, 0.95))}`;
      });
      const p95 = quantile(latencies, 0.95);
      console.log(
        `  ${label.padEnd(16)} keystroke -> meter median ${ms(quantile(latencies, 0.5))} ms, p95 ${ms(p95)} ms, max ${ms(Math.max(...latencies))} ms (${latencies.length} keys, actual cadence ${ms(quantile(cadences, 0.5))} ms/key)`,
      );
      console.log(`  ${''.padEnd(16)} median/p95 ms by characters typed: ${byLength.join(', ')}`);
      console.log(
        `  ${''.padEnd(16)} long tasks (>= 50 ms, as the browser reports them): ${longTasks.length === 0 ? 'none' : longTasks.map((task) => `${ms(task.duration)} ms at +${ms(task.at)} ms`).join(', ')}; final meter: ${[...finals].join(' / ')}`,
      );
      if (latencies.some((value) => Number.isNaN(value))) failures.push(`${label}: a keystroke never reached the meter`);
      if (!budget) continue;
      if (long.length > 0) failures.push(`${label}: ${long.length} long task(s) > ${BUDGET.longTaskMs} ms while typing`);
      if (warm && !(p95 < BUDGET.warmKeystrokeP95Ms)) failures.push(`warm keystroke -> meter p95 ${ms(p95)} ms >= ${BUDGET.warmKeystrokeP95Ms} ms`);
    }
  } finally {
    await browser.close();
    await server.close();
  }

  console.log(
    `\nBudgets: ResetFlow's initial JS <= ${BUDGET.resetFlowInitialKb} KB gzip without React; no dictionary in initial JS; no long task > ${BUDGET.longTaskMs} ms while typing (cold or warm); warm keystroke -> meter p95 < ${BUDGET.warmKeystrokeP95Ms} ms.`,
  );
  console.log(failures.length === 0 ? 'app bench: all budgets met' : `app bench: ${failures.length} budget(s) missed:\n  - ${failures.join('\n  - ')}`);
  console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s)`);
  return failures.length === 0 ? 0 : 1;
}
