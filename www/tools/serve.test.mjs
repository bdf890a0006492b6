// The static server's compression: a file's Brotli copy (compress.mjs) when the browser takes
// Brotli, gzip otherwise, and never a copy older than its file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { brotli } from './compress.mjs';
import { serve } from './serve.mjs';

const dir = mkdtempSync(join(tmpdir(), 'serve-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const APP = 'export const answer = 42;\n'.repeat(40);

/** GET `path` with `encodings` accepted: { status, encoding, body } with the body decoded. */
function get(origin, path, encodings) {
  return new Promise((ok, fail) => {
    const req = request(origin + path, { headers: { 'Accept-Encoding': encodings } }, (res) => {
      const parts = [];
      res.on('data', (d) => parts.push(d));
      res.on('end', () => {
        const raw = Buffer.concat(parts);
        const encoding = res.headers['content-encoding'] ?? null;
        const body = encoding === 'br' ? brotliDecompressSync(raw) : encoding === 'gzip' ? gunzipSync(raw) : raw;
        ok({ status: res.statusCode, encoding, body: body.toString() });
      });
    });
    req.on('error', fail);
    req.end();
  });
}

test('a file is sent as its Brotli copy, gzipped, or as it is, by what the browser takes', async () => {
  writeFileSync(join(dir, 'app.js'), APP);
  writeFileSync(join(dir, 'app.js.br'), brotli(Buffer.from(APP)));
  const server = await serve(dir, 0);
  try {
    for (const [accepts, encoding] of [['gzip, deflate, br, zstd', 'br'], ['gzip', 'gzip'], ['identity', null]]) {
      const res = await get(server.origin, '/app.js', accepts);
      assert.deepEqual([res.status, res.encoding], [200, encoding], accepts);
      assert.equal(res.body, APP);
    }
  } finally {
    await server.stop();
  }
});

test('a file changed after its Brotli copy was written is sent gzipped, never stale', async () => {
  writeFileSync(join(dir, 'index.html'), '<title>v2</title>');
  writeFileSync(join(dir, 'index.html.br'), brotli(Buffer.from('<title>v1</title>')));
  const old = new Date(Date.now() - 60_000);
  utimesSync(join(dir, 'index.html.br'), old, old);
  const server = await serve(dir, 0);
  try {
    const res = await get(server.origin, '/', 'gzip, br');
    assert.deepEqual([res.encoding, res.body], ['gzip', '<title>v2</title>']);
  } finally {
    await server.stop();
  }
});
