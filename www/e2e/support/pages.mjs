// Page objects: tests talk about calculators, fields and results, not selectors.
import { launch } from './browser.mjs';
import { startServer } from './server.mjs';

/** One browser + server per test file, with a fresh page per test. */
export async function setup() {
  const server = await startServer();
  const browser = await launch();
  return {
    server,
    browser,
    /** A fresh page; `options` go to the browser context (a locale, a viewport). */
    async page(options = {}) {
      const context = await browser.newContext({ locale: 'en-US', ...options });
      const page = await context.newPage();
      return new CalculatorPage(page, server.origin);
    },
    async close() {
      await browser.close();
      await server.stop();
    },
  };
}

/** Opens every <details> of `target` (a page or a frame) and waits until each shows its body. */
export async function openAllDetails(target) {
  await target.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
  await target.waitForFunction(() => [...document.querySelectorAll('details')].every((d) => d.open && d.children.length > 1), null, { polling: 'raf' });
}

/** Opens the fold (src/ui/fold.rs) whose test hook is `hook`, if it is closed, and waits for its
 * body, which is drawn when the fold is first opened. */
export async function openFold(page, hook) {
  const fold = page.getByTestId(hook);
  if ((await fold.getAttribute('open')) === null) await fold.locator('summary').click();
  await fold.locator(':scope > :not(summary)').first().waitFor();
}

export class CalculatorPage {
  constructor(page, origin) {
    this.page = page;
    this.origin = origin;
    this.consoleErrors = [];
    this.requests = [];
    page.on('console', (m) => { if (m.type() === 'error') this.consoleErrors.push(m.text()); });
    page.on('pageerror', (e) => this.consoleErrors.push(e.message));
    page.on('request', (r) => this.requests.push(r.url()));
  }

  async goto(path = '/') {
    await this.page.goto(this.origin + path);
    await this.page.getByTestId('results').first().waitFor();
    await this.allDrawn();
  }

  /** The first frame draws the first screen; the rest follows in the next frames (`aria-busy`
   * until the last), and a Monte Carlo in its worker (busy until it has run). */
  async allDrawn() {
    await this.page.locator('.app:not([aria-busy]):not(:has([aria-busy]))').waitFor();
  }

  /** Waits for `n` animation frames. Work the page queued for its next frame (the phone bar's
   * update, the next stage of a first visit) has run once they have passed: rAF callbacks run in
   * the order they were asked for. */
  async frames(n = 2) {
    await this.page.evaluate((count) => new Promise((resolve) => {
      const step = (left) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
      step(count);
    }), n);
  }

  async openTab(name) {
    await this.page.getByTestId(`tab-${name}`).click();
    await this.page.locator(`#panel-${name}`).waitFor();
  }

  input(field) {
    return this.page.getByTestId(`input-${field}`);
  }

  async fill(field, text) {
    await this.input(field).fill(text);
  }

  /** Type like a person: clear, then one key at a time. */
  async type(field, text) {
    await this.input(field).fill('');
    await this.input(field).pressSequentially(text);
  }

  async resultValue(key) {
    const raw = await this.page.getByTestId(`result-${key}`).getAttribute('data-value');
    return raw === '' ? null : Number(raw);
  }

  async resultText(key) {
    return (await this.page.getByTestId(`result-${key}`).textContent()).trim();
  }

  error(field) {
    return this.page.getByTestId(`error-${field}`);
  }

  async isStale() {
    return (await this.page.getByTestId('results').getAttribute('data-stale')) === 'true';
  }

  /** Save the scenario on screen under `name` from the Scenarios page; waits for the notice. */
  async saveScenario(name) {
    await this.openTab('scenarios');
    await this.page.getByTestId('scenario-name').fill(name);
    await this.page.getByTestId('save-scenario').click();
    await this.page.getByTestId('notice').filter({ hasText: `Saved “${name}”` }).waitFor();
  }

  /** Open every <details>, so folded content is on screen (and checked); a fold's body is drawn
   * when it is first opened (src/ui/fold.rs), so this waits until each has more than its summary. */
  async openAllDetails() {
    await openAllDetails(this.page);
  }

  /** The bar at a phone screen's foot with the results' first two numbers (browser.js `peek`):
   * null while hidden, else its [label, number] pairs and whether it is dimmed as stale. */
  async peek() {
    return this.page.evaluate(() => {
      const bar = document.querySelector('.peek');
      if (!bar || bar.hidden || !bar.getClientRects().length) return null;
      return { items: [...bar.children].map((s) => [...s.children].map((c) => c.textContent)), stale: bar.dataset.stale === 'true' };
    });
  }

  /** Opens page `name` with its keyboard shortcut (Alt+1…9), which leaves the focus where it
   * is, so the tab bar is not scrolled by the focus moving to the tab. */
  async openTabByShortcut(name) {
    const order = ['retention', 'payback', 'case', 'metrics', 'scenarios', 'report', 'sources', 'assessment', 'realisation'];
    await this.page.keyboard.press(`Alt+Digit${order.indexOf(name) + 1}`);
    await this.page.locator(`#panel-${name}`).waitFor();
    await this.allDrawn();
  }

