// The business case's uncertainty panel (issue 21): the tornado, the
// Monte Carlo in a worker (histogram, percentiles, progress, cancelled by typing, the seed in
// the link), goal seek, the claim checker, credibility guards and the investment curve; and
// the report's uncertainty section.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openFold, setup } from './support/pages.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env.close();
});

/** The business case with its uncertainty panel drawn. */
async function openCase(app, hash = '#case') {
  await app.goto('/' + hash);
  await app.page.getByTestId('uncertainty').waitFor();
}

/** The seed's field, folded under "How this is computed": the fold is opened if closed. */
async function seedField(app) {
  await openFold(app.page, 'mc-method');
  return app.page.getByTestId('mc-seed');
}

/** Types `value` into the seed and sends it. */
async function typeSeed(app, value) {
  const seed = await seedField(app);
  await seed.fill(value);
  await seed.press('Enter');
}

/** The seed as its field shows it. */
async function seedShown(app) {
  return (await seedField(app)).inputValue();
}

/** Waits for the simulation to finish; returns its P50. */
async function simulated(app) {
  await app.page.getByTestId('mc-result').waitFor({ timeout: 30000 });
  return Number(await app.page.getByTestId('mc-result').getAttribute('data-p50'));
}

test('the tornado ranks the inputs and has a table', async () => {
  const app = await env.page();
  await openCase(app);
  const chart = app.page.getByTestId('tornado-chart');
  await chart.waitFor();
  assert.ok((await chart.locator('rect').count()) >= 20, 'two bars per input');
  await app.page.getByTestId('tornado').locator('summary').click();
  const rows = app.page.getByTestId('tornado-table').locator('tbody tr');
  await rows.first().waitFor();
  const swings = await rows.evaluateAll((trs) => trs.map((tr) => tr.lastElementChild.textContent));
  assert.ok(swings.length >= 10);
  const values = swings.map((s) => Number(s.replace(/[^0-9.-]/g, '')));
  assert.deepEqual(values, [...values].sort((a, b) => b - a), 'widest swing first');
  // A lever switched off drops out of the tornado.
  const before = swings.length;
  await app.page.getByTestId('input-levers.spend.enabled').click();
  await app.page.waitForFunction((n) => document.querySelectorAll('[data-testid=tornado-table] tbody tr').length === n - 1, before);
  assert.deepEqual(app.consoleErrors, []);
  await app.close();
});

test('the Monte Carlo shows percentiles and a histogram, and the seed reproduces them', async () => {
  const app = await env.page();
  await openCase(app);
  const p50 = await simulated(app);
  assert.ok(p50 > 0);
  for (const hook of ['mc-p10', 'mc-p50', 'mc-p90', 'mc-mean', 'mc-chance-npv', 'mc-chance-payback']) {
    assert.match(await app.page.getByTestId(hook).textContent(), /\d/, hook);
  }
  assert.ok(await app.page.getByTestId('histogram-chart').locator('rect').count() > 10);
  const p = (hook) => app.page.getByTestId(hook).getAttribute('data-value').then(Number);
  assert.ok((await p('mc-p10')) <= p50 && p50 <= (await p('mc-p90')));
  // A new seed: a different run, kept in the address; the link gives the same figures again.
  await typeSeed(app, '42');
  await app.page.waitForFunction(() => /[&]x=s42/.test(location.hash));
  await app.page.getByTestId('mc-status').filter({ hasText: 'seed 42' }).waitFor();
  const seeded = await simulated(app);
  assert.notEqual(seeded, p50);
  const link = await app.page.evaluate(() => location.hash);
  const again = await env.page();
  await openCase(again, link);
  await again.page.getByTestId('mc-status').filter({ hasText: 'seed 42' }).waitFor();
  assert.equal(await simulated(again), seeded, 'same seed, same result');
  assert.equal(await seedShown(again), '42');
  await again.close();
  await app.close();
});

