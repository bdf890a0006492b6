// The printable business-case report: prepared for / by kept in the link, a PDF (A4 and Letter)
// that holds the title, the numbers as shown, the scenarios, every assumption with its source
// and the formulas, with no page chrome and no table cut across pages; the print button.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setup } from './support/pages.mjs';
import { catalogue, EN } from './support/texts.mjs';

let env;
let dir;
before(async () => {
  env = await setup();
  dir = mkdtempSync(join(tmpdir(), 'rox-report-'));
});
after(async () => {
  await env.close();
  rmSync(dir, { recursive: true, force: true });
});

async function openReport(app, path = '/#report') {
  await app.page.goto(env.server.origin + path);
  await app.page.locator('#panel-report').waitFor();
  await app.page.getByTestId('report').waitFor();
  await app.allDrawn();
}

/** Prints the page to PDF in `format` and returns its text, one string per page. */
async function pdfPages(app, format) {
  await app.page.emulateMedia({ media: 'print' });
  const pdf = await app.page.pdf({ format, printBackground: true });
  await app.page.emulateMedia({ media: 'screen' });
  const file = join(dir, `report-${format}-${Date.now()}.pdf`);
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const pages = text.split('\f');
  if (pages.at(-1).trim() === '') pages.pop();
  return pages;
}

const squash = (s) => s.replace(/\s+/g, ' ');
/** pdftotext may add or drop a space between words and cells: compare without any. */
const compact = (s) => s.replace(/\s+/g, '');

/** Every table of the report: caption, last row label and that row's cells, from the DOM. */
async function reportTables(app) {
  return app.page.getByTestId('report').evaluate((report) =>
    [...report.querySelectorAll('table')].map((t) => {
      const last = t.querySelector('tbody tr:last-child');
      return {
        hook: t.dataset.testid,
        caption: t.caption.textContent.trim(),
        lastLabel: last.querySelector('th').textContent.trim(),
        lastCells: [...last.querySelectorAll('td')].map((td) => td.textContent.trim()),
      };
    }));
}

/**
 * Finds each table in document order in the printed text: its caption (a line of its own, or the
 * start of one for a long caption that wraps), then its last row (a line that starts with the row
 * label), and returns the page numbers of both and that row's printed text.
 */
function locate(pages, tables, startAfter) {
  const lines = [];
  pages.forEach((p, page) => p.split('\n').forEach((l) => lines.push({ page, text: l.trim() })));
  let at = lines.findIndex((l) => l.text === startAfter);
  assert.ok(at >= 0, `"${startAfter}" not found in the PDF`);
  const found = [];
  for (const t of tables) {
    const head = squash(t.caption).slice(0, 40);
    const c = lines.findIndex((l, i) => i > at && (l.text === t.caption || (t.caption.length > 40 && squash(l.text).startsWith(head))));
    assert.ok(c >= 0, `caption "${t.caption}" not found in the PDF`);
    const r = lines.findIndex((l, i) => i > c && compact(l.text).startsWith(compact(t.lastLabel + t.lastCells[0])));
    assert.ok(r >= 0, `last row "${t.lastLabel} ${t.lastCells[0]} …" of "${t.caption}" not found in the PDF`);
    found.push({ ...t, captionPage: lines[c].page, rowPage: lines[r].page, rowText: lines[r].text });
    at = r;
  }
  return found;
}

test('the report carries the day it is shown, from a page left open overnight too', async () => {
  const app = await env.page();
  const shown = () => app.page.getByTestId('report-date').textContent();
  const expected = (d) => app.page.evaluate((ms) => new Date(ms).toLocaleDateString(navigator.language, { dateStyle: 'medium' }), d.getTime());
  const evening = new Date(2027, 2, 14, 23, 59);
  await app.page.clock.setFixedTime(evening);
  await openReport(app);
  assert.equal(await shown(), await expected(evening));
  // Past midnight, the next change to the report brings the new day.
  const morning = new Date(2027, 2, 15, 0, 1);
  assert.notEqual(await expected(morning), await expected(evening));
  await app.page.clock.setFixedTime(morning);
  await app.page.getByTestId('prepared-for').fill('Acme Corp');
  await app.page.getByTestId('report-for').waitFor();
  assert.equal(await shown(), await expected(morning));
  assert.deepEqual(app.consoleErrors, []);
  await app.close();
});

