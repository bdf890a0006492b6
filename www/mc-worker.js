// The Monte Carlo of the business case, off the page's main thread: loads the page's own module
// (the same wasm, so the browser fetches it once) and runs the simulation a chunk at a time, telling the
// page how far it is after each chunk. A newer request (any input changed) replaces the one
// running between two chunks, so typing never waits for an old run.
// Messages in: { id, link } (the scenario's share link: case, seed, trials, cost spread).
// Messages out: { id, done, total } while running, then { id, done, total, summary } (the
// summary as `SimulationSummary::to_values` lists it, a Float64Array), or
// { id, error } when the scenario's business case is not valid.
import init, { MonteCarlo, warmUp } from './rox_calculator.js';

// Loaded, then warmed up (see `warmUp`) before the first request is read: a few short rounds
// with a pause between, in which the browser optimises what the rounds ran.
const ready = init().then(async () => {
  for (let round = 0; round < WARM_ROUNDS; round++) {
    warmUp();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
});
const WARM_ROUNDS = 4;
let newest = 0;
// Chunks of about this many milliseconds: short enough to hear a newer request soon, long
// enough that messages cost little.
const SLICE_MS = 12;
// Trials per chunk, carried from run to run: a new run starts at the size the last one found.
let chunk = 500;

// A yield to the worker's message queue between chunks, so a newer request is heard. Through a
// MessageChannel rather than setTimeout, which browsers clamp to 4 ms once nested.
const channel = new MessageChannel();
const waiting = [];
channel.port1.onmessage = () => waiting.shift()?.();
const pause = () => new Promise((resolve) => {
  waiting.push(resolve);
  channel.port2.postMessage(0);
});

onmessage = async ({ data }) => {
  const { id, link } = data;
  newest = id;
  let mc;
  try {
    await ready;
    if (id !== newest) return;
    mc = new MonteCarlo(link);
    const total = mc.trials;
    let done = 0;
    while (!mc.finished()) {
      const start = performance.now();
      const before = done;
      done = mc.step(chunk);
      const took = performance.now() - start;
      // Aim each chunk at SLICE_MS, from the trials this one ran (the last may run fewer).
      // A chunk too quick to time well grows fourfold, so a fast machine is not held to small chunks.
      if (took > 1) chunk = Math.max(100, Math.min(200000, Math.round(((done - before) / took) * SLICE_MS)));
      else chunk = Math.min(200000, chunk * 4);
      if (!mc.finished()) {
        postMessage({ id, done, total });
        await pause();
        if (id !== newest) return;
      }
    }
    postMessage({ id, done: total, total, summary: mc.summaryValues() });
  } catch (e) {
    // The case is not valid, or the module failed: the page says so rather than waiting.
    postMessage({ id, error: String(e?.message ?? e) });
  } finally {
    mc?.free();
  }
};
