// Numbers a CFO would believe, in English and Dutch, on a phone and a desktop: a preset's costs
// follow the company until a cost is typed, the guards that fire stand beside the headline and
// lead to their detail, and #payback shows one payback in its tile and on its chart.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { CalculatorPage, setup } from './support/pages.mjs';
import { PAYBACK_DEFAULTS, close, core } from './support/core.mjs';
import { catalogue } from './support/texts.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

const LOCALES = { en: 'en-US', nl: 'nl-NL' };
const TEXT = { en: catalogue('en'), nl: catalogue('nl') };
const SIZES = [390, 1280];

/** The page at `path`, in `lang`, `width` pixels wide, with its language pack shown. */
async function open(lang, width, path) {
  const context = await env.browser.newContext({ locale: LOCALES[lang], viewport: { width, height: 900 } });
  const app = new CalculatorPage(await context.newPage(), env.server.origin);
  await app.goto(path);
  await app.page.waitForFunction(([l, tab]) => document.documentElement.lang === l
    && document.getElementById('tab-case')?.textContent.trim() === tab, [lang, TEXT[lang].tab_case]);
  return app;
}

/** An input's value once it is `text`. */
async function valueBecomes(app, field, text) {
  await app.page.waitForFunction(([f, t]) => document.querySelector(`[data-testid="input-${f}"]`)?.value === t, [field, text]);
}

/** The number in a text such as "9.7 months" or "terugverdientijd · 9,7 maanden". */
function numberIn(text, lang) {
  const raw = text.match(/\d+(?:[.,]\d+)?/)[0];
  return Number(lang === 'nl' ? raw.replace(',', '.') : raw);
}

function percent(lang, v) {
  return new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 1 }).format(v);
}

