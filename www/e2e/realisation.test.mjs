// Value realisation: actuals recorded after the sale against the business case's plan — in
// Dutch, kept through a reload, a scenario file, a saved scenario and the report, equal to the JS API's figures;
// a pasted spreadsheet column; bad input named on its field with the last result kept; CSV.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { violations as axe } from './support/axe.mjs';
import { setup } from './support/pages.mjs';
import { catalogue } from './support/texts.mjs';
import { close, core } from './support/core.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

const NL = catalogue('nl');
const TILES = ['realised', 'realisedShare', 'realisedRoi', 'realisedPayback'];

/** Record `values` ({ field: text }) in period `period` (0 = the first). */
async function record(app, period, values) {
  await app.page.getByTestId('real-pick').selectOption(String(period));
  for (const [field, text] of Object.entries(values)) await app.page.getByTestId(`actual-${field}`).fill(text);
}

/** Every figure the tab (or the report, `scope`) shows: the tiles' values and the tables' text. */
async function figures(app, scope = 'realisation') {
  const root = app.page.getByTestId(scope);
  await root.getByTestId('result-realised').waitFor();
  const tiles = {};
  for (const k of TILES) tiles[k] = await root.getByTestId(`result-${k}`).getAttribute('data-value');
  // textContent: a table off screen is not rendered (content-visibility), so it has no innerText.
  const levers = (await root.getByTestId('real-levers').textContent()).trim();
  return { tiles, levers };
}

