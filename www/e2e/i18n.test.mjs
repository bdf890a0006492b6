// Languages, number formats and currency: the browser's language picks the interface, numbers
// are typed and shown the way the language writes them, switching at runtime converts what was
// typed without touching the math, no English is left on a translated page, and the currency
// changes the display only — and travels with a share link and a reload.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CalculatorPage, setup } from './support/pages.mjs';
import { close, core, RETENTION_DEFAULTS } from './support/core.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

const TEXT_DIR = fileURLToPath(new URL('../../src/text/', import.meta.url));

/** A catalogue file as a Map of key → value (`key = value` lines; `#` starts a comment). */
function catalogue(lang) {
  const entries = new Map();
  for (const line of readFileSync(TEXT_DIR + `${lang}.txt`, 'utf8').split(/\r?\n/)) {
    if (!line.trim() || line.startsWith('#')) continue;
    const at = line.indexOf('=');
    assert.ok(at > 0, `${lang}.txt: not a "key = value" line: ${line}`);
    entries.set(line.slice(0, at).trim(), line.slice(at + 1).trim());
  }
  return entries;
}
const TEXT = { en: catalogue('en'), nl: catalogue('nl'), sv: catalogue('sv'), tr: catalogue('tr') };

const TABS = ['retention', 'payback', 'case', 'metrics', 'scenarios', 'report', 'sources', 'assessment', 'realisation'];
const TAB_KEY = (tab) => `tab_${tab}`;
const HEADING_KEY = {
  retention: 'retention_title', payback: 'payback_title', case: 'case_title', metrics: 'metrics_title',
  scenarios: 'scenarios_title', report: 'report_title', sources: 'sources_title', realisation: 'real_title',
};
const RETENTION_RESULTS = ['clvBefore', 'clvAfter', 'clvChange', 'cumulativeProfitUplift', 'discountedProfitUplift'];
const RETENTION_MONEY = ['clvBefore', 'clvAfter', 'cumulativeProfitUplift', 'discountedProfitUplift'];

/** A page in a fresh context with the given browser language (and optional init script). */
async function openIn(locale, { path = '/', init } = {}) {
  const context = await env.browser.newContext({ locale });
  if (init) await context.addInitScript(init);
  const app = new CalculatorPage(await context.newPage(), env.server.origin);
  await app.goto(path);
  return app;
}

/** Wait (bounded) for a condition in the page; the assertions that follow give the message. */
async function settle(app, fn, arg) {
  await app.page.waitForFunction(fn, arg, { timeout: 5000 }).catch(() => {});
}

/** Wait until the interface is in `lang`: <html lang> and the retention tab's text. */
async function settleLanguage(app, lang) {
  await settle(app, ([l, tab]) => document.documentElement.lang === l
    && document.getElementById('tab-retention')?.textContent.trim() === tab, [lang, TEXT[lang].get('tab_retention')]);
}

/** Exactly how Intl (in the page's browser) formats a whole-unit amount. */
function money(app, locale, currency, value) {
  return app.page.evaluate(([l, c, v]) => new Intl.NumberFormat(l, {
    style: 'currency', currency: c, maximumFractionDigits: 0, minimumFractionDigits: 0,
  }).format(v), [locale, currency, value]);
}

async function assertMoneyTiles(app, locale, currency, keys = RETENTION_MONEY) {
  for (const key of keys) {
    const value = await app.resultValue(key);
    assert.equal(typeof value, 'number', `${key} has a data-value`);
    assert.equal(await app.resultText(key), await money(app, locale, currency, value), `${key} in ${locale} ${currency}`);
  }
}

async function resultValues(app, keys = RETENTION_RESULTS) {
  const out = {};
  for (const key of keys) out[key] = await app.resultValue(key);
  return out;
}

/** A catalogue value as a pattern of the whole text on the page: `{$1}` is 1 in some currency
 * (a sign or code before or after it; which one is checked where money in words is tested). */
