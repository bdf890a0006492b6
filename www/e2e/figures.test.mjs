// Figures as a person reads them: never more digits than a double holds.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { setup } from './support/pages.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

/** Significant digits of a formatted figure: its digits without leading and trailing zeros. */
const significant = (text) => text.replace(/\D/g, '').replace(/^0+/, '').replace(/0+$/, '').length;

test('figures above 2^53 show at most 15 significant digits, not float noise', async () => {
  const app = await env.page();
  await app.goto();
  await app.fill('customers', '9999999999');
  await app.fill('revenuePerCustomer', '7777777');
  const tile = app.page.getByTestId('result-cumulativeProfitUplift');
  await app.page.waitForFunction(() => Number(document.querySelector('[data-testid=result-cumulativeProfitUplift]').dataset.value) > 2 ** 53);
  const text = (await tile.textContent()).trim();
  assert.match(text, /^\$[\d,]+$/);
  assert.ok(significant(text) <= 15, `${text}: ${significant(text)} significant digits`);
  // Small figures keep their own rounding (whole currency units, one decimal of a percent).
  await app.fill('customers', '10000');
  await app.page.waitForFunction(() => Number(document.querySelector('[data-testid=result-cumulativeProfitUplift]').dataset.value) < 1e12);
  assert.match(await app.resultText('clvChange'), /^\d+(\.\d)?%$/);
  assert.match(await app.resultText('clvAfter'), /^\$[\d,]+$/);
  assert.deepEqual(app.consoleErrors, []);
  await app.close();
});
