// ROX Calculator — embed snippet for a host page. Put the calculator in an iframe marked
// data-rox-calculator and load this script once:
//
//   <iframe data-rox-calculator src="https://calc.example.com/?embed=payback&lang=nl&theme=dark"
//           title="CX payback calculator" style="width:100%;border:0"></iframe>
//   <script src="https://calc.example.com/embed-snippet.js" defer></script>
//
// It keeps each such iframe exactly as tall as its content, and re-dispatches the calculator's
// events on the iframe element, so the host page can do its own analytics or lead capture:
//
//   frame.addEventListener('rox:result', (e) => console.log(e.detail.npv));
//
// Events: rox:opened {calculator, currency}; rox:result {calculator, currency, …headline
// results}; rox:report {calculator, currency}; rox:resize {height}. The calculator itself never
// sends anything anywhere: these messages go to the page that embeds it, and only there.
(() => {
  addEventListener('message', (event) => {
    const data = event.data;
    if (!data || data.source !== 'rox-calculator' || typeof data.type !== 'string') return;
    for (const frame of document.querySelectorAll('iframe[data-rox-calculator]')) {
      if (frame.contentWindow !== event.source) continue;
      if (data.type === 'rox:resize' && Number.isFinite(data.height) && data.height > 0) {
        frame.style.height = `${Math.ceil(data.height)}px`;
      }
      frame.dispatchEvent(new CustomEvent(data.type, { detail: data }));
    }
  });
})();
