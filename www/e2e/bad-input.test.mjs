// Bad input: a message beside the field, the last valid result kept (dimmed), never NaN.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { setup } from './support/pages.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

const CASES = [
  ['retention', 'customers', ''],
  ['retention', 'customers', 'abc'],
  ['retention', 'customers', '-5'],
  ['retention', 'retentionRate', '100'],
  ['retention', 'retentionUplift', '25'],
  ['retention', 'years', '0'],
  ['retention', 'years', '51'],
  ['retention', 'customers', '1e308'],
  ['retention', 'revenuePerCustomer', 'NaN'],
  ['retention', 'grossMargin', 'Infinity'],
  ['payback', 'upfrontInvestment', '1e999'],
  ['payback', 'annualCost', '12..5'],
  ['payback', 'years', '2.5'],
  ['payback', 'discountRate', '-3'],
];

for (const [tab, field, text] of CASES) {
  test(`${tab}: ${field} = ${JSON.stringify(text)} is flagged and the last result stays`, async () => {
    const app = await env.page();
    await app.goto();
    await app.openTab(tab);
    const key = tab === 'retention' ? 'clvAfter' : 'npv';
    const before = await app.resultText(key);
    await app.fill(field, text);
    await app.error(field).waitFor();
    assert.ok((await app.error(field).textContent()).trim().length > 5);
    assert.equal(await app.input(field).getAttribute('aria-invalid'), 'true');
    assert.equal(await app.isStale(), true);
    assert.equal(await app.resultText(key), before);
    const body = await app.bodyText();
    assert.doesNotMatch(body, /NaN|Infinity/);
    // Fixing the field clears the message and the dimming.
    await app.fill(field, tab === 'retention' && field === 'years' ? '5' : '10');
    assert.equal(await app.error(field).count(), 0);
    assert.equal(await app.isStale(), false);
    assert.deepEqual(app.consoleErrors, []);
    await app.close();
  });
}
