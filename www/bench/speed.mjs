// Speed benchmark: first interactive render and keystroke → DOM-updated latency (p50/p90 over
// 200 keystrokes) at 1× and 4× CPU throttling, in headless Chromium via the DevTools protocol.
// Prints figures and compares them with the targets; it is a report, not a flaky timed test.
// SPEED_DIST=DIR measures another build of dist/ (to compare two builds on the same hour).
import { chromium } from 'playwright-core';
import { startServer } from '../e2e/support/server.mjs';
import { launchOptions } from '../e2e/support/browser.mjs';
import { serve } from '../tools/serve.mjs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// SPEED_LOADS and SPEED_KEYSTROKES make a short run (the tooling test checks the bench still runs).
const KEYSTROKES = Number(process.env.SPEED_KEYSTROKES ?? 200);
// First render varies from run to run (process start-up, scheduling): report the median.
const LOADS = Number(process.env.SPEED_LOADS ?? 7);
// Issue 27: the first interactive render at most 2.5 times the blank page's, in the same kind of
// tab at the same CPU rate (what Chromium needs to show anything is not the app's to cut).
const TARGETS = { firstRender1x: 150, keystrokeP90_1x: 8, keystrokeP90_4x: 50, overFloor: 2.5 };

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}


// In the page: type into a field KEYSTROKES times; time from the input event until the DOM
// shows the new result (a MutationObserver sees the headline tile change).
async function typeAndTime(count) {
  const input = document.querySelector('[data-testid="input-customers"]');
  const read = () => document.querySelector('[data-testid="result-cumulativeProfitUplift"]')?.textContent;
  const changed = (before) => new Promise((resolve, reject) => {
    const mo = new MutationObserver(() => { if (read() !== before) { mo.disconnect(); resolve(); } });
    mo.observe(document.body, { subtree: true, childList: true, characterData: true });
    setTimeout(() => { mo.disconnect(); reject(new Error('the results did not update')); }, 2000);
  });
  const times = [];
  for (let i = 0; i < count; i++) {
    await new Promise((r) => setTimeout(r, 0));
    const before = read();
    const shown = changed(before);
    const t0 = performance.now();
    input.value = String(10000 + i + 1);
    input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: '1' }));
    await shown;
    times.push(performance.now() - t0);
    if (input !== document.querySelector('[data-testid="input-customers"]')) throw new Error('the input was replaced');
  }
  return times;
}

// Installed before any page script: when the first headline result is in the DOM, and when
// everything is drawn (the app drops aria-busy after its first frame) and painted.
const WATCH = `new MutationObserver((_, mo) => {
  if (document.querySelector('[data-testid^="result-"]')) { window.__resultsShown = performance.now(); mo.disconnect(); }
}).observe(document, { childList: true, subtree: true });
new MutationObserver((_, mo) => {
  const app = document.querySelector('.app');
  if (!app || app.hasAttribute('aria-busy')) return;
  mo.disconnect();
  requestAnimationFrame(() => setTimeout(() => { window.__complete = performance.now(); }, 0));
}).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });`;

// Read through the DevTools protocol, never Playwright's page helpers: those inject a utility
// script into the page (≈25 ms of main-thread work) right in the middle of the start-up being timed.
const READ = `(() => {
  const at = (name) => performance.getEntriesByName(name)[0]?.startTime;
  return { timeOrigin: performance.timeOrigin, interactive: at('rox:interactive'), boot: at('rox:boot'),
    text: at('rox:text'), wasm: at('rox:wasm'),
    shown: window.__resultsShown, painted: at('first-contentful-paint'), complete: window.__complete };
})()`;

