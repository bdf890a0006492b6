// Slides (issue 29): the business case as an editable .pptx, from the JS API in Node and from
// the page's buttons. The deck must unzip, every XML part must be well-formed, the native
// charts must carry the case's own figures, and the text must be in the deck's language.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { XMLValidator } from 'fast-xml-parser';
import { core, EVERY_ANSWER } from './support/core.mjs';
import { setup } from './support/pages.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

/** The parts of a .pptx: name → text (XML parts only). */
async function parts(bytes) {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map();
  for (const name of Object.keys(zip.files)) {
    if (/\.(xml|rels)$/.test(name)) out.set(name, await zip.file(name).async('string'));
  }
  return out;
}

const texts = (xml) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1].replaceAll('&apos;', "'").replaceAll('&amp;', '&'));
const slideNames = (p) => [...p.keys()].filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).sort((a, b) => Number(a.match(/\d+/)) - Number(b.match(/\d+/)));
/** A chart's series: [{ name, values }] from its cached data. */
function series(xml) {
  return [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map(([, ser]) => ({
    name: ser.match(/<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/)[1],
    values: [...ser.match(/<c:val>([\s\S]*?)<\/c:val>/)[1].matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => Number(m[1])),
  }));
}

test('the API writes a deck that unzips into well-formed parts, with native charts holding the case figures', async () => {
  const input = { preparedFor: 'Acme', preparedBy: 'Sam' };
  const bytes = await core.slides(input);
  assert.ok(bytes instanceof Uint8Array);
  const p = await parts(bytes);
  for (const name of ['[Content_Types].xml', 'ppt/presentation.xml', 'ppt/_rels/presentation.xml.rels']) assert.ok(p.has(name), name);
  const slides = slideNames(p);
  assert.equal(slides.length, 9, 'title, company, headline, levers, cash flow, scenarios, uncertainty, sources, next steps');
  const charts = [...p.keys()].filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n)).sort();
  assert.equal(charts.length, 2);
  for (const [name, xml] of p) assert.equal(XMLValidator.validate(xml), true, `${name} is well-formed XML`);
  assert.match(p.get('[Content_Types].xml'), /presentationml\.slide\+xml/);
  assert.match(p.get('ppt/presentation.xml'), /<p:sldSz cx="9144000" cy="5143500"/, '16:9');

  const r = core.businessCase({});
  const [levers, cash] = charts.map((c) => series(p.get(c)));
  const on = Object.entries(r.leverPv).filter(([k]) => ['retention', 'spend', 'crossSell', 'referrals', 'costToServe', 'conversion'].includes(k));
  assert.deepEqual(levers[0].values, on.map(([, v]) => v), 'benefits by lever: the present value of each lever that is on');
  assert.deepEqual(cash.map((s) => s.name), ['Benefits', 'Costs', 'Net']);
  assert.deepEqual(cash[0].values, r.years.map((y) => y.benefits));
  assert.deepEqual(cash[1].values, r.years.map((y) => y.costs));
  assert.deepEqual(cash[2].values, r.years.map((y) => y.net));

  const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
  const title = texts(p.get(slides[0]));
  assert.ok(title.includes('Prepared for: Acme') && title.includes('Prepared by: Sam'), title.join(' | '));
  const headline = texts(p.get(slides[2]));
  assert.ok(headline.includes(money.format(r.riskAdjusted.npv)), headline.join(' | '));
  const sim = core.simulate({ trials: 100000 });
  const uncertainty = texts(p.get(slides[6]));
  for (const v of [sim.npv.p10, sim.npv.p50, sim.npv.p90]) assert.ok(uncertainty.includes(money.format(v)), `${money.format(v)} in ${uncertainty.join(' | ')}`);
});

test('a Turkish deck carries Turkish text and Turkish number formats', async () => {
  const bytes = await core.slides({ language: 'tr', currency: 'TRY', customers: 5000 });
  const p = await parts(bytes);
  const all = slideNames(p).map((s) => texts(p.get(s)).join(' ')).join(' ');
  assert.match(all, /Müşteri deneyimi için iş gerekçesi/);
  assert.match(all, /Sonraki adımlar/);
  const r = core.businessCase({ customers: 5000 });
  const money = new Intl.NumberFormat('tr-TR', { style: 'currency', currency: 'TRY', maximumFractionDigits: 0 });
  assert.ok(all.includes(money.format(r.riskAdjusted.npv)), `${money.format(r.riskAdjusted.npv)} (Turkish grouping) in the deck`);
  assert.match(all, /%\d/, 'percentages in the Turkish way (%60)');
  const [cash] = [...p.keys()].filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n)).sort().slice(1).map((c) => series(p.get(c)));
  assert.deepEqual(cash.map((s) => s.name), ['Faydalar', 'Maliyetler', 'Net']);
});

