// Plain words for people who are not analysts (issue 28, items 7–9), in English and Dutch, on a
// 390 px phone and a 1280 px screen: the uncertainty panel says its percentiles in words, names
// its histograms and their axes, gives the tornado's rows units and the costs as typed, and folds
// the method and the formula; goal seek opens on a question it can answer and answers in the
// input's unit; the self-assessment gives a result from the first answer, with the statements
// still open, an overall score and a verdict, and counts in the language's plural forms.
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

const WIDTHS = [390, 1280];

/** What each language says, as patterns. */
const SAYS = {
  en: {
    words: /^In 9 of 10 trials the NPV is above \S+; in half of them above \S+; in 1 of 10 above \S+\.$/,
    p10: /^9 in 10 trials above \(P10\)$/,
    p50: /^Half the trials above \(P50, median\)$/,
    p90: /^1 in 10 trials above \(P90\)$/,
    roi: /^ROI: 9 in 10 trials above \S+, half above \S+, 1 in 10 above \S+\.$/,
    histogram: 'How the NPV of the trials is spread',
    axes: /^Across: the NPV of a trial \(risk-adjusted\)\. Up: how many trials had it\.$/,
    roiHistogram: 'How the ROI of the trials is spread',
    roiAxes: /^Across: the ROI of a trial/,
    referrals: /^Referrals: NPS uplift$/,
    npsPoints: /^\d+(\.\d)?\u00a0NPS\u00a0points$/,
    costs: 'Costs (one-off and yearly)',
    yearly: 'a\u00a0year',
    method: 'How this is computed',
    formula: 'Show the formula',
    found: 'reaches the target at',
    ratioHint: /^A multiple, such as 3 for \$3 back per \$1 spent\.$/,
    roiHint: /^A percentage, such as 200 for an ROI of 200%\.$/,
    money: /reaches the target at \$[\d,]+ \(today \$[\d,]+\)\.$/,
    points: /^Retention · Retention uplift \(Likely\) reaches the target at [\d.]+\u00a0points \(today 2\u00a0points\)\.$/,
    retentionPoints: /^Retention uplift reaches the target at [\d.]+\u00a0points \(today 5\u00a0points\)\.$/,
    open: (n) => new RegExp(`^${n} ${n === 1 ? 'statement' : 'statements'} open, counted as “Don't know” until answered\\.$`),
    verdict: /^Overall score 1 of 100 · Stage 0 of 3 — Effectiveness; weakest: Meaningful communities\.$/,
    dontKnow: /^You answered “Don't know” to 1 statement; it counts as undeveloped\.$/,
    riskTitle: 'Suggested risk adjustment',
    rampTitle: 'Suggested ramp-up',
    rampCell: '12\u00a0months',
  },
  nl: {
    words: /^In 9 van de 10 trekkingen is de NCW hoger dan .+; in de helft hoger dan .+; in 1 van de 10 hoger dan .+\.$/,
    p10: /^9 op de 10 trekkingen boven \(P10\)$/,
    p50: /^De helft van de trekkingen boven \(P50, mediaan\)$/,
    p90: /^1 op de 10 trekkingen boven \(P90\)$/,
    roi: /^ROI: 9 op de 10 trekkingen boven .+, de helft boven .+, 1 op de 10 boven .+\.$/,
    histogram: 'Hoe de NCW van de trekkingen verdeeld is',
    axes: /^Horizontaal: de NCW van een trekking \(na risicocorrectie\)\. Verticaal: hoeveel trekkingen die hadden\.$/,
    roiHistogram: 'Hoe de ROI van de trekkingen verdeeld is',
    roiAxes: /^Horizontaal: de ROI van een trekking/,
    referrals: /^Aanbevelingen: NPS-stijging$/,
    npsPoints: /^\d+(,\d)?\u00a0NPS-punten$/,
    costs: 'Kosten (eenmalig en jaarlijks)',
    yearly: 'per\u00a0jaar',
    method: 'Zo wordt dit berekend',
    formula: 'Toon de formule',
    found: 'haalt het doel bij',
    ratioHint: /^Een veelvoud, zoals 3 voor .+3 terug per .+1 besteed\.$/,
    roiHint: /^Een percentage, zoals 200 voor een ROI van 200%\.$/,
    money: /haalt het doel bij [^\d,]*[\d.]+ \(nu [^\d,]*[\d.]+\)\.$/,
    points: /^Klantbehoud · Stijging klantbehoud \(Waarschijnlijk\) haalt het doel bij [\d,]+\u00a0procentpunten \(nu 2\u00a0procentpunten\)\.$/,
    retentionPoints: /^Stijging klantbehoud haalt het doel bij [\d,]+\u00a0procentpunten \(nu 5\u00a0procentpunten\)\.$/,
    open: (n) => new RegExp(`^${n} ${n === 1 ? 'stelling open, telt' : 'stellingen open, tellen'} als “Weet ik niet” tot ze beantwoord`),
    verdict: /^Totaalscore 1 van 100 · Trede 0 van 3 — Effectiviteit; zwakst: Betekenisvolle community's\.$/,
    dontKnow: /^U antwoordde “Weet ik niet” op 1 stelling; die telt als onontwikkeld\.$/,
    riskTitle: 'Voorgestelde risicocorrectie',
    rampTitle: 'Voorgestelde aanlooptijd',
    rampCell: '12\u00a0maanden',
  },
};

