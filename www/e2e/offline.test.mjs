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

test('after one visit the calculator works with the network off', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rox-offline-'));
  cpSync(DIST, dir, { recursive: true });
  const server = await serve(dir, 0);
  const browser = await launch();
  try {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(server.origin + '/');
    await page.getByTestId('result-clvAfter').waitFor();
    await controlled(page);
    await context.setOffline(true);
    await page.reload();
    await page.getByTestId('result-clvAfter').waitFor();
    await page.getByTestId('input-customers').fill('20000');
    const value = Number(await page.getByTestId('result-cumulativeProfitUplift').getAttribute('data-value'));
    assert.ok(value > 0);
    await context.close();
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('slides made once online are made offline too: the service worker kept the slides module', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rox-offline-slides-'));
  cpSync(DIST, dir, { recursive: true });
  const server = await serve(dir, 0);
  const browser = await launch();
  try {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(server.origin + '/#case');
    await page.getByTestId('slides-case').waitFor();
    await controlled(page);
    const slides = () => Promise.all([page.waitForEvent('download'), page.getByTestId('slides-case').click()]);
    await slides();
    await context.setOffline(true);
    await page.reload();
    const [file] = await slides();
    assert.equal(file.suggestedFilename(), 'cx-business-case.pptx');
    assert.equal(await page.getByTestId('notice').count(), 0);
    await context.close();
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a new deploy is picked up on the next visit and the old cache is dropped', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rox-deploy-'));
  cpSync(DIST, dir, { recursive: true });
  const server = await serve(dir, 0);
  const browser = await launch();
  try {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(server.origin + '/');
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
    await context.close();
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
