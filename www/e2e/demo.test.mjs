// Demo mode, undo and keyboard shortcuts: presenting from the keyboard, with every change
// reversible one step at a time.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { setup } from './support/pages.mjs';
import { PAYBACK_DEFAULTS, close, core } from './support/core.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

const RETENTION_TILES = ['clvBefore', 'clvAfter', 'clvChange', 'cumulativeProfitUplift', 'discountedProfitUplift'];

async function mode(app) {
  return app.page.locator('.app').getAttribute('data-mode');
}

async function tileFontSize(app) {
  return app.page.locator('.tile-value').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
}

async function selectedTab(app) {
  return app.page.locator('[role="tab"][aria-selected="true"]').getAttribute('data-testid');
}

/** The payback page shows the core's NPV for the given return per dollar (other inputs default). */
async function assertNpv(app, returnPerDollar) {
  const expected = core.cxPayback({ ...PAYBACK_DEFAULTS, returnPerDollar }).summary.npv;
  const shown = await app.resultValue('npv');
  assert.ok(close(shown, expected), `npv: page ${shown}, core ${expected} (return per dollar ${returnPerDollar})`);
}

async function noticeText(app) {
  return (await app.page.getByTestId('notice').innerText()).trim();
}

test('the demo button turns demo mode on and off: larger tiles, no help, a shortcuts line', async () => {
  const app = await env.page();
  await app.page.setViewportSize({ width: 1280, height: 720 });
  await app.goto();
  const demo = app.page.getByTestId('demo');
  assert.equal(await demo.getAttribute('aria-pressed'), 'false');
  assert.equal(await mode(app), 'page');
  assert.equal(await app.page.getByTestId('shortcuts').count(), 0);
  const normalSize = await tileFontSize(app);
  assert.ok(await app.page.locator('#panel-retention .help').first().isVisible(), 'help shown in normal mode');

  await demo.click();
  await app.page.locator('.app[data-mode="demo"]').waitFor();
  assert.equal(await demo.getAttribute('aria-pressed'), 'true');
  assert.equal(await mode(app), 'demo');
  const shortcuts = app.page.getByTestId('shortcuts');
  assert.ok(await shortcuts.isVisible());
  assert.match(await shortcuts.innerText(), /Alt\+Z/);
  const demoSize = await tileFontSize(app);
  assert.ok(demoSize > normalSize, `tile value font ${demoSize}px in demo mode, ${normalSize}px normally`);
  const visibleHelp = await app.page.locator('.help').evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).length);
  assert.equal(visibleHelp, 0, 'help texts are hidden in demo mode');

  // Pressing the button again leaves demo mode.
  await demo.click();
  await app.page.locator('.app[data-mode="page"]').waitFor();
  assert.equal(await demo.getAttribute('aria-pressed'), 'false');
  assert.equal(await app.page.getByTestId('shortcuts').count(), 0);
  assert.equal(await tileFontSize(app), normalSize);
  assert.ok(await app.page.locator('#panel-retention .help').first().isVisible());
  assert.deepEqual(app.consoleErrors, []);
  await app.close();
});

test('in demo mode at 1280×720 the retention inputs and headline tiles fit the first screen', async () => {
  const app = await env.page();
  await app.page.setViewportSize({ width: 1280, height: 720 });
  await app.goto();
  await app.page.getByTestId('demo').click();
  await app.page.locator('.app[data-mode="demo"]').waitFor();
  // Every input shown on the page (the collapsed "advanced" ones are not shown) and every tile.
  const boxes = await app.page.evaluate((tiles) => {
    const inputs = [...document.querySelectorAll('#panel-retention .inputs input')].filter((e) => e.checkVisibility());
    const els = [...inputs, ...tiles.map((k) => document.querySelector(`[data-testid="result-${k}"]`))];
    return els.map((e) => {
      const r = e.getBoundingClientRect();
      return { id: e.dataset.testid, top: Math.round(r.top), bottom: Math.round(r.bottom) };
    });
  }, RETENTION_TILES);
  const ids = boxes.map((b) => b.id);
  for (const field of ['customers', 'revenuePerCustomer', 'grossMargin', 'retentionRate', 'retentionUplift', 'discountRate', 'years']) {
    assert.ok(ids.includes(`input-${field}`), `input-${field} is shown`);
  }
  assert.equal(await app.page.evaluate(() => window.scrollY), 0);
  const offscreen = boxes.filter((b) => b.top < 0 || b.bottom > 720);
  assert.deepEqual(offscreen, [], 'elements (testid, top, bottom in px) outside the first 720 px screen');
  await app.close();
});