test('LibreOffice Impress opens both decks and lays out every slide', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'rox-slides-'));
  const run = promisify(execFile);
  for (const [name, input, npv] of [
    ['en', {}, new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(core.businessCase({}).riskAdjusted.npv)],
    ['tr', { language: 'tr', currency: 'TRY' }, new Intl.NumberFormat('tr-TR', { style: 'currency', currency: 'TRY', maximumFractionDigits: 0 }).format(core.businessCase({}).riskAdjusted.npv)],
  ]) {
    const deck = join(dir, `${name}.pptx`);
    await writeFile(deck, await core.slides(input));
    // A profile of its own, so a LibreOffice already running elsewhere does not take the job.
    await run('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, deck], { timeout: 120000 });
    const { stdout: info } = await run('pdfinfo', [join(dir, `${name}.pdf`)]);
    assert.match(info, /Pages:\s+9\n/, `${name}: nine slides`);
    const { stdout: text } = await run('pdftotext', [join(dir, `${name}.pdf`), '-']);
    assert.ok(text.includes(npv), `${name}: ${npv} on a slide`);
  }
});

test('the API refuses what it does not read, and says which language or currency it takes', async () => {
  assert.throws(() => core.slides({ langauge: 'nl' }), /langauge: unknown field — did you mean language\?/);
  assert.throws(() => core.slides({ language: 'de' }), /language: use en, nl, sv or tr/);
  assert.throws(() => core.slides({ currency: 'JPY' }), /currency: use EUR/);
  assert.throws(() => core.slides({ customers: -1 }), /customers/);
});

for (const [where, tab, mode, hook] of [
  ['the business case', 'case', '', 'slides-case'],
  ['the report', 'report', '', 'slides-report'],
  ['demo mode', 'case', '?demo', 'slides-demo'],
]) {
  test(`${where} downloads the slides of the case on screen, with its figures`, async () => {
    const app = await env.page();
    await app.goto('/' + mode);
    await app.openTab(tab);
    const npv = await app.page.getByTestId('result-npv').first().textContent().catch(() => null);
    const [file] = await Promise.all([app.page.waitForEvent('download'), app.page.getByTestId(hook).click()]);
    assert.equal(file.suggestedFilename(), 'cx-business-case.pptx');
    const p = await parts(await readFile(await file.path()));
    const slides = slideNames(p);
    assert.equal(slides.length, 9);
    const r = core.businessCase({});
    const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
    assert.ok(texts(p.get(slides[2])).includes(money.format(r.riskAdjusted.npv)));
    if (npv !== null) assert.ok(texts(p.get(slides[2])).includes(npv.trim()), 'the tile and the slide say the same NPV');
    assert.deepEqual(app.consoleErrors, []);
    await app.close();
  });
}

test('the API deck has the readiness slide when answers are given', async () => {
  const p = await parts(await core.slides({ answers: EVERY_ANSWER }));
  const slides = slideNames(p);
  assert.equal(slides.length, 10);
  const readiness = texts(p.get(slides[7]));
  assert.equal(readiness[0], 'Readiness');
  const a = core.assessment({ answers: EVERY_ANSWER });
  assert.ok(readiness.join(' ').includes(`Overall score ${Math.round(a.overall)} of 100`), readiness.join(' | '));
});

test('with the self-assessment answered, the deck has a readiness slide', async () => {
  const app = await env.page();
  await app.goto();
  await app.openTab('assessment');
  await app.page.locator('[data-testid="assessment"] input[type="radio"]').first().check();
  await app.page.getByTestId('assessment-result').waitFor();
  await app.openTab('report');
  const [file] = await Promise.all([app.page.waitForEvent('download'), app.page.getByTestId('slides-report').click()]);
  const p = await parts(await readFile(await file.path()));
  const slides = slideNames(p);
  assert.equal(slides.length, 10);
  assert.equal(texts(p.get(slides[7]))[0], 'Readiness');
  await app.close();
});

test('when the slides module cannot load, a notice says so, and the next click tries again', async () => {
  // No service worker: it would answer from the cache it filled on the first visit.
  const app = await env.page({ serviceWorkers: 'block' });
  await app.goto();
  await app.openTab('case');
  await app.page.route('**/rox_slides.js*', (route) => route.abort());
  await app.page.getByTestId('slides-case').click();
  await app.page.getByTestId('notice').filter({ hasText: 'The slides could not be made' }).waitFor();
  await app.page.unroute('**/rox_slides.js*');
  const [file] = await Promise.all([app.page.waitForEvent('download'), app.page.getByTestId('slides-case').click()]);
  assert.equal(file.suggestedFilename(), 'cx-business-case.pptx');
  await app.close();
});
