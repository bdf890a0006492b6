// CX payback: NPV, ROI, IRR, payback and break-even return shown as the core computes them.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { setup } from './support/pages.mjs';
import { PAYBACK_DEFAULTS, close, core } from './support/core.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

async function assertShows(app, expected) {
  const pairs = {
    npv: expected.summary.npv,
    roi: expected.summary.roi,
    irr: expected.summary.irr,
    paybackMonths: expected.summary.paybackMonths,
    breakEvenReturnPerDollar: expected.breakEvenReturnPerDollar,
    totalBenefit: expected.totalBenefit,
  };
  for (const [key, value] of Object.entries(pairs)) {
    const shown = await app.resultValue(key);
    if (value === null) assert.equal(shown, null, key);
    else assert.ok(close(shown, value), `${key}: page ${shown}, core ${value}`);
  }
}

test('defaults and edits show the core values', async () => {
  const app = await env.page();
  await app.goto();
  await app.openTab('payback');
  await assertShows(app, core.cxPayback(PAYBACK_DEFAULTS));
  await app.type('upfrontInvestment', '400000');
  await app.type('annualCost', '120000');
  await app.type('returnPerDollar', '1.4');
  await app.type('years', '5');
  await app.type('discountRate', '8');
  await app.type('rampUpMonths', '9');
  const expected = core.cxPayback({
    upfrontInvestment: 400000, annualCost: 120000, returnPerDollar: 1.4, years: 5, discountRate: 0.08, rampUpMonths: 9,
  });
  await assertShows(app, expected);
  const npv = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
  assert.equal(await app.resultText('npv'), npv.format(expected.summary.npv));
  await app.close();
});

test('with no ramp-up the undiscounted benefits are k × total cost', async () => {
  const app = await env.page();
  await app.goto();
  await app.openTab('payback');
  await app.fill('rampUpMonths', '0');
  await app.fill('returnPerDollar', '3');
  const total = await app.resultValue('totalBenefit');
  // 3 × (100 000 + 3 × 50 000)
  assert.ok(close(total, 750000), String(total));
  await app.close();
});

test('a losing case shows a negative ROI and no payback', async () => {
  const app = await env.page();
  await app.goto();
  await app.openTab('payback');
  await app.fill('returnPerDollar', '0.5');
  const roi = await app.resultValue('roi');
  assert.ok(roi < 0, String(roi));
  assert.match(await app.resultText('roi'), /^-\d/);
  assert.equal(await app.resultValue('paybackMonths'), null);
  assert.equal(await app.resultText('paybackMonths'), 'not within the horizon');
  await app.close();
});

test('the chart marks the break-even point', async () => {
  const app = await env.page();
  await app.goto();
  await app.openTab('payback');
  assert.equal(await app.page.getByTestId('break-even-marker').count(), 1);
  await app.fill('returnPerDollar', '0.5');
  assert.equal(await app.page.getByTestId('break-even-marker').count(), 0);
  await app.close();
});
