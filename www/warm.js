// Runs in a module worker that boot.js starts on a tab's first visit (a new renderer process,
// where every first use is slow), so that two first-time costs are paid here instead of on the
// page's main thread, where they were start-up's longest tasks:
// - Intl's locale data: the first Intl.NumberFormat in a process loads it (30–100 ms measured
//   here). The data is shared by the whole process; the page's own first format then takes
//   ~0.5 ms.
// - The wasm: V8 compiles each function on its first call. This worker compiles the module
//   from the bytes boot.js hands over, mounts the app into a stand-in document below and lets it
//   draw every frame of its first visit there (Yew's DOM code included), then posts the module
//   back. The page instantiates that module, which shares the compiled code, so its first calls
//   find the functions compiled.
// Asked for first, so the glue downloads while Intl's data loads below.
const glue = import('./rox_calculator.js');

// The stand-in document: just enough DOM for the app to mount, draw and listen. What is drawn
// here is never shown and nothing is parsed (innerHTML gives one empty child); only the code
// the drawing runs through matters. The app drops `aria-busy` when its last frame is drawn.
let drawn = false;
let finish = () => {};
class FakeNode {
  constructor(name, type = 1, ns = 'http://www.w3.org/1999/xhtml') {
    this.nodeName = this.tagName = name.toUpperCase();
    this.nodeType = type;
    this.namespaceURI = ns;
    this.childNodes = [];
    this.parentNode = null;
    this.id = '';
  }
  get parentElement() { return this.parentNode; }
  get firstChild() { return this.childNodes[0] ?? null; }
  get lastChild() { return this.childNodes.at(-1) ?? null; }
  get nextSibling() {
    const siblings = this.parentNode?.childNodes ?? [];
    return siblings[siblings.indexOf(this) + 1] ?? null;
  }
  insertBefore(node, before) {
    node.parentNode?.removeChild(node);
    node.parentNode = this;
    const at = before ? this.childNodes.indexOf(before) : -1;
    this.childNodes.splice(at < 0 ? this.childNodes.length : at, 0, node);
    return node;
  }
  appendChild(node) { return this.insertBefore(node, null); }
  removeChild(node) {
    this.childNodes = this.childNodes.filter((n) => n !== node);
    node.parentNode = null;
    return node;
  }
  cloneNode() { return new FakeNode(this.nodeName, this.nodeType, this.namespaceURI); }
  set innerHTML(html) {
    this.childNodes = [];
    if (html) this.appendChild(new FakeNode('div'));
  }
  getAttribute() { return null; }
  setAttribute() {}
  removeAttribute(name) {
    if (name !== 'aria-busy') return;
    drawn = true;
    finish();
  }
  addEventListener() {}
  closest() { return null; }
  querySelector() { return null; }
  focus() {}
  scrollIntoView() {}
}

/** Make this worker look enough like the page (its query and fragment) for `mount` and `render`. */
function standIn({ search, hash }) {
  const app = new FakeNode('main');
  const document = Object.assign(new FakeNode('#document', 9), {
    documentElement: new FakeNode('html'),
    activeElement: null,
    createElement: (tag) => new FakeNode(tag),
    createElementNS: (ns, tag) => new FakeNode(tag, 1, ns),
    createTextNode: (text) => Object.assign(new FakeNode('#text', 3), { data: text, nodeValue: text }),
    getElementById: (id) => (id === 'app' ? app : null),
  });
  Object.assign(globalThis, {
    window: globalThis,
    document,
    Element: FakeNode,
    HTMLElement: FakeNode,
    Window: class { static [Symbol.hasInstance](x) { return x === globalThis; } },
    HTMLInputElement: class { static [Symbol.hasInstance](x) { return x instanceof FakeNode && x.nodeName === 'INPUT'; } },
    // A first visitor's storage: nothing saved.
    localStorage: { getItem: () => null, setItem() {}, removeItem() {} },
    // No frames in a worker: "after the first paint" comes at once.
    requestAnimationFrame: (f) => setTimeout(f, 0),
  });
  Object.defineProperty(globalThis, 'location', { value: { search, hash }, configurable: true });
  // Whatever the stand-in lacks ends this warm-up early; it must not reach the page as an error.
  for (const type of ['error', 'unhandledrejection']) {
    addEventListener(type, (e) => {
      e.preventDefault();
      finish();
    });
  }
}

onmessage = async ({ data }) => {
  let module = null;
  try {
    const [{ default: init, mount, render }, compiled] = await Promise.all([glue, WebAssembly.compile(data.bytes)]);
    module = compiled;
    await init({ module_or_path: module });
    standIn(data.page);
    const done = new Promise((resolve) => {
      finish = resolve;
      setTimeout(resolve, 500);
    });
    if (mount(data.lang, data.pack)) {
      render();
      await done;
    }
  } catch {
    // A module that compiled is still worth handing over; one that did not, the page compiles.
  }
  // `drawn` tells the page (and its tests) whether the stand-in carried every frame.
  postMessage({ module, drawn });
  // Dates as src/ui/scenarios.rs writes them (the report's date, saved scenarios): their
  // calendar data is a first load of its own (~30 ms on the report page's first render). Only
  // the report's first frame has a date, so the page does not wait for this part.
  for (const options of [{ dateStyle: 'medium' }, { dateStyle: 'medium', timeStyle: 'short' }]) {
    try {
      new Date(0).toLocaleString(navigator.language, options);
    } catch {
      // A locale the browser does not know: the page falls back the same way.
    }
  }
  close();
};

// The same styles as src/ui/format.rs, while the glue downloads and boot.js gathers the bytes
// and the language pack.
for (const options of [
  { style: 'currency', currency: 'USD', maximumFractionDigits: 0 },
  { style: 'percent', maximumFractionDigits: 1 },
  { maximumFractionDigits: 1 },
  { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 },
  { notation: 'compact', maximumFractionDigits: 1 },
]) {
  try {
    new Intl.NumberFormat(navigator.language, options).format(1234.5);
  } catch {
    // A locale the browser does not know: the page falls back the same way; nothing to warm.
  }
}
