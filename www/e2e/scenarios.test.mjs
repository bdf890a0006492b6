// Saved scenarios: save, rename, duplicate, delete (asked once more), compare two to four side by
// side, open with undo, survive a reload; full, disabled and damaged storage are told plainly.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { setup } from './support/pages.mjs';
import { EN } from './support/texts.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

/** A minimal valid scenario file as it sits in storage (every input at its default). */
const seeded = (name, savedAt) => JSON.stringify({
  format: 'rox-calculator-scenario', version: 1, name, savedAt, page: 'retention', language: 'en', currency: 'USD',
  preset: '', preparedFor: '', preparedBy: '',
});

/** Put `entry` in storage as saved scenario `rox.scenario.1700000000000` before the page
 * first loads (not again on a reload within the test). */
function storeOnce(app, entry) {
  return app.page.addInitScript((text) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('rox.scenario.1700000000000', text);
      sessionStorage.setItem('seeded', '1');
    }
  }, entry);
}

/** Wait until the notice says exactly `text`. */
async function noticeIs(app, text) {
  await app.page.getByTestId('notice').filter({ hasText: text }).waitFor();
  assert.equal((await app.page.getByTestId('notice').locator('p').textContent()).trim(), text);
}

/** Save the scenario on screen under `name`, and check the notice word for word. */
async function saveAs(app, name) {
  await app.saveScenario(name);
  await noticeIs(app, `Saved “${name}” in this browser.`);
}

/** The names in the saved list, top to bottom. */
async function names(app) {
  if (await app.page.getByTestId('saved-list').count() === 0) return [];
  return (await app.page.getByTestId('saved-item').locator('.saved-name strong').allTextContents()).map((s) => s.trim());
}

/** Wait until the saved list shows exactly `expected`. */
async function listIs(app, expected) {
  await app.page.waitForFunction((want) => {
    const got = [...document.querySelectorAll('[data-testid=saved-item] .saved-name strong')].map((e) => e.textContent.trim());
    return JSON.stringify(got) === JSON.stringify(want);
  }, expected);
  assert.deepEqual(await names(app), expected);
}

/** Every `rox.scenario.*` entry: { key: raw text }. */
function stored(app) {
  return app.page.evaluate(() => Object.fromEntries(Object.keys(localStorage)
    .filter((k) => k.startsWith('rox.scenario.')).map((k) => [k, localStorage.getItem(k)])));
}

/** Stored scenarios parsed, newest first. */
async function storedScenarios(app) {
  return Object.values(await stored(app)).map((t) => JSON.parse(t)).sort((a, b) => b.savedAt - a.savedAt);
}

/** The list item named `name`. */
function item(app, name) {
  return app.page.getByTestId('saved-item').filter({ has: app.page.locator('.saved-name strong', { hasText: new RegExp(`^${name.replace(/[()]/g, '\\$&')}$`) }) });
}

/** A page with "Base" (defaults) and "Cautious" (return per 1 invested 2.2) saved. */
async function withTwo() {
  const app = await env.page();
  await app.goto();
  await saveAs(app, 'Base');
  await app.openTab('payback');
  await app.fill('returnPerDollar', '2.2');
  await saveAs(app, 'Cautious');
  return app;
}

test('saving keeps named scenarios in this browser, newest first', async () => {
  const app = await withTwo();
  await listIs(app, ['Cautious', 'Base']);
  assert.equal(await app.page.getByTestId('scenario-name').inputValue(), '');
  const entries = await stored(app);
  assert.equal(Object.keys(entries).length, 2);
  for (const key of Object.keys(entries)) assert.match(key, /^rox\.scenario\.\d+$/);
  const [cautious, base] = await storedScenarios(app);
  assert.equal(cautious.format, 'rox-calculator-scenario');
  assert.equal(cautious.name, 'Cautious');
  assert.equal(cautious.payback.returnPerDollar, 2.2);
  assert.equal(base.name, 'Base');
  assert.equal(base.payback.returnPerDollar, 3);
  assert.deepEqual(app.consoleErrors, []);
  await app.close();
});

