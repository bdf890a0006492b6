// Starts the app: picks the language, fetches its text pack while the wasm downloads, applies
// an integrator's theme, mounts the app into #app, and registers the offline cache. The
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
// A tab's first visit runs in a new renderer process, where every first use is slow: the first
// number format loads Intl's locale data (30–100 ms here), and V8 compiles each wasm function on
// its first call. A worker (warm.js) pays for both off the page's main thread while the page
// waits, idle: it loads the locale data (shared by the whole process), compiles the wasm from
// the bytes handed to it, mounts the app in a stand-in document and draws its first frames
// there, then hands the module back; instantiated here, it shares the code compiled there. A
// tab that ran the app before (reload, Back, a link within the app) has all that and skips the
// worker.
const WARM = 'rox.warm';
const warmTab = () => {
  try {
    return sessionStorage.getItem(WARM) === '1';
  } catch {
    return false;
  }
};
const helper = warmTab() ? null : startHelper();

function startHelper() {
  try {
    const worker = new Worker('warm.js', { type: 'module' });
    const reply = new Promise((resolve) => {
      worker.onmessage = ({ data }) => resolve(data?.module instanceof WebAssembly.Module ? data : null);
      worker.onerror = () => resolve(null);
      // Never wait long for a bonus: the page then compiles the wasm itself.
      setTimeout(() => resolve(null), 3000);
    });
    return { worker, reply };
  } catch {
    return null; // No workers: the page pays, as it did before.
  }
}

/** `{ module, drawn }` from the helper: the wasm module it compiled and warmed; or null (then
 * the page compiles the module itself). */
async function warmed(lang, pack) {
  if (!helper) return null;
  try {
    // This fetch takes over the wasm's preload; its bytes move to the worker, not copied.
    const [bytes, text] = await Promise.all([fetch('rox_calculator_bg.wasm').then((r) => r.arrayBuffer()), pack]);
    const args = { bytes, lang, pack: text, page: { search: location.search, hash: location.hash } };
    helper.worker.postMessage(args, [bytes]);
    return await helper.reply;
  } catch {
    return null;
  }
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

const text = (lang) =>
  fetch(`i18n/${lang}.txt`)
    .then((r) => (r.ok ? r.text() : ''))
    .catch(() => '')
    .finally(() => performance.mark('rox:text'));

// Asked for before anything else waits: in a tab that ran the app before (no worker), the pack
// can arrive after the wasm.
const lang = language();
const pack = text(lang);

// The rest of start-up in several short tasks rather than one long one: in a new renderer each
// first use (storage, matchMedia, the wasm instance, the state) is slow, and a long task keeps
// the page from answering a tap (and counts as blocking time in Lighthouse).
const pause = () => new Promise((resolve) => setTimeout(resolve, 0));
await pause();

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

const warming = warmed(lang, pack);
await pause();
const app = await import('./rox_calculator.js');
const warm = await warming;
// Whether the worker's module came back, and whether the app drew all its first frames there.
performance.mark('rox:warm', { detail: { module: !!warm, drawn: !!warm?.drawn } });
await app.default(warm ? { module_or_path: warm.module } : undefined);
performance.mark('rox:wasm');
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
try {
  sessionStorage.setItem(WARM, '1');
} catch {
  // Storage off: the next visit in this tab warms Intl again, as a first visit does.
}

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('sw.js').catch(() => {
    // Offline support is a bonus; the calculator works without it.
  });
}
