// Monte Carlo benchmark (issues 21 and 31): trials per second of the default business case in headless
// Chromium's worker (www/mc-worker.js, the page's own wasm), 100 000 trials from request
// to summary, and the main thread's longest task while the page runs 1 000 000 trials. Prints
// figures beside the targets; the native figure comes from `cargo run --release --example
// monte_carlo`. A report, not a timed test.
import { chromium } from 'playwright-core';
import { startServer } from '../e2e/support/server.mjs';
import { launchOptions } from '../e2e/support/browser.mjs';
import { openFold } from '../e2e/support/pages.mjs';

const TARGETS = { hundredThousandMs: 25, longTaskMs: 50 };

const server = await startServer();
const browser = await chromium.launch(launchOptions());
try {
  const page = await browser.newPage();
  await page.goto(server.origin + '/#case');
  await page.getByTestId('mc-result').waitFor({ timeout: 60000 });
  // The scenario's link with a given trial count, as the panel writes it.
  const linkWith = async (trials) => {
    await page.getByTestId('mc-trials').fill(String(trials));
    await page.getByTestId('mc-trials').press('Enter');
    // The link names the trials unless they are the default (100 000), then it leaves them out.
    await page.waitForFunction((n) => (n === 100000 ? !/(x=|_)n\d/.test(location.hash) : new RegExp(`(x=|_)n${n}(_|&|$)`).test(location.hash)), trials);
    return page.evaluate(() => location.hash.slice(1));
  };
  const link1m = await linkWith(1000000);
  const link100k = await linkWith(100000);
  // Back to a short run, so the page's own worker is idle while the timing runs.
  await linkWith(1000);
  await page.getByTestId('mc-status').filter({ hasText: /^1,000 trials/ }).waitFor({ timeout: 60000 });
  // A worker of its own, as the panel starts it, in a page that runs no simulation itself: the
  // time from request to summary.
  const quiet = await browser.newPage();
  await quiet.goto(server.origin + '/#sources');
  const timed = (link, runs) => quiet.evaluate(async ({ link, runs }) => {
    const worker = new Worker('mc-worker.js', { type: 'module' });
    const run = (id) => new Promise((resolve) => {
      const t0 = performance.now();
      worker.onmessage = ({ data }) => { if (data.id === id && data.summary) resolve(performance.now() - t0); };
      worker.postMessage({ id, link });
    });
    await run(0); // loads and compiles the module
    const times = [];
    for (let i = 1; i <= runs; i++) times.push(await run(i));
    worker.terminate();
    return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
  }, { link, runs });
  const ms100k = await timed(link100k, 5);
  const ms1m = await timed(link1m, 1);
  await quiet.close();
  // The page running 1 000 000 trials while the main thread is watched for long tasks.
  await linkWith(1000000);
  // The seed is in the folded "how this is computed", drawn when first opened.
  await openFold(page, 'mc-method');
  await page.getByTestId('mc-seed').waitFor();
  const longest = await page.evaluate(async () => {
    let longest = 0;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) longest = Math.max(longest, e.duration); }).observe({ type: 'longtask' });
    const status = () => document.querySelector('[data-testid=mc-status]')?.textContent ?? '';
    const seed = document.querySelector('[data-testid=mc-seed]');
    seed.value = '99';
    seed.dispatchEvent(new Event('change', { bubbles: true }));
    while (!/1,000,000 trials, seed 99/.test(status())) await new Promise((r) => setTimeout(r, 50));
    return longest;
  });
  const rate = 1e6 / (ms1m / 1000);
  console.log('monte carlo in the browser (headless Chromium worker, this machine, default business case)');
  console.log(`  100,000 trials, request to summary (median of 5): ${ms100k.toFixed(0)} ms (target ≤ ${TARGETS.hundredThousandMs} ms)`);
  console.log(`  1,000,000 trials: ${ms1m.toFixed(0)} ms, ${(rate / 1e6).toFixed(2)} million trials/s (compare with the native figure above; target ≥ 60% of it)`);
  console.log(`  longest main-thread task during a 1,000,000-trial run on the page: ${longest.toFixed(0)} ms (target ≤ ${TARGETS.longTaskMs} ms; 0 = none over 50 ms)`);
} finally {
  await browser.close();
  await server.stop();
}