test('rename, duplicate and delete (asked once more; Cancel keeps it)', async () => {
  const app = await withTwo();
  // Rename.
  await item(app, 'Cautious').getByTestId('rename-saved').click();
  const rename = app.page.getByTestId('rename-input');
  await rename.waitFor();
  assert.equal(await rename.inputValue(), 'Cautious');
  await rename.fill('Careful');
  await app.page.locator('form.rename button[type=submit]').click();
  await listIs(app, ['Careful', 'Base']);
  assert.equal(await app.page.getByTestId('rename-input').count(), 0);
  assert.deepEqual((await storedScenarios(app)).map((s) => s.name).sort(), ['Base', 'Careful']);
  const careful = (await storedScenarios(app)).find((s) => s.name === 'Careful');
  assert.equal(careful.payback.returnPerDollar, 2.2);

  // Duplicate.
  await item(app, 'Base').getByTestId('duplicate-saved').click();
  await listIs(app, ['Base (copy)', 'Careful', 'Base']);
  const copy = (await storedScenarios(app)).find((s) => s.name === 'Base (copy)');
  assert.ok(copy, 'the copy is stored');
  assert.equal(copy.payback.returnPerDollar, 3);
  assert.equal(Object.keys(await stored(app)).length, 3);

  // Delete, then Cancel: kept.
  await item(app, 'Base (copy)').getByTestId('delete-saved').click();
  const confirm = app.page.getByTestId('confirm-delete');
  await confirm.waitFor();
  assert.equal(await app.page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'confirm-delete');
  assert.match(await item(app, 'Base (copy)').innerText(), /Delete “Base \(copy\)” from this browser\?/);
  await item(app, 'Base (copy)').getByRole('button', { name: 'Cancel' }).click();
  await app.page.getByTestId('confirm-delete').waitFor({ state: 'detached' });
  await listIs(app, ['Base (copy)', 'Careful', 'Base']);
  assert.equal(Object.keys(await stored(app)).length, 3);

  // Delete, confirmed: gone from the list and from storage.
  await item(app, 'Base (copy)').getByTestId('delete-saved').click();
  await app.page.getByTestId('confirm-delete').waitFor();
  await app.page.getByTestId('confirm-delete').click();
  await listIs(app, ['Careful', 'Base']);
  assert.deepEqual((await storedScenarios(app)).map((s) => s.name), ['Careful', 'Base']);
  assert.deepEqual(app.consoleErrors, []);
  await app.close();
});

test('comparing two scenarios highlights what differs and lines up their results', async () => {
  const app = await withTwo();
  await listIs(app, ['Cautious', 'Base']);
  assert.equal(await app.page.getByTestId('comparison').count(), 0);
  await item(app, 'Cautious').getByTestId('compare-pick').check();
  assert.equal(await app.page.getByTestId('comparison').count(), 0, 'one pick is not a comparison');
  await item(app, 'Base').getByTestId('compare-pick').check();
  const comparison = app.page.getByTestId('comparison');
  await comparison.waitFor();

  // Columns: Input, Cautious, Base.
  const head = (await app.page.getByTestId('compare-differ').locator('thead th').allTextContents()).map((s) => s.trim());
  assert.deepEqual(head, ['Input', 'Cautious', 'Base']);
  const differ = app.page.getByTestId('compare-differ').locator('tbody tr');
  assert.equal(await differ.count(), 1);
  assert.equal(await app.page.getByTestId('compare-differ').locator('tbody tr.differs').count(), 1);
  const label = (await differ.locator('th').textContent()).trim();
  assert.match(label, /Return per \$1 invested/);
  assert.match(label, /\(differs\)$/);
  assert.deepEqual((await differ.locator('td').allTextContents()).map((s) => s.trim()), ['2.2\u00a0×', '3\u00a0×'], 'a number and its unit, never apart');
  // Nothing else is highlighted: the same inputs sit in their own table, unmarked.
  await app.page.getByTestId('inputs-same').locator('summary').click();
  assert.equal(await app.page.getByTestId('compare-same').locator('tr.differs').count(), 0);
  assert.ok(await app.page.getByTestId('compare-same').locator('tbody tr').count() > 10);

  // Payback NPV per scenario, as the payback page shows it when that scenario is opened.
  const row = app.page.getByTestId('compare-results').locator('tbody tr')
    .filter({ has: app.page.locator('th', { hasText: /^CX payback.* · Net present value$/ }) });
  assert.equal(await row.count(), 1);
  const cells = (await row.locator('td').allTextContents()).map((s) => s.trim());
  assert.equal(cells.length, 2);
  assert.equal(await app.page.getByTestId('chart-compare').count(), 2);

  const shown = [];
  for (const name of ['Cautious', 'Base']) {
    await item(app, name).getByTestId('open-saved').click();
    await app.page.getByTestId('notice').filter({ hasText: `Opened “${name}”` }).waitFor();
    await app.openTab('payback');
    shown.push(await app.resultText('npv'));
    await app.openTab('scenarios');
  }
  assert.deepEqual(cells, shown);
  assert.notEqual(shown[0], shown[1]);
  assert.deepEqual(app.consoleErrors, []);
  await app.close();
});