  /** Answers every statement of the self-assessment on the open #assessment page at `level`. */
  async answerAssessment(level) {
    const choices = this.page.locator(`input[data-testid^="answer-"][data-testid$="-${level}"]`);
    const n = await choices.count();
    for (let i = 0; i < n; i++) await choices.nth(i).check();
    await this.page.getByTestId('assessment-result').waitFor();
  }

  /** What is wrong with the tab bar: the selected tab not wholly in the bar's visible part or on
   * the screen, or tabs off the bar with no cue that it scrolls. Empty when all is well. */
  async openTabShown() {
    const problems = () => {
      const out = [];
      const bar = document.querySelector('[role=tablist]');
      const tab = bar.querySelector('[aria-selected=true]');
      const b = bar.getBoundingClientRect();
      const t = tab.getBoundingClientRect();
      if (t.left < Math.max(b.left, 0) - 1 || t.right > Math.min(b.right, document.documentElement.clientWidth) + 1) {
        out.push(`the open tab “${tab.textContent}” is not in the tab bar's visible part`);
      }
      if (bar.scrollWidth > bar.clientWidth + 1 && !getComputedStyle(bar).backgroundImage.includes('gradient')) {
        out.push('the tab bar scrolls with no visible cue');
      }
      return out;
    };
    // The bar scrolls to the tab after the page is drawn: wait (bounded) for that, a frame at a
    // time, then report. Not `waitForFunction` with a string: its polls `eval` the string in
    // the page, which the page's CSP refuses (and the test counts as a console error).
    const until = Date.now() + 3000;
    let found = await this.page.evaluate(problems);
    while (found.length && Date.now() < until) {
      await this.frames(1);
      found = await this.page.evaluate(problems);
    }
    return found;
  }

  /** Every chart and table on screen against the card it is in and the screen: a chart wider
   * than either, chart text outside its chart or under 11 px as rendered, a table cell cut, or
   * a table wider than its card outside a labelled, focusable scroll region with a cue. */
  async layoutProblems() {
    return this.page.evaluate(() => {
      const problems = [];
      const screen = document.documentElement.clientWidth;
      const card = (el) => el.closest('.panel-card, .report, .lever, .helper, .compare-chart, .results, .inputs, section');
      const outside = (r, c) => r.left < c.left - 1 || r.right > c.right + 1;
      const px = (r) => `${Math.round(r.left)}–${Math.round(r.right)}`;
      if (document.documentElement.scrollWidth > window.innerWidth) problems.push('the page scrolls sideways');
      for (const svg of document.querySelectorAll('svg.chart')) {
        if (!svg.getClientRects().length) continue;
        const name = svg.dataset.testid;
        const r = svg.getBoundingClientRect();
        const c = card(svg).getBoundingClientRect();
        if (outside(r, c)) problems.push(`chart ${name} (${px(r)}) is wider than its card (${px(c)})`);
        if (r.left < -1 || r.right > screen + 1) problems.push(`chart ${name} (${px(r)}) is off the screen (0–${screen})`);
        // A chart in a box narrower than itself is cut by the box.
        for (let box = svg.parentElement; box && box !== document.body; box = box.parentElement) {
          const b = box.getBoundingClientRect();
          if (getComputedStyle(box).overflowX !== 'visible' && outside(r, b)) {
            problems.push(`chart ${name} (${px(r)}) is cut by its box (${px(b)})`);
            break;
          }
        }
        // As wide as its box, as tall as its viewBox makes it once drawn (off screen, a chart is
        // not drawn yet and takes a stand-in height: see style.css).
        const scale = r.width / svg.viewBox.baseVal.width;
        for (const text of svg.querySelectorAll('text')) {
          const t = text.getBoundingClientRect();
          if (!text.textContent.trim()) continue;
          if (outside(t, r) || t.top < r.top - 1 || t.bottom > r.bottom + 1) problems.push(`chart ${name}: “${text.textContent}” is cut`);
          const size = parseFloat(getComputedStyle(text).fontSize) * scale;
          if (size < 10.95) problems.push(`chart ${name}: “${text.textContent}” at ${size.toFixed(1)} px`);
        }
      }
      for (const table of document.querySelectorAll('table')) {
        if (!table.getClientRects().length) continue;
        const name = table.dataset.testid;
        for (const cell of table.querySelectorAll('th, td')) {
          if (cell.scrollWidth > cell.clientWidth + 1) problems.push(`table ${name}: cell “${cell.textContent}” is cut`);
        }
        const wrap = table.closest('.table-wrap');
        const c = card(table).getBoundingClientRect();
        const wide = table.getBoundingClientRect().right > c.right + 1 || (wrap && wrap.scrollWidth > wrap.clientWidth + 1);
        if (!wide) continue;
        const style = wrap && getComputedStyle(wrap);
        const region = wrap && ['auto', 'scroll'].includes(style.overflowX) && wrap.tabIndex === 0 && wrap.getAttribute('role') === 'region'
          && wrap.getAttribute('aria-label');
        if (!region) problems.push(`table ${name} is wider than its card outside a labelled scroll region`);
        else if (!style.backgroundImage.includes('gradient')) problems.push(`table ${name} scrolls with no visible cue`);
        else if (wrap.getBoundingClientRect().right > c.right + 1) problems.push(`table ${name}'s scroll region is wider than its card`);
      }
      return problems;
    });
  }

  async bodyText() {
    return this.page.evaluate(() => document.body.innerText);
  }

  async close() {
    await this.page.context().close();
  }
}
