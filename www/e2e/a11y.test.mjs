// Accessibility: axe-core finds no violation on any page, with valid input and with errors shown.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { setup } from './support/pages.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

async function violations(app) {
  const result = await new AxeBuilder({ page: app.page }).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

for (const tab of ['retention', 'payback', 'case', 'metrics', 'sources']) {
  test(`no axe violations on the ${tab} page`, async () => {
    const app = await env.page();
    await app.goto();
    await app.openTab(tab);
    // Open every disclosure so hidden content is checked too.
    await app.page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    assert.deepEqual(await violations(app), []);
    await app.close();
  });
}

test('no axe violations while errors and stale results are shown', async () => {
  const app = await env.page();
  await app.goto();
  await app.fill('customers', 'abc');
  await app.fill('retentionRate', '100');
  await app.error('customers').waitFor();
  assert.deepEqual(await violations(app), []);
  await app.close();
});

test('no axe violations on a phone-sized screen', async () => {
  const app = await env.page();
  await app.page.setViewportSize({ width: 360, height: 740 });
  await app.goto();
  await app.openTab('case');
  assert.deepEqual(await violations(app), []);
  await app.close();
});