function withMoney(value) {
  const parts = value.split(/\{\$(\d)\}/).map((part, i) => (i % 2
    ? `(?:[^\\d\\s()]+\\s?${part}|${part}\\s?[^\\d\\s()]+)`
    : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  return new RegExp(`^${parts.join('')}$`);
}

/** Tabs and the open page's heading read exactly the catalogue's values of `lang`. */
async function assertTexts(app, lang, tabs = ['retention']) {
  for (const tab of TABS) {
    assert.match((await app.page.getByTestId(`tab-${tab}`).textContent()).trim(), withMoney(TEXT[lang].get(TAB_KEY(tab))),
      `tab ${tab} in ${lang}`);
  }
  for (const tab of tabs) {
    await app.openTab(tab);
    // The assessment's heading (assessment.test.mjs checks it).
    if (tab === 'assessment') continue;
    assert.equal((await app.page.locator(`#panel-${tab} h2`).first().textContent()).trim(), TEXT[lang].get(HEADING_KEY[tab]),
      `heading of ${tab} in ${lang}`);
  }
}

test('a Dutch browser gets the Dutch interface and Dutch euro amounts', async () => {
  const app = await openIn('nl-NL');
  assert.equal(await app.page.evaluate(() => document.documentElement.lang), 'nl');
  assert.equal(await app.page.getByTestId('language').inputValue(), 'nl');
  assert.equal(await app.page.getByTestId('currency').inputValue(), 'EUR');
  // The result labels are Dutch too.
  const results = await app.page.getByTestId('results').first().innerText();
  for (const key of ['clv_before', 'clv_after', 'cumulative_profit_uplift']) {
    assert.ok(results.includes(TEXT.nl.get(key)), `results show ${key} = “${TEXT.nl.get(key)}”`);
  }
  const clvAfter = await app.resultValue('clvAfter');
  const expected = new Intl.NumberFormat('nl-NL', {
    style: 'currency', currency: 'EUR', maximumFractionDigits: 0, minimumFractionDigits: 0,
  }).format(clvAfter);
  assert.equal(await app.resultText('clvAfter'), expected);
  assert.equal(await app.resultText('clvAfter'), await money(app, 'nl-NL', 'EUR', clvAfter));
  await assertMoneyTiles(app, 'nl-NL', 'EUR');
  await assertTexts(app, 'nl', TABS);
  assert.deepEqual(app.consoleErrors, []);
  await app.close();
});

test('Dutch typing takes a decimal comma', async () => {
  const app = await openIn('nl-NL');
  const before = await app.resultValue('clvAfter');
  await app.fill('retentionRate', '72,5');
  await settle(app, (b) => document.querySelector('[data-testid="result-clvAfter"]').getAttribute('data-value') !== String(b), before);
  const expected = core.retentionProfit({ ...RETENTION_DEFAULTS, retentionRate: 0.725 });
  assert.equal(await app.error('retentionRate').count(), 0, 'no error for “72,5”');
  assert.equal(await app.isStale(), false);
  for (const key of RETENTION_RESULTS) {
    const shown = await app.resultValue(key);
    assert.ok(close(shown, expected[key]), `${key}: page ${shown}, core ${expected[key]}`);
  }
  assert.equal(await app.input('retentionRate').inputValue(), '72,5');
  await assertMoneyTiles(app, 'nl-NL', 'EUR');
  assert.deepEqual(app.consoleErrors, []);
  await app.close();
});

test('switching English → Swedish → English converts the texts and typed numbers, never the results', async () => {
  const app = await env.page();
  await app.goto();
  await assertTexts(app, 'en');
  const before = await app.resultValue('clvAfter');
  await app.fill('retentionRate', '72.5');
  await settle(app, (b) => document.querySelector('[data-testid="result-clvAfter"]').getAttribute('data-value') !== String(b), before);
  const expected = core.retentionProfit({ ...RETENTION_DEFAULTS, retentionRate: 0.725 });
  const values = await resultValues(app);
  assert.ok(close(values.clvAfter, expected.clvAfter), `clvAfter: page ${values.clvAfter}, core ${expected.clvAfter}`);

  await app.page.getByTestId('language').selectOption('sv');
  await settleLanguage(app, 'sv');
  assert.equal(await app.page.evaluate(() => document.documentElement.lang), 'sv');
  await assertTexts(app, 'sv', ['retention', 'payback']);
  await app.openTab('retention');
  assert.equal(await app.input('retentionRate').inputValue(), '72,5');
  assert.deepEqual(await resultValues(app), values, 'data-value unchanged by the language');
  // Amounts now follow Swedish number formatting (the currency stays the browser's: USD).
  assert.equal(await app.page.getByTestId('currency').inputValue(), 'USD');
  await assertMoneyTiles(app, 'sv-SE', 'USD');

  await app.page.getByTestId('language').selectOption('en');
  await settleLanguage(app, 'en');
  assert.equal(await app.page.evaluate(() => document.documentElement.lang), 'en');
  await assertTexts(app, 'en');
  assert.equal(await app.input('retentionRate').inputValue(), '72.5');
  assert.deepEqual(await resultValues(app), values, 'data-value unchanged by switching back');
  await assertMoneyTiles(app, 'en-US', 'USD');
  assert.deepEqual(app.consoleErrors, []);
  await app.close();
});

// --- No English left on a translated page --------------------------------------------------

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `s` as a whole word or phrase: not glued to letters or digits on either side. */
const phrase = (s) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(s)}(?![\\p{L}\\p{N}])`, 'u');
/** A value's literal pieces around its `{placeholders}`. */
const pieces = (value) => value.split(/\{\w+\}/).map((s) => s.trim());

/**
 * The English catalogue strings found in `pageText` of a page in `lang`. Checked: every English
 * value that differs from the translation and is at least 4 characters long (a value with
 * `{placeholders}` is checked piece by piece). Translations may legitimately quote English (a
 * source's original title, "Net Promoter Score (NPS)"), so wherever the page shows such a
 * translated value, that value is blanked out before searching.
 */
function englishLeftovers(lang, pageText) {
  const checks = new Map();
  for (const [key, value] of TEXT.en) {
    if (TEXT[lang].get(key) === value) continue;
    if (value.length < 4) continue;
    for (const piece of pieces(value)) if (piece.length >= 4) checks.set(piece, key);
  }
  const excused = [...new Set([...TEXT[lang].values()].flatMap(pieces))]
    .filter((own) => own.length >= 4 && [...checks.keys()].some((c) => phrase(c).test(own)))
    .sort((a, b) => b.length - a.length);
  let text = pageText;
  for (const own of excused) text = text.split(own).join('\u2063');
  return [...checks].filter(([s]) => phrase(s).test(text)).map(([s, key]) => `${key}: “${s}”`);
}

/** The text of every given page with every <details> open, as rendered (text-transform off). */
async function allText(app, tabs) {
  let text = '';
  for (const tab of tabs) {
    await app.openTab(tab);
    // The larger panels too, once drawn.
    await app.allDrawn();
    await app.openAllDetails();
    await app.page.evaluate(() => {
      // Upper-cased labels (CSS text-transform) are compared as the strings they are.
      for (const el of document.querySelectorAll('body *')) {
        if (getComputedStyle(el).textTransform !== 'none') el.style.textTransform = 'none';
      }
    });
    await app.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const closed = await app.page.locator(`#panel-${tab} details:not([open])`).count();
    assert.equal(closed, 0, `${tab}: every <details> is open`);
    text += `\n${await app.bodyText()}`;
  }
  return text;
}

