// The message catalogues (src/text/<lang>.txt, `key = value` lines, `#` comments), for tests that
// check what a page says in a language.
import { readFileSync } from 'node:fs';

/** Language `lang`'s catalogue as an object of key → text. */
export function catalogue(lang) {
  const out = {};
  for (const line of readFileSync(new URL(`../../../src/text/${lang}.txt`, import.meta.url), 'utf8').split(/\r?\n/)) {
    const at = line.indexOf(' = ');
    if (at > 0 && !line.startsWith('#')) out[line.slice(0, at).trim()] = line.slice(at + 3).trim();
  }
  return out;
}

export const EN = catalogue('en');
