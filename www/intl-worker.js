// Builds the page's first number format off the main thread (see boot.js): the browser loads
// its number data for the process once, and the page's own formats find it loaded. Says when
// it is done, and ends.
try {
  new Intl.NumberFormat(self.name, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(1);
} catch {
  // An unusual locale: the page builds its formats itself.
}
postMessage(0);
close();
