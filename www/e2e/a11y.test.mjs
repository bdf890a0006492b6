// Accessibility: axe-core finds no violation on any page, with valid input and with errors shown.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { violations as axe } from './support/axe.mjs';
import { setup } from './support/pages.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });


for (const tab of ['retention', 'payback', 'case', 'metrics', 'report', 'sources', 'assessment', 'realisation']) {
  test(`no axe violations on the ${tab} page`, async () => {
    const app = await env.page();
    await app.goto();
    await app.openTab(tab);
    // With the larger panels (goal seek, the uncertainty panel, the assessment) drawn.
    await app.allDrawn();
    // Open every disclosure so hidden content is checked too.
    await app.openAllDetails();
    assert.deepEqual(await axe(app.page), []);
    await app.close();
  });
}

test('no axe violations on the assessment with its result and suggestion', async () => {
  const app = await env.page();
  await app.page.goto(app.origin + '/#assessment');
  await app.page.getByTestId('assessment').waitFor();
  // Every group of statements drawn (a first visit draws them over a few frames).
  await app.allDrawn();
  for (const q of await app.page.locator('fieldset[data-testid^="question-"]').all()) await q.locator('input[value="1"]').check();
  await app.page.getByTestId('assessment-result').waitFor();
  assert.deepEqual(await axe(app.page), []);
  await app.close();
});

test('no axe violations while errors and stale results are shown', async () => {
  const app = await env.page();
  await app.goto();
  await app.fill('customers', 'abc');
  await app.fill('retentionRate', '100');
  await app.error('customers').waitFor();
  assert.deepEqual(await axe(app.page), []);
  await app.close();
});

test('no axe violations on a phone-sized screen', async () => {
  const app = await env.page();
  await app.page.setViewportSize({ width: 360, height: 740 });
  await app.goto();
  await app.openTab('case');
  assert.deepEqual(await axe(app.page), []);
  await app.close();
});