test('prepared for / by show on the report and are kept in the share link', async () => {
  const app = await env.page();
  await openReport(app);
  // Blank names leave no line on the report, not even a dash.
  assert.equal(await app.page.getByTestId('report-for').count(), 0);
  assert.equal(await app.page.getByTestId('report-by').count(), 0);
  await app.page.getByTestId('prepared-for').fill('Acme Corp');
  await app.page.getByTestId('prepared-by').fill('Jane Rep');
  assert.equal(await app.page.getByTestId('report-for').textContent(), 'Acme Corp');
  assert.equal(await app.page.getByTestId('report-by').textContent(), 'Jane Rep');
  await app.page.waitForFunction(() => {
    const h = decodeURIComponent(location.hash);
    return h.includes('Acme Corp') && h.includes('Jane Rep');
  });
  const url = app.page.url();
  await app.page.reload();
  await app.page.getByTestId('report').waitFor();
  assert.equal(await app.page.getByTestId('prepared-for').inputValue(), 'Acme Corp');
  assert.equal(await app.page.getByTestId('prepared-by').inputValue(), 'Jane Rep');
  assert.equal(await app.page.getByTestId('report-for').textContent(), 'Acme Corp');
  assert.equal(await app.page.getByTestId('report-by').textContent(), 'Jane Rep');
  assert.deepEqual(app.consoleErrors, []);
  await app.close();

  // The link alone brings them back in a fresh browser.
  const copy = await env.page();
  await copy.page.goto(url);
  await copy.page.getByTestId('report').waitFor();
  assert.equal(await copy.page.getByTestId('report-for').textContent(), 'Acme Corp');
  assert.equal(await copy.page.getByTestId('report-by').textContent(), 'Jane Rep');
  assert.equal(await copy.page.getByTestId('prepared-for').inputValue(), 'Acme Corp');
  await copy.close();
});

