// The ROX self-assessment (issue 22): 24 statements answered by
// keyboard, the result (radar and its table, ladder stage, strongest and weakest areas,
// measurement confidence), the suggestion applied to the business case, the answers kept in the
// link through a reload and a share link, the report's "Readiness" section, and the embed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { setup } from './support/pages.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env.close();
});

async function openAssessment(app, path = '/#assessment') {
  await app.page.goto(env.server.origin + path);
  await app.page.getByTestId('assessment').waitFor();
  // Every group of statements drawn (a first visit draws them over a few frames).
  await app.allDrawn();
}

/** Answers every statement by keyboard: Tab to the question's first choice, arrows to `level`. */
async function answerAll(app, level) {
  const first = app.page.getByTestId('answer-focus.employeePride-0');
  await first.focus();
  for (let q = 0; q < 24; q++) {
    // Arrow keys move within a radio group and select; Space selects the first.
    await app.page.keyboard.press('Space');
    for (let k = 0; k < level; k++) await app.page.keyboard.press('ArrowRight');
    await app.page.getByTestId('assessment-progress').filter({ hasText: new RegExp(`^${q + 1} of 24`) }).waitFor();
    // Tab leaves the group for the next one.
    await app.page.keyboard.press('Tab');
  }
}

test('answered by keyboard, the assessment shows the radar, the stage and the areas', async () => {
  const app = await env.page();
  await openAssessment(app);
  assert.match(await app.page.getByTestId('assessment-progress').textContent(), /0 of 24 answered/);
  assert.ok(await app.page.getByTestId('assessment-incomplete').isVisible());
  await answerAll(app, 2);
  const result = app.page.getByTestId('assessment-result');
  await result.waitFor();
  // All "repeatable": every area scores 67, overall 67 ≥ 55 with the ladder's rungs at 2: stage 2.
  assert.equal(await result.getAttribute('data-stage'), '2');
  assert.match(await app.page.getByTestId('assessment-stage').textContent(), /Product innovation/);
  assert.equal(await app.page.getByTestId('radar-chart').locator('polygon').count(), 1);
  const scores = await app.page.getByTestId('radar-table').locator('tbody td').allTextContents();
  assert.deepEqual(scores, ['67', '67', '67', '67', '67', '67']);
  assert.match(await app.page.getByTestId('assessment-weakest').textContent(), /Next step:/);
  assert.match(await app.page.getByTestId('assessment-confidence').textContent(), /66\.7%/);
  assert.deepEqual(app.consoleErrors, []);
  await app.close();
});

test('the suggestion applies to the business case, which can still be changed, and survives a reload', async () => {
  const app = await env.page();
  await openAssessment(app);
  await answerAll(app, 0);
  const npv = app.page.getByTestId('suggestion-npv');
  await npv.waitFor();
  const before = Number(await npv.getAttribute('data-before'));
  const after = Number(await npv.getAttribute('data-after'));
  assert.ok(after < before, 'an undeveloped organisation: larger haircuts, later benefits, lower NPV');
  await app.page.getByTestId('apply-suggestion').click();
  await app.page.getByTestId('suggestion-applied').waitFor();
  await app.openTab('case');
  // All lowest: evidence 0, so every lever's risk is 5% + 35% = 40%; stage 0: 12 months.
  assert.equal(await app.input('levers.retention.risk').inputValue(), '40');
  assert.equal(await app.input('rampUpMonths').inputValue(), '12');
  assert.ok(Math.abs((await app.resultValue('npv')) - after) < 1);
  // The person overrides one value; the assessment keeps its answers.
  const address = await app.page.evaluate(() => location.hash);
  await app.fill('rampUpMonths', '6');
  // The address follows the scenario (at most every 200 ms): reload once it carries the change.
  await app.page.waitForFunction((was) => location.hash !== was, address);
  await app.page.reload();
  await app.page.getByTestId('tab-assessment').click();
  await app.page.getByTestId('assessment-result').waitFor();
  assert.match(await app.page.getByTestId('assessment-progress').textContent(), /24 of 24/);
  assert.ok(await app.page.getByTestId('apply-suggestion').isVisible(), 'the override differs from the suggestion');
  await app.close();
});

