// Embedding: the calculator alone in a host's iframe, as tall as its content, telling the host
// what happened (opened, a settled result, a report); theming through parameters that cannot be
// abused; and nothing requested from anywhere else.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openAllDetails, setup } from './support/pages.mjs';
import { close, core, PAYBACK_DEFAULTS } from './support/core.mjs';
import { OTHER_HOST } from './support/browser.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

/** Record CSP violations from the first script on, in the page and in its frames. */
async function watchCsp(app) {
  await app.page.context().addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

/** Host-page waits poll on a timer: the host page need not be painting for the frame's
 * messages to arrive, and Playwright's default (requestAnimationFrame) polling can stall then. */
const POLL = { polling: 100 };

/** The example host page with its calculator loaded; returns the frame (a Playwright Frame). */
async function openDemo(app) {
  await app.page.goto(env.server.origin + '/embed-demo.html');
  const frame = await (await app.page.getByTestId('frame').elementHandle()).contentFrame();
  await frame.getByTestId('result-npv').waitFor();
  await app.page.waitForFunction(() => window.roxEvents.some((e) => e.type === 'rox:opened'), null, POLL);
  return frame;
}

/** Waits until the frame's page has drawn everything, panels included (a panel arriving grows
 * the content), and the iframe is as tall as its content (±2 px); returns that height. Both
 * heights are read in one go: read apart, a panel could land between the two readings. */
async function settledHeight(app, frame) {
  await frame.locator('.app:not([aria-busy]):not(:has([aria-busy]))').waitFor();
  const handle = await app.page.getByTestId('frame').elementHandle();
  const settled = await app.page.waitForFunction((f) => {
    const doc = f.contentDocument.documentElement.getBoundingClientRect().height;
    return Math.abs(f.getBoundingClientRect().height - doc) <= 2 && doc;
  }, handle, POLL);
  return settled.jsonValue();
}

const results = (app) => app.page.evaluate(() => window.roxEvents.filter((e) => e.type === 'rox:result'));

test('the demo frame shows the payback calculator alone and follows its height', async () => {
  const app = await env.page();
  const frame = await openDemo(app);
  assert.equal(await frame.locator('.app').getAttribute('data-mode'), 'embed');
  assert.equal(await frame.getByTestId('tab-retention').count(), 0);
  assert.equal(await frame.getByTestId('tab-payback').count(), 0);
  assert.equal(await frame.locator('.app-header').count(), 0);
  assert.equal(await frame.getByTestId('copy-link').count(), 0);
  assert.ok(await frame.locator('#panel-payback').isVisible());
  assert.ok(await frame.getByTestId('input-returnPerDollar').isVisible());
  assert.equal(await frame.getByTestId('input-returnPerDollar').inputValue(), '3');
  assert.ok(close(Number(await frame.getByTestId('result-npv').getAttribute('data-value')),
    core.cxPayback(PAYBACK_DEFAULTS).summary.npv));
  assert.equal(await frame.locator('html').getAttribute('class'), 'embedded');

  const first = await settledHeight(app, frame);
  assert.ok(first > 300, `content ${first}px`);
  // A message beside a field changes the content's height (the message comes, the goal seek
  // under the results waits for a valid input): the frame follows.
  await frame.getByTestId('input-upfrontInvestment').fill('abc');
  await frame.getByTestId('error-upfrontInvestment').waitFor();
  await app.page.getByTestId('frame').evaluate((f, h) => new Promise((resolve) => {
    const check = () => (Math.abs(f.getBoundingClientRect().height - h) > 2 ? resolve() : requestAnimationFrame(check));
    check();
    // Never wait forever: the assertion below says what went wrong.
    setTimeout(resolve, 10000);
  }), first);
  const second = await settledHeight(app, frame);
  assert.ok(Math.abs(second - first) > 2, `with the error ${second}px, before ${first}px`);
  // Opening "How this is computed" makes it much taller.
  await frame.locator('#panel-payback details summary', { hasText: 'How this is computed' }).click();
  await app.page.getByTestId('frame').evaluate((f, h) => new Promise((resolve) => {
    const check = () => (f.getBoundingClientRect().height > h + 20 ? resolve() : requestAnimationFrame(check));
    check();
    setTimeout(resolve, 10000);
  }), second);
  const third = await settledHeight(app, frame);
  assert.ok(third > second + 20, `with the details open ${third}px, before ${second}px`);
  // The host page does not scroll inside the frame: the frame's own viewport holds everything.
  assert.ok(await frame.evaluate(() => document.documentElement.scrollHeight <= innerHeight + 2));
  // And it shrinks back when the content does.
  await frame.getByTestId('input-upfrontInvestment').fill('100000');
  await frame.locator('#panel-payback details summary', { hasText: 'How this is computed' }).click();
  await app.page.getByTestId('frame').evaluate((f, h) => new Promise((resolve) => {
    const check = () => (f.getBoundingClientRect().height < h - 20 ? resolve() : requestAnimationFrame(check));
    check();
    setTimeout(resolve, 10000);
  }), third);
  const fourth = await settledHeight(app, frame);
  assert.ok(Math.abs(fourth - first) <= 2, `back to ${fourth}px, first ${first}px`);
  assert.deepEqual(app.consoleErrors, []);
  await app.close();
});

test('the host hears rox:opened and one settled rox:result per change', async () => {
  const app = await env.page();
  const frame = await openDemo(app);
  const opened = await app.page.evaluate(() => window.roxEvents.filter((e) => e.type === 'rox:opened'));
  assert.equal(opened.length, 1);
  assert.equal(opened[0].source, 'rox-calculator');
  assert.equal(opened[0].calculator, 'payback');
  assert.equal(opened[0].currency, 'USD');
  // The first result, for the defaults.
  await app.page.waitForFunction(() => window.roxEvents.some((e) => e.type === 'rox:result'), null, POLL);
  const initial = await results(app);
  assert.equal(initial.length, 1);
  assert.ok(close(initial[0].npv, core.cxPayback(PAYBACK_DEFAULTS).summary.npv));

  // One change → one result with the core's numbers.
  await frame.getByTestId('input-returnPerDollar').fill('4');
  await app.page.waitForFunction(() => window.roxEvents.filter((e) => e.type === 'rox:result').length >= 2, null, POLL);
  const expected = core.cxPayback({ ...PAYBACK_DEFAULTS, returnPerDollar: 4 }).summary;
  let got = (await results(app)).at(-1);
  assert.equal(got.calculator, 'payback');
  assert.equal(got.currency, 'USD');
  assert.ok(close(got.npv, expected.npv), `host npv ${got.npv}, core ${expected.npv}`);
  assert.ok(close(got.roi, expected.roi), `host roi ${got.roi}, core ${expected.roi}`);
  assert.ok(close(got.paybackMonths, expected.paybackMonths));
  assert.equal(Number(await frame.getByTestId('result-npv').getAttribute('data-value')), got.npv);

  // Typing quickly, one key at a time: a single result, for the final value.
  const before = (await results(app)).length;
  const field = frame.getByTestId('input-returnPerDollar');
  await field.fill('');
  await field.pressSequentially('2.75');
  const final = core.cxPayback({ ...PAYBACK_DEFAULTS, returnPerDollar: 2.75 }).summary;
  const arrived = (v) => app.page.waitForFunction(([n, v]) => window.roxEvents.slice(n)
    .some((e) => e.type === 'rox:result' && Math.abs(e.npv - v) <= 1e-6 * Math.abs(v)), [before, v], POLL);
  await arrived(final.npv);
  // The frame shows the same final value.
  got = await frame.evaluate(() => document.querySelector('[data-testid="result-npv"]').dataset.value);
  assert.ok(close(Number(got), final.npv));
  // A marker change after it: messages from the frame arrive in the order they were posted,
  // so once the marker's result is in, anything posted for the typing (a result per key
  // before the final one, or a repeat after it) is in too.
  const marker = core.cxPayback({ ...PAYBACK_DEFAULTS, returnPerDollar: 3.5 }).summary;
  await field.fill('3.5');
  await arrived(marker.npv);
  const [typed, ...rest] = (await results(app)).slice(before);
  assert.equal(rest.length, 1, `results while typing: ${JSON.stringify([typed, ...rest].map((r) => r.npv))}`);
  assert.ok(close(typed.npv, final.npv), `host npv ${typed.npv}, core ${final.npv}`);
  assert.equal(typed.currency, 'USD');
  assert.ok(close(rest[0].npv, marker.npv), `marker npv ${rest[0].npv}, core ${marker.npv}`);
  // The host's log lists what it received.
  assert.match(await app.page.getByTestId('log').innerText(), /rox:opened .*"calculator":"payback"/);
  assert.deepEqual(app.consoleErrors, []);
  await app.close();
});

test('a framed report asks the host when it is printed', async () => {
  const app = await env.page();
  await app.page.context().addInitScript(() => {
    window.__printed = 0;
    window.print = () => { window.__printed += 1; };
  });
  await openDemo(app);
  await app.page.getByTestId('frame').evaluate((f) => { f.src = './?embed=report'; });
  const frameLocator = app.page.frameLocator('[data-testid="frame"]');
  await frameLocator.getByTestId('report').waitFor();
  const frame = await (await app.page.getByTestId('frame').elementHandle()).contentFrame();
  assert.match(frame.url(), /\?embed=report$/);
  assert.equal(await frame.locator('.app').getAttribute('data-mode'), 'embed');
  assert.equal(await frame.getByTestId('tab-report').count(), 0);
  await app.page.waitForFunction(() => window.roxEvents.some((e) => e.type === 'rox:opened' && e.calculator === 'report'), null, POLL);
  assert.equal(await app.page.evaluate(() => window.roxEvents.filter((e) => e.type === 'rox:report').length), 0);

  await frame.getByTestId('print-report').click();
  await app.page.waitForFunction(() => window.roxEvents.some((e) => e.type === 'rox:report'), null, POLL);
  const reports = await app.page.evaluate(() => window.roxEvents.filter((e) => e.type === 'rox:report'));
  assert.equal(reports.length, 1);
  assert.equal(reports[0].source, 'rox-calculator');
  assert.equal(reports[0].calculator, 'report');
  assert.equal(reports[0].currency, 'USD');
  assert.equal(await frame.evaluate(() => window.__printed), 1);
  assert.equal(await app.page.evaluate(() => window.__printed), 0);
  assert.deepEqual(app.consoleErrors, []);
  await app.close();
});

const css = (app, name) => app.page.evaluate((n) => getComputedStyle(document.documentElement).getPropertyValue(n).trim(), name);

async function openEmbedded(app, query) {
  await app.page.goto(`${env.server.origin}/?${query}`);
  await app.page.locator('.app[data-mode="embed"]').waitFor();
  await app.page.getByTestId('results').first().waitFor();
}

test('theme, brand colour and font come from the address', async () => {
  const app = await env.page();
  await watchCsp(app);
  await openEmbedded(app, 'embed=case&theme=dark&brand=0f766e&font=Inter');
  assert.equal(await app.page.locator('html').getAttribute('data-theme'), 'dark');
  assert.equal(await css(app, '--rox-brand'), '#0f766e');
  assert.match(await css(app, '--rox-font'), /Inter/);
  assert.match(await app.page.evaluate(() => getComputedStyle(document.body).fontFamily), /Inter/);
  // Dark really is dark.
  assert.equal(await app.page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(11, 18, 32)');
  assert.ok(await app.page.locator('#panel-case').isVisible());
  assert.equal(await app.page.getByTestId('tab-case').count(), 0);
  assert.deepEqual(await app.page.evaluate(() => window.__csp), []);
  assert.deepEqual(app.consoleErrors, []);
  await app.close();
});

const HOSTILE = [
  ['brand', 'red;background:url(x)'],
  ['brand', '0f766e;background:url(x)'],
  ['brand', '#0f766e"><script>alert(1)</script>'],
  ['font', '</style><script>'],
  ['font', '</style><script>alert(1)</script>'],
  ['font', 'Inter"; background: url(x); x: "'],
  ['font', 'Inter;}html{background:url(x)}'],
  ['theme', '"><img src=x onerror=alert(1)>'],
];

for (const [name, value] of HOSTILE) {
  test(`a hostile ${name}= (${value.slice(0, 24)}…) is ignored`, async () => {
    const plain = await env.page();
    await openEmbedded(plain, 'embed=case&theme=light');
    const defaults = { brand: await css(plain, '--rox-brand'), font: await css(plain, '--rox-font') };
    assert.equal(defaults.brand, '#1d4ed8');
    assert.match(defaults.font, /^system-ui/);
    await plain.close();

    const app = await env.page();
    await watchCsp(app);
    await app.page.addInitScript(() => { window.alert = () => { window.__alerted = true; }; });
    const query = `embed=case${name === 'theme' ? '' : '&theme=light'}&${name}=${encodeURIComponent(value)}`;
    await openEmbedded(app, query);
    assert.equal(await css(app, '--rox-brand'), defaults.brand);
    assert.equal(await css(app, '--rox-font'), defaults.font);
    assert.equal(await app.page.locator('html').getAttribute('style'), null);
    if (name === 'theme') assert.notEqual(await app.page.locator('html').getAttribute('data-theme'), value);
    assert.equal(await app.page.locator('img[src="x"], script:not([src])').count(), 0);
    assert.equal(await app.page.evaluate(() => getComputedStyle(document.documentElement).backgroundImage), 'none');
    assert.equal(await app.page.evaluate(() => window.__alerted ?? false), false);
    assert.deepEqual(await app.page.evaluate(() => window.__csp), []);
    assert.deepEqual(app.requests.filter((u) => !u.startsWith(env.server.origin + '/') || /\/x$/.test(u)), []);
    assert.deepEqual(app.consoleErrors, []);
    await app.close();
  });
}

test('the host page and the embedded calculator request nothing from other origins', async () => {
  const app = await env.page();
  await watchCsp(app);
  const frame = await openDemo(app);
  await frame.getByTestId('input-returnPerDollar').fill('5');
  await openAllDetails(frame);
  // The settled result for 5 (typed within 300 ms of loading, the defaults' result merges into it).
  const npv = core.cxPayback({ ...PAYBACK_DEFAULTS, returnPerDollar: 5 }).summary.npv;
  await app.page.waitForFunction((v) => window.roxEvents.some((e) => e.type === 'rox:result' && Math.abs(e.npv - v) <= 1e-6 * Math.abs(v)), npv, POLL);
  for (const embed of ['retention', 'case', 'metrics', 'report']) {
    await app.page.getByTestId('frame').evaluate((f, e) => { f.src = `./?embed=${e}&theme=dark&brand=0f766e&font=Inter`; }, embed);
    await app.page.waitForFunction((e) => window.roxEvents.some((x) => x.type === 'rox:opened' && x.calculator === e), embed, POLL);
  }
  const inner = await (await app.page.getByTestId('frame').elementHandle()).contentFrame();
  await inner.getByTestId('report').waitFor();
  assert.ok(app.requests.some((u) => u.includes('/?embed=report')));
  assert.ok(app.requests.some((u) => u.endsWith('/embed-snippet.js')));
  assert.deepEqual(app.requests.filter((u) => !u.startsWith(env.server.origin + '/')), []);
  assert.deepEqual(await app.page.evaluate(() => window.__csp), []);
  assert.deepEqual(await inner.evaluate(() => window.__csp), []);
  assert.deepEqual(app.consoleErrors, []);
  await app.close();
});

/** A host page of our own at `/host-test.html`: the calculator's frame at `src`, with the embed
 * snippet and the demo's event log. */
async function host(app, src, before = '') {
  await app.page.route(env.server.origin + '/host-test.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><meta charset="utf-8"><title>host</title>${before}
      <iframe data-rox-calculator data-testid="frame" title="calculator" style="width:100%;border:0" src="${src}"></iframe>
      <ol id="log"></ol><script src="embed-snippet.js"></script><script src="embed-demo.js"></script>`,
  }));
  await app.page.goto(env.server.origin + '/host-test.html');
}

test('a malformed ?origin posts no events but says why, and the frame still fits its content', async () => {
  const app = await env.page();
  const warnings = [];
  app.page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await host(app, './?embed=payback&origin=localhost:8092');
  const frame = await (await app.page.getByTestId('frame').elementHandle()).contentFrame();
  await frame.getByTestId('result-npv').waitFor();
  const fitted = await settledHeight(app, frame);
  assert.ok(fitted > 500, `${fitted}px`);
  // An error line makes the content taller: its height reaches the host, after everything the
  // frame posted before it (messages keep their order), so `rox:opened` would be here by now.
  await frame.getByTestId('input-upfrontInvestment').fill('abc');
  await frame.getByTestId('error-upfrontInvestment').waitFor();
  await app.page.waitForFunction((h) => window.roxEvents.some((e) => e.type === 'rox:resize' && e.height > h), fitted, POLL);
  const types = await app.page.evaluate(() => [...new Set(window.roxEvents.map((e) => e.type))]);
  assert.deepEqual(types, ['rox:resize']);
  assert.ok(warnings.some((w) => /localhost:8092 is not an origin/.test(w)), warnings.join('\n'));
  assert.deepEqual(app.consoleErrors, []);
  await app.close();
});

test('a frame below the fold has its full height before it is scrolled into view', async () => {
  const app = await env.page();
  // From another origin than the host's: the browser does not render a frame like that while it
  // is off screen, so only what does not wait for rendering can size it.
  const src = env.server.origin.replace('127.0.0.1', OTHER_HOST) + '/?embed=payback';
  await host(app, src, '<div style="height:3000px">Article</div>');
  const frame = app.page.getByTestId('frame');
  await app.page.waitForFunction(() => document.querySelector('[data-testid=frame]').getBoundingClientRect().height > 500, null, { ...POLL, timeout: 15000 });
  assert.equal(await app.page.evaluate(() => scrollY), 0, 'never scrolled');
  assert.equal(await frame.evaluate((f) => f.getBoundingClientRect().top > innerHeight), true, 'still below the fold');
  // The only complaint: the frame's origin is plain http, so its Cross-Origin-Opener-Policy is
  // ignored (the test server has no TLS).
  assert.deepEqual(app.consoleErrors.filter((e) => !/Cross-Origin-Opener-Policy header has been ignored/.test(e)), []);
  await app.close();
});
