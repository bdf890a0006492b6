// A phone is a first-class screen (issue 28): on every page, in English and Dutch, at 390 and
// 1280 px, every chart fits its card and the screen with text of at least 11 px and none cut
// off, no table cell is cut (a table wider than its card scrolls in a labelled region with a
// visible cue), and the tab bar shows the open page's tab.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { setup } from './support/pages.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

const TABS = ['retention', 'payback', 'case', 'metrics', 'scenarios', 'report', 'sources', 'assessment', 'realisation'];

for (const [lang, locale] of [['en', 'en-US'], ['nl', 'nl-NL']]) {
  for (const width of [390, 1280]) {
    test(`${lang} at ${width} px: charts fit, tables are not cut, the open tab shows`, async () => {
      const app = await env.page({ locale, viewport: { width, height: 900 } });
      // The last tab first: at 390 px it is off the bar's visible part until scrolled to.
      await app.page.goto(`${app.origin}/#assessment`);
      await app.page.getByTestId('assessment').waitFor();
      await app.allDrawn();
      const problems = (await app.openTabShown()).map((p) => `on arrival: ${p}`);
      await app.answerAssessment(2);
      for (const tab of TABS) {
        await app.openTabByShortcut(tab);
        problems.push(...(await app.openTabShown()).map((p) => `${tab}: ${p}`));
        if (tab === 'case') await app.page.getByTestId('roi-histogram').waitFor({ timeout: 30000 });
        if (tab === 'report') await app.page.getByTestId('report-mc-summary').waitFor({ timeout: 30000 });
        if (tab === 'assessment') await app.page.getByTestId('radar-chart').waitFor();
        await app.openAllDetails();
        await app.frames();
        problems.push(...(await app.layoutProblems()).map((p) => `${tab}: ${p}`));
      }
      assert.deepEqual(problems, [], `${lang} at ${width} px`);
      assert.deepEqual(app.consoleErrors, []);
      await app.close();
    });
  }
}
