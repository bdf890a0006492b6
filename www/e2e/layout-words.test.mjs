// How the headline reads, at a phone's width and a desktop's, in English and Dutch: no number on
// a line apart from its unit or the word it belongs to, NPV as large as ROI, one Dutch word for
// each thing, and demo mode's shortcut line true to the keys (and gone on a touch screen).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, CalculatorPage } from './support/pages.mjs';
import { catalogue } from './support/texts.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

const WIDTHS = [390, 1280];
const LANGS = ['en', 'nl'];

/**
 * Every number in a tile (label, figure, note) that is printed on another line than the word
 * next to it: the unit after it, or the word before it — unless a label (":") or a clause (",")
 * ends between them.
 */
function splitNumbers() {
  const found = [];
  const lines = (node, from, to) => {
    const r = document.createRange();
    r.setStart(node, from);
    r.setEnd(node, to);
    const tops = [...r.getClientRects()].filter((b) => b.width > 0).map((b) => Math.round(b.top));
    return new Set(tops.map((t) => Math.round(t / 4))).size;
  };
  for (const tile of document.querySelectorAll('.tile')) {
    if (!tile.getClientRects().length) continue;
    const walker = document.createTreeWalker(tile, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.data;
      const words = [...text.matchAll(/[^\s]+/g)].map((m) => ({ at: m.index, end: m.index + m[0].length, w: m[0] }));
      words.forEach((word, i) => {
        if (!/\d/.test(word.w)) return;
        const next = words[i + 1];
        const prev = words[i - 1];
        if (next && !/[:,.;]$/.test(word.w) && /^\p{L}/u.test(next.w) && lines(node, word.at, next.end) > 1) found.push(`"${word.w}" / "${next.w}" in "${text.trim()}"`);
        if (prev && !/[:,.;]$/.test(prev.w) && lines(node, prev.at, word.end) > 1) found.push(`"${prev.w}" / "${word.w}" in "${text.trim()}"`);
      });
    }
  }
  return found;
}

test('no number in a tile is on a line apart from its unit or the word before it, at 390 and 1280 px, in en and nl', async () => {
  const app = await env.page();
  const found = [];
  for (const width of WIDTHS) {
    await app.page.setViewportSize({ width, height: 900 });
    for (const lang of LANGS) {
      for (const tab of ['retention', 'payback', 'case', 'metrics', 'report']) {
        await app.page.goto(`${app.origin}/?lang=${lang}#${tab}`);
        await app.page.locator(`#panel-${tab}`).waitFor();
        await app.allDrawn();
        found.push(...(await app.page.evaluate(splitNumbers)).map((f) => `${width} ${lang} #${tab}: ${f}`));
      }
    }
  }
  assert.deepEqual(found, []);
  assert.deepEqual(app.consoleErrors, []);
  await app.close();
});

test('NPV is printed as large as ROI in the business case headline and the report, at 390 and 1280 px, in en and nl', async () => {
  const app = await env.page();
  const sizes = (scope) => app.page.evaluate((sel) => {
    const size = (name) => parseFloat(getComputedStyle(document.querySelector(`${sel} [data-testid=result-${name}]`)).fontSize);
    return { npv: size('npv'), roi: size('roi') };
  }, scope);
  const differ = [];
  for (const width of WIDTHS) {
    await app.page.setViewportSize({ width, height: 900 });
    for (const lang of LANGS) {
      for (const [tab, scope] of [['case', '#panel-case'], ['report', '[data-testid=report]']]) {
        await app.page.goto(`${app.origin}/?lang=${lang}#${tab}`);
        await app.page.locator(scope).waitFor();
        await app.allDrawn();
        const s = await sizes(scope);
        if (s.npv < s.roi - 0.5) differ.push(`${width} ${lang} #${tab}: NPV ${s.npv}px, ROI ${s.roi}px`);
      }
    }
  }
  assert.deepEqual(differ, []);
  await app.close();
});

test('Dutch says "klantbehoud" and "businesscase", one word each, in the tabs and on every page', async () => {
  const NL = catalogue('nl');
  const app = await env.page();
  await app.goto('/?lang=nl#retention');
  const tabs = await app.page.locator('[role=tab]').evaluateAll((ts) => ts.map((t) => t.dataset.testid));
  const found = [];
  for (const id of tabs) {
    const tab = id.replace('tab-', '');
    await app.openTab(tab);
    await app.allDrawn();
    await app.openAllDetails();
    const text = await app.bodyText();
    for (const m of text.matchAll(/[^\n.]*(retentie|business[ -]case)[^\n.]*/gi)) found.push(`#${tab}: ${m[0].trim()}`);
  }
  assert.deepEqual(found, []);
  assert.match(await app.page.getByTestId('tab-retention').innerText(), /^Klantbehoud/);
  assert.equal((await app.page.getByTestId('tab-case').innerText()).trim(), 'Businesscase');
  assert.ok(NL['levers.0.title'] === 'Klantbehoud', 'the retention lever is "Klantbehoud"');
  await app.close();
});

for (const lang of LANGS) {
  test(`demo mode's shortcut line names every page's key (${lang}), and a touch screen does not show it`, async () => {
    const app = await env.page();
    await app.page.setViewportSize({ width: 1280, height: 720 });
    await app.goto(`/?lang=${lang}`);
    await app.page.getByTestId('demo').click();
    const line = app.page.getByTestId('shortcuts');
    await line.waitFor();
    const tabs = await app.page.locator('[role=tab]').count();
    const text = await line.innerText();
    assert.ok(text.includes(`Alt+1…${tabs}`), `"${text}" for ${tabs} pages`);
    // The last page's key opens it.
    await app.page.keyboard.press(`Alt+Digit${tabs}`);
    await app.page.locator('[role=tab][aria-selected=true]').and(app.page.locator('[role=tab]').last()).waitFor();
    await app.close();

    const context = await env.browser.newContext({ locale: 'en-US', hasTouch: true, isMobile: true, viewport: { width: 1024, height: 768 } });
    const touch = new CalculatorPage(await context.newPage(), env.server.origin);
    await touch.goto(`/?lang=${lang}`);
    assert.ok(await touch.page.evaluate(() => matchMedia('(pointer: coarse)').matches), 'touch emulated');
    await touch.page.getByTestId('demo').click();
    await touch.page.locator('.app[data-mode="demo"]').waitFor();
    assert.equal(await touch.page.getByTestId('shortcuts').isVisible(), false, 'the shortcut line shows on a touch screen');
    await touch.close();
  });
}
