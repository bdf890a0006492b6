// What the browser fetches, weighed: opens the built page in headless Chromium (no service
// worker, empty cache) and counts every file of dist/ it asks the local server for.
//   landing: from opening `/` until the app is drawn and the network has been quiet;
//   tour:    the landing plus what opening every other tab in turn adds, each until quiet.
// Each file counts once, as gzip -9 of its bytes in dist/ (the query string is ignored).
// Usage: node weigh.mjs [DIST] [--check] [--locale=en-US]
// With --check, exits 1 when the landing or the tour is over its limit in www/budget.json
// (the targets there are printed, never failed on).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { launchOptions } from '../e2e/support/browser.mjs';
import { COMPRESSIBLE, serve } from './serve.mjs';

/** The tabs a tour opens after the landing (the landing is the first, retention), in order. */
export const TOUR = ['payback', 'case', 'metrics', 'scenarios', 'report', 'sources', 'assessment', 'realisation'];
/** No request in flight for this long is a quiet network. */
export const QUIET_MS = 500;
/** Longest wait for one step (the landing or one tab) to be drawn and quiet. */
export const STEP_TIMEOUT_MS = 60_000;
// Drawn: the app is not busy, nor anything in it (a Monte Carlo running; pages.mjs `allDrawn`).
const DRAWN = '.app:not([aria-busy]):not(:has([aria-busy]))';

/** The dist/ file (relative, forward slashes) a request URL's path maps to, or null when the
 * path is outside dist/ or no file (as serve.mjs maps it: `/` and `…/` name index.html). */
export function distFile(dist, url) {
  const root = resolve(dist);
  let path;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  const file = resolve(join(root, path.endsWith('/') ? path + 'index.html' : path));
  if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) return null;
  return relative(root, file).split(sep).join('/');
}

/** gzip -9 size of `file` in bytes. */
export const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Bytes serve.mjs sends a browser that takes Brotli: `file`'s Brotli copy (compress.mjs), or
 * the file itself when it is not compressed (an image); null when a copy is missing. */
export function brotliSize(file) {
  if (existsSync(file + '.br')) return statSync(file + '.br').size;
  return COMPRESSIBLE.has(extname(file)) ? null : statSync(file).size;
}

/** Sums a weighed list's bytes per step: { landing, tour } in bytes, of each file's `size`
 * ('gzip', or 'br' for what is served). */
export function totals(files, size = 'gzip') {
  const landing = files.filter((f) => f.step === 'landing').reduce((n, f) => n + f[size], 0);
  return { landing, tour: files.reduce((n, f) => n + f[size], 0) };
}

/** Opens the page served from `dist` and weighs what it fetches. Resolves to
 * { files: [{ file, gzip, step }], missing: [url] } where step is 'landing' or the tab ('#case')
 * that first fetched the file, and missing lists local requests no dist/ file answers. */