test('the trials\' counts download as CSV: one row per bin of NPV and of ROI, summing to the trials', async () => {
  const app = await env.page();
  await openCase(app);
  await simulated(app);
  await app.page.getByTestId('mc-status').filter({ hasText: /^100,000 trials/ }).waitFor();
  const [file] = await Promise.all([app.page.waitForEvent('download'), app.page.getByTestId('csv-simulation').click()]);
  assert.equal(file.suggestedFilename(), 'rox-monte-carlo.csv');
  const lines = readFileSync(await file.path(), 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
  const headers = lines.map((l, i) => [l, i]).filter(([l]) => /[A-Za-z]/.test(l));
  assert.deepEqual(headers.map(([l]) => l), ['Net present value: From,To,Trials', 'Return on investment (%): From,To,Trials']);
  const [npv, roi] = [lines.slice(1, headers[1][1]), lines.slice(headers[1][1] + 1)];
  for (const rows of [npv, roi]) {
    assert.equal(rows.length, 24);
    assert.equal(rows.reduce((sum, row) => sum + Number(row.split(',')[2]), 0), 100000);
  }
  // The bins are the histogram's: the first starts at or below P10, the last ends at or above P90.
  const p = (hook) => app.page.getByTestId(hook).getAttribute('data-value').then(Number);
  assert.ok(Number(npv[0].split(',')[0]) <= await p('mc-p10') + 1 && Number(npv[23].split(',')[1]) >= await p('mc-p90') - 1);
  await app.close();
});

test('a bad trials count is named next to the field and the last run stays', async () => {
  const app = await env.page();
  await openCase(app);
  const p50 = await simulated(app);
  await app.page.getByTestId('mc-trials').fill('5');
  await app.page.getByTestId('mc-trials').press('Enter');
  const error = app.page.getByTestId('mc-trials-error');
  assert.equal(await error.getAttribute('role'), 'alert');
  assert.equal(await app.page.getByTestId('mc-trials').getAttribute('aria-invalid'), 'true');
  assert.equal(Number(await app.page.getByTestId('mc-result').getAttribute('data-p50')), p50);
  assert.doesNotMatch(await app.page.evaluate(() => location.hash), /x=n5/);
  await app.close();
});

test('a 1,000,000-trial run shows progress, keeps the page responsive, and typing cancels it', async () => {
  const app = await env.page();
  await openCase(app);
  await simulated(app);
  await app.page.evaluate(() => {
    window.__long = 0;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long = Math.max(window.__long, e.duration); }).observe({ type: 'longtask' });
  });
  await app.page.getByTestId('mc-trials').fill('1000000');
  await app.page.getByTestId('mc-trials').press('Enter');
  const progress = app.page.getByTestId('mc-progress');
  await progress.waitFor();
  await app.page.waitForFunction(() => Number(document.querySelector('[data-testid=mc-progress]')?.value) > 0);
  // The page answers while the worker runs: typing into the case updates its result at once.
  const npv = await app.resultValue('npv');
  await app.fill('customers', '30000');
  await app.page.waitForFunction((v) => Number(document.querySelector('[data-testid=result-npv]').dataset.value) !== v, npv);
  // The new inputs start a new run (from 0) in place of the old one.
  await app.page.getByTestId('mc-status').filter({ hasText: /Running: \d/ }).waitFor();
  const status = await app.page.getByTestId('mc-status').textContent();
  assert.match(status, /of 1,000,000 trials/);
  assert.ok(await app.page.evaluate(() => window.__long) < 200, 'no long main-thread task');
  assert.deepEqual(app.consoleErrors, []);
  await app.close();
});

test('goal seek finds the retention uplift for 3 per 1, and says when a target is out of reach', async () => {
  const app = await env.page();
  await openCase(app);
  const answer = app.page.getByTestId('goal-answer');
  assert.match(await answer.textContent(), /reaches the target at \d/);
  await app.page.getByTestId('goal-target').selectOption('roi');
  await app.page.getByTestId('goal-value').fill('100000');
  await answer.filter({ hasText: 'not reachable between' }).waitFor();
  await app.page.getByTestId('goal-target').selectOption('npv');
  await app.page.getByTestId('goal-field').selectOption('costs.annual');
  await answer.filter({ hasText: 'reaches the target at' }).waitFor();
  // Any numeric input: a lever's risk adjustment too (NPV 0 needs more than a 100% haircut on
  // one lever here, so it says where it looked).
  await app.page.getByTestId('goal-field').selectOption('levers.spend.risk');
  await answer.filter({ hasText: /Spend · .*: the target is not reachable between 0% and 100%/ }).waitFor();
  await app.close();
});

test('the claims, the guards and the investment curve speak of this case', async () => {
  const app = await env.page();
  await openCase(app);
  assert.match(await app.page.getByTestId('claim-25').textContent(), /retention uplift of [\d.]+ points/);
  assert.match(await app.page.getByTestId('claim-return').textContent(), /returns \$[\d.]+ for every \$1 spent/);
  // The defaults count retention and referrals, spend and cross-sell: two warnings, each with a
  // way to the inputs.
  const guards = app.page.getByTestId('guard');
  assert.equal(await guards.count(), 2);
  await guards.first().getByRole('button').first().click();
  assert.equal(await app.page.evaluate(() => document.activeElement?.id), 'lever-retention-on');
  assert.match(await app.page.getByTestId('investment-answer').textContent(), /The plan (under|over)-invests|within 5%/);
  await app.page.getByTestId('inv-saturation').fill('4');
  await app.page.getByTestId('inv-saturation').press('Enter');
  await app.page.waitForFunction(() => /x=k4/.test(location.hash));
  assert.equal(await app.page.getByTestId('investment-chart').locator('circle').count(), 2);
  await app.close();
});

