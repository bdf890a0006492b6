// Numbers as people type them: a currency sign with an amount, a magnitude suffix in their own
// language, and counts that are whole.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { setup } from './support/pages.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

/** The retention page's results once `customers` and `revenue` are typed (and valid). */
async function resultsFor(app, customers, revenue) {
  await app.fill('customers', customers);
  await app.fill('revenuePerCustomer', revenue);
  await app.page.waitForFunction(() => document.querySelector('[data-testid=results]').dataset.stale === 'false');
  return Promise.all(['clvAfter', 'cumulativeProfitUplift'].map((k) => app.resultValue(k)));
}

for (const { lang, plain, typed } of [
  { lang: 'en', plain: ['2000000', '540'], typed: [['2M', '€540'], ['2 m', '$540'], ['2000k', 'US$ 540']] },
  { lang: 'nl', plain: ['2000000', '540'], typed: [['2 mln', '540 €'], ['2000 k', '€ 540']] },
  { lang: 'sv', plain: ['2000000', '540'], typed: [['2 mn', '540 kr'], ['2000 tn', '540']] },
  { lang: 'tr', plain: ['2000000', '540'], typed: [['2 mn', '₺540'], ['2000 bin', '540 TL']] },
]) {
  test(`in ${lang}, amounts take a currency sign and numbers a magnitude suffix`, async () => {
    const app = await env.page();
    await app.goto(`/?lang=${lang}`);
    const expected = await resultsFor(app, ...plain);
    for (const [customers, revenue] of typed) {
      await resultsFor(app, ...plain);
      assert.deepEqual(await resultsFor(app, customers, revenue), expected, `${customers} / ${revenue}`);
      assert.equal(await app.error('customers').count(), 0);
    }
    assert.deepEqual(app.consoleErrors, []);
    await app.close();
  });
}

test('a count is whole: "1.5" customers is refused beside the field, "1.5k" is fifteen hundred', async () => {
  const app = await env.page();
  await app.goto();
  await app.fill('customers', '1.5');
  await app.error('customers').waitFor();
  assert.match(await app.error('customers').textContent(), /whole number/);
  assert.equal(await app.isStale(), true);
  await app.fill('customers', '1.5k');
  await app.page.waitForFunction(() => document.querySelector('[data-testid=results]').dataset.stale === 'false');
  assert.equal(await app.error('customers').count(), 0);
  await app.close();
});
