// The Monte Carlo of the business case, off the page's main thread: loads the panels module
// (the same wasm the page's panels use) and runs the simulation a chunk at a time, telling the
// page how far it is after each chunk. A newer request (any input changed) replaces the one
// running between two chunks, so typing never waits for an old run.
// Messages in: { id, link } (the scenario's share link: case, seed, trials, cost spread).
// Messages out: { id, done, total } while running, then { id, done, total, summary }, or
// { id, error } when the scenario's business case is not valid.
import init, { MonteCarlo } from './rox_panels.js';

const ready = init();
let newest = 0;
// Chunks of about this many milliseconds: short enough to hear a newer request soon, long
// enough that messages cost little.
const SLICE_MS = 12;

const pause = () => new Promise((resolve) => setTimeout(resolve, 0));

onmessage = async ({ data }) => {
  const { id, link } = data;
  newest = id;
  await ready;
  if (id !== newest) return;
  let mc;
  try {
    mc = new MonteCarlo(link);
  } catch (e) {
    postMessage({ id, error: String(e?.message ?? e) });
    return;
  }
  const total = mc.trials;
  let chunk = 500;
  try {
    while (!mc.finished()) {
      const start = performance.now();
      const done = mc.step(chunk);
      const took = performance.now() - start;
      // Aim each chunk at SLICE_MS.
      chunk = Math.max(100, Math.min(200000, Math.round(chunk * (SLICE_MS / Math.max(took, 0.5)))));
      if (!mc.finished()) {
        postMessage({ id, done, total });
        await pause();
        if (id !== newest) return;
      }
    }
    postMessage({ id, done: total, total, summary: mc.summary() });
  } finally {
    mc.free();
  }
};
