// The page as a whole: loads cleanly, keyboard tabs, and never talks to anyone but its origin.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { setup } from './support/pages.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

test('the page loads with no console error and shows the retention calculator', async () => {
  const app = await env.page();
  await app.goto();
  assert.equal(await app.page.getByTestId('tab-retention').getAttribute('aria-selected'), 'true');
  assert.ok(await app.page.locator('#panel-retention').isVisible());
  assert.equal(await app.isStale(), false);
  assert.match(await app.resultText('clvAfter'), /^\$\d/);
  await app.openTab('payback');
  await app.page.getByTestId('result-npv').waitFor();
  assert.deepEqual(app.consoleErrors, []);
  await app.close();
});

test('the page requests nothing beyond its own static files', async () => {
  const app = await env.page();
  await app.goto();
  await app.fill('customers', '12345');
  await app.openTab('payback');
  await app.fill('upfrontInvestment', '250000');
  // The last thing the page does with a change: write it to the address.
  await app.page.waitForFunction(() => location.hash.includes('250000'));
  assert.ok(app.requests.length > 0);
  const foreign = app.requests.filter((u) => !u.startsWith(env.server.origin + '/'));
  assert.deepEqual(foreign, []);
  await app.close();
});

test('tabs work from the keyboard', async () => {
  const app = await env.page();
  await app.goto();
  await app.page.getByTestId('tab-retention').focus();
  await app.page.keyboard.press('ArrowRight');
  await app.page.locator('#panel-payback').waitFor();
  assert.equal(await app.page.getByTestId('tab-payback').getAttribute('aria-selected'), 'true');
  assert.equal(await app.page.evaluate(() => document.activeElement.id), 'tab-payback');
  await app.close();
});

test('every input has a label, a unit and help text', async () => {
  const app = await env.page();
  await app.goto();
  for (const tab of ['retention', 'payback', 'case', 'metrics']) {
    await app.openTab(tab);
    const unlabelled = await app.page.evaluate(() =>
      [...document.querySelectorAll('input')].filter((i) => !i.labels || i.labels.length === 0).map((i) => i.id));
    assert.deepEqual(unlabelled, [], `${tab}: inputs without a label`);
    const undescribed = await app.page.evaluate(() =>
      [...document.querySelectorAll('input')].filter((i) => !i.getAttribute('aria-describedby')).map((i) => i.id));
    assert.deepEqual(undescribed, [], `${tab}: inputs without help`);
  }
  await app.close();
});

test('the layout fits a 360 px phone without sideways scrolling', async () => {
  const app = await env.page();
  await app.page.setViewportSize({ width: 360, height: 740 });
  await app.goto();
  for (const tab of ['retention', 'payback', 'case', 'metrics', 'sources']) {
    await app.openTab(tab);
    const overflow = await app.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${tab} overflows by ${overflow}px`);
  }
  await app.close();
});

test('the address opens a page and follows the open page', async () => {
  const app = await env.page();
  await app.page.goto(env.server.origin + '/#case');
  await app.page.locator('#panel-case').waitFor();
  await app.openTab('metrics');
  await app.page.waitForFunction(() => location.hash.includes('t=metrics'));
  await app.page.evaluate(() => { location.hash = '#payback'; });
  await app.page.locator('#panel-payback').waitFor();
  await app.close();
  const fresh = await env.page();
  await fresh.page.goto(env.server.origin + '/#nonsense');
  await fresh.page.locator('#panel-retention').waitFor();
  await fresh.close();
});

test('the first frame draws the first screen, and the rest follows in a few frames without moving it', async () => {
  // Per page: what the first frame draws and what is there once everything is drawn; and, for
  // the pages drawn in more than two frames, the counts of every frame in turn.
  const pages = [
    { path: '/', count: { '[data-testid^="result-"]': [5, 5], '.results .chart': [0, 1], '.year-table': [0, 1], '.convention': [0, 1] } },
    {
      path: '/#case',
      count: { '[data-testid^="result-"]': [4, 4], '.results .chart': [0, 2], '.lever': [0, 8] },
      frames: [[4, 0, 0], [4, 2, 0], [4, 2, 2], [4, 2, 4], [4, 2, 6], [4, 2, 8]],
    },
    { path: '/#metrics', count: { '.helper': [3, 9] }, frames: [[3], [5], [7], [9]] },
    // The report's body follows in the second frame.
    { path: '/#report', count: { '[data-testid=report] > section.keep [data-testid^="result-"]': [0, 4], '[data-testid=report] > section.keep .chart': [0, 2] } },
  ];
  for (const { path, count, frames } of pages) {
    const app = await env.page();
    await app.page.addInitScript((selectors) => {
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
      // The counts in each animation frame (what is painted), until everything is drawn. Not
      // after each change: within one task the page may pass through states no frame shows
      // (Yew's render, then the effects that run after it).
      window.__frames = [];
      const sample = () => {
        const root = document.querySelector('.app');
        if (root) {
          const count = selectors.map((s) => document.querySelectorAll(s).length);
          window.__first ??= { busy: root.getAttribute('aria-busy'), count };
          if (JSON.stringify(count) !== JSON.stringify(window.__frames.at(-1))) window.__frames.push(count);
          if (!root.hasAttribute('aria-busy')) return;
        }
        requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    }, Object.keys(count));
    await app.page.goto(env.server.origin + path);
    await app.allDrawn();
    const first = await app.page.evaluate(() => window.__first);
    assert.equal(first.busy, 'true', path);
    assert.deepEqual(first.count, Object.values(count).map(([before]) => before), `${path}: first frame`);
    const now = await app.page.evaluate((selectors) => selectors.map((s) => document.querySelectorAll(s).length), Object.keys(count));
    assert.deepEqual(now, Object.values(count).map(([, after]) => after), `${path}: everything drawn`);
    assert.equal(await app.page.locator('.app[aria-busy]').count(), 0);
    if (frames) assert.deepEqual(await app.page.evaluate(() => window.__frames), frames, `${path}: each frame`);
    // Lever and helper cards added in later frames are each there once.
    const ids = await app.page.evaluate(() => [...document.querySelectorAll('.lever, .helper')].map((el) => el.id));
    assert.equal(new Set(ids).size, ids.length, `${path}: cards drawn twice`);
    // Nothing on screen moves when the rest arrives (it all goes below what is shown); shifts
    // are reported once the frames that made them are painted.
    await app.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.ok(await app.page.evaluate(() => window.__shift) < 0.01, `${path}: layout shift`);
    assert.deepEqual(app.consoleErrors, []);
    await app.close();
  }
});
