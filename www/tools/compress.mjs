// Writes a Brotli copy (`FILE.br`, quality 11) beside every compressible file of dist/, for a
// host that serves precompressed files (serve.mjs does; nginx's brotli_static, Caddy's
// precompressed, or a CDN that compresses itself do the same). Brotli's best quality takes
// seconds for the page's wasm, too slow to do on each request, and makes it a fifth smaller
// than gzip -9. Run last in `make dist`, after stamp.mjs has written sw.js.
// Usage: node compress.mjs DIST
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { COMPRESSIBLE } from './serve.mjs';

/** The Brotli bytes of `body` at its best quality. */
export function brotli(body) {
  return brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'dist';
  let before = 0;
  let after = 0;
  for (const f of readdirSync(dir, { recursive: true }).map(String)) {
    const file = join(dir, f);
    if (!COMPRESSIBLE.has(extname(f)) || !statSync(file).isFile()) continue;
    const body = readFileSync(file);
    const out = brotli(body);
    before += body.length;
    after += out.length;
    writeFileSync(file + '.br', out);
  }
  console.log(`brotli copies: ${(before / 1000).toFixed(1)} KB → ${(after / 1000).toFixed(1)} KB`);
}
