import { chromium } from 'playwright-core';
import { serve } from '../tools/serve.mjs';
import { launchOptions } from '../e2e/support/browser.mjs';
const srv = await serve('/tmp/dn', 0);
const origin = srv.origin;
const browser = await chromium.launch(launchOptions());
const agg = new Map();
for (let run = 0; run < 3; run++) {
  const ctx = await browser.newContext({ serviceWorkers: 'block' });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(origin + '/' + (process.argv[2] ?? ''));
  await page.locator('.app:not([aria-busy]):not(:has([aria-busy]))').waitFor({ timeout: 60000 });
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas; const counts = new Map();
  profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
  for (const [id, us] of counts) {
    const n = byId.get(id); const name = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}`;
    agg.set(name, (agg.get(name) ?? 0) + us / 1000 / 3);
  }
  await ctx.close();
}
const top = [...agg].sort((a, b) => b[1] - a[1]).slice(0, 40);
for (const [n, ms] of top) console.log(ms.toFixed(1).padStart(7), n.slice(0, 140));
await browser.close(); await srv.stop(); process.exit(0);
