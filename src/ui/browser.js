// Browser plumbing for the Rust UI (imported through wasm-bindgen): files in and out, storage
// with its failures told apart, the clipboard, language packs, the address, and events for a
// host page. What takes time returns a promise (awaited in src/ui/effects.rs). Each is one
// import here instead of a dozen web-sys shims; nothing here sends data anywhere.

/** Offer `data` (text, or bytes in a Uint8Array) as a file download. */
export function download(name, mime, data) {
  const url = URL.createObjectURL(new Blob([data], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The app is on screen and listening: the moment `make bench` measures as "first render". */
export function started() {
  performance.mark('rox:interactive');
  if (embedded) {
    followHeight();
    postHeight();
  }
}

/** The text of the file chosen in `input`: null when none, false when it is above `max` bytes or
 * cannot be read. */
export async function readFile(input, max) {
  const file = input.files && input.files[0];
  input.value = '';
  let text = null;
  if (file) {
    try {
      text = file.size > max ? false : await file.text();
    } catch {
      text = false;
    }
  }
  return text;
}

function store() {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Value of `key`; undefined when storage is disabled. */
export function storageGet(key) {
  const s = store();
  try {
    return s ? s.getItem(key) : undefined;
  } catch {
    return undefined;
  }
}

/** 'ok', 'full' (quota exceeded) or 'off' (disabled or refused). */
export function storageSet(key, value) {
  const s = store();
  if (!s) return 'off';
  try {
    s.setItem(key, value);
    return 'ok';
  } catch (e) {
    return e && (e.name === 'QuotaExceededError' || e.code === 22) ? 'full' : 'off';
  }
}

export function storageRemove(key) {
  try {
    store()?.removeItem(key);
  } catch {
    // Nothing to remove from a storage we cannot reach.
  }
}

/** Keys starting with `prefix`; null when storage is disabled. */
export function storageKeys(prefix) {
  const s = store();
  if (!s) return null;
  try {
    return Object.keys(s).filter((k) => k.startsWith(prefix));
  } catch {
    return null;
  }
}

/** Whether `text` reached the clipboard. */
export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

// The scenario in the address (the fragment), written at most every 200 ms: typing stays fast,
// and browsers limit how often a page may rewrite its address. A reload has taken the address
// before the page hears of it, so leaving with a write still waiting also leaves the new address
// in sessionStorage, for boot.js to put back when this tab reloads or comes Back to it. On
// `beforeunload`, which comes before the next page starts: `pagehide` may run after the next
// page has already read the storage (Chromium unloads the old page in parallel). Listened to only
// while a write waits: the browser asks a page with such a listener before every navigation.
const ADDRESS = 'rox.address';
let address = null;
let addressTimer = 0;

function leaving() {
  const left = `${location.hash}\n#${address}`;
  flushAddress();
  try {
    sessionStorage.setItem(ADDRESS, left);
  } catch {
    // Storage off: a reload this instant opens the address before the last change.
  }
}

export function showAddress(fragment) {
  if (address === null) {
    addressTimer = setTimeout(flushAddress, 200);
    addEventListener('beforeunload', leaving);
  }
  address = fragment;
}

/** Writes the waiting address now, if there is one. */
export function flushAddress() {
  clearTimeout(addressTimer);
  removeEventListener('beforeunload', leaving);
  const fragment = address;
  address = null;
  if (fragment === null) return;
  try {
    history.replaceState(null, '', `#${fragment}`);
  } catch {
    // Too many writes (Safari's limit): the next change writes it again.
  }
}

/** Resolves once the frame just drawn is on screen: for the page's first frame, when the
 * browser reports the first contentful paint; for later ones, after the next animation frame; or
 * after 200 ms where frames are held back (a hidden tab, an offscreen frame). The first waits
 * for its paint: on two cores the rest of the page's render would otherwise compete with
 * rasterising the first frame and delay it. Resolved in a task of its own. */
export function afterPaint() {
  return new Promise((resolve) => {
    const answer = () => setTimeout(resolve, 0);
    const painted = () => performance.getEntriesByName('first-contentful-paint').length > 0;
    if (painted() || !globalThis.PerformanceObserver?.supportedEntryTypes?.includes('paint')) {
      requestAnimationFrame(answer);
    } else {
      const observer = new PerformanceObserver(() => {
        if (!painted()) return;
        observer.disconnect();
        answer();
      });
      observer.observe({ type: 'paint' });
    }
    setTimeout(resolve, 200);
  });
}

// The scenario-file module (serde_json, not on the landing): fetched the first time a scenario
// file or a saved scenario is read or written, then kept; fetched again after a failed attempt.
let filesModule = null;
let filesTries = 0;
function files() {
  // A retry asks for a new address: some browsers keep a failed import's failure for its address.
  filesModule ??= import(new URL(`rox_files.js${filesTries++ ? `?retry=${filesTries}` : ''}`, import.meta.url).href)
    .then(async (m) => {
      await m.default();
      return m;
    })
    .catch((e) => {
      filesModule = null;
      throw e;
    });
  return filesModule;
}

/** `fn` of the scenario-file module on `args`, or null when it refuses them; rejects when the
 * module cannot load. */
async function call(fn, ...args) {
  const m = await files();
  try {
    return m[fn](...args);
  } catch {
    return null;
  }
}

/** The scenario file `text` as the module reads it (a FileRead). */
export const readScenario = (text) => call('read', text);
/** The scenario file of share link `link`, named and dated; with `from` (a saved entry's storage
 * key: rename, duplicate), that stored file renamed and dated instead, all else in it kept. */
export const writeScenario = async (link, name, savedAt, from) => {
  const stored = from && storageGet(from);
  // A stored file the module will not rename (not one it can read whole) is written afresh.
  return (stored && (await call('rename', stored, name, savedAt))) || call('write', link, name, savedAt);
};

/** Resolves when the browser is back online, or after 30 s: when to try the module again. */
export function retryLater() {
  return new Promise((resolve) => {
    addEventListener('online', resolve, { once: true });
    setTimeout(resolve, 30000);
  });
}

/** The text at `url` (a language pack), or null. */
export async function fetchText(url) {
  try {
    const r = await fetch(url);
    return r.ok ? await r.text() : null;
  } catch {
    return null;
  }
}

// This module is also loaded by the JS API in Node and by the Monte Carlo worker, where there is
// no window.
const page = typeof window === 'object' ? window : null;
const embedded = !!page && page.parent !== page;
// The host's origin, if the embedding page named one (`?origin=https://host.example`): events go
// only there. A malformed one ("localhost:8092", no scheme) would make every postMessage throw, so
// then no events are posted at all, and a warning says why. Read when first needed.
let target;
function hostOrigin() {
  if (target !== undefined) return target;
  const origin = page && new URLSearchParams(page.location.search).get('origin');
  target = '*';
  if (!origin) return target;
  try {
    const parsed = new URL(origin).origin;
    if (parsed !== 'null') return (target = parsed);
  } catch {
    // Reported below.
  }
  console.warn(`ROX Calculator: ?origin=${origin} is not an origin such as https://host.example, so no events are posted to the host page.`);
  return (target = null);
}
let timer = 0;
let pending = null;

function post(type, detail) {
  // The frame's height says nothing about the numbers typed: it goes to the host page in any
  // case, so the frame fits its content even when the events cannot.
  const to = type === 'rox:resize' ? hostOrigin() ?? '*' : hostOrigin();
  if (embedded && to) page.parent.postMessage({ source: 'rox-calculator', type, ...detail }, to);
}

/**
 * Tell the page and, when framed, the host page: `rox:opened`, `rox:result` (settled for 300 ms,
 * so typing does not flood the host), `rox:report`. Events carry results, never anything else.
 */
export function emit(type, detail) {
  window.dispatchEvent(new CustomEvent(type, { detail }));
  if (type !== 'rox:result') return post(type, detail);
  pending = detail;
  clearTimeout(timer);
  timer = setTimeout(() => post(type, pending), 300);
}

// Keep the host's iframe as tall as the content: measured when the app is first drawn, and
// whenever the content's size changes.
let height = 0;
function postHeight() {
  const now = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (now !== height) post('rox:resize', { height: (height = now) });
}
// A browser may not render a frame that is off screen (below the fold of the host page), and
// resize observers wait for rendering; DOM changes do not, so the height follows them too and
// the frame is full height before it is scrolled into view. Set up by `started`.
function followHeight() {
  hostOrigin();
  if ('ResizeObserver' in page) new ResizeObserver(postHeight).observe(document.documentElement);
  new MutationObserver(postHeight).observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
  addEventListener('resize', postHeight);
}