for (const format of ['A4', 'Letter']) {
  test(`the ${format} PDF holds the report and none of the page chrome`, async () => {
    const app = await env.page();
    await openReport(app);
    await app.page.getByTestId('prepared-for').fill('Acme Corp');
    await app.page.getByTestId('prepared-by').fill('Jane Rep');
    await app.page.getByTestId('report-by').filter({ hasText: 'Jane Rep' }).waitFor();
    const npv = await app.resultText('npv');
    assert.match(npv, /^\$[\d,]+$/);
    const levers = await app.page.getByTestId('report-lever').evaluateAll((ts) => ts.map((t) => t.caption.textContent));
    assert.ok(levers.includes('Cross-sell / upsell'), `levers on by default: ${levers}`);

    const pages = await pdfPages(app, format);
    assert.ok(pages.length >= 2, `${pages.length} page(s)`);
    const text = pages.join('\f');
    const flat = squash(text);
    for (const needle of [
      EN.report_title, 'Acme Corp', 'Jane Rep', npv,
      EN['scenario_names.0'], EN['scenario_names.1'], EN['scenario_names.2'],
      EN.assumptions, EN.formulas, levers[0], levers[1],
      EN['levers.2.formula'], 'Customers × take-rate uplift × add-on margin',
      'Forrester Total Economic Impact',
    ]) {
      assert.ok(flat.includes(squash(needle)), `PDF lacks "${needle}"`);
    }
    // The page around the report is not printed.
    for (const chrome of [
      EN.tagline, EN.tab_retention, EN.tab_payback, EN.tab_metrics, EN.copy_link, EN.demo_mode,
      EN.download_pdf, EN.report_intro, EN.prepared_help, EN.print_hint, EN.language,
    ]) {
      assert.ok(!flat.includes(squash(chrome)), `PDF shows page chrome "${chrome}"`);
    }
    // Each page is numbered; the first says when, in which currency, and that figures are
    // risk-adjusted; the web page's privacy line is not in the document.
    pages.forEach((p, i) => assert.ok(compact(p).endsWith(`${i + 1}/${pages.length}`), `page ${i + 1} unnumbered`));
    for (const needle of [EN.date, 'USD', EN.risk_adjusted]) assert.ok(squash(pages[0]).includes(needle), `first page lacks "${needle}"`);
    assert.ok(!flat.includes(squash(EN.privacy)), 'the privacy line is printed');
    // Assumptions read like every other figure, payback with its unit.
    assert.ok(flat.includes('20,000 customers') && flat.includes('$250,000'), 'assumptions as raw numbers');
    assert.match(flat, new RegExp(`${EN.payback_months} [\\d.]+ ${EN.months} [\\d.]+ ${EN.months}`));
    // "Prepared for" / "Prepared by" only as the report's own labels, not the inputs' too.
    assert.equal(flat.split(EN.prepared_for).length - 1, 1, 'Prepared for printed once');
    assert.equal(flat.split(EN.prepared_by).length - 1, 1, 'Prepared by printed once');
    assert.doesNotMatch(text, /NaN|Infinity|undefined/);
    assert.deepEqual(app.consoleErrors, []);
    await app.close();
  });

  test(`no table is cut across pages in the ${format} PDF`, async () => {
    const app = await env.page();
    await openReport(app);
    const tables = await reportTables(app);
    assert.deepEqual(tables.filter((t) => t.hook !== 'report-lever').map((t) => [t.hook, t.caption]), [
      ['scenarios', EN.scenarios],
      ['case-years', EN.by_year_title],
      // The uncertainty section.
      ['tornado-table', 'What moves NPV most'],
      ['report-company', EN.company],
      ['report-costs', EN.costs_and_timing],
    ]);
    const scenarios = tables.find((t) => t.hook === 'scenarios');
    assert.equal(scenarios.lastLabel, EN.pv_costs);
    // The cash flows as TEI studies lay them out: a row per line, a column per year.
    const years = tables.find((t) => t.hook === 'case-years');
    assert.equal(years.lastLabel, EN.cumulative_net);
    assert.equal(years.lastCells.length, 4, 'years 0..3');
    const levers = tables.filter((t) => t.hook === 'report-lever');
    assert.ok(levers.length >= 2, 'levers on by default');

    const pages = await pdfPages(app, format);
    const results = [
      ...locate(pages, [scenarios, years, ...tables.filter((t) => t.hook === 'tornado-table')], EN.report_title),
      ...locate(pages, tables.filter((t) => t.hook.startsWith('report-')), EN.assumptions),
    ];
    assert.equal(results.length, tables.length);
    for (const t of results) {
      assert.equal(t.rowPage, t.captionPage,
        `${format}: "${t.caption}" starts on page ${t.captionPage + 1} but its last row "${t.lastLabel}" is on page ${t.rowPage + 1}`);
    }
    // Nor cut at the right edge: the last row is printed whole, every column of it.
    for (const t of results) {
      assert.equal(compact(t.rowText), compact(t.lastLabel + t.lastCells.join('')),
        `${format}: the last row of "${t.caption}" is printed as "${t.rowText}", expected "${[t.lastLabel, ...t.lastCells].join(' ')}"`);
    }
    await app.close();
  });
}

test('the print button tells the page and opens the print dialog once', async () => {
  const app = await env.page();
  await app.page.addInitScript(() => {
    window.__printed = 0;
    window.__reports = [];
    window.print = () => { window.__printed += 1; };
    window.addEventListener('rox:report', (e) => window.__reports.push(e.detail));
  });
  await openReport(app);
  assert.equal(await app.page.evaluate(() => window.__printed), 0);
  await app.page.getByTestId('print-report').click();
  await app.page.waitForFunction(() => window.__printed > 0 && window.__reports.length > 0);
  const { printed, reports } = await app.page.evaluate(() => ({ printed: window.__printed, reports: window.__reports }));
  assert.equal(printed, 1);
  assert.equal(reports.length, 1);
  assert.equal(reports[0].calculator, 'report');
  assert.equal(reports[0].currency, 'USD');
  assert.deepEqual(app.consoleErrors, []);
  await app.close();
});

const TEXTS = { en: EN, nl: catalogue('nl') };

/** A catalogue text as a pattern of the printed text without its spaces (a line may break at a
 * hyphen, "risk- adjusted"): each placeholder stands for some words. */