test('?demo starts in demo mode and Alt+D leaves it', async () => {
  const app = await env.page();
  await app.goto('/?demo');
  assert.equal(await mode(app), 'demo');
  assert.equal(await app.page.getByTestId('demo').getAttribute('aria-pressed'), 'true');
  assert.ok(await app.page.getByTestId('shortcuts').isVisible());
  await app.page.keyboard.press('Alt+d');
  await app.page.locator('.app[data-mode="page"]').waitFor();
  assert.equal(await app.page.getByTestId('demo').getAttribute('aria-pressed'), 'false');
  assert.equal(await app.page.getByTestId('shortcuts').count(), 0);
  await app.page.keyboard.press('Alt+d');
  await app.page.locator('.app[data-mode="demo"]').waitFor();
  assert.equal(await app.page.getByTestId('demo').getAttribute('aria-pressed'), 'true');
  await app.close();
});

test('Alt+number opens pages, Alt+R resets the open page and Alt+Z undoes', async () => {
  const app = await env.page();
  await app.goto();
  await app.page.keyboard.press('Alt+2');
  await app.page.locator('#panel-payback').waitFor();
  assert.equal(await app.page.getByTestId('tab-payback').getAttribute('aria-selected'), 'true');
  await app.page.keyboard.press('Alt+1');
  await app.page.locator('#panel-retention').waitFor();
  assert.equal(await app.page.getByTestId('tab-retention').getAttribute('aria-selected'), 'true');
  await app.page.keyboard.press('Alt+7');
  await app.page.locator('#panel-sources').waitFor();
  assert.equal(await selectedTab(app), 'tab-sources');

  // Reset the payback page after two edits; the retention page keeps its edit.
  await app.page.keyboard.press('Alt+1');
  await app.page.locator('#panel-retention').waitFor();
  await app.fill('customers', '30000');
  await app.page.keyboard.press('Alt+2');
  await app.page.locator('#panel-payback').waitFor();
  await app.fill('upfrontInvestment', '250000');
  await app.fill('returnPerDollar', '2.5');
  await app.page.keyboard.press('Alt+r');
  await app.page.waitForFunction(() => document.querySelector('[data-testid="input-upfrontInvestment"]').value === '100000');
  assert.equal(await app.input('upfrontInvestment').inputValue(), '100000');
  assert.equal(await app.input('returnPerDollar').inputValue(), '3');
  assert.equal(await app.input('annualCost').inputValue(), '50000');

  // Undo takes the reset back.
  await app.page.keyboard.press('Alt+z');
  await app.page.waitForFunction(() => document.querySelector('[data-testid="input-upfrontInvestment"]').value === '250000');
  assert.equal(await app.input('returnPerDollar').inputValue(), '2.5');
  await app.page.keyboard.press('Alt+1');
  await app.page.locator('#panel-retention').waitFor();
  assert.equal(await app.input('customers').inputValue(), '30000');

  // Reset on the retention page resets the retention inputs.
  await app.fill('retentionRate', '70');
  await app.page.keyboard.press('Alt+r');
  await app.page.waitForFunction(() => document.querySelector('[data-testid="input-customers"]').value === '20000');
  assert.equal(await app.input('retentionRate').inputValue(), '85');
  assert.deepEqual(app.consoleErrors, []);
  await app.close();
});

test('shortcuts never fire without Alt: typing a digit types it', async () => {
  const app = await env.page();
  await app.goto();
  await app.input('customers').fill('');
  await app.input('customers').pressSequentially('2');
  await app.input('customers').press('1');
  assert.equal(await app.input('customers').inputValue(), '21');
  assert.equal(await selectedTab(app), 'tab-retention');
  await app.input('customers').press('r');
  await app.input('customers').press('d');
  assert.equal(await mode(app), 'page');
  // Plain digits on the page body do not switch pages either.
  await app.page.locator('h1').click();
  await app.page.keyboard.press('2');
  await app.page.keyboard.press('7');
  assert.equal(await selectedTab(app), 'tab-retention');
  await app.close();
});

test('undo takes back one field’s typing at a time, then nothing', async () => {
  const app = await env.page();
  await app.goto();
  const undo = app.page.getByTestId('undo');
  assert.equal(await undo.isDisabled(), true, 'nothing to undo on a fresh page');
  await app.type('customers', '25000');
  await app.type('revenuePerCustomer', '600');
  assert.equal(await undo.isDisabled(), false);

  await undo.click();
  await app.page.waitForFunction(() => document.querySelector('[data-testid="input-revenuePerCustomer"]').value === '1200');
  assert.equal(await app.input('revenuePerCustomer').inputValue(), '1200');
  assert.equal(await app.input('customers').inputValue(), '25000');
  assert.equal(await undo.isDisabled(), false);

  await undo.click();
  await app.page.waitForFunction(() => document.querySelector('[data-testid="input-customers"]').value === '20000');
  assert.equal(await app.input('customers').inputValue(), '20000');
  assert.equal(await app.input('revenuePerCustomer').inputValue(), '1200');
  assert.equal(await undo.isDisabled(), true, 'undo is disabled once everything is undone');
  await app.close();
});