test('at most four scenarios can be compared', async () => {
  const app = await env.page();
  await app.goto();
  for (const r of ['1.5', '2', '2.5', '3.5', '4']) {
    await app.openTab('payback');
    await app.fill('returnPerDollar', r);
    await saveAs(app, `Return ${r}`);
  }
  await listIs(app, ['Return 4', 'Return 3.5', 'Return 2.5', 'Return 2', 'Return 1.5']);
  const picks = app.page.getByTestId('compare-pick');
  for (let i = 0; i < 4; i++) await picks.nth(i).check();
  await app.page.getByTestId('comparison').waitFor();
  assert.equal(await picks.nth(4).isDisabled(), true, 'a fifth cannot be ticked');
  assert.equal(await picks.nth(4).isChecked(), false);
  for (let i = 0; i < 4; i++) assert.equal(await picks.nth(i).isDisabled(), false);
  const head = (await app.page.getByTestId('compare-results').locator('thead th').allTextContents()).map((s) => s.trim());
  assert.deepEqual(head, ['Results', 'Return 4', 'Return 3.5', 'Return 2.5', 'Return 2']);
  assert.equal(await app.page.getByTestId('chart-compare').count(), 4);
  assert.deepEqual(
    (await app.page.getByTestId('compare-differ').locator('tbody tr td').allTextContents()).map((s) => s.trim()),
    ['4\u00a0×', '3.5\u00a0×', '2.5\u00a0×', '2\u00a0×'],
  );
  // Unticking one frees the fifth.
  await picks.nth(0).uncheck();
  await app.page.waitForFunction(() => !document.querySelectorAll('[data-testid=compare-pick]')[4].disabled);
  await picks.nth(4).check();
  assert.equal(await app.page.getByTestId('chart-compare').count(), 4);
  await app.close();
});

test('opening a saved scenario shows it, and Undo brings back what was on screen', async () => {
  const app = await withTwo();
  await app.openTab('payback');
  await app.fill('returnPerDollar', '4.5');
  await app.openTab('scenarios');
  await item(app, 'Cautious').getByTestId('open-saved').click();
  await noticeIs(app, 'Opened “Cautious”. Undo brings back what you had.');
  await app.openTab('payback');
  assert.equal(await app.input('returnPerDollar').inputValue(), '2.2');
  const undo = app.page.getByTestId('undo');
  assert.equal(await undo.isEnabled(), true);
  await undo.click();
  await app.page.waitForFunction(() => document.querySelector('[data-testid=input-returnPerDollar]').value === '4.5');
  assert.equal(await app.input('returnPerDollar').inputValue(), '4.5');
  await app.close();
});

test('saved scenarios survive a reload', async () => {
  const app = await withTwo();
  const before = await stored(app);
  await app.page.reload();
  // The address kept the open page: Scenarios.
  await app.page.locator('#panel-scenarios').waitFor();
  await listIs(app, ['Cautious', 'Base']);
  assert.deepEqual(await stored(app), before);
  assert.equal(await app.page.getByTestId('notice').count(), 0);
  // And they still open with their values.
  await item(app, 'Cautious').getByTestId('open-saved').click();
  await app.openTab('payback');
  assert.equal(await app.input('returnPerDollar').inputValue(), '2.2');
  await app.close();
});