function template(text) {
  return new RegExp(compact(text).split(/\{[a-z]\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+?'));
}

/** Each percentage in `text`, by how its sign stands to its number: "10%", "10 %" or "%10". */
function percentStyles(text) {
  const styles = new Map();
  for (const m of text.matchAll(/\d([ \u00a0\u202f]?)%|%([ \u00a0\u202f]?)\d/g)) {
    const style = m[0].startsWith('%') ? `%${m[2] ? ' ' : ''}1` : `1${m[1] ? ' ' : ''}%`;
    styles.set(style, [...(styles.get(style) ?? []), text.slice(Math.max(0, m.index - 30), m.index + 5)]);
  }
  return styles;
}

for (const lang of ['en', 'nl']) {
  test(`the report's first page (${lang}) says in words what the plan costs, brings back, when and how sure, with the guards that fire`, async () => {
    const T = TEXTS[lang];
    const app = await env.page();
    await app.goto(`/?lang=${lang}#case`);
    // A horizon longer than the TEI studies': a guard fires.
    await app.fill('years', '5');
    await app.openTab('report');
    await app.page.getByTestId('report').waitFor();
    await app.allDrawn();
    const report = app.page.getByTestId('report');
    const npv = (await report.getByTestId('result-npv').textContent()).trim();
    const currency = await app.page.locator('#currency').inputValue();
    const pages = await pdfPages(app, 'A4');
    const first = squash(pages[0]);
    assert.ok(first.includes(squash(T.summary_title)), `first page lacks "${T.summary_title}"`);
    for (const key of ['summary_case', 'summary_payback', 'summary_sure']) {
      assert.match(compact(pages[0]), template(T[key]), `first page lacks the ${key} sentence`);
    }
    assert.ok(first.includes(squash(npv)), `the summary lacks NPV ${npv}`);
    assert.ok(first.includes(squash(T.guards_title)) && first.includes(squash(T.guard_horizon)), 'the guard is not on the first page');
    for (const needle of [T.date, currency, T.risk_adjusted]) assert.ok(first.toLowerCase().includes(squash(needle).toLowerCase()), `first page lacks "${needle}"`);
    // Names left blank leave no line behind.
    const flat = squash(pages.join('\n'));
    for (const label of [T.prepared_for, T.prepared_by]) assert.ok(!flat.includes(squash(label)), `"${label}" printed with no name`);
    // The histogram with P10, P50 and P90 marked, not the trials' count table (the CSV has it).
    assert.equal(await report.getByTestId('histogram-table').count(), 0, 'the count table is on the report');
    assert.ok(!flat.includes(squash(`${T.npv}: ${T.range_from}`)), 'the count table is printed');
    const marks = await report.getByTestId('histogram-chart').locator('.mark').allTextContents();
    assert.deepEqual(marks.map((m) => m.trim()), [T.p10, 'P50', T.p90]);
    // One percent style throughout, the one Intl gives the language.
    const intl = await app.page.evaluate(() => new Intl.NumberFormat(document.documentElement.lang, { style: 'percent' }).format(0.1));
    const styles = percentStyles(pages.join('\n'));
    assert.deepEqual([...styles.keys()], [percentStyles(intl).keys().next().value], `percent styles in the PDF: ${JSON.stringify(Object.fromEntries(styles))}`);
    assert.deepEqual(app.consoleErrors, []);
    await app.close();
  });
}

test('no bordered box of the printed report can run off a page: each is kept whole', async () => {
  const app = await env.page();
  await openReport(app, '/?lang=nl#report');
  await app.page.emulateMedia({ media: 'print' });
  const split = await app.page.getByTestId('report').evaluate((report) => [report, ...report.querySelectorAll('*')].filter((el) => {
    const s = getComputedStyle(el);
    if (!el.getClientRects().length || ['TABLE', 'TR', 'TD', 'TH', 'THEAD', 'TBODY'].includes(el.tagName)) return false;
    const boxed = parseFloat(s.borderTopWidth) > 0 && parseFloat(s.borderBottomWidth) > 0 && s.borderTopStyle !== 'none' && s.borderBottomStyle !== 'none';
    let kept = false;
    for (let up = el; up && up !== report.parentElement && !kept; up = up.parentElement) kept = getComputedStyle(up).breakInside === 'avoid';
    return boxed && !kept;
  }).map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent.trim().slice(0, 40)}`));
  await app.page.emulateMedia({ media: 'screen' });
  assert.deepEqual(split, []);
  await app.close();
});