/** A page in `lang` at `width` px, opened at `hash`, every part drawn. */
async function open(lang, width, hash) {
  const app = await env.page();
  await app.page.setViewportSize({ width, height: 900 });
  await app.page.goto(`${env.server.origin}/?lang=${lang}${hash}`);
  await app.page.locator('[role=tabpanel]').first().waitFor();
  await app.allDrawn();
  return app;
}

const text = async (locator) => (await locator.textContent()).trim();
// A tile's label keeps a number with its words: its no-break spaces read as spaces.
const label = async (locator) => (await text(locator)).replace(/\u00a0/g, ' ').replace(/\u2060/g, '');
const digits = (s) => Number(s.replace(/\D/g, ''));

for (const lang of ['en', 'nl']) {
  for (const width of WIDTHS) {
    const says = SAYS[lang];

    test(`${lang} ${width}px: the uncertainty panel says its figures in words, its charts are named, its method folded`, async () => {
      const app = await open(lang, width, '#case');
      const page = app.page;
      await page.getByTestId('mc-result').waitFor({ timeout: 30000 });
      assert.match(await text(page.getByTestId('mc-words')), says.words);
      for (const [hook, want] of [['mc-p10', says.p10], ['mc-p50', says.p50], ['mc-p90', says.p90]]) {
        assert.match(await label(page.locator('.tile', { has: page.getByTestId(hook) }).locator('.tile-label')), want, hook);
      }
      assert.match(await text(page.getByTestId('mc-roi')), says.roi);
      // Both histograms: a title and the names of their axes, above the chart.
      assert.equal(await text(page.getByTestId('histogram-title')), says.histogram);
      assert.match(await text(page.getByTestId('histogram-axes')), says.axes);
      assert.equal(await text(page.getByTestId('roi-histogram-title')), says.roiHistogram);
      assert.match(await text(page.getByTestId('roi-histogram-axes')), says.roiAxes);
      assert.ok(await page.getByTestId('histogram-title').isVisible(), 'the title is on screen');

      // The tornado's rows carry their units; the costs' row both costs, as typed ± 20%.
      await page.getByTestId('tornado').locator('summary').click();
      const rows = page.getByTestId('tornado-table').locator('tbody tr');
      await rows.first().waitFor();
      const cells = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
      const referrals = cells.find((c) => says.referrals.test(c[0]));
      assert.ok(referrals, cells.map((c) => c[0]).join(' | '));
      assert.match(referrals[1], says.npsPoints);
      assert.match(referrals[2], says.npsPoints);
      const oneOff = Number(await app.input('costs.oneOff').inputValue().then((v) => v.replace(/\D/g, '')));
      const annual = Number(await app.input('costs.annual').inputValue().then((v) => v.replace(/\D/g, '')));
      const costs = cells.find((c) => c[0] === says.costs);
      assert.ok(costs, cells.map((c) => c[0]).join(' | '));
      for (const [cell, f] of [[costs[1], 0.8], [costs[2], 1.2]]) {
        assert.ok(cell.endsWith(says.yearly), cell);
        const [first, second] = cell.split('+');
        assert.deepEqual([digits(first), digits(second)], [Math.round(oneOff * f), Math.round(annual * f)], cell);
      }

      // PERT, the generator and the seed under "How this is computed", closed.
      const method = page.getByTestId('mc-method');
      assert.equal(await text(method.locator('summary')), says.method);
      assert.equal(await method.getAttribute('open'), null);
      assert.ok(!(await page.getByTestId('mc-seed').isVisible()), 'the seed is folded away');
      assert.doesNotMatch(await page.getByTestId('monte-carlo').locator('> .help').textContent(), /PERT|xoshiro/);
      await method.locator('summary').click();
      await page.getByTestId('mc-seed').waitFor({ state: 'visible' });
      assert.match(await method.textContent(), /PERT.*xoshiro256\+\+/s);

      // The investment curve: its answer in words first, the formula in its own disclosure.
      const formula = page.getByTestId('investment-formula');
      assert.equal(await text(formula.locator('summary')), says.formula);
      assert.equal(await formula.getAttribute('open'), null);
      await formula.locator('summary').click();
      await formula.locator('.help').waitFor();
      assert.match(await formula.textContent(), /Bmax/);
      assert.doesNotMatch(await page.getByTestId('investment').locator('> .help').textContent(), /Bmax/);
      const first = await page.getByTestId('investment').evaluate((card) => {
        const answer = card.querySelector('[data-testid=investment-answer]');
        const field = card.querySelector('#inv-saturation');
        return Boolean(answer.compareDocumentPosition(field) & Node.DOCUMENT_POSITION_FOLLOWING);
      });
      assert.ok(first, 'the answer comes before the saturation field and the formula');
      assert.deepEqual(app.consoleErrors, []);
      await app.close();
    });

    test(`${lang} ${width}px: goal seek opens on a question it can answer and answers in the input's unit`, async () => {
      const app = await open(lang, width, '#case');
      const page = app.page;
      const seek = page.getByTestId('goal-seek');
      const answer = seek.getByTestId('goal-answer');
      // The uplift for 3 per 1, in percentage points as it is typed; the hint asks for a multiple.
      assert.equal(await seek.getByTestId('goal-field').inputValue(), 'levers.retention.retentionUplift.likely');
      assert.match(await text(answer), says.points);
      assert.match(await text(seek.getByTestId('goal-hint')), says.ratioHint);
      await seek.getByTestId('goal-target').selectOption('roi');
      assert.match(await text(seek.getByTestId('goal-hint')), says.roiHint);
      // Money in whole units of currency.
      await seek.getByTestId('goal-target').selectOption('npv');
      await seek.getByTestId('goal-field').selectOption('costs.annual');
      assert.match(await text(answer), says.money);
      // Every choice of both selects fits the select's width.
      const cut = await seek.locator('select').evaluateAll((selects) => selects.flatMap((s) => {
        const style = getComputedStyle(s);
        const ctx = document.createElement('canvas').getContext('2d');
        ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        // The select's arrow takes about 24 px of its inner width.
        const room = s.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 24;
        return [...s.options].filter((o) => ctx.measureText(o.text).width > room).map((o) => `${o.text} (${Math.round(ctx.measureText(o.text).width)} > ${room})`);
      }));
      assert.deepEqual(cut, []);

      // Costs so high that no uplift brings 3 per 1, 200% or even break-even: the panel opens on
      // a question it can answer all the same.
      const before = await page.evaluate(() => location.hash);
      await app.fill('costs.annual', '900000000');
      await page.waitForFunction((was) => location.hash !== was, before);
      await page.getByTestId('goal-field').selectOption('levers.retention.retentionUplift.likely');
      await seek.getByTestId('goal-target').selectOption('ratio');
      await answer.filter({ hasText: lang === 'en' ? 'not reachable' : 'niet haalbaar' }).waitFor();
      const link = await page.evaluate(() => location.hash);
      const again = await env.page();
      await again.page.setViewportSize({ width, height: 900 });
      await again.goto('/' + link);
      const opened = again.page.getByTestId('goal-seek');
      const words = await text(opened.getByTestId('goal-answer'));
      assert.ok(words.includes(says.found), words);
      assert.notEqual(await opened.getByTestId('goal-field').inputValue(), 'levers.retention.retentionUplift.likely');
      await again.close();

      // Under the retention calculator: the uplift, typed in points, answers in points.
      await app.openTab('retention');
      const retention = page.getByTestId('calculator-goal-seek');
      await retention.waitFor();
      assert.match(await text(retention.getByTestId('goal-answer')), says.retentionPoints);
      assert.deepEqual(app.consoleErrors, []);
      await app.close();
    });

    test(`${lang} ${width}px: the assessment gives a result from the first answer, with what is open and a verdict`, async () => {
      const app = await open(lang, width, '#assessment');
      const page = app.page;
      await page.getByTestId('assessment').waitFor();
      await page.getByTestId('answer-focus.employeePride-1').check();
      await page.getByTestId('assessment-result').waitFor();
      assert.match(await text(page.getByTestId('assessment-open')), says.open(23));
      assert.match(await text(page.getByTestId('assessment-verdict')), says.verdict);
      // The suggestion: two tables under their names, and one line on what they do.
      assert.equal(await text(page.getByTestId('suggestion-table').locator('caption')), says.riskTitle);
      assert.equal(await text(page.getByTestId('suggestion-ramp-table').locator('caption')), says.rampTitle);
      assert.equal(await text(page.getByTestId('suggestion-ramp-table').locator('tbody td').last()), says.rampCell);
      assert.ok((await text(page.getByTestId('suggestion-does'))).length > 40);
      // All but one answered, one of them "don't know": one open, one flagged, in the singular.
      for (const key of KEYS.slice(1, 22)) await page.getByTestId(`answer-${key}-1`).check();
      await page.getByTestId(`answer-${KEYS[22]}-x`).check();
      await page.getByTestId('assessment-open').filter({ hasText: says.open(1) }).waitFor();
      assert.match(await text(page.getByTestId('assessment-dont-know')), says.dontKnow);
      await page.getByTestId(`answer-${KEYS[23]}-1`).check();
      await page.getByTestId('assessment-open').waitFor({ state: 'detached' });
      assert.deepEqual(app.consoleErrors, []);
      await app.close();
    });
  }
}

/** The statements, in the order they are asked. */
const KEYS = ['focus.employeePride', 'focus.customerFirst', 'communities.employees', 'communities.customers', 'moments.identified', 'moments.designed',
  'behaviour.research', 'behaviour.analytics', 'data.consent', 'data.respect', 'winning.benchmark', 'winning.chosen', 'chain.leadership',
  'chain.ambassadors', 'chain.valueDrivers', 'ladder.excellence', 'ladder.productInnovation', 'ladder.experienceInnovation',
  'practice.journeyMapping', 'practice.feedback', 'practice.personalisation', 'practice.omnichannel', 'practice.dataJoined', 'measurement.results'];