test('full storage: the save is refused plainly and the other scenarios are untouched', async () => {
  const app = await env.page();
  await app.page.addInitScript((entry) => {
    localStorage.setItem('rox.scenario.1700000000000', entry);
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (String(key).startsWith('rox.scenario.')) throw new DOMException('full', 'QuotaExceededError');
      return set.call(this, key, value);
    };
  }, seeded('Seeded', 1700000000000));
  await app.goto();
  await app.openTab('scenarios');
  await listIs(app, ['Seeded']);
  await app.page.getByTestId('scenario-name').fill('One more');
  await app.page.getByTestId('save-scenario').click();
  await app.page.getByTestId('notice').filter({ hasText: 'Storage is full' }).waitFor();
  assert.match(await app.page.getByTestId('notice').innerText(), /Storage is full/);
  await listIs(app, ['Seeded']);
  assert.deepEqual(Object.keys(await stored(app)), ['rox.scenario.1700000000000']);
  assert.equal(JSON.parse((await stored(app))['rox.scenario.1700000000000']).name, 'Seeded');
  await app.close();
});

test('disabled storage: the calculators work and saving says storage is off', async () => {
  const app = await env.page();
  await app.page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
  });
  await app.goto();
  assert.equal(await app.isStale(), false);
  assert.equal(await app.resultValue('clvAfter') > 0, true);
  await app.fill('customers', '20000');
  await app.openTab('payback');
  assert.ok(Number.isFinite(await app.resultValue('npv')));
  await app.page.getByTestId('currency').selectOption('EUR');
  await app.page.getByTestId('language').selectOption('nl');
  await app.page.getByTestId('language').selectOption('en');
  await app.openTab('scenarios');
  await app.page.getByTestId('saved-empty').waitFor();
  await app.page.getByTestId('scenario-name').fill('Nowhere');
  await app.page.getByTestId('save-scenario').click();
  await app.page.getByTestId('notice').filter({ hasText: 'storage is off' }).waitFor();
  assert.match(await app.page.getByTestId('notice').innerText(), /storage is off/);
  assert.equal(await app.page.getByTestId('saved-list').count(), 0);
  assert.deepEqual(app.consoleErrors, []);
  await app.close();
});

test('a damaged entry is left out (and left alone) and the valid ones are listed', async () => {
  const app = await env.page();
  await app.page.addInitScript((entry) => {
    localStorage.setItem('rox.scenario.999', '{not json');
    localStorage.setItem('rox.scenario.1700000000000', entry);
  }, seeded('Good one', 1700000000000));
  await app.goto();
  await noticeIs(app, '1 saved scenario could not be read and was left out; the others are here.');
  await app.openTab('scenarios');
  await listIs(app, ['Good one']);
  const entries = await stored(app);
  assert.equal(entries['rox.scenario.999'], '{not json');
  assert.equal(JSON.parse(entries['rox.scenario.1700000000000']).name, 'Good one');
  await app.close();
});

test('the damaged-entries notice counts in each language\'s plural rules', async () => {
  for (const [lang, text] of [
    ['en', '2 saved scenarios could not be read and were left out; the others are here.'],
    ['nl', '2 opgeslagen scenario’s konden niet worden gelezen en zijn weggelaten; de overige staan hier.'],
    ['sv', '2 sparade scenarier kunde inte läsas och utelämnades; övriga finns här.'],
  ]) {
    const app = await env.page();
    await app.page.addInitScript(() => {
      localStorage.setItem('rox.scenario.998', '{not json');
      localStorage.setItem('rox.scenario.999', '[]');
    });
    await app.goto(`/?lang=${lang}`);
    await noticeIs(app, text);
    await app.close();
  }
});

test('compared charts share one y-scale, and each legend names what its chart draws', async () => {
  const app = await env.page();
  await app.goto();
  await saveAs(app, 'Small');
  await app.openTab('case');
  await app.fill('customers', '200000');
  await saveAs(app, 'Large');
  await item(app, 'Small').getByTestId('compare-pick').check();
  await item(app, 'Large').getByTestId('compare-pick').check();
  const charts = app.page.getByTestId('chart-compare');
  await charts.nth(1).waitFor();
  const ticks = async (i) => (await charts.nth(i).locator('text.tick').allTextContents()).filter((s) => !/^\d+$/.test(s));
  const [small, large] = [await ticks(0), await ticks(1)];
  assert.ok(small.length >= 2, small.join(' | '));
  assert.deepEqual(small, large, 'the same scale: the same axis labels');
  // Legends: the levers on (six by default), the costs and the cumulative line.
  const legend = app.page.locator('.compare-chart').first().locator('.chart-legend li');
  const items = (await legend.allTextContents()).map((s) => s.trim());
  assert.equal(items.length, 8, items.join(' | '));
  assert.deepEqual(items.slice(-2), [EN.costs, EN.cumulative_net]);
  await app.openTab('case');
  await app.input('levers.spend.enabled').uncheck();
  await app.page.waitForFunction(() => document.querySelectorAll('.results .chart-legend li').length === 7);
  assert.deepEqual(app.consoleErrors, []);
  await app.close();
});