for (const [locale, lang, marker, name] of [['nl-NL', 'nl', 'sources_title', 'Dutch'], ['tr-TR', 'tr', 'case_title', 'Turkish']]) {
  test(`a ${name} page has no English left on any page`, async () => {
    const app = await openIn(locale);
    assert.equal(await app.page.evaluate(() => document.documentElement.lang), lang);
    const text = await allText(app, TABS);
    assert.ok(text.includes(TEXT[lang].get(marker)), `the text was collected in ${name}`);
    const found = englishLeftovers(lang, text);
    assert.deepEqual(found, [], `English strings on the ${name} page:\n${found.join('\n')}`);
    assert.deepEqual(app.consoleErrors, []);
    await app.close();
  });
}

// --- Currency ----------------------------------------------------------------------------

test('choosing pounds changes the amounts, not the numbers, and is remembered', async () => {
  const app = await env.page();
  await app.goto();
  assert.equal(await app.page.getByTestId('currency').inputValue(), 'USD');
  await assertMoneyTiles(app, 'en-US', 'USD');
  const values = await resultValues(app);

  await app.page.getByTestId('currency').selectOption('GBP');
  await settle(app, () => document.querySelector('[data-testid="result-clvAfter"]').textContent.includes('£'));
  await assertMoneyTiles(app, 'en-US', 'GBP');
  assert.deepEqual(await resultValues(app), values, 'data-value unchanged by the currency');
  assert.equal(await app.page.evaluate(() => localStorage.getItem('rox.currency')), 'GBP');

  await app.page.reload();
  await app.page.getByTestId('results').first().waitFor();
  assert.equal(await app.page.getByTestId('currency').inputValue(), 'GBP');
  await assertMoneyTiles(app, 'en-US', 'GBP');
  assert.deepEqual(await resultValues(app), values);

  // Not only through the address: a plain visit in the same browser remembers it too.
  await app.goto('/');
  assert.equal(await app.page.getByTestId('currency').inputValue(), 'GBP');
  await assertMoneyTiles(app, 'en-US', 'GBP');
  assert.deepEqual(app.consoleErrors, []);
  await app.close();
});

