// Starts the app (the wasm module mounts itself into #app) and registers the offline cache.
// The performance marks let `make bench` show where start-up time goes.
import init from './rox_calculator.js';

performance.mark('rox:boot');
await init();
performance.mark('rox:rendered');

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('sw.js').catch(() => {
    // Offline support is a bonus; the calculator works without it.
  });
}
