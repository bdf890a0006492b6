// Stamps dist/sw.js with a version (a hash of every file in dist) and the list of files it caches, so
// each deploy gets its own cache and the service worker notices the change.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isPageFile } from './page-files.mjs';

const dir = process.argv[2] ?? 'dist';
const files = readdirSync(dir, { recursive: true })
  .map((f) => f.split('\\').join('/'))
  .filter((f) => f !== 'sw.js' && statSync(join(dir, f)).isFile())
  .sort();
const hash = createHash('sha256');
for (const f of files) hash.update(f).update(readFileSync(join(dir, f)));
const version = hash.digest('hex').slice(0, 12);
// What the page loads, and every language pack so it works offline in any language.
const cached = files.filter(isPageFile);
const sw = join(dir, 'sw.js');
writeFileSync(
  sw,
  readFileSync(sw, 'utf8')
    .replace('__BUILD_VERSION__', version)
    .replace("['__FILES__']", JSON.stringify(['./', ...cached])),
);
console.log(`service worker cache version ${version} (${cached.length} of ${files.length} files)`);
