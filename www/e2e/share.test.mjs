// Share links: the scenario lives in the address; opening a link restores it exactly; damaged,
// newer and hostile links give a clear notice and never a blank page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { setup } from './support/pages.mjs';
import { EN } from './support/texts.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

/** The link checksum (FNV-1a 32, base 36), to build links as the app does. */
function checksum(s) {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(s)) { h ^= b; h = Math.imul(h, 0x01000193) >>> 0; }
  return h.toString(36);
}
const link = (body) => `#${body}&k=${checksum(body)}`;

test('a scenario round-trips through the link exactly', async () => {
  const app = await env.page();
  await app.goto();
  await app.fill('customers', '25000');
  await app.fill('retentionRate', '72.5');
  await app.input('upliftIsRelative').check();
  await app.openTab('case');
  await app.page.getByTestId('input-preset').selectOption('telecom');
  await app.input('levers.employee.enabled').check();
  await app.fill('costs.annual', '400000');
  await app.page.waitForFunction(() => location.hash.includes('400000'));
  const url = app.page.url();
  assert.match(new URL(url).hash, /^#v2&/);
  const npv = await app.resultValue('npv');
  await app.close();

  const copy = await env.page();
  await copy.page.goto(url);
  await copy.page.locator('#panel-case').waitFor();
  assert.equal(await copy.input('costs.annual').inputValue(), '400000');
  assert.equal(await copy.page.getByTestId('input-preset').inputValue(), 'telecom');
  assert.equal(await copy.input('levers.employee.enabled').isChecked(), true);
  assert.equal(await copy.resultValue('npv'), npv);
  // The company facts are one set: the preset chosen last gave both pages its own.
  await copy.openTab('retention');
  assert.equal(await copy.input('customers').inputValue(), '500000');
  assert.equal(await copy.input('retentionRate').inputValue(), '82');
  assert.equal(await copy.input('upliftIsRelative').isChecked(), true);
  assert.equal(await copy.page.getByTestId('notice').count(), 0);
  assert.deepEqual(copy.consoleErrors, []);
  await copy.close();
});

test('the metric helpers\' inputs travel in the link and a reload, and undo like any other input', async () => {
  const app = await env.page();
  await app.goto();
  await app.openTab('metrics');
  await app.fill('churn.lost', '250');
  await app.fill('nps.counts.3', '17');
  await app.page.waitForFunction(() => location.hash.includes('&h5='));
  const churn = Number(await app.page.getByTestId('helper-churn-value').getAttribute('data-value'));
  const url = app.page.url();
  await app.page.reload();
  await app.page.getByTestId('helper-nps').waitFor();
  assert.equal(await app.input('nps.counts.3').inputValue(), '17');
  assert.equal(await app.input('churn.lost').inputValue(), '250');
  // Undo takes back the last helper edit, like an edit anywhere else.
  await app.fill('nps.counts.3', '18');
  await app.page.getByTestId('undo').click();
  await app.page.waitForFunction(() => document.querySelector('[data-testid="input-nps.counts.3"]').value === '17');
  assert.equal(await app.input('churn.lost').inputValue(), '250');
  await app.close();

  const copy = await env.page();
  await copy.page.goto(url);
  await copy.page.getByTestId('helper-churn').waitFor();
  assert.equal(await copy.input('churn.lost').inputValue(), '250');
  assert.equal(Number(await copy.page.getByTestId('helper-churn-value').getAttribute('data-value')), churn);
  assert.equal(await copy.input('nps.counts.3').inputValue(), '17');
  assert.equal(await copy.page.getByTestId('notice').count(), 0);
  assert.deepEqual(copy.consoleErrors, []);
  await copy.close();
});

test('a link from before with different company facts on the two pages uses those of the page it opens on, and says so', async () => {
  const app = await env.page();
  await app.page.goto(env.server.origin + '/' + link('v1&t=case&r=0:5000&b=0:9000'));
  await app.page.getByTestId('notice').waitFor();
  assert.equal(await app.page.getByTestId('notice').locator('p').innerText(), EN.notice_facts.replace('{page}', EN.tab_case));
  assert.equal(await app.input('customers').inputValue(), '9000');
  await app.openTab('retention');
  assert.equal(await app.input('customers').inputValue(), '9000');
  await app.close();
  // On the retention page, a link from before that left its facts out shows that page's own.
  const old = await env.page();
  await old.page.goto(env.server.origin + '/' + link('v1&t=retention&p=2:4'));
  await old.page.locator('#panel-retention').waitFor();
  assert.equal(await old.input('customers').inputValue(), '10000');
  assert.equal(await old.input('revenuePerCustomer').inputValue(), '500');
  assert.equal(await old.page.getByTestId('notice').count(), 0, 'nothing typed was lost');
  await old.openTab('case');
  assert.equal(await old.input('customers').inputValue(), '10000');
  await old.close();
});

test('reloading keeps the scenario', async () => {
  const app = await env.page();
  await app.goto();
  await app.openTab('payback');
  await app.fill('returnPerDollar', '2.2');
  await app.page.waitForFunction(() => location.hash.includes('2.2'));
  await app.page.reload();
  await app.page.locator('#panel-payback').waitFor();
  assert.equal(await app.input('returnPerDollar').inputValue(), '2.2');
  await app.close();
});

test('a reload straight after typing keeps what was typed, on a slow machine too', async () => {
  // The address is written at most every 200 ms; leaving the page writes what is waiting. A
  // slow CPU makes Yew yield between the render and its effects: the reload lands in that gap.
  const app = await env.page();
  await app.goto();
  await app.openTab('payback');
  const cdp = await app.page.context().newCDPSession(app.page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
  await app.fill('returnPerDollar', '2.7');
  await app.page.reload();
  await app.page.locator('#panel-payback').waitFor();
  const typed = await app.input('returnPerDollar').inputValue();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  assert.equal(typed, '2.7');
  await app.close();
});

const BROKEN = {
  truncated: (full) => full.slice(0, -4),
  tampered: (full) => full.replace('25000', '95000'),
  newer: () => link('v7&t=case'),
  garbage: () => '#v1&&&===%%%',
};

for (const [name, make] of Object.entries(BROKEN)) {
  test(`a ${name} link shows a notice and the defaults`, async () => {
    const full = link('v1&t=retention&r=0:25000');
    const app = await env.page();
    await app.page.goto(env.server.origin + '/' + make(full));
    await app.page.getByTestId('notice').waitFor();
    assert.match(await app.page.getByTestId('notice').innerText(), name === 'newer' ? /newer version/ : /could not be opened/);
    assert.equal(await app.input('customers').inputValue(), '20000');
    assert.doesNotMatch(await app.bodyText(), /NaN|Infinity/);
    await app.page.getByRole('button', { name: 'Dismiss' }).click();
    assert.equal(await app.page.getByTestId('notice').count(), 0);
    await app.close();
  });
}

test('hostile values in a well-formed link are skipped, named and inert', async () => {
  const app = await env.page();
  await app.page.addInitScript(() => { window.alert = () => { window.__alerted = true; }; });
  const evil = encodeURIComponent('<img src=x onerror=alert(1)>');
  await app.page.goto(env.server.origin + '/' + link(`v1&t=retention&r=0:${evil},1:700,3:1e999,77:5&zz=1`));
  await app.page.getByTestId('notice').waitFor();
  const text = await app.page.getByTestId('notice').innerText();
  assert.match(text, /Customers/);
  assert.match(text, /Current retention/);
  assert.match(text, /newer version/);
  assert.equal(await app.input('revenuePerCustomer').inputValue(), '700');
  assert.equal(await app.input('customers').inputValue(), '10000');
  assert.equal(await app.page.locator('img[src="x"]').count(), 0);
  assert.equal(await app.page.evaluate(() => window.__alerted ?? false), false);
  await app.close();
});
