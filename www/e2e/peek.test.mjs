// On a phone the results are a screen or two below the inputs: while they are out of sight, a
// bar at the screen's foot shows their first two numbers as they change, and a tap goes to them.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { setup } from './support/pages.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

/** What the bar should show: the first two tiles of the open calculator, as the page shows them. */
async function firstTiles(app) {
  return app.page.locator('.calc > .results .tile').evaluateAll((tiles) =>
    tiles.slice(0, 2).map((t) => [t.children[0].textContent, t.children[1].textContent]));
}

/** Waits until the bar shows `expected` (null: hidden), and returns what it shows. */
async function peekIs(app, expected, what) {
  // Polled in the page, so it returns as soon as the bar matches; on a time-out the assertion
  // below says what the bar showed instead (the reading is `app.peek()`'s).
  await app.page.waitForFunction((want) => {
    const bar = document.querySelector('.peek');
    const items = !bar || bar.hidden || !bar.getClientRects().length ? null
      : [...bar.children].map((s) => [...s.children].map((c) => c.textContent));
    return JSON.stringify(items) === want;
  }, JSON.stringify(expected), { timeout: 5000 }).catch(() => {});
  const seen = await app.peek();
  assert.deepEqual(seen?.items ?? null, expected, what);
  return seen;
}

/** Waits for two animation frames in a Playwright frame (see `CalculatorPage.frames`). */
const twoFrames = (frame) => frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

test('on a phone the bar follows the numbers as they are typed, dims with them, and leads to them', async () => {
  const app = await env.page();
  await app.page.setViewportSize({ width: 360, height: 740 });
  await app.goto();
  const start = await firstTiles(app);
  assert.equal(start.length, 2);
  assert.match(start[1][1], /^\$\d/);
  await peekIs(app, start, 'on arrival');

  // Typed: the bar shows the new numbers, and they are the page's.
  await app.type('revenuePerCustomer', '650');
  const typed = await firstTiles(app);
  assert.notDeepEqual(typed, start);
  await peekIs(app, typed, 'after typing');

  // Not a number: the results keep the last good values, dimmed; so does the bar.
  await app.fill('revenuePerCustomer', 'abc');
  await app.error('revenuePerCustomer').waitFor();
  // The numbers stay as they were, so wait for the bar to take the results' dimming (its next
  // update), not for its numbers.
  await app.page.waitForFunction(() => document.querySelector('.peek')?.dataset.stale === 'true');
  const stale = await peekIs(app, typed, 'with an error');
  assert.equal(stale.stale, true);
  await app.fill('revenuePerCustomer', '650');
  await app.page.waitForFunction(() => document.querySelector('.peek')?.dataset.stale === 'false');

  // A copy for the eye: hidden from screen readers, nothing in it to focus.
  assert.equal(await app.page.locator('.peek').getAttribute('aria-hidden'), 'true');
  assert.equal(await app.page.locator('.peek :is(a, button, input, [tabindex])').count(), 0);

  // A tap brings the results on screen, and the bar goes; back up at the inputs, it is back.
  await app.page.locator('.peek').click();
  await peekIs(app, null, 'with the results on screen');
  assert.ok(await app.page.getByTestId('result-clvAfter').isVisible());
  const top = await app.page.getByTestId('result-clvBefore').evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(top >= 0 && top < 740, `results at ${top}`);
  await app.page.evaluate(() => window.scrollTo(0, 0));
  await peekIs(app, typed, 'back at the top');

  // Every calculator page has it; pages without a results panel do not.
  await app.openTab('payback');
  await peekIs(app, await firstTiles(app), 'payback');
  await app.openTab('case');
  await peekIs(app, await firstTiles(app), 'business case');
  for (const tab of ['metrics', 'scenarios', 'sources']) {
    await app.openTab(tab);
    await peekIs(app, null, tab);
  }
  assert.deepEqual(app.consoleErrors, []);
  await app.close();
});

test('the bar stays away where the results are in sight: a wide screen, an embedded frame', async () => {
  const wide = await env.page();
  await wide.page.setViewportSize({ width: 1280, height: 720 });
  await wide.goto();
  // The bar is there, and has had its update: it runs in the frame after a change, and the
  // last change (the last frame drawn) is behind us.
  assert.equal(await wide.page.locator('.peek').count(), 1);
  await wide.frames(2);
  assert.equal(await wide.peek(), null);
  await wide.close();

  // Embedded, the frame grows to the content's height, so nothing is ever below it.
  const framed = await env.page();
  await framed.page.setViewportSize({ width: 360, height: 740 });
  await framed.page.goto(env.server.origin + '/embed-demo.html');
  const frame = await (await framed.page.getByTestId('frame').elementHandle()).contentFrame();
  await frame.getByTestId('result-npv').waitFor();
  // Done: the host has heard the settled result (posted 300 ms after the last change), the
  // frame has drawn its last frame and two more have passed.
  await framed.page.waitForFunction(() => window.roxEvents.some((e) => e.type === 'rox:result'), null, { polling: 100 });
  await frame.locator('.app:not([aria-busy])').waitFor();
  await twoFrames(frame);
  assert.equal(await frame.evaluate(() => document.querySelector('.peek:not([hidden])')), null);
  await framed.close();
});