test('the report has the tornado and the simulation with its seed', async () => {
  const app = await env.page();
  await openCase(app);
  await typeSeed(app, '7');
  await app.page.waitForFunction(() => /x=s7/.test(location.hash));
  await app.openTab('report');
  const section = app.page.getByTestId('report-uncertainty');
  await section.waitFor();
  await app.page.getByTestId('report-mc-summary').waitFor({ timeout: 30000 });
  assert.match(await app.page.getByTestId('report-mc-summary').textContent(), /100,000 trials, seed 7/);
  assert.ok(await section.getByTestId('tornado-table').isVisible());
  await app.close();
});

test('the panel is in Dutch with Dutch numbers', async () => {
  const app = await env.page();
  await app.page.goto(env.server.origin + '/?lang=nl#case');
  await app.page.getByTestId('uncertainty').waitFor();
  await simulated(app);
  assert.match(await app.page.getByTestId('uncertainty').textContent(), /Onzekerheid en beslissingen/);
  assert.match(await app.page.getByTestId('mc-status').textContent(), /100\.000 trekkingen/);
  await app.close();
});

test('goal seek under the payback and retention calculators', async () => {
  const app = await env.page();
  await app.goto('/#payback');
  const panel = app.page.getByTestId('calculator-goal-seek');
  await panel.waitFor();
  // Default: the return per $1 for 3:1, which the calculator's own break-even line bounds.
  assert.match(await panel.getByTestId('goal-answer').textContent(), /reaches the target at \d/);
  await panel.getByTestId('goal-target').selectOption('npv');
  const answer = await panel.getByTestId('goal-answer').textContent();
  const k = Number(/reaches the target at ([\d.]+)/.exec(answer)[1]);
  const breakEven = await app.resultValue('breakEvenReturnPerDollar');
  assert.ok(Math.abs(k - breakEven) < 0.01, `${k} vs ${breakEven}`);
  await app.openTab('retention');
  await app.page.getByTestId('calculator-goal-seek').waitFor();
  assert.match(await app.page.getByTestId('calculator-goal-seek').getByTestId('goal-answer').textContent(), /Retention uplift reaches the target at [\d.]+\spoints/);
  assert.deepEqual(app.consoleErrors, []);
  await app.close();
});

test('the seed and the answers travel in the JSON file and in saved scenarios', async () => {
  const app = await env.page();
  await openCase(app);
  await typeSeed(app, '42');
  await app.page.waitForFunction(() => /x=s42/.test(location.hash));
  await app.openTab('scenarios');
  const [file] = await Promise.all([app.page.waitForEvent('download'), app.page.getByTestId('export-json').click()]);
  const text = readFileSync(await file.path(), 'utf8');
  assert.match(text, /"panels": "s42"/);
  await app.saveScenario('Seeded');
  const other = await env.page();
  await other.page.goto(other.origin + '/#scenarios');
  await other.page.locator('#panel-scenarios').waitFor();
  await other.page.getByTestId('import-json').setInputFiles({ name: 'seeded.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await other.page.getByTestId('notice').waitFor();
  await other.openTab('case');
  await other.page.getByTestId('mc-status').filter({ hasText: 'seed 42' }).waitFor();
  assert.equal(await seedShown(other), '42');
  await other.close();
  // The saved scenario opens with its seed, after the seed changed on the page.
  await app.openTab('case');
  await typeSeed(app, '7');
  await app.page.waitForFunction(() => /x=s7/.test(location.hash));
  await app.openTab('scenarios');
  await app.page.getByTestId('saved-list').getByTestId('open-saved').first().click();
  await app.openTab('case');
  await app.page.getByTestId('mc-status').filter({ hasText: 'seed 42' }).waitFor();
  await app.close();
});

test('an invalid field on the page stops the panel, which sends nothing back; a panel change is one undo', async () => {
  const app = await env.page();
  await openCase(app);
  await typeSeed(app, '42');
  await app.page.waitForFunction(() => /x=s42/.test(location.hash));
  await app.page.keyboard.press('Alt+KeyZ');
  await app.page.waitForFunction(() => !/x=s42/.test(location.hash));
  await app.page.getByTestId('mc-status').filter({ hasText: 'seed 2026' }).waitFor();
  assert.equal(await seedShown(app), '2026', 'the seed typed is one change to undo');
  await app.fill('customers', '12a');
  await app.page.getByTestId('panel-stale').waitFor();
  assert.equal(await app.page.getByTestId('uncertainty').count(), 0, 'nothing computed from a default in its place');
  assert.equal(await app.input('customers').inputValue(), '12a');
  await app.close();
});