test('undo reverses a preset choice and a lever switch', async () => {
  const app = await env.page();
  await app.goto();
  await app.openTab('case');
  const preset = app.page.getByTestId('input-preset');
  assert.equal(await preset.inputValue(), '');
  assert.equal(await app.input('customers').inputValue(), '20000');
  const npv = await app.resultValue('npv');

  await preset.selectOption('retail');
  await app.page.waitForFunction(() => document.querySelector('[data-testid="input-customers"]').value === '150000');
  await app.page.getByTestId('undo').click();
  await app.page.waitForFunction(() => document.querySelector('[data-testid="input-customers"]').value === '20000');
  assert.equal(await preset.inputValue(), '');
  assert.equal(await app.input('customers').inputValue(), '20000');
  assert.equal(await app.resultValue('npv'), npv);

  const lever = app.input('levers.employee.enabled');
  const before = await lever.isChecked();
  await lever.setChecked(!before);
  assert.equal(await lever.isChecked(), !before);
  const switched = await app.resultValue('npv');
  assert.notEqual(switched, npv);
  await app.page.keyboard.press('Alt+z');
  await app.page.waitForFunction((v) => document.querySelector('[data-testid="input-levers.employee.enabled"]').checked === v, before);
  assert.equal(await lever.isChecked(), before);
  assert.equal(await app.resultValue('npv'), npv);
  assert.equal(await app.page.getByTestId('undo').isDisabled(), true);
  await app.close();
});

test('Alt+] and Alt+[ step through the saved scenarios', async () => {
  const app = await env.page();
  await app.goto();
  await app.saveScenario('One');
  await app.openTab('payback');
  await app.fill('returnPerDollar', '2');
  await app.saveScenario('Two');
  const names = await app.page.getByTestId('saved-item').allInnerTexts();
  assert.equal(names.length, 2);
  assert.match(names[0], /Two/, 'newest first');
  assert.match(names[1], /One/);

  // Something else on screen, so opening "Two" is visible.
  await app.openTab('payback');
  await app.fill('returnPerDollar', '7');
  await app.page.locator('h1').click();

  await app.page.keyboard.press('Alt+BracketRight');
  await app.page.getByTestId('notice').filter({ hasText: 'Opened “Two”' }).waitFor();
  assert.match(await noticeText(app), /Opened “Two”/);
  assert.equal(await app.input('returnPerDollar').inputValue(), '2');
  await assertNpv(app, 2);

  await app.page.keyboard.press('Alt+BracketRight');
  await app.page.getByTestId('notice').filter({ hasText: 'Opened “One”' }).waitFor();
  assert.match(await noticeText(app), /Opened “One”/);
  assert.equal(await app.input('returnPerDollar').inputValue(), '3');
  await assertNpv(app, 3);

  await app.page.keyboard.press('Alt+BracketLeft');
  await app.page.getByTestId('notice').filter({ hasText: 'Opened “Two”' }).waitFor();
  assert.equal(await app.input('returnPerDollar').inputValue(), '2');
  await assertNpv(app, 2);
  assert.deepEqual(app.consoleErrors, []);
  await app.close();
});

test('tabs move with the arrow keys, Home and End, and focus follows', async () => {
  const app = await env.page();
  await app.goto();
  const focused = () => app.page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
  await app.page.getByTestId('tab-retention').focus();
  await app.page.keyboard.press('ArrowRight');
  await app.page.locator('#panel-payback').waitFor();
  assert.equal(await app.page.getByTestId('tab-payback').getAttribute('aria-selected'), 'true');
  assert.equal(await focused(), 'tab-payback');

  await app.page.keyboard.press('End');
  await app.page.locator('#panel-realisation').waitFor();
  assert.equal(await selectedTab(app), 'tab-realisation');
  assert.equal(await focused(), 'tab-realisation');

  await app.page.keyboard.press('Home');
  await app.page.locator('#panel-retention').waitFor();
  assert.equal(await selectedTab(app), 'tab-retention');
  assert.equal(await focused(), 'tab-retention');

  await app.page.keyboard.press('ArrowLeft');
  await app.page.locator('#panel-realisation').waitFor();
  assert.equal(await focused(), 'tab-realisation');
  await app.close();
});