test('money in words is in the currency on screen: the payback tab, its intro, its input and its break-even', async () => {
  const app = await openIn('nl-NL', { path: '/#payback' });
  const check = async (locale, currency) => {
    const [one, three] = [await money(app, locale, currency, 1), await money(app, locale, currency, 3)];
    const fill = (key) => TEXT.nl.get(key).replaceAll('{$1}', one).replaceAll('{$3}', three);
    await settle(app, (t) => document.getElementById('tab-payback')?.textContent.trim() === t, fill('tab_payback'));
    assert.equal((await app.page.getByTestId('tab-payback').textContent()).trim(), fill('tab_payback'));
    assert.equal((await app.page.locator('#panel-payback .intro').first().textContent()).trim(), fill('payback_intro'));
    assert.equal((await app.page.locator('label[for="payback-returnPerDollar"]').textContent()).trim(), fill('field.returnPerDollar.label'));
    // A tile keeps each number with its words (no-break spaces, word joiners): compare as words.
    const plain = (text) => text.replace(/\u2060/g, '').replace(/[\u00a0\u202f]/g, ' ');
    assert.ok(plain(await app.page.getByTestId('results').first().innerText()).includes(plain(fill('break_even_return'))));
  };
  await check('nl-NL', 'EUR');
  await app.page.getByTestId('currency').selectOption('SEK');
  await check('nl-NL', 'SEK');
  assert.ok(!(await app.page.locator('.app').innerText()).includes('{$'), 'no placeholder left');
  assert.deepEqual(app.consoleErrors, []);
  await app.close();
});

test('a share link carries the language and the currency', async () => {
  const app = await env.page();
  await app.goto();
  await app.page.getByTestId('language').selectOption('tr');
  await settleLanguage(app, 'tr');
  await app.page.getByTestId('currency').selectOption('TRY');
  await app.fill('retentionRate', '72,5');
  await app.page.waitForFunction(() => /[#&]l=tr(&|$)/.test(location.hash) && /&c=TRY(&|$)/.test(location.hash)
    && location.hash.includes('72.5'));
  const url = app.page.url();
  const values = await resultValues(app);
  assert.deepEqual(app.consoleErrors, []);
  await app.close();

  const copy = await env.page();
  await copy.page.goto(url);
  await copy.page.getByTestId('results').first().waitFor();
  await settleLanguage(copy, 'tr');
  assert.equal(await copy.page.evaluate(() => document.documentElement.lang), 'tr');
  assert.equal(await copy.page.getByTestId('language').inputValue(), 'tr');
  assert.equal(await copy.page.getByTestId('currency').inputValue(), 'TRY');
  await assertTexts(copy, 'tr');
  assert.equal(await copy.input('retentionRate').inputValue(), '72,5');
  const expected = core.retentionProfit({ ...RETENTION_DEFAULTS, retentionRate: 0.725 });
  for (const key of RETENTION_RESULTS) {
    assert.ok(close(await copy.resultValue(key), expected[key]), `${key}: page ${await copy.resultValue(key)}, core ${expected[key]}`);
  }
  assert.deepEqual(await resultValues(copy), values);
  await assertMoneyTiles(copy, 'tr-TR', 'TRY');
  assert.equal(await copy.page.getByTestId('notice').count(), 0);
  assert.deepEqual(copy.consoleErrors, []);
  await copy.close();
});

test('a stored language preference wins over the browser language', async () => {
  const app = await openIn('en-US', { init: () => localStorage.setItem('rox.lang', 'sv') });
  assert.equal(await app.page.evaluate(() => document.documentElement.lang), 'sv');
  assert.equal(await app.page.getByTestId('language').inputValue(), 'sv');
  await assertTexts(app, 'sv', ['retention', 'case']);
  // Swedish number formatting; the currency still comes from the browser's region.
  await app.openTab('retention');
  await assertMoneyTiles(app, 'sv-SE', 'USD');
  assert.deepEqual(app.consoleErrors, []);
  await app.close();
});
