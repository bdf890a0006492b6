// Accessibility beyond the calculator pages: saved scenarios and their comparison, the report,
// demo and embed modes, the dark theme, the Dutch page and the example host page all pass axe.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { violations as axe } from './support/axe.mjs';
import { CalculatorPage, setup } from './support/pages.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });


async function assertClean(app, what) {
  const found = await axe(app.page);
  assert.deepEqual(found, [], `${what}: ${found.join(' | ')}`);
}


/** Two saved scenarios ("One", then "Two" with a lower return per dollar), both ticked to compare. */
async function twoSavedCompared(app) {
  await app.goto();
  await app.saveScenario('One');
  await app.openTab('payback');
  await app.fill('returnPerDollar', '2');
  await app.saveScenario('Two');
  const picks = app.page.getByTestId('compare-pick');
  await picks.nth(0).check();
  await picks.nth(1).check();
  await app.page.getByTestId('comparison').waitFor();
  assert.equal(await app.page.getByTestId('chart-compare').count(), 2);
  assert.ok(await app.page.locator('[data-testid="compare-differ"] tr.differs').count() >= 1);
}

test('no axe violations on the scenarios page with two saved scenarios compared', async () => {
  const app = await env.page();
  await twoSavedCompared(app);
  await app.openAllDetails();
  await assertClean(app, 'scenarios with comparison');
  await app.close();
});

test('no axe violations on the scenarios page with a rename form open', async () => {
  const app = await env.page();
  await twoSavedCompared(app);
  await app.page.getByTestId('rename-saved').first().click();
  await app.page.getByTestId('rename-input').waitFor();
  assert.equal(await app.page.getByTestId('rename-input').inputValue(), 'Two');
  await assertClean(app, 'scenarios with rename form');
  await app.close();
});

test('no axe violations on the scenarios page with a delete confirmation shown', async () => {
  const app = await env.page();
  await twoSavedCompared(app);
  await app.page.getByTestId('delete-saved').first().click();
  await app.page.getByTestId('confirm-delete').waitFor();
  assert.equal(await app.page.getByTestId('saved-item').count(), 2);
  await assertClean(app, 'scenarios with delete confirmation');
  await app.close();
});

test('no axe violations on the report page', async () => {
  const app = await env.page();
  await app.goto();
  await app.openTab('report');
  await app.page.getByTestId('prepared-for').fill('Acme Ltd');
  await app.page.getByTestId('prepared-by').fill('Jo Analyst');
  await app.page.getByTestId('report-for').filter({ hasText: 'Acme Ltd' }).waitFor();
  await app.page.getByTestId('chart-case').waitFor();
  await app.openAllDetails();
  await assertClean(app, 'report');
  await app.close();
});

for (const tab of ['retention', 'case']) {
  test(`no axe violations in demo mode on the ${tab} page`, async () => {
    const app = await env.page();
    await app.page.setViewportSize({ width: 1280, height: 720 });
    await app.goto(`/?demo#${tab}`);
    await app.page.locator(`#panel-${tab}`).waitFor();
    assert.equal(await app.page.locator('.app').getAttribute('data-mode'), 'demo');
    await app.page.getByTestId('shortcuts').waitFor();
    await app.openAllDetails();
    await assertClean(app, `demo mode, ${tab}`);
    await app.close();
  });
}

for (const embed of ['payback', 'case']) {
  test(`no axe violations in embed mode (?embed=${embed})`, async () => {
    const app = await env.page();
    await app.goto(`/?embed=${embed}`);
    await app.page.locator(`#panel-${embed}`).waitFor();
    assert.equal(await app.page.locator('.app').getAttribute('data-mode'), 'embed');
    assert.equal(await app.page.locator('[role="tablist"]').count(), 0);
    await app.openAllDetails();
    await assertClean(app, `embed ${embed}`);
    await app.close();
  });
}

test('no axe violations in the dark theme on the retention page', async () => {
  const app = await env.page();
  await app.goto('/?theme=dark');
  assert.equal(await app.page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  await app.openAllDetails();
  await assertClean(app, 'dark retention');
  await app.close();
});

test('no axe violations in the dark theme on the business case with every disclosure open', async () => {
  const app = await env.page();
  await app.goto('/?theme=dark#case');
  await app.page.locator('#panel-case').waitFor();
  assert.equal(await app.page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  await app.openAllDetails();
  assert.equal(await app.page.locator('details:not([open])').count(), 0);
  await assertClean(app, 'dark case');
  await app.close();
});

test('no axe violations in the dark theme with an error and stale results shown', async () => {
  const app = await env.page();
  await app.goto('/?theme=dark');
  await app.fill('customers', 'abc');
  await app.fill('retentionRate', '100');
  await app.error('customers').waitFor();
  assert.equal(await app.isStale(), true);
  await assertClean(app, 'dark with errors');
  await app.close();
});

async function dutchPage() {
  const context = await env.browser.newContext({ locale: 'nl-NL' });
  return new CalculatorPage(await context.newPage(), env.server.origin);
}

for (const tab of ['retention', 'case']) {
  test(`no axe violations on the Dutch ${tab} page`, async () => {
    const app = await dutchPage();
    await app.goto(`/#${tab}`);
    await app.page.locator(`#panel-${tab}`).waitFor();
    await app.page.waitForFunction(() => document.documentElement.lang === 'nl');
    assert.equal((await app.page.getByTestId('tab-retention').innerText()).trim(), 'Klantbehoud → winst');
    assert.equal((await app.page.getByTestId('tab-case').innerText()).trim(), 'Businesscase');
    assert.equal(await app.page.getByTestId('language').inputValue(), 'nl');
    await app.openAllDetails();
    await assertClean(app, `Dutch ${tab}`);
    await app.close();
  });
}

test('no axe violations on the example host page', async () => {
  const app = await env.page();
  await app.page.goto(env.server.origin + '/embed-demo.html');
  const frame = app.page.frameLocator('[data-testid="frame"]');
  await frame.getByTestId('result-npv').waitFor();
  await app.page.getByTestId('log').locator('li', { hasText: 'rox:result' }).first().waitFor();
  await assertClean(app, 'embed-demo.html');
  await app.close();
});
