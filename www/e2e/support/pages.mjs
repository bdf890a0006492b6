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
    async page() {
      const context = await browser.newContext({ locale: 'en-US' });
      const page = await context.newPage();
      return new CalculatorPage(page, server.origin);
    },
    async close() {
      await browser.close();
      await server.stop();
    },
  };
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

  /** Open every <details>, so folded content is on screen (and checked). */
  async openAllDetails() {
    await this.page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
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

  async bodyText() {
    return this.page.evaluate(() => document.body.innerText);
  }

  async close() {
    await this.page.context().close();
  }
}
