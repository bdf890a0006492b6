// Retention → profit: what the page shows is exactly what the core computes.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { setup } from './support/pages.mjs';
import { RETENTION_DEFAULTS, close, core } from './support/core.mjs';
import { EN } from './support/texts.mjs';

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
  // Hand check: margin 1 200 · 60% = 720; 720·0.90/0.20 = 3 240 → $3,240; 720·0.85/0.25 = 2 448, so +32.4%.
  assert.equal(await app.resultText('clvAfter'), '$3,240');
  assert.equal(await app.resultText('clvChange'), '32.4%');
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
  assert.ok(close(expected.retentionAfter, 0.8925));
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

test('the Reichheld note compares a 5-point rise with the 25–95% for a 5-point rise, whatever uplift is typed', async () => {
  const app = await env.page();
  await app.goto();
  const note = app.page.getByTestId('result-clvChange').locator('xpath=..').locator('.tile-note');
  // The page keeps each number with its words (no-break spaces, word joiners): read as words.
  const plain = (text) => text.replace(/\u2060/g, '').replace(/\u00a0/g, ' ').trim();
  const at5 = core.retentionProfit({ ...RETENTION_DEFAULTS, retentionUplift: 0.05 }).clvChange;
  const pct = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 }).format(at5);
  const expected = EN[at5 < 0.25 ? 'reichheld_below' : at5 > 0.95 ? 'reichheld_above' : 'reichheld_within'].replace('{pct}', pct);
  assert.equal(plain(await note.textContent()), expected);
  for (const uplift of ['2', '10']) {
    const changed = core.retentionProfit({ ...RETENTION_DEFAULTS, retentionUplift: Number(uplift) / 100 }).clvChange;
    await app.fill('retentionUplift', uplift);
    await app.page.waitForFunction((v) => Math.abs(Number(document.querySelector('[data-testid=result-clvChange]').dataset.value) - v) < 1e-9, changed);
    assert.equal(plain(await note.textContent()), expected, `uplift ${uplift}`);
  }
  assert.deepEqual(app.consoleErrors, []);
  await app.close();
});
