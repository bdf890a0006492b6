// Starts the app (the wasm module mounts itself into #app) and registers the offline cache.
import init from './rox_calculator.js';

await init();

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('sw.js').catch(() => {
    // Offline support is a bonus; the calculator works without it.
  });
}
