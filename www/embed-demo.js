// The example host page's own code: log what the embedded calculator reports.
const frame = document.querySelector('iframe[data-rox-calculator]');
const log = document.getElementById('log');
window.roxEvents = [];
for (const type of ['rox:opened', 'rox:result', 'rox:report', 'rox:resize']) {
  frame.addEventListener(type, (event) => {
    window.roxEvents.push(event.detail);
    const item = document.createElement('li');
    item.textContent = `${type} ${JSON.stringify(event.detail)}`;
    log.append(item);
  });
}
