// Runs in a worker, started by boot.js before anything else. The first Intl.NumberFormat in a
// renderer process loads ICU's locale data (30–100 ms measured here); that data is shared by
// the whole process, so paying for it on this thread keeps it off the page's main thread,
// where it was the longest task of start-up (the page's own first format then takes ~0.5 ms).
// The same styles as src/ui/format.rs.
const locale = navigator.language;
for (const options of [
  { style: 'currency', currency: 'USD', maximumFractionDigits: 0 },
  { style: 'percent', maximumFractionDigits: 1 },
  { maximumFractionDigits: 1 },
  { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 },
  { notation: 'compact', maximumFractionDigits: 1 },
]) {
  try {
    new Intl.NumberFormat(locale, options).format(1234.5);
  } catch {
    // A locale the browser does not know: the page falls back the same way; nothing to warm.
  }
}
postMessage('warm');
// Dates as src/ui/scenarios.rs writes them (the report's date, saved scenarios): their
// calendar data is a first load of its own (~30 ms on the report page's first render). Only
// the report's first frame has a date, so the page does not wait for this part.
for (const options of [{ dateStyle: 'medium' }, { dateStyle: 'medium', timeStyle: 'short' }]) {
  try {
    new Date(0).toLocaleString(locale, options);
  } catch {
    // As above.
  }
}
close();