test('a share link carries the answers, and the report has a Readiness section', async () => {
  const app = await env.page();
  await openAssessment(app);
  await answerAll(app, 3);
  await app.page.getByTestId('assessment-result').waitFor();
  // The address follows the answers (at most every 200 ms).
  await app.page.waitForFunction(() => /x=a3{24}/.test(location.hash));
  const link = await app.page.evaluate(() => location.hash);
  const other = await env.page();
  await other.page.goto(env.server.origin + '/' + link);
  await other.page.getByTestId('assessment-result').waitFor();
  assert.equal(await other.page.getByTestId('assessment-result').getAttribute('data-stage'), '3');
  await other.openTab('report');
  await other.page.getByTestId('report-readiness').waitFor();
  assert.match(await other.page.getByTestId('report-readiness').textContent(), /Experience innovation/);
  await other.close();
  await app.close();
});

test('"don\'t know" is counted low and flagged', async () => {
  const app = await env.page();
  await openAssessment(app);
  await answerAll(app, 4);
  await app.page.getByTestId('assessment-dont-know').waitFor();
  assert.match(await app.page.getByTestId('assessment-dont-know').textContent(), /24 statements/);
  assert.match(await app.page.getByTestId('assessment-confidence').textContent(), /0%/);
  await app.close();
});

test('embedded as ?embed=assessment, the host hears rox:assessment', async () => {
  const app = await env.page();
  await app.page.goto(env.server.origin + '/embed-demo.html');
  const frame = app.page.frameLocator('iframe').first();
  await app.page.evaluate((origin) => {
    window.__events = [];
    addEventListener('message', (e) => { if (e.data?.source === 'rox-calculator') window.__events.push(e.data); });
    document.querySelector('iframe').src = origin + '/?embed=assessment';
  }, env.server.origin);
  await frame.getByTestId('assessment').waitFor();
  await frame.getByTestId('answer-focus.employeePride-0').waitFor();
  for (const key of ['focus.employeePride', 'focus.customerFirst', 'communities.employees', 'communities.customers', 'moments.identified', 'moments.designed',
    'behaviour.research', 'behaviour.analytics', 'data.consent', 'data.respect', 'winning.benchmark', 'winning.chosen', 'chain.leadership',
    'chain.ambassadors', 'chain.valueDrivers', 'ladder.excellence', 'ladder.productInnovation', 'ladder.experienceInnovation',
    'practice.journeyMapping', 'practice.feedback', 'practice.personalisation', 'practice.omnichannel', 'practice.dataJoined', 'measurement.results']) {
    await frame.getByTestId(`answer-${key}-1`).check();
  }
  // A result from the first answer on; the last, with none open, has every answer.
  await app.page.waitForFunction(() => window.__events.some((e) => e.type === 'rox:assessment' && e.open === 0));
  const events = await app.page.evaluate(() => window.__events.filter((e) => e.type === 'rox:assessment'));
  assert.equal(events[0].open, 23);
  const event = events.at(-1);
  assert.equal(event.stage, 0);
  assert.ok(Math.abs(event.areas.focus - 100 / 3) < 1e-9);
  await app.close();
});

test('the assessment is in Dutch, Swedish and Turkish too', async () => {
  for (const [lang, title, level] of [['nl', 'ROX-zelfevaluatie', 'Onontwikkeld'], ['sv', 'ROX-självskattning', 'Outvecklat'], ['tr', 'ROX öz değerlendirmesi', 'Gelişmemiş']]) {
    const app = await env.page();
    await openAssessment(app, `/?lang=${lang}#assessment`);
    assert.equal((await app.page.locator('#assessment-title').textContent()).trim(), title);
    assert.match(await app.page.getByTestId('level-key').textContent(), new RegExp(level));
    await app.close();
  }
});