test('a saved scenario opens in the language on screen, whatever the language the visit began in', async () => {
  const app = await withTwo();
  await app.page.getByTestId('language').selectOption('nl');
  await app.page.locator('html[lang=nl]').waitFor();
  await item(app, 'Cautious').getByTestId('open-saved').click();
  await app.openTab('payback');
  // 2.2 typed in English is 2,2 on a Dutch page (not 22).
  assert.equal(await app.input('returnPerDollar').inputValue(), '2,2');
  assert.equal(await app.page.getByTestId('error-returnPerDollar').count(), 0);
  await app.close();
});

test('saved scenarios arrive once the scenario-file module can load, and the person is told it could not', async () => {
  const app = await env.page();
  await storeOnce(app, seeded('Kept', 1700000000000));
  // Offline before the module was ever fetched: by the page, and by the service worker, which
  // precaches it while the page starts and, once it has claimed the page, fetches the page's
  // import itself. Requests a service worker makes are routed by the context only, not by
  // `page.route`: routed by the page alone, an import that started after the claim loaded.
  const context = app.page.context();
  await context.route('**/rox_files*', (route) => route.abort());
  await app.goto();
  await noticeIs(app, EN.notice_files_unavailable);
  await app.openTab('scenarios');
  assert.equal(await app.page.getByTestId('saved-item').count(), 0);
  // Back online: the list arrives, and what was stored is untouched.
  await context.unroute('**/rox_files*');
  await app.page.evaluate(() => dispatchEvent(new Event('online')));
  await listIs(app, ['Kept']);
  assert.equal(await app.page.evaluate(() => localStorage.getItem('rox.scenario.1700000000000')), seeded('Kept', 1700000000000));
  await app.close();
});

test('renaming or duplicating a scenario a newer version saved keeps what this version does not read', async () => {
  const app = await env.page();
  const newer = JSON.stringify({ ...JSON.parse(seeded('From later', 1700000000000)), later: { model: [1, 2.5] }, payback: { returnPerDollar: 2.2, laterField: 7 } }, null, 2) + '\n';
  await storeOnce(app, newer);
  await app.goto();
  await app.openTab('scenarios');
  await listIs(app, ['From later']);
  await item(app, 'From later').getByTestId('rename-saved').click();
  await app.page.getByTestId('rename-input').fill('Renamed');
  await app.page.locator('form.rename button[type=submit]').click();
  await listIs(app, ['Renamed']);
  await item(app, 'Renamed').getByTestId('duplicate-saved').click();
  await listIs(app, ['Renamed (copy)', 'Renamed']);
  const all = await storedScenarios(app);
  assert.equal(all.length, 2);
  for (const s of all) {
    assert.deepEqual(s.later, { model: [1, 2.5] }, s.name);
    assert.equal(s.payback.laterField, 7, s.name);
    assert.equal(s.payback.returnPerDollar, 2.2, s.name);
  }
  assert.equal(all.find((s) => s.name === 'Renamed').savedAt, 1700000000000, 'a rename keeps the date');
  assert.ok(all.find((s) => s.name === 'Renamed (copy)').savedAt > 1700000000000, 'a copy is dated now');
  await app.close();
});

test('a stored file the module will not rename whole (a member written twice) is renamed by writing it afresh', async () => {
  const app = await env.page();
  const twice = seeded('Twice', 1700000000000).replace('"name":"Twice"', '"name":"Twice","name":"Again"');
  await storeOnce(app, twice);
  await app.goto();
  await app.openTab('scenarios');
  await listIs(app, ['Twice']);
  await item(app, 'Twice').getByTestId('rename-saved').click();
  await app.page.getByTestId('rename-input').fill('Once');
  await app.page.locator('form.rename button[type=submit]').click();
  await noticeIs(app, 'Saved “Once” in this browser.');
  await listIs(app, ['Once']);
  assert.deepEqual((await storedScenarios(app)).map((s) => s.name), ['Once']);
  await app.close();
});
