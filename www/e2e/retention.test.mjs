// Retention → profit: what the page shows is exactly what the core computes.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { setup } from './support/pages.mjs';
import { RETENTION_DEFAULTS, close, core } from './support/core.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0, minimumFractionDigits: 0 });
const KEYS = ['clvBefore', 'clvAfter', 'clvChange', 'cumulativeProfitUplift', 'discountedProfitUplift'];

async function assertShows(app, expected) {
  for (const key of KEYS) {
    const shown = await app.resultValue(key);
    assert.ok(close(shown, expected[key]), `${key}: page ${shown}, core ${expected[key]}`);
  }
  assert.equal(await app.resultText('clvAfter'), money.format(expected.clvAfter));
  assert.equal(await app.resultText('cumulativeProfitUplift'), money.format(expected.cumulativeProfitUplift));
}

test('defaults show the core result', async () => {
  const app = await env.page();
  await app.goto();
  const expected = core.retentionProfit(RETENTION_DEFAULTS);
  await assertShows(app, expected);
  // Hand check: 200·0.85/0.25 = 680 → $680; +27.5%.
  assert.equal(await app.resultText('clvAfter'), '$680');
  assert.equal(await app.resultText('clvChange'), '27.5%');
  await app.close();
});

test('typing changes the results on each keystroke to the core values', async () => {
  const app = await env.page();
  await app.goto();
  await app.type('customers', '25000');
  await app.type('revenuePerCustomer', '1200');
  await app.type('grossMargin', '35');
  await app.type('retentionRate', '72.5');
  await app.type('retentionUplift', '3');
  await app.type('years', '7');
  const expected = core.retentionProfit({
    ...RETENTION_DEFAULTS, customers: 25000, revenuePerCustomer: 1200, grossMargin: 0.35,
    retentionRate: 0.725, retentionUplift: 0.03, years: 7,
  });
  await assertShows(app, expected);
  assert.equal(await app.isStale(), false);
  await app.close();
});

test('the relative-uplift switch and the advanced options feed the model', async () => {
  const app = await env.page();
  await app.goto();
  await app.input('upliftIsRelative').check();
  await app.page.getByText('More options').click();
  await app.fill('newCustomersPerYear', '1500');
  await app.fill('acquisitionCost', '80');
  await app.fill('marginGrowth', '2');
  const expected = core.retentionProfit({
    ...RETENTION_DEFAULTS, upliftIsRelative: true, newCustomersPerYear: 1500, acquisitionCost: 80, marginGrowth: 0.02,
  });
  await assertShows(app, expected);
  assert.ok(close(expected.retentionAfter, 0.84));
  await app.close();
});

test('the chart and the year table follow the results', async () => {
  const app = await env.page();
  await app.goto();
  await app.fill('years', '8');
  assert.equal(await app.page.locator('.year-table tbody tr').count(), 8);
  assert.equal(await app.page.locator('[data-testid="chart-retention"] > rect.bar-after').count(), 8);
  await app.close();
});
