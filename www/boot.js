// Starts the app: picks the language, fetches its text pack while the wasm downloads, applies
// an integrator's theme, mounts the app into #app, and registers the offline cache when idle. The
// performance marks let `make bench` show where start-up time goes.
performance.mark('rox:boot');
// A reload (or Back) within 200 ms of a change: the address had not caught up, and the page
// left the one it should have had (browser.js). Only on top of the address it left from.
try {
  const left = sessionStorage.getItem('rox.address');
  if (left !== null) {
    sessionStorage.removeItem('rox.address');
    const [from, to] = left.split('\n');
    const how = performance.getEntriesByType('navigation')[0]?.type;
    if (location.hash === from && (how === 'reload' || how === 'back_forward')) history.replaceState(null, '', to);
  }
} catch {
  // Storage off: nothing was left.
}
const LANGS = ['en', 'nl', 'sv', 'tr'];
const params = new URLSearchParams(location.search);

/** A shared link's language, then ?lang=, then the person's last choice, then the browser's. */
function language() {
  let stored = null;
  try {
    stored = localStorage.getItem('rox.lang');
  } catch {
    // Storage off: the browser's languages decide.
  }
  const link = /^#v\d+&(?:.*&)?l=([a-z]{2})(?:&|$)/.exec(location.hash)?.[1];
  for (const tag of [link, params.get('lang'), stored, ...(navigator.languages ?? [navigator.language])]) {
    const code = tag?.slice(0, 2).toLowerCase();
    if (LANGS.includes(code)) return code;
  }
  return 'en';
}

// The pack's bytes, which the app takes as they are (empty when it could not be fetched).
const text = (lang) =>
  fetch(`i18n/${lang}.txt`)
    .then((r) => (r.ok ? r.arrayBuffer() : new ArrayBuffer(0)))
    .then((bytes) => new Uint8Array(bytes))
    .catch(() => new Uint8Array(0))
    .finally(() => performance.mark('rox:text'));

// Asked for before anything else waits, so it downloads alongside the wasm.
const lang = language();
const pack = text(lang);

// The rest of start-up in several short tasks rather than one long one: in a new renderer each
// first use (storage, matchMedia, the wasm instance, the state) is slow, and a long task keeps
// the page from answering a tap (and counts as blocking time in Lighthouse).
const pause = () => new Promise((resolve) => setTimeout(resolve, 0));
await pause();

// A new renderer loads Intl's number data the first time a number format is built, which takes
// tens of milliseconds. The browser keeps that data for the whole process, so a worker builds
// the first format, off the main thread, while the wasm downloads; the formats built here just
// before the app mounts are then quick (or, where a browser keeps the data per thread, at least
// not inside the first render). The locale is the one the app picks (`Lang::locale`); the
// formats are thrown away.
const browserLocale = navigator.language || 'en-US';
const locale = browserLocale.slice(0, 2).toLowerCase() === lang ? browserLocale : { en: 'en-US', nl: 'nl-NL', sv: 'sv-SE', tr: 'tr-TR' }[lang];
// Mounting waits for the worker (never more than 300 ms): on a fast connection the wasm can
// arrive first, and the main thread would load the data again itself.
const formatsWarm = new Promise((resolve) => {
  setTimeout(resolve, 300);
  try {
    const worker = new Worker('intl-worker.js', { name: locale });
    worker.onmessage = worker.onerror = () => resolve();
  } catch {
    // No workers: the formats below load the data on the main thread.
    resolve();
  }
});
const warmFormats = () => {
  try {
    for (const options of [{ style: 'currency', currency: 'USD', maximumFractionDigits: 0 }, { style: 'percent' }, {}]) new Intl.NumberFormat(locale, options).format(1);
  } catch {
    // An unusual locale: the app builds its formats itself.
  }
};

// Theme from the embedding page: ?theme=dark|light, ?brand=1d4ed8 (hex), ?font=Inter; without
// ?theme, the visitor's system setting.
const root = document.documentElement;
const theme = params.get('theme') ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
if (theme === 'dark' || theme === 'light') root.dataset.theme = theme;
const brand = params.get('brand')?.replace(/^#/, '');
if (brand && /^([0-9a-f]{3}){1,2}$/i.test(brand)) root.style.setProperty('--rox-brand', `#${brand}`);
const font = params.get('font');
if (font && /^[\w \-]{1,40}$/.test(font)) root.style.setProperty('--rox-font', `"${font}", system-ui, sans-serif`);
if (params.has('embed')) root.classList.add('embedded');

await pause();
const app = await import('./rox_calculator.js');
await app.default();
performance.mark('rox:wasm');
await formatsWarm;
warmFormats();
await pause();
// boot.js is async (it runs as soon as it arrives, not after the stylesheet and the first
// paint); the page is one short element, so it is parsed by now, but never mount too early.
if (document.readyState === 'loading') await new Promise((r) => addEventListener('DOMContentLoaded', r, { once: true }));
const mounted = app.mount(lang, await pack) || (lang !== 'en' && app.mount('en', await text('en')));
if (mounted) {
  // Yew's first render in a task of its own: the page stays responsive between setting up the
  // state and drawing it (two shorter tasks, not one long one).
  setTimeout(app.render, 0);
} else {
  document.getElementById('app').textContent = 'The calculator could not load. Reload the page to try again.';
}
// The offline cache once the page is idle (its first frames drawn): installing it downloads and
// stores every file of the app again, which on a first visit would compete with drawing the page.
if ('serviceWorker' in navigator) {
  await new Promise((resolve) => (window.requestIdleCallback ? requestIdleCallback(resolve, { timeout: 3000 }) : setTimeout(resolve, 1000)));
  navigator.serviceWorker.register('sw.js').catch(() => {
    // Offline support is a bonus; the calculator works without it.
  });
}
