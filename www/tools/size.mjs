// First-load transfer size of dist/: html + css + js + wasm, each gzip -9, and the budget check.
// Usage: node size.mjs DIST [--check]. With --check, exits 1 when over the budget in budget.json.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { extname, join } from 'node:path';

const dir = process.argv[2] ?? 'dist';
const check = process.argv.includes('--check');
const budget = JSON.parse(readFileSync(new URL('../budget.json', import.meta.url), 'utf8'));
const KINDS = ['.html', '.css', '.js', '.wasm'];
// The service worker is fetched after load and the embed page only inside iframes.
const NOT_FIRST_LOAD = new Set(['sw.js', 'embed.html', 'embed-snippet.js']);

const parts = Object.fromEntries(KINDS.map((k) => [k, 0]));
for (const name of readdirSync(dir)) {
  const kind = extname(name);
  if (!KINDS.includes(kind) || NOT_FIRST_LOAD.has(name)) continue;
  parts[kind] += gzipSync(readFileSync(join(dir, name)), { level: 9 }).length;
}
const total = Object.values(parts).reduce((a, b) => a + b, 0);
const kb = (n) => (n / 1024).toFixed(1);
console.log(
  `first load: ${kb(total)} KB gzip (html ${kb(parts['.html'])}, css ${kb(parts['.css'])}, ` +
    `js ${kb(parts['.js'])}, wasm ${kb(parts['.wasm'])}); budget ${budget.firstLoadKbGzip} KB`,
);
if (check && total > budget.firstLoadKbGzip * 1024) {
  console.error(`over budget by ${kb(total - budget.firstLoadKbGzip * 1024)} KB: see docs/size.md for what costs what`);
  process.exit(1);
}
