// Security: the strict CSP is delivered and never violated; nothing leaves the origin; hostile
// addresses cannot inject markup or break the page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { setup } from './support/pages.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

/** Record CSP violations from the first script on. */
async function watchCsp(app) {
  await app.page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

test('the page is served with a strict Content-Security-Policy', async () => {
  const response = await fetch(env.server.origin + '/');
  const csp = response.headers.get('content-security-policy');
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
  assert.match(csp, /connect-src 'self'/);
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|https?:/);
  const html = await response.text();
  assert.match(html, /http-equiv="Content-Security-Policy"/);
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');
});

test('using every page causes no CSP violation and no request elsewhere', async () => {
  const app = await env.page();
  await watchCsp(app);
  await app.goto();
  for (const tab of ['retention', 'payback', 'case', 'metrics', 'sources']) {
    await app.openTab(tab);
    await app.openAllDetails();
  }
  await app.openTab('case');
  await app.page.getByTestId('input-preset').selectOption('banking');
  // The preset is in the address once the page has drawn it and written the address; a
  // violation is reported in a task of its own, so two frames more let any arrive.
  await app.page.waitForFunction(() => location.hash.includes('&bp=banking'));
  await app.allDrawn();
  await app.frames(2);
  assert.deepEqual(await app.page.evaluate(() => window.__csp), []);
  assert.deepEqual(app.requests.filter((u) => !u.startsWith(env.server.origin + '/')), []);
  assert.deepEqual(app.consoleErrors, []);
  await app.close();
});

/** The link checksum (FNV-1a 32, base 36), as src/forms/share.rs computes it. */
function checksum(s) {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(s)) { h ^= b; h = Math.imul(h, 0x01000193) >>> 0; }
  return h.toString(36);
}

/** Text as share.rs `escape` writes it: UTF-8 bytes outside [0-9A-Za-z.+_-] as %XX. */
function esc(text) {
  return [...Buffer.from(text)].map((b) => {
    const c = String.fromCharCode(b);
    return /[0-9A-Za-z.+_-]/.test(c) ? c : '%' + b.toString(16).toUpperCase().padStart(2, '0');
  }).join('');
}

/** A link with a good checksum, so the payload gets past the check into the decoder and the
 * page, instead of being refused whole at the door. */
const sealed = (body) => `#${body}&k=${checksum(body)}`;

/** `body` as the browser hands it to the page: markup typed raw into an address is
 * percent-encoded by the URL parser, and the checksum has to be of that. */
const asSent = (body) => new URL(`http://host/#${body}`).hash.slice(1);

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(1)</script>';
const SVG = '"><svg onload=alert(1)>';
const DAMAGED = /could not be opened/;
const NEWER = /made by a newer version/;
const NEWER_PART = /could not be restored.*parts from a newer version/;

/**
 * Each address: what it opens on (`report`, or a calculator's `results`), the names the report
 * must show as text ([prepared for, prepared by]; "—" when none), input values that prove the
 * link was decoded (or, for a refused one, that the defaults stand), and the notice (a RegExp,
 * or null when none may show).
 */
