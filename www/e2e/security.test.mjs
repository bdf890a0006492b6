// Security: the strict CSP is delivered and never violated; nothing leaves the origin; hostile
// addresses cannot inject markup or break the page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { setup } from './support/pages.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

/** Record CSP violations from the first script on. */
async function watchCsp(app) {
  await app.page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

test('the page is served with a strict Content-Security-Policy', async () => {
  const response = await fetch(env.server.origin + '/');
  const csp = response.headers.get('content-security-policy');
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
  assert.match(csp, /connect-src 'self'/);
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|https?:/);
  const html = await response.text();
  assert.match(html, /http-equiv="Content-Security-Policy"/);
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');
});

test('using every page causes no CSP violation and no request elsewhere', async () => {
  const app = await env.page();
  await watchCsp(app);
  await app.goto();
  for (const tab of ['retention', 'payback', 'case', 'metrics', 'sources']) {
    await app.openTab(tab);
    await app.openAllDetails();
  }
  await app.openTab('case');
  await app.page.getByTestId('input-preset').selectOption('banking');
  // The preset is in the address once the page has drawn it and written the address; a
  // violation is reported in a task of its own, so two frames more let any arrive.
  await app.page.waitForFunction(() => location.hash.includes('&bp=banking'));
  await app.allDrawn();
  await app.frames(2);
  assert.deepEqual(await app.page.evaluate(() => window.__csp), []);
  assert.deepEqual(app.requests.filter((u) => !u.startsWith(env.server.origin + '/')), []);
  assert.deepEqual(app.consoleErrors, []);
  await app.close();
});

const HOSTILE = [
  '#<img src=x onerror=alert(1)>',
  '#javascript:alert(1)',
  '?q=<script>alert(1)</script>#%3Cscript%3Ealert(1)%3C/script%3E',
  '#' + '9'.repeat(400) + 'e999',
  '#' + encodeURIComponent('{"a":'.repeat(5000)),
  '#' + 'A'.repeat(1_000_000),
];

for (const path of HOSTILE) {
  test(`a hostile address (${path.slice(0, 30)}…) cannot inject markup or hang the page`, async () => {
    const app = await env.page();
    await watchCsp(app);
    await app.page.addInitScript(() => { window.alert = () => { window.__alerted = true; }; });
    const started = Date.now();
    await app.page.goto(env.server.origin + '/' + path);
    await app.page.getByTestId('result-clvAfter').waitFor({ timeout: 5000 });
    assert.ok(Date.now() - started < 5000);
    assert.equal(await app.page.evaluate(() => window.__alerted ?? false), false);
    assert.equal(await app.page.locator('img[src="x"], script:not([src])').count(), 0);
    assert.doesNotMatch(await app.bodyText(), /NaN|Infinity/);
    assert.deepEqual(await app.page.evaluate(() => window.__csp), []);
    await app.close();
  });
}
