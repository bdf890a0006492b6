// Zero-dependency static server for dist/: correct MIME types, the app's security headers,
// no directory traversal, loopback only. Usage: node serve.mjs DIR [PORT] (PORT 0 = any free).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/** The Content-Security-Policy every page is served with (also in index.html's meta tag). */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  'frame-ancestors *',
].join('; ');

const HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

export const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.svg', '.json', '.txt', '.webmanifest']);
// Gzipped bodies, by path and modification time, so each file is compressed once.
const gzipped = new Map();

async function gzipOf(file, body) {
  const { mtimeMs } = await stat(file);
  const hit = gzipped.get(file);
  if (hit && hit.mtimeMs === mtimeMs) return hit.body;
  const out = gzipSync(body, { level: 9 });
  gzipped.set(file, { mtimeMs, body: out });
  return out;
}

/** The Brotli copy of `file` (`FILE.br`, written by compress.mjs) when it exists and is not
 * older than the file (a file changed after the build is served gzipped, never stale). */
async function brotliCopy(file, mtimeMs) {
  try {
    const copy = await stat(file + '.br');
    return copy.mtimeMs >= mtimeMs ? file + '.br' : null;
  } catch {
    return null;
  }
}

/** Serve `dir` on 127.0.0.1:`port`; resolves to { origin, stop }. */
export function serve(dir, port = 0) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      const file = normalize(join(root, path.endsWith('/') ? path + 'index.html' : path));
      if (file !== root && !file.startsWith(root + sep)) throw Object.assign(new Error(), { code: 'ENOENT' });
      const { size, mtimeMs } = await stat(file);
      // Brotli where the browser takes it and dist/ has the copy, else gzip, else as it is.
      const accepts = req.headers['accept-encoding'] ?? '';
      const compressible = COMPRESSIBLE.has(extname(file));
      const br = compressible && /\bbr\b/.test(accepts) ? await brotliCopy(file, mtimeMs) : null;
      const gzip = !br && compressible && /\bgzip\b/.test(accepts);
      // Checked on every use ('no-cache'), with a validator so an unchanged file costs a 304:
      // a reload or a new tab revalidates what the browser has instead of downloading it again.
      const etag = `W/"${size}-${Math.round(mtimeMs)}${br ? '-br' : gzip ? '-gz' : ''}"`;
      const headers = {
        ...HEADERS,
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
        ETag: etag,
        Vary: 'Accept-Encoding',
      };
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, headers);
        return res.end();
      }
      let body = await readFile(br ?? file);
      if (br) headers['Content-Encoding'] = 'br';
      if (gzip) {
        body = await gzipOf(file, body);
        headers['Content-Encoding'] = 'gzip';
      }
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { ...HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('not found');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const origin = `http://127.0.0.1:${server.address().port}`;
      ok({ origin, stop: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir = 'dist', port = process.env.PORT ?? '8080'] = process.argv.slice(2);
  const { origin } = await serve(dir, Number(port));
  console.log(`ROX Calculator is served at ${origin}/  (Ctrl+C to stop)`);
}