const CASES = [
  // Not links at all: a page name that is no page, or junk.
  ...[
    '#<img src=x onerror=alert(1)>',
    '#javascript:alert(1)',
    '?q=<script>alert(1)</script>#%3Cscript%3Ealert(1)%3C/script%3E',
    '#' + '9'.repeat(400) + 'e999',
    '#' + encodeURIComponent('{"a":'.repeat(5000)),
    '#' + 'A'.repeat(1_000_000),
  ].map((address) => ({ name: `not a link: ${address.slice(0, 30)}…`, address, shows: 'results', inputs: { customers: '20000' }, notice: null })),

  // Names, shown on the report.
  {
    name: 'markup and script as the prepared-for / by names',
    address: sealed(`v1&t=report&pf=${esc(IMG)}&pb=${esc(SCRIPT)}`),
    shows: 'report', names: [IMG, SCRIPT], notice: null,
  },
  {
    name: 'names that close the attribute and the elements they are written into',
    address: sealed(`v1&t=report&pf=${esc(SVG)}&pb=${esc("'></dd></dl><iframe src=javascript:alert(1)></iframe>")}`),
    shows: 'report', names: [SVG, "'></dd></dl><iframe src=javascript:alert(1)></iframe>"], notice: null,
  },
  {
    // U+0001 once split the page's markup into parts; control characters still go, the rest is
    // trimmed.
    name: 'names with the markup part marker (U+0001), NUL and line breaks',
    address: sealed(`v1&t=report&pf=${esc(`\u0001</dd>${IMG}\u0001\u0000`)}&pb=${esc(`\n ${SCRIPT}\t`)}`),
    shows: 'report', names: [`</dd>${IMG}`, SCRIPT], notice: null,
  },
  {
    // Right-to-left overrides would show "Prepared for" reversed: they go, like control characters.
    name: 'names with bidirectional overrides (U+202E, U+2066…)',
    address: sealed(`v1&t=report&pf=${esc('Acme \u202Egnp.exe\u202C Co')}&pb=${esc('\u2066Bob\u2069\u200F')}`),
    shows: 'report', names: ['Acme gnp.exe Co', 'Bob'], notice: null,
  },
  {
    name: 'deeply nested markup as a name, past the 80-character limit',
    address: sealed(`v1&t=report&pf=${esc('<div>'.repeat(200))}`),
    shows: 'report', names: ['<div>'.repeat(16), '—'], notice: null,
  },
  {
    // Decoded once, as the app decodes: the second layer stays text.
    name: 'percent-encoded markup as a name (encoded twice)',
    address: sealed(`v1&t=report&pf=${esc('%3Cimg src=x onerror=alert(1)%3E')}`),
    shows: 'report', names: ['%3Cimg src=x onerror=alert(1)%3E', '—'], notice: null,
  },
  {
    name: 'raw markup as a name, as the browser percent-encodes it',
    address: sealed(asSent(`v1&t=report&pf=${IMG}&pb=${SCRIPT}`)),
    shows: 'report', names: [IMG, SCRIPT], notice: null,
  },
  {
    name: 'a name that is not UTF-8, with markup after it',
    address: sealed(`v1&t=report&pf=%FF%FE${esc(IMG)}`),
    shows: 'results', inputs: { customers: '20000' }, notice: DAMAGED,
  },

  // The plain parts: page, language, currency, preset.
  {
    name: 'markup as the page, language, currency and preset',
    address: sealed(`v1&t=${esc(IMG)}&l=${esc(SCRIPT)}&c=${esc(SVG)}&bp=${esc('javascript:alert(1)')}&r=1:700`),
    shows: 'results', inputs: { revenuePerCustomer: '700' }, notice: null,
  },

  // Field values: a number or nothing.
  {
    name: 'markup as a retention field’s value',
    address: sealed(`v1&t=retention&r=0:${esc(IMG)},1:700`),
    shows: 'results', inputs: { customers: '10000', revenuePerCustomer: '700' }, notice: /could not be restored.*Customers/,
  },
  {
    name: 'script as a payback field’s value',
    address: sealed(`v1&t=payback&p=0:${esc(SCRIPT)},2:4`),
    shows: 'results', inputs: { upfrontInvestment: '100000', returnPerDollar: '4' }, notice: /could not be restored.*Up-front investment/,
  },
  {
    name: 'markup as a business-case field’s value, opened on the report',
    address: sealed(`v1&t=report&pf=Acme&b=10:${esc(SVG)}`),
    shows: 'report', names: ['Acme', '—'], notice: /could not be restored.*Annual costs/,
  },
  {
    name: 'huge exponents (9…9e999, 9e999) as field values',
    address: sealed(`v1&t=retention&r=0:${'9'.repeat(400)}e999,3:9e999,1:700`),
    shows: 'results', inputs: { customers: '10000', retentionRate: '80', revenuePerCustomer: '700' },
    notice: /could not be restored.*Customers, .*Current retention/,
  },
  {
    // Finite, so restored as typed: whatever the results make of it, never NaN or Infinity.
    name: 'a huge finite number (1e308) as revenue per customer',
    address: sealed('v1&t=retention&r=0:1e308,1:1e308'),
    shows: 'results', inputs: { customers: '1e308', revenuePerCustomer: '1e308' }, notice: null,
  },
  {
    name: 'huge finite numbers (1e300) in the business case, on the report',
    address: sealed('v1&t=report&pf=Acme&b=0:1e300,1:1e300,10:1e300'),
    shows: 'report', names: ['Acme', '—'], notice: null,
  },

  // Structure: garbage, unknown parts, versions, length.
  {
    name: 'deeply nested garbage after a valid prefix',
    address: '#v1&t=retention&r=1:700&' + encodeURIComponent('{"a":'.repeat(500)),
    shows: 'results', inputs: { revenuePerCustomer: '1200' }, notice: DAMAGED,
  },
  {
    name: 'deeply nested garbage in an unknown part of a sealed link',
    address: sealed(`v1&t=retention&r=1:700&zz=${esc('{"a":['.repeat(400))}`),
    shows: 'results', inputs: { revenuePerCustomer: '700' }, notice: NEWER_PART,
  },
  {
    name: 'unknown parts named and valued in markup',
    address: sealed(`v1&t=retention&r=1:700&${esc(IMG)}=1&zz=${esc(SCRIPT)}`),
    shows: 'results', inputs: { revenuePerCustomer: '700' }, notice: NEWER_PART,
  },
  {
    name: 'a part that is not key=value',
    address: sealed(`v1&t=retention&r=1:700&${esc(IMG)}`),
    shows: 'results', inputs: { revenuePerCustomer: '1200' }, notice: DAMAGED,
  },
  {
    name: 'an unknown version (v999) with markup names',
    address: sealed(`v999&t=report&pf=${esc(IMG)}&pb=${esc(SCRIPT)}`),
    shows: 'results', inputs: { customers: '20000' }, notice: NEWER,
  },
  {
    // The version is read before the checksum: a newer link says so whatever its checksum.
    name: 'an unknown version (v999) with raw markup and a checksum that does not match',
    address: `#v999&t=report&pf=${IMG}&k=0`,
    shows: 'results', inputs: { customers: '20000' }, notice: NEWER,
  },
  {
    name: 'version 0',
    address: sealed(`v0&t=report&pf=${esc(IMG)}`),
    shows: 'results', inputs: { customers: '20000' }, notice: DAMAGED,
  },
  {
    name: 'markup edited into a sealed link',
    address: sealed('v1&t=report&pf=Acme').replace('Acme', esc(IMG)),
    shows: 'results', inputs: { customers: '20000' }, notice: DAMAGED,
  },
  {
    name: 'an overlong link (past the 8192-character limit), sealed',
    address: sealed(`v1&t=report&pf=${esc(IMG)}&r=1:700&zz=${'A'.repeat(9000)}`),
    shows: 'results', inputs: { revenuePerCustomer: '1200' }, notice: DAMAGED,
  },
  {
    name: 'a megabyte-long link',
    address: '#v1&t=report&pf=' + esc(IMG).repeat(25_000),
    shows: 'results', inputs: { customers: '20000' }, notice: DAMAGED,
  },
];

