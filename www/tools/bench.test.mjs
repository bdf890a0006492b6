// `make bench` still runs: each benchmark, in a short run against dist/, finishes and prints its
// figures. The figures themselves are never checked here (they depend on the machine's load);
// a benchmark that stops on a change to the page (a test hook moved, a field folded away) is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const WWW = fileURLToPath(new URL('..', import.meta.url));

/** Runs `script` (under www/) with `env` added; resolves to what it printed. */
async function bench(script, env) {
  const { stdout } = await promisify(execFile)('node', [script], {
    cwd: WWW,
    env: { ...process.env, ...env },
    timeout: 170000,
    maxBuffer: 1 << 20,
  });
  return stdout;
}

const NUMBER = String.raw`\d+(\.\d+)?`;

test('the speed benchmark times the first render and the keystrokes against the blank page', async () => {
  const out = await bench('bench/speed.mjs', { SPEED_LOADS: '1', SPEED_KEYSTROKES: '10' });
  assert.match(out, new RegExp(`first interactive render at 1× \\(open tab\\): ${NUMBER} ms`));
  assert.match(out, new RegExp(`keystroke p90 at 4×: ${NUMBER} ms`));
  for (const rate of ['1', '4']) {
    for (const where of ['open tab', 'new tab']) {
      assert.match(out, new RegExp(`first interactive render at ${rate}× \\(${where}\\): ${NUMBER}× the blank page's`));
    }
  }
});

test('the Monte Carlo benchmark times the worker and watches the main thread during a run', async () => {
  const out = await bench('bench/monte-carlo.mjs', {});
  assert.match(out, new RegExp(`100,000 trials, request to summary \\(median of 5\\): ${NUMBER} ms`));
  assert.match(out, new RegExp(`1,000,000 trials: ${NUMBER} ms, ${NUMBER} million trials/s`));
  assert.match(out, new RegExp(`longest main-thread task during a 1,000,000-trial run on the page: ${NUMBER} ms`));
});

test('the Lighthouse benchmark calibrates the CPU slowdown, scores a page and names the machine it ran on', async () => {
  const out = await bench('bench/lighthouse.mjs', { LH_PAGES: '#payback', LH_RUNS: '1', LH_CALIBRATE_RUNS: '1' });
  assert.match(out, new RegExp(`CPU slowdown ${NUMBER}×: calibrated to this machine's benchmark index \\d+`));
  // The page's row: performance, accessibility, best practices and SEO, blocking time and LCP.
  assert.match(out, /^ {2}#payback +\d+[ !] +\d+[ !] +\d+[ !] +\d+[ !] +\d+[ !] +\d+\.\d/m);
  assert.match(out, /this machine's Lighthouse benchmark index: \d+/);
});
