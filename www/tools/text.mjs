// Language packs for the page: each src/text/<lang>.txt ("key = value" lines) becomes
// DIST/i18n/<lang>.txt — a "rox-text 1 <count>" line, then the values in order — so the page
// downloads only values. Fails when a language's keys are not exactly English's, in order
// (the native test `every_language_file_has_every_key_in_order_and_loads` says the same).
// Usage: node text.mjs SRC_DIR OUT_DIR
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [src = 'src/text', out = 'dist/i18n'] = process.argv.slice(2);
const read = (lang) =>
  readFileSync(join(src, `${lang}.txt`), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const at = l.indexOf(' = ');
      if (at < 0) throw new Error(`${lang}.txt: not "key = value": ${l}`);
      return [l.slice(0, at), l.slice(at + 3).trim()];
    });

const english = read('en').map(([k]) => k);
mkdirSync(out, { recursive: true });
for (const file of readdirSync(src).filter((f) => /^[a-z]{2}\.txt$/.test(f)).sort()) {
  const lang = file.slice(0, 2);
  const entries = read(lang);
  const keys = entries.map(([k]) => k);
  const wrong = english.findIndex((k, i) => keys[i] !== k);
  if (wrong >= 0 || keys.length !== english.length) {
    throw new Error(`${file}: keys differ from en.txt at entry ${wrong + 1} (${english[wrong]} vs ${keys[wrong]})`);
  }
  const empty = entries.find(([, v]) => !v);
  if (empty) throw new Error(`${file}: ${empty[0]} has no text`);
  writeFileSync(join(out, file), `rox-text 1 ${entries.length}\n${entries.map(([, v]) => v).join('\n')}\n`);
}
console.log(`language packs: ${readdirSync(out).join(', ')} (${english.length} texts each)`);