/** Attributes that would run script: inline handlers and javascript: URLs. */
const scriptAttributes = (page) => page.evaluate(() => [...document.querySelectorAll('*')].flatMap((el) =>
  [...el.attributes].filter((a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value)).map((a) => `<${el.localName} ${a.name}>`)));

for (const c of CASES) {
  test(`hostile address, ${c.name}: decoded or refused, inert, never blank`, async () => {
    const app = await env.page();
    await watchCsp(app);
    // A real dialog, from any frame, rather than a stub one injected script could go around.
    const dialogs = [];
    app.page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
    await app.page.goto(env.server.origin + '/' + c.address);
    const shown = c.shows === 'report' ? app.page.getByTestId('report') : app.page.locator('.calc > .results');
    // A hang never gets here. The budget is the page's own: from its first script (boot.js's
    // mark) to the last frame. Chromium itself takes seconds over a megabyte address before it
    // even requests the scripts when the machine is busy, and that is not the page's doing.
    await shown.waitFor({ timeout: 15_000 });
    await app.allDrawn();
    const took = await app.page.evaluate(() => performance.now() - performance.getEntriesByName('rox:boot')[0].startTime);
    assert.ok(took < 5000, `ready ${Math.round(took)} ms after the first script`);
    // Anything the page queued for its next frame, and any violation report, has come in.
    await app.frames(2);

    // Decoded (the linked values are on screen) or refused with a notice, never half-applied.
    const notice = app.page.getByTestId('notice');
    if (c.notice) {
      const text = await notice.innerText();
      assert.match(text, c.notice);
      assert.doesNotMatch(text, /<|onerror|alert/, 'a notice never quotes the link');
    } else {
      assert.equal(await notice.count(), 0, 'no notice');
    }
    if (c.names) {
      // A blank name leaves its line out of the report.
      for (const [hook, name] of [['report-for', c.names[0]], ['report-by', c.names[1]]]) {
        if (name === '—') assert.equal(await app.page.getByTestId(hook).count(), 0, `${hook}: no line for a blank name`);
        else assert.equal(await app.page.getByTestId(hook).textContent(), name);
      }
      assert.equal(await app.page.getByTestId('prepared-for').inputValue(), c.names[0] === '—' ? '' : c.names[0]);
      assert.equal(await app.page.getByTestId('prepared-by').inputValue(), c.names[1] === '—' ? '' : c.names[1]);
    } else {
      assert.equal(await app.page.getByTestId('report').count(), 0, 'the report is only for links that ask for it');
    }
    for (const [field, value] of Object.entries(c.inputs ?? {})) {
      assert.equal(await app.input(field).inputValue(), value, field);
    }

    // Inert.
    assert.deepEqual(dialogs, []);
    assert.equal(await app.page.locator('img[src="x"], script:not([src]), iframe, svg[onload]').count(), 0);
    assert.deepEqual(await scriptAttributes(app.page), []);
    assert.deepEqual(app.requests.filter((u) => !u.startsWith(env.server.origin + '/') || /\/x$/.test(u)), []);
    assert.deepEqual(await app.page.evaluate(() => window.__csp), []);
    const body = await app.bodyText();
    assert.doesNotMatch(body, /NaN|Infinity/);
    // Not blank: what was opened is on screen with its numbers.
    assert.ok(await shown.isVisible());
    assert.match(await shown.innerText(), /\d/);
    assert.deepEqual(app.consoleErrors, []);
    await app.close();
  });
}