export async function weigh(dist, { locale = 'en-US', log = () => {} } = {}) {
  const server = await serve(dist, 0);
  const browser = await chromium.launch(launchOptions());
  try {
    const context = await browser.newContext({ locale, serviceWorkers: 'block' });
    const inFlight = new Set();
    let lastChange = Date.now();
    const seen = new Map(); // dist file → step that first fetched it
    const missing = [];
    let step = 'landing';
    const local = (r) => r.url().startsWith(server.origin + '/');
    // Context-wide, so requests of workers (the Monte Carlo's) are heard too.
    context.on('request', (r) => {
      if (!local(r)) return;
      inFlight.add(r);
      lastChange = Date.now();
      const file = distFile(dist, r.url());
      if (file === null) missing.push(r.url());
      else if (!seen.has(file)) seen.set(file, step);
    });
    const done = (r) => {
      if (inFlight.delete(r)) lastChange = Date.now();
    };
    context.on('requestfinished', done);
    context.on('requestfailed', done);

    const page = await context.newPage();
    /** Waits until the app is drawn and no local request has been in flight for QUIET_MS. */
    const settle = async (what) => {
      const deadline = Date.now() + STEP_TIMEOUT_MS;
      try {
        await page.locator(DRAWN).waitFor({ timeout: STEP_TIMEOUT_MS });
      } catch {
        throw new Error(`${what}: the app was still busy (aria-busy) after ${STEP_TIMEOUT_MS / 1000} s`);
      }
      for (;;) {
        if (inFlight.size === 0 && Date.now() - lastChange >= QUIET_MS) return;
        if (Date.now() > deadline) {
          const open = [...inFlight].map((r) => r.url().slice(server.origin.length)).join(', ');
          throw new Error(`${what}: the network was not quiet for ${QUIET_MS} ms within ${STEP_TIMEOUT_MS / 1000} s` +
            (open ? ` (in flight: ${open})` : ' (requests kept starting)'));
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    };

    await page.goto(server.origin + '/');
    await page.getByTestId('results').first().waitFor({ timeout: STEP_TIMEOUT_MS });
    await settle('landing');
    log(`landing: ${seen.size} files`);
    for (const tab of TOUR) {
      step = `#${tab}`;
      const before = seen.size;
      // As a visitor would: a click on the tab.
      await page.getByTestId(`tab-${tab}`).click();
      await page.locator(`#panel-${tab}`).waitFor({ timeout: STEP_TIMEOUT_MS });
      await settle(step);
      log(`${step}: +${seen.size - before} files`);
    }
    await context.close();
    const files = [...seen].map(([file, at]) => ({ file, gzip: gzipSize(join(dist, file)), br: brotliSize(join(dist, file)), step: at }));
    return { files, missing };
  } finally {
    await browser.close();
    await server.stop();
  }
}

const kb = (n) => (n / 1024).toFixed(1);

/** The table `make bench` prints: landing files first, then each tab's, largest first. */
export function report({ files, missing }, budget, dist) {
  const order = ['landing', ...TOUR.map((t) => `#${t}`)];
  const sorted = [...files].sort((a, b) => order.indexOf(a.step) - order.indexOf(b.step) || b.gzip - a.gzip);
  const width = Math.max(4, ...files.map((f) => f.file.length));
  const lines = [`${'file'.padEnd(width)}  KB gzip  fetched on`];
  for (const f of sorted) lines.push(`${f.file.padEnd(width)}  ${kb(f.gzip).padStart(7)}  ${f.step === 'landing' ? 'landing' : `tour (${f.step})`}`);
  const { landing, tour } = totals(files);
  lines.push(
    `landing: ${kb(landing)} KB gzip (limit ${budget.landingKbGzip}, target ${budget.landingTargetKbGzip})`,
    `tour:    ${kb(tour)} KB gzip (limit ${budget.tourKbGzip}, target ${budget.tourTargetKbGzip})`,
  );
  // What a browser receives from a host that serves the Brotli copies (serve.mjs does).
  if (files.length && files.every((f) => f.br != null)) {
    const served = totals(files, 'br');
    lines.push(`as served, Brotli: landing ${kb(served.landing)} KB, tour ${kb(served.tour)} KB`);
  }
  if (dist) {
    const fetched = new Set(files.map((f) => f.file));
    const rest = readdirSync(dist, { recursive: true })
      .map((f) => f.split(sep).join('/'))
      .filter((f) => !fetched.has(f) && !f.endsWith('.br') && statSync(join(dist, f)).isFile());
    const restKb = rest.reduce((n, f) => n + gzipSize(join(dist, f)), 0);
    lines.push(`not fetched on the tour (${rest.length} of dist/'s files, ${kb(restKb)} KB gzip): ${rest.sort().join(', ')}`);
  }
  if (missing.length) lines.push(`asked for but not in dist/: ${[...new Set(missing)].join(', ')}`);
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const dist = args.find((a) => !a.startsWith('--')) ?? 'dist';
  const check = args.includes('--check');
  const locale = args.find((a) => a.startsWith('--locale='))?.slice('--locale='.length) ?? 'en-US';
  const budget = JSON.parse(readFileSync(new URL('../budget.json', import.meta.url), 'utf8'));
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`weigh: no ${join(dist, 'index.html')}; build it first (make dist)`);
    process.exit(2);
  }
  let result;
  try {
    result = await weigh(dist, { locale });
  } catch (e) {
    console.error(`weigh: ${e.message}`);
    process.exit(2);
  }
  console.log(report(result, budget, dist));
  if (check) {
    const { landing, tour } = totals(result.files);
    const over = [
      landing > budget.landingKbGzip * 1024 && `landing is over its ${budget.landingKbGzip} KB limit by ${kb(landing - budget.landingKbGzip * 1024)} KB`,
      tour > budget.tourKbGzip * 1024 && `tour is over its ${budget.tourKbGzip} KB limit by ${kb(tour - budget.tourKbGzip * 1024)} KB`,
    ].filter(Boolean);
    if (over.length) {
      console.error(`${over.join('; ')}: see docs/size.md for what costs what`);
      process.exit(1);
    }
  }
}