const SETTLE_MS = 500;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Navigate and wait until the page is interactive and painted; the figures from navigation. */
async function visit(page, cdp, url) {
  const since = Date.now() - 1;
  await page.goto(url, { waitUntil: 'commit' });
  for (let tries = 0; tries < 100; tries++) {
    await sleep(100);
    const { result } = await cdp.send('Runtime.evaluate', { expression: READ, returnByValue: true });
    const r = result.value;
    if (r && r.timeOrigin >= since && r.interactive !== undefined && r.painted !== undefined && r.shown !== undefined) {
      // Let the page go idle (wasm tier-up, timers) so it does not compete with the next visit
      // for the two cores: a visitor's previous page is idle too.
      await sleep(SETTLE_MS);
      // The rest of the page (the frame after the first) is drawn by now.
      const { result: later } = await cdp.send('Runtime.evaluate', { expression: READ, returnByValue: true });
      return { ...r, complete: later.value?.complete, ready: Math.max(r.interactive, r.painted) };
    }
  }
  const { result } = await cdp.send("Runtime.evaluate", { expression: READ, returnByValue: true });
  throw new Error(`${url} did not become interactive: ${JSON.stringify(result.value)} since ${since}`);
}

/** A tab whose renderer already runs (as after any page of the site): CPU throttled, HTTP cache
 * emptied before each visit and no service worker, so every visit downloads everything. */
async function openTab(browser, rate) {
  const context = await browser.newContext({ locale: 'en-US', serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await cdp.send('Page.enable');
  await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: WATCH });
  return { context, page, cdp };
}

const median = (list) => percentile([...list].sort((a, b) => a - b), 50);

/** Medians over LOADS first visits of each of `urls`, each in a warm tab of its own (`newTab`
 * false) or each visit in a new tab. The visits take turns (the app, the blank page, the app,
 * …), so both meet the machine in the same state; `ratio` is the median of each turn's first
 * render over the blank page's. */
async function firstVisits(browser, urls, rate, newTab) {
  const runs = urls.map(() => []);
  const tabs = urls.map(() => null);
  for (let i = 0; i <= LOADS; i++) {
    for (const [k, url] of urls.entries()) {
      if (!tabs[k] || newTab) tabs[k] = await openTab(browser, rate);
      const tab = tabs[k];
      if (!newTab && i === 0) await visit(tab.page, tab.cdp, url); // the tab's first page
      await tab.cdp.send('Network.clearBrowserCache');
      const r = await visit(tab.page, tab.cdp, url);
      if (i > 0 || newTab) runs[k].push(r);
      if (newTab) await tab.context.close();
    }
  }
  if (!newTab) for (const tab of tabs) await tab.context.close();
  const keys = ['boot', 'text', 'wasm', 'shown', 'interactive', 'painted', 'ready', 'complete'];
  const medians = runs.map((list) => {
    const pick = (k) => (list.every((r) => r[k] !== undefined) ? median(list.map((r) => r[k])) : undefined);
    return Object.fromEntries(keys.map((k) => [k, pick(k)]));
  });
  const ratio = runs.length > 1 ? median(runs[0].map((r, i) => r.ready / runs[1][i].ready)) : undefined;
  return { medians, ratio, turns: runs[0].length };
}

async function keystrokes(browser, url, rate) {
  const { context, page, cdp } = await openTab(browser, rate);
  await visit(page, cdp, url);
  const times = (await page.evaluate(typeAndTime, KEYSTROKES)).sort((a, b) => a - b);
  await context.close();
  return { p50: percentile(times, 50), p90: percentile(times, 90) };
}

// The floor: a page with one line of text and one module script, served the same way. What
// Chromium itself needs to show anything is not the app's to cut.
async function blankSite() {
  const dir = await mkdtemp(join(tmpdir(), 'rox-blank-'));
  await writeFile(join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title>' +
    '<script type="module" src="boot.js"></script></head><body><p data-testid="result-x">1</p></body></html>');
  await writeFile(join(dir, 'boot.js'), "performance.mark('rox:boot'); performance.mark('rox:interactive');");
  return { dir, server: await serve(dir, 0) };
}

