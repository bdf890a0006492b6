// First-load transfer size of dist/: html + css + js + wasm + one language pack (each gzip -9;
// every visitor loads exactly one pack, so the largest counts), and the budget check.
// Usage: node size.mjs DIST [--check]. With --check, exits 1 when over the budget in budget.json.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { extname, join } from 'node:path';
import { LATER, isPageFile } from './page-files.mjs';

const dir = process.argv[2] ?? 'dist';
const check = process.argv.includes('--check');
const budget = JSON.parse(readFileSync(new URL('../budget.json', import.meta.url), 'utf8'));
const KINDS = ['.html', '.css', '.js', '.wasm'];
// sw.js is fetched after load; the rest that is not the page is never fetched by it.
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

const parts = Object.fromEntries(KINDS.map((k) => [k, 0]));
for (const name of readdirSync(dir)) {
  const kind = extname(name);
  if (!KINDS.includes(kind) || name === 'sw.js' || !isPageFile(name) || LATER.test(name)) continue;
  parts[kind] += gz(join(dir, name));
}
const packsDir = join(dir, 'i18n');
const packs = existsSync(packsDir) ? readdirSync(packsDir).map((f) => [f.slice(0, 2), gz(join(packsDir, f))]) : [];
const text = Math.max(0, ...packs.map(([, n]) => n));
const total = Object.values(parts).reduce((a, b) => a + b, 0) + text;
const sum = (files) => files.filter((f) => existsSync(join(dir, f))).reduce((n, f) => n + gz(join(dir, f)), 0);
const api = sum(['rox_api.js', 'rox_api_bg.wasm']);
const files = sum(readdirSync(dir).filter((f) => f.startsWith('rox_files')));
const panels = sum(readdirSync(dir).filter((f) => LATER.test(f) && !f.startsWith('rox_files')));
// Everything dist/ holds, so that its total is not mistaken for the first load.
const all = (d) => readdirSync(d, { withFileTypes: true })
  .reduce((n, e) => n + (e.isDirectory() ? all(join(d, e.name)) : gz(join(d, e.name))), 0);
const kb = (n) => (n / 1024).toFixed(1);
console.log(
  `first load: ${kb(total)} KB gzip (html ${kb(parts['.html'])}, css ${kb(parts['.css'])}, ` +
    `js ${kb(parts['.js'])}, wasm ${kb(parts['.wasm'])}, text ${kb(text)}); budget ${budget.firstLoadKbGzip} KB` +
    (packs.length ? `\n  language packs: ${packs.map(([l, n]) => `${l} ${kb(n)}`).join(', ')} KB (one per visit; the largest is counted; ` +
      `after load the service worker fetches the other ${packs.length - 1} for offline use)` : '') +
    (files ? `\n  scenario-file module (fetched when a scenario file or saved scenario is first read or written): ${kb(files)} KB` : '') +
    (panels ? `\n  Monte Carlo worker script (the worker loads the page's own wasm): ${kb(panels)} KB` : '') +
    (api ? `\n  JS API module (integrators only, not part of the page): ${kb(api)} KB` : '') +
    `\n  all of dist/: ${kb(all(dir))} KB gzip (the first load, the other language packs, the service worker, ` +
    `the icon, the JS API module and the embed files; only the first load is on a visit's path)`,
);
if (check && total > budget.firstLoadKbGzip * 1024) {
  console.error(`over budget by ${kb(total - budget.firstLoadKbGzip * 1024)} KB: see docs/size.md for what costs what`);
  process.exit(1);
}