for (const lang of ['en', 'nl']) {
  for (const width of SIZES) {
    test(`${lang} at ${width} px: a preset's costs follow the customers typed, until a cost is typed`, async () => {
      const app = await open(lang, width, '/#case');
      const t = TEXT[lang];
      await app.page.getByTestId('input-preset').selectOption('telecom');
      await app.page.waitForFunction(() => location.hash.includes('bp=telecom'));
      await valueBecomes(app, 'costs.oneOff', '2880000');
      const follows = t.cost_follows.replace('{a}', percent(lang, 0.012));
      assert.equal((await app.page.getByTestId('basis-costs.oneOff').textContent()).trim(), follows);
      assert.equal((await app.page.getByTestId('basis-costs.annual').textContent()).trim(), t.cost_follows.replace('{a}', percent(lang, 0.005)));
      const roiBefore = await app.resultValue('roi');

      // Typed one key at a time: the field is empty for a moment, and the costs wait for it.
      await app.type('customers', '2000000');
      await valueBecomes(app, 'costs.oneOff', '11520000');
      await valueBecomes(app, 'costs.annual', '4800000');
      const expected = core.businessCase({ preset: 'telecom', customers: 2000000 }).riskAdjusted;
      await app.page.waitForFunction((v) => document.querySelector('[data-testid=result-roi]').dataset.value === String(v), expected.roi);
      assert.ok(close(await app.resultValue('npv'), expected.npv));
      assert.notEqual(await app.resultValue('roi'), roiBefore);
      assert.ok(expected.roi < 10, `ROI ${expected.roi} stays a telecom's, not 1 376.7%`);

      // A typed cost stands: the card says so, and it no longer scales; the other still does.
      await app.type('costs.oneOff', '5000000');
      await app.page.getByTestId('basis-costs.oneOff').filter({ hasText: t.cost_typed }).waitFor();
      await app.type('customers', '1000000');
      await valueBecomes(app, 'costs.annual', '2400000');
      assert.equal(await app.input('costs.oneOff').inputValue(), '5000000');
      const typed = core.businessCase({ preset: 'telecom', customers: 1000000, costs: { oneOff: 5000000 } }).riskAdjusted;
      await app.page.waitForFunction((v) => document.querySelector('[data-testid=result-roi]').dataset.value === String(v), typed.roi);
      // The retention page shares the company facts: customers typed there move the case's costs too.
      await app.openTab('retention');
      await app.type('customers', '3000000');
      await app.openTab('case');
      await valueBecomes(app, 'costs.annual', '7200000');
      assert.equal(await app.input('costs.oneOff').inputValue(), '5000000');
      assert.deepEqual(app.consoleErrors, []);
      await app.close();
    });

    test(`${lang} at ${width} px: the guards that fire stand beside the headline and lead to their detail`, async () => {
      const app = await open(lang, width, '/#case');
      const t = TEXT[lang];
      const lines = app.page.getByTestId('guard-line');
      // The defaults count the same gain twice, twice.
      await lines.first().waitFor();
      assert.deepEqual((await lines.allTextContents()).map((s) => s.trim()), [t.guard_line_lifetime, t.guard_line_purchases]);
      // Beside the headline: right after the tiles, above the charts.
      const [tiles, list, chart] = await Promise.all(['.tiles', '[data-testid=guard-lines]', '.chart-box'].map(
        (sel) => app.page.locator(`#panel-case ${sel}`).first().boundingBox()));
      assert.ok(list.y >= tiles.y + tiles.height - 1 && list.y < chart.y, `${JSON.stringify({ tiles, list, chart })}`);
      assert.ok(list.x >= 0 && list.x + list.width <= width, 'inside the screen');

      await app.fill('costs.oneOff', '1000');
      await app.fill('costs.annual', '1000');
      const roiLine = app.page.locator('[data-testid=guard-line][data-guard=guard-roi]');
      await roiLine.waitFor();
      assert.equal((await roiLine.textContent()).trim(), t.guard_line_roi);
      assert.equal(await app.page.locator('[data-testid=guard-line][data-guard=guard-payback]').textContent(), t.guard_line_payback);
      // Every address the click might go to (a plain in-page link would put #guard-roi there).
      await app.page.evaluate(() => {
        window.addresses = [];
        addEventListener('hashchange', () => window.addresses.push(location.hash));
      });
      await roiLine.click();
      await app.page.waitForFunction(() => document.activeElement?.id === 'guard-roi');
      const detail = app.page.locator('#guard-roi');
      assert.ok((await detail.textContent()).startsWith(t.guard_roi));
      const box = await detail.boundingBox();
      assert.ok(box.y >= -1 && box.y + box.height <= 901, `the detail is on screen: ${box.y}`);
      // The address follows the scenario (at most every 200 ms): once it has caught up with the
      // costs typed it is the share link, and the click never took it anywhere else.
      await app.page.waitForFunction(() => location.hash.startsWith('#v2&'));
      const hashes = await app.page.evaluate(() => [...window.addresses, location.hash]);
      assert.ok(hashes.every((h) => !h.includes('guard')), `the address keeps the share link: ${hashes}`);
      assert.deepEqual(app.consoleErrors, []);
      await app.close();
    });

    test(`${lang} at ${width} px: #payback shows one payback in its tile, on its chart and in the API`, async () => {
      const app = await open(lang, width, '/#payback');
      const read = async () => {
        const tile = numberIn(await app.resultText('paybackMonths'), lang);
        const marker = (await app.page.getByTestId('break-even-marker').textContent()).trim();
        assert.ok(marker.startsWith(TEXT[lang].break_even_label), marker);
        return [tile, numberIn(marker, lang)];
      };
      const [tile, marker] = await read();
      assert.equal(tile, marker, 'tile and chart marker');
      const api = core.cxPayback(PAYBACK_DEFAULTS);
      assert.equal(Math.round(api.summary.paybackMonths * 10) / 10, tile, 'the API');
      assert.equal(api.summary.paybackMonths, api.breakEvenMonth);
      assert.equal(tile, 9.7);
      // Another ramp-up: still one figure.
      await app.fill('rampUpMonths', '12');
      await app.page.waitForFunction((before) => document.querySelector('[data-testid=result-paybackMonths]').dataset.value !== String(before), api.summary.paybackMonths);
      const [tile2, marker2] = await read();
      assert.equal(tile2, marker2);
      assert.equal(tile2, Math.round(core.cxPayback({ ...PAYBACK_DEFAULTS, rampUpMonths: 12 }).breakEvenMonth * 10) / 10);
      assert.deepEqual(app.consoleErrors, []);
      await app.close();
    });
  }
}