const server = process.env.SPEED_DIST ? await serve(process.env.SPEED_DIST, 0) : await startServer();
const blank = await blankSite();
const browser = await chromium.launch(launchOptions());
try {
  const ms = (v) => (v === undefined ? '       ' : `${v.toFixed(0).padStart(5)} ms`);
  console.log('speed (headless Chromium, this machine; medians of ' + LOADS + ' first visits, from navigation)');
  console.log('  CPU  where                      results in DOM  listening  painted  first interactive render  all drawn  keystroke p50  p90');
  const rows = {};
  for (const rate of [1, 4]) {
    await firstVisits(browser, [server.origin + '/'], rate, false); // warm-up: Chromium's own caches
    const both = [server.origin + '/', blank.server.origin + '/'];
    const open = await firstVisits(browser, both, rate, false);
    const renewed = await firstVisits(browser, both, rate, true);
    const [tab, floorTab] = open.medians;
    const [fresh, floorNew] = renewed.medians;
    const keys = await keystrokes(browser, server.origin + '/', rate);
    rows[rate] = { tab, fresh, keys, ratios: { open, renewed } };
    const line = (where, r, k) => console.log(`  ${rate}×   ${where.padEnd(26)}${ms(r.shown)}    ${ms(r.interactive)} ${ms(r.painted)}   ${ms(r.ready)}` +
      `                ${ms(r.complete)}` + (k ? `   ${ms(k.p50)} ${ms(k.p90)}` : ''));
    line('open tab, empty cache', tab, keys);
    line('new tab, empty cache', fresh);
    line('blank page, open tab', floorTab);
    line('blank page, new tab', floorNew);
  }
  const t = rows[1].tab;
  console.log(`  where the open tab's ${t.ready.toFixed(0)} ms go at 1×: boot.js runs at ${t.boot.toFixed(0)}, its text pack is in at ${t.text.toFixed(0)}, ` +
    `the wasm is ready at ${t.wasm.toFixed(0)}, results in the DOM at ${t.shown.toFixed(0)}, painted at ${t.painted.toFixed(0)} ms`);
  const n = rows[1].fresh;
  console.log(`  new tab at 1×: boot.js at ${n.boot.toFixed(0)}, wasm instantiated at ${n.wasm.toFixed(0)}, painted at ${n.painted.toFixed(0)} ms`);
  console.log('  first interactive render = the first screen (inputs, headline results) painted and the app listening (the later');
  console.log('  of the two); "all drawn" = charts, tables and cards below it drawn and painted too (the next frames).');
  console.log('  A new tab starts a renderer process (locale data, fonts): the blank page shows that share.');
  const checks = [
    ['first interactive render at 1× (open tab)', rows[1].tab.ready, TARGETS.firstRender1x],
    ['keystroke p90 at 1×', rows[1].keys.p90, TARGETS.keystrokeP90_1x],
    ['keystroke p90 at 4×', rows[4].keys.p90, TARGETS.keystrokeP90_4x],
  ];
  for (const [name, value, target] of checks) {
    console.log(`  ${value <= target ? 'ok  ' : 'OVER'} ${name}: ${value.toFixed(1)} ms (target ≤ ${target} ms)`);
  }
  for (const rate of [1, 4]) {
    const r = rows[rate];
    for (const [where, { ratio, turns }] of [['open tab', r.ratios.open], ['new tab', r.ratios.renewed]]) {
      console.log(`  ${ratio <= TARGETS.overFloor ? 'ok  ' : 'OVER'} first interactive render at ${rate}× (${where}): ${ratio.toFixed(2)}× the blank page's ` +
        `(median of ${turns} turns, the app and the blank page in turn; target ≤ ${TARGETS.overFloor}×)`);
    }
  }
} finally {
  await browser.close();
  await server.stop();
  await blank.server.stop();
  await rm(blank.dir, { recursive: true, force: true });
}
