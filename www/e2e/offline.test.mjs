// Offline: after the first visit the app works with the network off; a new deploy is picked up
// on the next visit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { serve } from '../tools/serve.mjs';
import { DIST } from './support/server.mjs';
import { launch } from './support/browser.mjs';

const WWW = fileURLToPath(new URL('..', import.meta.url));

async function controlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
  });
}

/** Run `body` with a page served from a copy of dist/ (`dir`, which a test may change), a fresh
 * browser, and everything removed afterwards. */
async function withCopy(name, body) {
  const dir = mkdtempSync(join(tmpdir(), `rox-${name}-`));
  cpSync(DIST, dir, { recursive: true });
  const server = await serve(dir, 0);
  const browser = await launch();
  try {
    const context = await browser.newContext({ locale: 'en-US' });
    await body({ dir, context, page: await context.newPage(), origin: server.origin });
    await context.close();
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

test('after one visit the calculator works with the network off', () => withCopy('offline', async ({ context, page, origin }) => {
  await page.goto(origin + '/');
  await page.getByTestId('result-clvAfter').waitFor();
  await controlled(page);
  await context.setOffline(true);
  await page.reload();
  await page.getByTestId('result-clvAfter').waitFor();
  await page.getByTestId('input-customers').fill('20000');
  const value = Number(await page.getByTestId('result-cumulativeProfitUplift').getAttribute('data-value'));
  assert.ok(value > 0);
}));

test('slides made once online are made offline too: the service worker kept the slides module', () => withCopy('offline-slides', async ({ context, page, origin }) => {
  await page.goto(origin + '/#case');
  await page.getByTestId('slides-case').waitFor();
  await controlled(page);
  const slides = () => Promise.all([page.waitForEvent('download'), page.getByTestId('slides-case').click()]);
  await slides();
  // The service worker stores the module as it passes it on: wait until it is stored.
  await page.waitForFunction(() => caches.match('rox_slides.js', { ignoreSearch: true }).then(Boolean));
  await context.setOffline(true);
  await page.reload();
  const [file] = await slides();
  assert.equal(file.suggestedFilename(), 'cx-business-case.pptx');
  assert.equal(await page.getByTestId('notice').count(), 0);
}));

test('a new deploy is picked up on the next visit and the old cache is dropped', () => withCopy('deploy', async ({ dir, page, origin }) => {
  await page.goto(origin + '/');
  await controlled(page);
  const before = await page.evaluate(() => caches.keys());
  assert.equal(before.length, 1);

  // "Deploy": change the page and stamp a fresh service worker, as `make dist` does.
  const index = join(dir, 'index.html');
  writeFileSync(index, readFileSync(index, 'utf8').replace('<title>', '<title>v2 '));
  cpSync(join(WWW, 'sw.js'), join(dir, 'sw.js'));
  execFileSync(process.execPath, [join(WWW, 'tools', 'stamp.mjs'), dir]);

  await page.reload();
  assert.match(await page.title(), /^v2 /);
  await page.waitForFunction((old) => caches.keys().then((k) => k.length === 1 && k[0] !== old), before[0]);
}));
