// Starts the app (the wasm module mounts itself into #app) and registers the offline cache.
// The performance marks let `make bench` show where start-up time goes.
performance.mark('rox:boot');

// The browser's first number format costs 15–35 ms (locale data); pay it while the glue and
// the wasm (preloaded by index.html) are still downloading, not after.
new Intl.NumberFormat(navigator.language, { style: 'currency', currency: 'USD' }).format(0);

const { default: init } = await import('./rox_calculator.js');
await init();
performance.mark('rox:rendered');

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('sw.js').catch(() => {
    // Offline support is a bonus; the calculator works without it.
  });
}
