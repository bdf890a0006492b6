// Lighthouse (mobile) on every page of the app with Debian's Chromium: prints performance,
// accessibility, best-practices and SEO scores against the targets (95 / 100 / 100 / 100).
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startServer } from '../e2e/support/server.mjs';
import { launchOptions } from '../e2e/support/browser.mjs';

// Every page, and the embedded and demo modes.
const PAGES = ['', '#payback', '#case', '#metrics', '#scenarios', '#report', '#sources', '?embed=payback', '?demo'];
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };

const server = await startServer();
const chrome = await chromeLauncher.launch({
  chromePath: launchOptions().executablePath,
  chromeFlags: ['--headless=new', ...launchOptions().args],
});
let failed = false;
try {
  console.log('lighthouse (mobile, simulated throttling)');
  console.log('  page             perf  a11y  best  seo');
  for (const page of PAGES) {
    // A run that Lighthouse itself could not finish (its runtimeError) says nothing about the
    // page: say so, and try again (twice at most).
    let result;
    for (let attempt = 1; attempt <= 3; attempt++) {
      result = await lighthouse(server.origin + '/' + page, {
        port: chrome.port,
        logLevel: 'error',
        onlyCategories: Object.keys(TARGETS),
      });
      const error = result.lhr.runtimeError;
      if (!error) break;
      console.log(`  ${(page || '/').padEnd(15)} Lighthouse could not finish (${error.code}: ${error.message.slice(0, 120)}); attempt ${attempt} of 3`);
    }
    const scores = Object.fromEntries(
      Object.keys(TARGETS).map((k) => [k, Math.round(100 * (result.lhr.categories[k].score ?? 0))]),
    );
    const cells = Object.keys(TARGETS).map((k) => String(scores[k]).padStart(4) + (scores[k] >= TARGETS[k] ? ' ' : '!'));
    console.log(`  ${(page || '/').padEnd(15)} ${cells.join(' ')}`);
    for (const [k, target] of Object.entries(TARGETS)) {
      if (scores[k] >= target) continue;
      failed = true;
      const audits = result.lhr.categories[k].auditRefs
        .map((ref) => result.lhr.audits[ref.id])
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
        .map((a) => `${a.id} (${a.displayValue ?? a.score})`);
      console.log(`     ${k} below ${target}: ${audits.join(', ')}`);
    }
  }
  console.log(failed ? '  some scores are below target (marked !)' : '  all scores on target');
} finally {
  await chrome.kill();
  await server.stop();
}
