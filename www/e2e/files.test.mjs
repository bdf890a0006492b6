// Files: a scenario round-trips through a JSON file; unusable values are named; hostile files are
// refused or stay inert; year tables download as CSV that spreadsheets read right in each locale.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { setup } from './support/pages.mjs';
import { catalogue } from './support/texts.mjs';
import { core, PAYBACK_DEFAULTS, RETENTION_DEFAULTS } from './support/core.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

const EN = catalogue('en');
const NL = catalogue('nl');
const REFUSED = EN.notice_file_refused;

/** Click `testid` and return the download's name and text. */
async function download(app, testid) {
  // Everything drawn first, panels included, so the button clicked is the one that stays.
  await app.allDrawn();
  const [file] = await Promise.all([app.page.waitForEvent('download'), app.page.getByTestId(testid).click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

/** Hand `text` to the import field on the Scenarios page. */
async function importFile(app, text, name = 'scenario.json') {
  await app.openTab('scenarios');
  await app.page.getByTestId('import-json').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

const waitValue = (app, field, value) => app.page.waitForFunction(
  ([f, v]) => document.querySelector(`[data-testid="input-${f}"]`)?.value === v, [field, value]);

test('a scenario round-trips through a JSON file', async () => {
  const app = await env.page();
  await app.goto();
  await app.fill('customers', '25000');
  await app.openTab('payback');
  await app.fill('returnPerDollar', '2.5');
  await app.openTab('case');
  await app.fill('costs.annual', '400000');
  await app.input('levers.employee.enabled').check();
  const npv = await app.resultValue('npv');
  assert.ok(Number.isFinite(npv));
  await app.openTab('metrics');
  await app.fill('nps.counts.3', '17');
  await app.openTab('scenarios');
  const { name, text } = await download(app, 'export-json');
  assert.equal(name, 'rox-scenario.json');
  const doc = JSON.parse(text);
  assert.equal(doc.format, 'rox-calculator-scenario');
  assert.equal(doc.version, 1);
  assert.equal(doc.language, 'en');
  assert.equal(doc.currency, 'USD');
  assert.equal(doc.retention.customers, 25000);
  assert.equal(doc.retention.retentionRate, 85);
  assert.equal(doc.retention.upliftIsRelative, false);
  assert.equal(doc.payback.returnPerDollar, 2.5);
  assert.equal(doc.payback.upfrontInvestment, 100000);
  assert.equal(doc.case['costs.annual'], 400000);
  assert.equal(doc.case['levers.employee.enabled'], true);
  assert.equal(doc.case['levers.retention.enabled'], true);
  // The helpers someone typed into, each whole; the others are left out.
  assert.deepEqual(Object.keys(doc.helpers), ['nps']);
  assert.equal(doc.helpers.nps['counts.3'], 17);
  assert.equal(doc.helpers.nps['counts.10'], 40);
  await app.close();

  // A fresh start: plain address, empty storage.
  const fresh = await env.page();
  await fresh.goto('/');
  assert.equal(await fresh.page.evaluate(() => localStorage.length), 0);
  assert.equal(await fresh.input('customers').inputValue(), '20000');
  await importFile(fresh, text);
  // A whole file says so, with the name it holds; it opens on the page it was saved from.
  const opened = EN.notice_opened.replace('{name}', 'ROX scenario');
  await fresh.page.getByTestId('notice').getByText(opened).waitFor();
  await fresh.openTab('retention');
  await waitValue(fresh, 'customers', '25000');
  await fresh.openTab('payback');
  assert.equal(await fresh.input('returnPerDollar').inputValue(), '2.5');
  await fresh.openTab('case');
  assert.equal(await fresh.input('costs.annual').inputValue(), '400000');
  assert.equal(await fresh.input('levers.employee.enabled').isChecked(), true);
  assert.equal(await fresh.resultValue('npv'), npv);
  await fresh.openTab('metrics');
  assert.equal(await fresh.input('nps.counts.3').inputValue(), '17');
  assert.deepEqual(fresh.consoleErrors, []);
  await fresh.close();
});

test('unusable values in a file are named and the rest is restored', async () => {
  const app = await env.page();
  await app.goto();
  const file = {
    format: 'rox-calculator-scenario', version: 1, name: 'Partly', page: 'retention',
    zz: 1,
    retention: { customers: 'abc', revenuePerCustomer: 700, retentionRate: 72.5 },
    payback: { returnPerDollar: 2.2 },
    case: { 'levers.retention.retentionUplift.likely': true },
    helpers: { nps: { 'counts.3': 'many', 'counts.4': 9 } },
  };
  // Many members this version does not know, in every section: named once.
  for (let i = 0; i < 30; i += 1) {
    file[`later${i}`] = i;
    file.retention[`later${i}`] = i;
    file.payback[`later${i}`] = i;
  }
  await importFile(app, JSON.stringify(file));
  await app.page.getByTestId('notice').waitFor();
  const notice = await app.page.getByTestId('notice').innerText();
  assert.ok(notice.startsWith(EN.notice_partial_file), notice);
  // Each value named with the page (and lever) it is on.
  assert.ok(notice.includes(`${EN.tab_retention} · ${EN['field.customers.label']}`), notice);
  assert.ok(notice.includes(`${EN.tab_case} · ${EN['levers.0.title']} · ${EN['field.case:retentionUplift.label']} (${EN.likely})`), notice);
  assert.ok(notice.includes(`${EN.tab_metrics} · ${EN['helpers.5.title']} · 3`), notice);
  assert.equal(notice.split(EN.notice_unknown_part).length - 1, 1, notice);
  await app.page.locator('#panel-retention').waitFor();
  assert.equal(await app.input('revenuePerCustomer').inputValue(), '700');
  assert.equal(await app.input('retentionRate').inputValue(), '72.5');
  assert.equal(await app.input('customers').inputValue(), '20000');
  await app.openTab('payback');
  assert.equal(await app.input('returnPerDollar').inputValue(), '2.2');
  await app.openTab('metrics');
  assert.equal(await app.input('nps.counts.4').inputValue(), '9');
  await app.close();
});

const padded = () => {
  const doc = { format: 'rox-calculator-scenario', version: 1, name: 'Big', retention: { customers: 99999 } };
  const text = JSON.stringify(doc);
  return text.slice(0, -1) + ',"pad":"' + 'x'.repeat(300 * 1024) + '"}';
};

const HOSTILE = {
  'a 300 KB file': padded,
  '100 000 nested arrays': () => '{"format":"rox-calculator-scenario","version":1,"retention":'
    + '['.repeat(100000) + ']'.repeat(100000) + '}',
  'malformed JSON': () => '{"format":"rox-calculator-scenario","version":1,"retention":{"customers":99999',
  'JSON that is not a scenario': () => '{"a":1}',
  'an empty file': () => '',
};

test('hostile files are refused with a notice and change nothing', async () => {
  const app = await env.page();
  await app.goto();
  await app.fill('customers', '12345');
  await app.page.waitForFunction(() => location.hash.includes('12345'));
  await app.openTab('scenarios');
  await app.page.waitForFunction(() => location.hash.includes('t=scenarios'));
  const hash = await app.page.evaluate(() => location.hash);
  for (const [what, make] of Object.entries(HOSTILE)) {
    const text = make();
    if (what === 'a 300 KB file') assert.ok(Buffer.byteLength(text) > 300 * 1024);
    const started = Date.now();
    await importFile(app, text);
    await app.page.getByTestId('notice').waitFor({ timeout: 5000 });
    assert.ok(Date.now() - started < 5000, `${what}: answered quickly`);
    assert.equal(await app.page.getByTestId('notice').locator('p').innerText(), REFUSED, what);
    assert.equal(await app.page.evaluate(() => location.hash), hash, `${what}: nothing changed`);
    await app.page.getByRole('button', { name: 'Dismiss' }).click();
    await app.page.getByTestId('notice').waitFor({ state: 'detached' });
  }
  assert.equal(await app.page.getByTestId('undo').isEnabled(), true);
  await app.openTab('retention');
  assert.equal(await app.input('customers').inputValue(), '12345');
  assert.deepEqual(app.consoleErrors, []);
  await app.close();
});

test('markup in a file or a name stays text', async () => {
  const evil = '<img src=x onerror=alert(1)>';
  const app = await env.page();
  await app.page.addInitScript(() => { window.alert = () => { window.__alerted = true; }; });
  await app.goto();
  const file = {
    format: 'rox-calculator-scenario', version: 1, name: evil, page: 'scenarios', language: 'en', currency: 'USD',
    preset: '', preparedFor: evil, preparedBy: '', retention: { customers: 777 }, case: { customers: 777 },
  };
  await importFile(app, JSON.stringify(file));
  // It imports without complaint, and the notice names it as text.
  await app.page.getByTestId('notice').getByText(EN.notice_opened.replace('{name}', evil)).waitFor();
  await app.openTab('retention');
  await waitValue(app, 'customers', '777');
  await app.openTab('report');
  assert.equal((await app.page.getByTestId('report-for').textContent()).trim(), evil);
  await app.openTab('scenarios');
  await app.page.getByTestId('scenario-name').fill(evil);
  await app.page.getByTestId('save-scenario').click();
  await app.page.getByTestId('saved-item').waitFor();
  assert.equal((await app.page.getByTestId('saved-item').locator('.saved-name strong').textContent()).trim(), evil);
  assert.equal(await app.page.getByTestId('notice').locator('p').innerText(), `Saved “${evil}” in this browser.`);
  const stored = await app.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('rox.scenario.')).map((k) => localStorage.getItem(k)));
  assert.equal(stored.length, 1);
  assert.equal(JSON.parse(stored[0]).name, evil);
  assert.equal(JSON.parse(stored[0]).preparedFor, evil);
  assert.equal(await app.page.locator('img').count(), 0);
  assert.equal(await app.page.evaluate(() => window.__alerted ?? false), false);
  assert.deepEqual(app.consoleErrors, []);
  await app.close();
});

/** A CSV download split into rows and cells, after checking the BOM and CRLF line ends. */
function parseCsv(text, sep) {
  assert.equal(text.charCodeAt(0), 0xfeff, 'starts with the UTF-8 BOM');
  assert.ok(text.endsWith('\r\n'), 'ends with CRLF');
  assert.equal(text.replace(/\r\n/g, '').includes('\n'), false, 'no bare LF');
  assert.equal(text.replace(/\r\n/g, '').includes('\r'), false, 'no bare CR');
  const lines = text.slice(1, -2).split('\r\n');
  const [header, ...rows] = lines;
  const data = rows.map((line) => {
    const cells = line.split(sep);
    for (const c of cells) assert.match(c, /^-?\d+$/, `whole number: ${JSON.stringify(c)} in ${JSON.stringify(line)}`);
    return cells.map(Number);
  });
  return { header: header.split(sep), rows: data };
}

const LEVERS = ['retention', 'spend', 'crossSell', 'referrals', 'costToServe', 'pricePremium', 'conversion', 'employee'];
const caseHeader = (t) => [t.year, ...LEVERS.map((_, i) => t[`levers.${i}.title`]), t.benefits, t.costs, t.net, t.cumulative_net];
const caseRows = () => core.businessCase({}).years.map((y) => [
  y.year, ...LEVERS.map((l) => Math.round(y.benefitsByLever[l])),
  Math.round(y.benefits), Math.round(y.costs), Math.round(y.net), Math.round(y.cumulativeNet),
]);

test('the business case year table downloads as CSV, in English and in Dutch', async () => {
  const app = await env.page();
  await app.goto();
  await app.openTab('case');
  const en = await download(app, 'csv-case');
  assert.equal(en.name, 'rox-case.csv');
  assert.equal(en.text.includes(';'), false, 'English separates with ","');
  const parsed = parseCsv(en.text, ',');
  assert.equal(parsed.header[0], 'Year');
  assert.equal(parsed.header.length, 13);
  assert.deepEqual(parsed.header, caseHeader(EN));
  assert.equal(parsed.rows.length, 4);
  for (const row of parsed.rows) assert.equal(row.length, 13);
  assert.deepEqual(parsed.rows.map((r) => r[0]), [0, 1, 2, 3]);
  assert.deepEqual(parsed.rows, caseRows());

  await app.page.getByTestId('language').selectOption('nl');
  await app.page.getByTestId('csv-case').filter({ hasText: NL.download_csv }).waitFor();
  const nl = await download(app, 'csv-case');
  assert.equal(nl.name, 'rox-case.csv');
  const dutch = parseCsv(nl.text, ';');
  assert.equal(dutch.header[0], 'Jaar');
  assert.equal(dutch.header[0], NL.year);
  assert.deepEqual(dutch.header, caseHeader(NL));
  assert.deepEqual(dutch.rows, caseRows());
  assert.deepEqual(app.consoleErrors, []);
  await app.close();
});

test('the retention and payback year tables download as CSV, one row per year', async () => {
  const app = await env.page();
  await app.goto();
  const retention = await download(app, 'csv-retention');
  assert.equal(retention.name, 'rox-retention.csv');
  const r = parseCsv(retention.text, ',');
  assert.equal(r.header[0], 'Year');
  assert.equal(r.header.length, 5);
  const ry = core.retentionProfit(RETENTION_DEFAULTS).years;
  assert.equal(r.rows.length, ry.length);
  assert.deepEqual(r.rows, ry.map((y) => [y.year, ...[y.customersBefore, y.customersAfter, y.profitBefore, y.profitAfter].map(Math.round)]));

  await app.openTab('payback');
  const payback = await download(app, 'csv-payback');
  assert.equal(payback.name, 'rox-payback.csv');
  const p = parseCsv(payback.text, ',');
  assert.deepEqual(p.header, [EN.year, EN.costs, EN.benefits, EN.net, EN.cumulative_net]);
  const expected = core.cxPayback(PAYBACK_DEFAULTS);
  assert.equal(p.rows.length, PAYBACK_DEFAULTS.years + 1);
  let cumulative = 0;
  assert.deepEqual(p.rows, expected.costs.map((c, i) => {
    const b = expected.benefits[i];
    cumulative += b - c;
    return [i, Math.round(c), Math.round(b), Math.round(b - c), Math.round(cumulative)];
  }));
  await app.close();
});

test('an unfinished edit is exported as typed, and reopening it names it', async () => {
  const app = await env.page();
  await app.goto();
  await app.openTab('payback');
  await app.fill('years', 'abc');
  await app.page.getByTestId('error-years').waitFor();
  await app.openTab('scenarios');
  const { text } = await download(app, 'export-json');
  assert.equal(JSON.parse(text).payback.years, 'abc', 'the file holds what the form holds');
  await importFile(app, text);
  await app.page.getByTestId('notice').filter({ hasText: EN.notice_partial_file }).waitFor();
  assert.ok((await app.page.getByTestId('notice').innerText()).includes(EN['field.years.label']));
  await app.close();
});
