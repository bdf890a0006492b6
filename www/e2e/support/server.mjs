// Starts the static server on a free loopback port for a test file or a benchmark.
import { fileURLToPath } from 'node:url';
import { serve } from '../../tools/serve.mjs';

export const DIST = fileURLToPath(new URL('../../../dist/', import.meta.url));

/** Serve dist/ on 127.0.0.1 with any free port; resolves to { origin, stop }. */
export function startServer() {
  return serve(DIST, 0);
}
