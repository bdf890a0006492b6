// Runs in a module worker that boot.js starts on a tab's first visit (a new renderer process,
// where every first use is slow), so that two first-time costs are paid here instead of on the
// page's main thread, where they were start-up's longest tasks:
// - Intl's locale data: the first Intl.NumberFormat in a process loads it (30–100 ms measured
//   here). The data is shared by the whole process; the page's own first format then takes
//   ~0.5 ms.
// - The wasm: V8 compiles each function on its first call. This worker compiles the module
//   from the bytes boot.js hands over, runs the start-up and both first frames' markup through
//   it (`warm`, src/ui/mod.rs), and posts the module back. The page instantiates that module,
//   which shares the compiled code, so its first calls find the functions compiled.
// Asked for first, so the glue downloads while Intl's data loads below.
const glue = import('./rox_calculator.js');

onmessage = async ({ data }) => {
  let module = null;
  try {
    const [{ default: init, warm }, compiled] = await Promise.all([glue, WebAssembly.compile(data.bytes)]);
    module = compiled;
    await init({ module_or_path: module });
    warm(data.lang, data.pack, data.locale, data.search, data.hash);
  } catch {
    // A module that compiled is still worth handing over; one that did not, the page compiles.
  }
  postMessage(module);
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