async function download(app, testid) {
  await app.allDrawn();
  const [file] = await Promise.all([app.page.waitForEvent('download'), app.page.getByTestId(testid).click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

/** The two quarters the tests record, as the JS API takes them (drivers as fractions). */
const API_ACTUALS = [
  { period: '2027-01', drivers: { retention: 0.025 }, benefits: { spend: 30000 }, costs: 310000 },
  { period: '2027-04', drivers: { retention: 0.015 }, benefits: { spend: 12500.5 }, costs: 40000 },
];

test('two quarters recorded in Dutch survive a reload, a file and the report, and equal the JS API', async () => {
  const app = await env.page();
  await app.goto('/?lang=nl#realisation');
  await app.page.getByTestId('real-start').fill('2027-01');
  await app.openAllDetails();
  await app.page.getByTestId('driver-retention').check();
  await record(app, 0, { retention: '2,5', spend: '30.000', costs: '310.000' });
  await record(app, 1, { retention: '1,5', spend: '12.500,50', costs: '40.000' });
  // The address holds the last keystroke before the reload.
  await app.page.waitForFunction(() => location.hash.includes('ra=') && location.hash.includes('40000'));
  const first = await figures(app);

  const api = core.realisation({ case: {}, start: '2027-01', period: 'quarter', actuals: API_ACTUALS });
  close(Number(first.tiles.realised), api.realised, 1e-9);
  close(Number(first.tiles.realisedShare), api.share, 1e-9);
  close(Number(first.tiles.realisedRoi), api.roiToDate, 1e-9);
  assert.equal(first.tiles.realisedPayback, '', 'not paid back after two quarters');
  assert.match(first.levers, new RegExp(NL.real_lagging + '|' + NL.real_leading + '|' + NL.real_on_track));
  assert.equal(await app.page.getByTestId('real-to-date').textContent(), `${NL.real_to_date}: 2 / 12`);

  await app.page.reload();
  await app.page.getByTestId('realisation').waitFor();
  await app.allDrawn();
  assert.deepEqual(await figures(app), first, 'after a reload');
  await app.page.getByTestId('real-pick').selectOption('1');
  assert.equal(await app.page.getByTestId('actual-spend').inputValue(), '12500,50', 'shown in Dutch, as typed');

  await app.openTab('scenarios');
  const file = await download(app, 'export-json');
  const json = JSON.parse(file.text);
  assert.deepEqual(json.realisation, {
    start: '2027-01',
    period: 'quarter',
    drivers: { retention: true },
    actuals: { 1: { retention: 2.5, spend: 30000, costs: 310000 }, 2: { retention: 1.5, spend: 12500.5, costs: 40000 } },
  });

  // Saved in this browser, opened on a fresh visit with "Track value realised": the same figures.
  await app.page.getByTestId('scenario-name').fill('Acme na de aankoop');
  await app.page.getByTestId('save-scenario').click();
  await app.page.getByTestId('notice').filter({ hasText: 'Acme na de aankoop' }).waitFor();
  await app.page.goto(`${app.origin}/?lang=nl#scenarios`);
  await app.page.getByTestId('saved-item').filter({ hasText: 'Acme na de aankoop' }).getByTestId('track-saved').click();
  await app.page.locator('#panel-realisation').waitFor();
  await app.allDrawn();
  assert.deepEqual(await figures(app), first, 'from the saved scenario');

  // A fresh browser imports the file: the same figures.
  const other = await env.page();
  await other.goto('/?lang=nl');
  await other.openTab('scenarios');
  await other.page.getByTestId('import-json').setInputFiles({ name: 'actuals.json', mimeType: 'application/json', buffer: Buffer.from(file.text) });
  await other.page.getByTestId('notice').waitFor();
  await other.openTab('realisation');
  await other.allDrawn();
  assert.deepEqual(await figures(other), first, 'after importing the file');

  // The report's "Realisation to date" shows the same figures.
  await other.openTab('report');
  await other.allDrawn();
  const section = other.page.getByTestId('report-realisation');
  await section.getByText(NL.real_report_title).waitFor();
  assert.deepEqual(await figures(other, 'report-realisation'), first, 'on the report');
  assert.deepEqual(other.consoleErrors, []);
  assert.deepEqual(app.consoleErrors, []);
  await other.close();
  await app.close();
});

test('a pasted column fills the periods after; bad input is named on its field and the last result stays', async () => {
  const app = await env.page({ locale: 'sv-SE' });
  await app.goto('/?lang=sv#realisation');
  await app.page.getByTestId('real-pick').selectOption('1');
  // A column copied from a Swedish spreadsheet: grouped with no-break spaces, a blank row.
  await app.page.getByTestId('actual-spend').evaluate((input) => {
    const data = new DataTransfer();
    data.setData('text/plain', '12\u00a0500,5\r\n\r\n8\u00a0000\r\n');
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await app.page.getByTestId('real-to-date').waitFor();
  for (const [period, text] of [[1, '12\u00a0500,5'], [2, ''], [3, '8\u00a0000']]) {
    await app.page.getByTestId('real-pick').selectOption(String(period));
    assert.equal(await app.page.getByTestId('actual-spend').inputValue(), text, `period ${period}`);
  }
  const before = await app.resultValue('realised');
  close(before, 20500.5, 1e-12);

  // A negative cost, and a retention uplift that would take retention past 100%.
  const SV = catalogue('sv');
  await app.page.getByTestId('actual-costs').fill('-5');
  await app.error('actual-costs').filter({ hasText: SV.problem_negative }).waitFor();
  assert.equal(await app.isStale(), true);
  assert.equal(await app.resultValue('realised'), before, 'the last good result stays');
  await app.page.getByTestId('actual-costs').fill('');
  await app.openAllDetails();
  await app.page.getByTestId('driver-retention').check();
  await app.page.getByTestId('actual-retention').fill('20');
  await app.error('actual-retention').filter({ hasText: SV.problem_rate_at_least_one }).waitFor();
  assert.deepEqual(await axe(app.page), [], 'errors shown');
  await app.page.getByTestId('actual-retention').fill('3');
  await app.page.waitForFunction(() => document.querySelector('[data-testid="results"]').dataset.stale === 'false');

  // One CSV row per period and lever (and the costs), Swedish separators.
  const csv = await download(app, 'csv-realisation');
  assert.equal(csv.name, 'rox-realisation.csv');
  const rows = csv.text.replace(/^\ufeff/, '').trimEnd().split('\r\n').map((r) => r.split(';'));
  const levers = 7; // the default case's six levers that are on, and the costs
  assert.equal(rows.length, 1 + 12 * levers);
  const spend = rows.find((r) => r[0] === '2' && r[2] === SV['levers.1.title']);
  assert.equal(spend[5], '12501');
  const retention = rows.find((r) => r[0] === '6' && r[2] === SV['levers.0.title']);
  assert.deepEqual([retention[3], retention[5]], ['', ''], 'not measured: empty, never 0');
  assert.deepEqual(app.consoleErrors, []);
  await app.close();
});

test('the tab has no axe violations, with results and on a phone', async () => {
  const app = await env.page({ viewport: { width: 390, height: 844 } });
  await app.goto('/#realisation');
  await record(app, 0, { retention: '100000', costs: '200000' });
  await app.page.getByTestId('chart-realisation').waitFor();
  await app.openAllDetails();
  assert.deepEqual(await axe(app.page), []);
  assert.deepEqual(await app.layoutProblems(), []);
  await app.close();
});
