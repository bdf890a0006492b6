// The weighing's bookkeeping, without a browser: which dist/ file a request names, what a file
// weighs, and how landing and tour add up (each file once). The browser run itself is `make
// budget`'s.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { brotliSize, distFile, gzipSize, report, totals } from './weigh.mjs';

const dist = mkdtempSync(join(tmpdir(), 'weigh-'));
mkdirSync(join(dist, 'i18n'));
writeFileSync(join(dist, 'index.html'), '<!doctype html>'.repeat(50));
writeFileSync(join(dist, 'rox_files.js'), 'export{}');
writeFileSync(join(dist, 'i18n', 'en.txt'), 'hello');
writeFileSync(join(dist, 'i18n', 'nl.txt'), 'hallo');
// compress.mjs's copies are what a file is served as, never files of their own.
writeFileSync(join(dist, 'i18n', 'nl.txt.br'), 'x');
process.on('exit', () => rmSync(dist, { recursive: true, force: true }));

test('a request maps to the dist/ file serve.mjs would answer with', () => {
  const o = 'http://127.0.0.1:1234';
  assert.equal(distFile(dist, `${o}/`), 'index.html');
  assert.equal(distFile(dist, `${o}/?demo`), 'index.html');
  assert.equal(distFile(dist, `${o}/#case`), 'index.html');
  assert.equal(distFile(dist, `${o}/rox_files.js?retry=2`), 'rox_files.js');
  assert.equal(distFile(dist, `${o}/i18n/en.txt`), 'i18n/en.txt');
  assert.equal(distFile(dist, `${o}/i18n/%65n.txt`), 'i18n/en.txt');
  // Not a file of dist/: nothing to weigh.
  assert.equal(distFile(dist, `${o}/missing.js`), null);
  assert.equal(distFile(dist, `${o}/i18n/`), null);
  assert.equal(distFile(dist, `${o}/..%2f..%2fetc/passwd`), null);
});

test('a file is served as its Brotli copy, or as it is when it is not compressed', () => {
  const served = mkdtempSync(join(tmpdir(), 'served-'));
  writeFileSync(join(served, 'app.js'), 'export{}');
  writeFileSync(join(served, 'app.js.br'), 'x');
  writeFileSync(join(served, 'favicon.png'), 'png');
  writeFileSync(join(served, 'style.css'), 'p{}');
  assert.equal(brotliSize(join(served, 'app.js')), 1);
  assert.equal(brotliSize(join(served, 'favicon.png')), 3);
  assert.equal(brotliSize(join(served, 'style.css')), null);
  rmSync(served, { recursive: true });
});

test('a file weighs its gzip -9 bytes', () => {
  const n = gzipSize(join(dist, 'index.html'));
  assert.equal(n, gzipSync('<!doctype html>'.repeat(50), { level: 9 }).length);
  assert.ok(n < 750);
});

test('the tour is the landing plus what the tabs added; report lists each file once', () => {
  const files = [
    { file: 'index.html', gzip: 1024, br: 512, step: 'landing' },
    { file: 'i18n/en.txt', gzip: 2048, br: 1536, step: 'landing' },
    { file: 'rox_files.js', gzip: 512, br: 512, step: '#case' },
  ];
  assert.deepEqual(totals(files), { landing: 3072, tour: 3584 });
  const budget = { landingKbGzip: 360, tourKbGzip: 380, landingTargetKbGzip: 250, tourTargetKbGzip: 280 };
  const text = report({ files, missing: [] }, budget, dist);
  assert.match(text, /^rox_files\.js +0\.5 +tour \(#case\)$/m);
  assert.match(text, /^landing: 3\.0 KB gzip \(limit 360, target 250\)$/m);
  assert.match(text, /^tour: +3\.5 KB gzip \(limit 380, target 280\)$/m);
  assert.match(text, /^as served, Brotli: landing 2\.0 KB, tour 2\.5 KB$/m);
  assert.match(text, /^not fetched on the tour \(1 of dist\/'s files, .* KB gzip\): i18n\/nl\.txt$/m);
  // Landing files come first.
  assert.ok(text.indexOf('index.html') < text.indexOf('rox_files.js'));
});
