// Browser plumbing for the Rust UI (imported through wasm-bindgen): files in and out, storage
// with its failures told apart, the clipboard, language packs, and events for a host page.
// Each is one import here instead of a dozen web-sys shims; nothing here sends data anywhere.

/** Offer `text` as a file download. */
export function download(name, mime, text) {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// Answers to the requests below go to one function the app registers (kind, value): one
// callback for everything, instead of a future per request.
let sink = () => {};
export function listen(f) {
  sink = f;
  // The app is on screen and listening: the moment `make bench` measures as "first render".
  performance.mark('rox:interactive');
  if (page && !embedded) peek();
}

// On a phone the results come after the inputs, a screen or two down. While a calculator's
// results are below the screen, a bar at its foot shows their first two numbers as they change;
// a tap scrolls to them. A copy for the eye only (aria-hidden, not focusable): the results panel
// announces its changes itself (aria-live). Embedded, the frame is as tall as the content, so
// the results are never below it and the bar never shows.
// `listen` is called once, when the app mounts.
function peek() {
  const bar = document.body.appendChild(document.createElement('div'));
  bar.className = 'peek';
  bar.setAttribute('aria-hidden', 'true');
  bar.hidden = true;
  const results = () => document.querySelector('#app .calc > .results');
  let queued = false;
  let shown = null;
  const update = () => {
    queued = false;
    const r = results();
    const tiles = r && r.getBoundingClientRect().top > innerHeight ? [...r.querySelectorAll('.tile')].slice(0, 2) : [];
    // The tiles' own markup, which holds text only (the label, the formatted number).
    const html = tiles.map((t) => `<span><small>${t.children[0].innerHTML}</small><b>${t.children[1].innerHTML}</b></span>`).join('');
    if (html !== shown) bar.innerHTML = shown = html;
    bar.hidden = !html;
    if (html) bar.dataset.stale = r.dataset.stale;
  };
  // The bar is outside #app: its own changes do not come back here.
  const queue = () => {
    if (!queued) requestAnimationFrame(update);
    queued = true;
  };
  new MutationObserver(queue).observe(document.getElementById('app'), { subtree: true, childList: true, characterData: true, attributes: true });
  addEventListener('scroll', queue, { passive: true });
  addEventListener('resize', queue);
  bar.onclick = () => results()?.scrollIntoView();
  queue();
}

/** Reports the text of the file chosen in `input`: null when none, false when it is above `max`
 * bytes or cannot be read. */
export async function readFile(input, max, kind) {
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
  sink(kind, text);
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

/** Reports whether `text` reached the clipboard. */
export async function copyText(text, kind) {
  let ok = false;
  try {
    await navigator.clipboard.writeText(text);
    ok = true;
  } catch {
    // Reported as not copied.
  }
  sink(kind, ok);
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

/** Reports (`kind`, null) once the frame just drawn is on screen, in a task of its own: for the
 * page's first frame, when the browser reports the first contentful paint; for later ones, after
 * the next animation frame; or after 200 ms where frames are held back (a hidden tab, an
 * offscreen frame). The first waits for its paint: on two cores the rest of the page's render
 * would otherwise compete with rasterising the first frame and delay it. */
export function afterPaint(kind) {
  let done = false;
  const answer = () => {
    if (!done) sink(kind, null);
    done = true;
  };
  const painted = () => performance.getEntriesByName('first-contentful-paint').length > 0;
  if (painted() || !globalThis.PerformanceObserver?.supportedEntryTypes?.includes('paint')) {
    requestAnimationFrame(() => setTimeout(answer, 0));
  } else {
    const observer = new PerformanceObserver(() => {
      if (!painted()) return;
      observer.disconnect();
      setTimeout(answer, 0);
    });
    observer.observe({ type: 'paint' });
  }
  setTimeout(answer, 200);
}

/** Reports the text at `url` (a language pack), or null. */
export async function fetchText(url, kind) {
  let text = null;
  try {
    const r = await fetch(url);
    if (r.ok) text = await r.text();
  } catch {
    // Reported as missing.
  }
  sink(kind, text);
}

// This module is also loaded by the JS API in Node, where there is no window.
const page = typeof window === 'object' ? window : null;
const embedded = !!page && page.parent !== page;
const target = (page && new URLSearchParams(page.location.search).get('origin')) || '*';
let timer = 0;
let pending = null;

function post(type, detail) {
  if (embedded) page.parent.postMessage({ source: 'rox-calculator', type, ...detail }, target);
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

// Keep the host's iframe as tall as the content.
if (embedded && 'ResizeObserver' in page) {
  let last = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) post('rox:resize', { height: (last = height) });
  }).observe(document.documentElement);
}

/**
 * Bring `el`'s children in line with `html`, touching only what differs: text and attributes
 * are updated in place, nodes added or removed only where the structure changed. So a
 * keystroke updates the numbers of a table or chart without rebuilding it (and without a
 * layout of everything around it), focus stays where it is, and an opened <details> stays open.
 */
export function morph(el, html, drawn) {
  if (el.roxMarkup === html) return;
  el.roxMarkup = html;
  if (drawn) {
    el.roxParts = html.split('\u0001');
    el.roxRoot = el.firstElementChild;
    return;
  }
  // A held region may mark its top-level elements as parts (U+0001 before each, and before the
  // closing tag; see markup.rs). With the same parts on the same nodes as last time, only the
  // parts that changed are parsed and patched: typing in one field re-reads that field, not the
  // whole form. Parts added at the end (the next lever cards of a page drawn in stages) are
  // parsed on their own and appended.
  const parts = html.split('\u0001');
  const before = el.roxParts;
  const root = el.firstElementChild;
  if (root === el.roxRoot && parts.length >= before.length && before.length > 2 && before[0] === parts[0] && root.childNodes.length === before.length - 2) {
    el.roxParts = parts;
    const kept = before.length - 1;
    for (let i = 1; i < kept; i++) {
      if (parts[i] !== before[i]) patchPart(root, root.childNodes[i - 1], parts[i]);
    }
    if (parts.length > before.length) {
      const added = document.createElement('template');
      added.innerHTML = parts.slice(kept, -1).join('');
      root.append(added.content);
    }
    return;
  }
  const next = document.createElement('template');
  next.innerHTML = parts.join('');
  patch(el, next.content);
  el.roxParts = parts;
  el.roxRoot = el.firstElementChild;
}

function patchPart(root, node, html) {
  const next = document.createElement('template');
  next.innerHTML = html;
  const fresh = next.content;
  if (fresh.childNodes.length === 1 && fresh.firstChild.nodeName === node.nodeName && node.nodeType === 1) {
    attributes(node, fresh.firstChild);
    patch(node, fresh.firstChild);
  } else {
    // Not one element of the same kind: replaced (the next render then patches the whole region).
    root.replaceChild(fresh, node);
  }
}

function patch(old, next) {
  let o = old.firstChild;
  let n = next.firstChild;
  while (n) {
    const after = n.nextSibling;
    if (!o) {
      old.appendChild(n);
    } else if (o.nodeType === n.nodeType && o.nodeName === n.nodeName) {
      if (o.nodeType === 1) {
        attributes(o, n);
        patch(o, n);
      } else if (o.data !== n.data) {
        o.data = n.data;
      }
      o = o.nextSibling;
    } else {
      const replaced = o;
      o = o.nextSibling;
      old.replaceChild(n, replaced);
    }
    n = after;
  }
  while (o) {
    const gone = o;
    o = o.nextSibling;
    old.removeChild(gone);
  }
}

// By name, never through `.attributes`: each Attr object that list hands out is created on
// demand, and that made the attribute diff ~5× slower (most of a keystroke's work).
function attributes(o, n) {
  const names = n.getAttributeNames();
  for (const name of o.getAttributeNames()) {
    if (!n.hasAttribute(name) && !(name === 'open' && o.nodeName === 'DETAILS')) o.removeAttribute(name);
  }
  for (const name of names) {
    const value = n.getAttribute(name);
    if (o.getAttribute(name) !== value) o.setAttribute(name, value);
  }
  if (o.nodeName === 'INPUT') {
    // What the state says wins over what a click left behind.
    if (o.type === 'checkbox') o.checked = n.hasAttribute('checked');
    // A typed value is the state's text already (no caret jump); a reset, undo or link changes it.
    else if (o.value !== (n.getAttribute('value') ?? '')) o.value = n.getAttribute('value') ?? '';
  } else if (o.nodeName === 'OPTION') o.selected = n.hasAttribute('selected');
}
