// What each part of the wasm costs: reads the function-name section of the release build
// (before wasm-opt strips it) and sums code bytes by crate and module, plus the biggest
// functions and the data segments. Usage: node size-report.mjs path/to/app.wasm
import { readFileSync } from 'node:fs';

const bytes = readFileSync(process.argv[2]);
let pos = 8;
const u32 = () => {
  let result = 0, shift = 0, b;
  do { b = bytes[pos++]; result |= (b & 0x7f) << shift; shift += 7; } while (b & 0x80);
  return result >>> 0;
};
const name = () => { const n = u32(); const s = bytes.toString('utf8', pos, pos + n); pos += n; return s; };

let imported = 0;
const bodies = [];
const names = new Map();
let data = 0;
while (pos < bytes.length) {
  const id = bytes[pos++];
  const size = u32();
  const end = pos + size;
  if (id === 2) {
    for (let n = u32(); n > 0; n--) {
      name(); name();
      const kind = bytes[pos++];
      if (kind === 0) { imported++; u32(); }
      else if (kind === 1) { pos++; const f = u32(); u32(); if (f & 1) u32(); }
      else if (kind === 2) { const f = u32(); u32(); if (f & 1) u32(); }
      else if (kind === 3) { pos += 2; }
      else if (kind === 4) { pos++; u32(); }
    }
  } else if (id === 10) {
    for (let n = u32(); n > 0; n--) { const len = u32(); bodies.push(len); pos += len; }
  } else if (id === 11) {
    data += size;
  } else if (id === 0 && name() === 'name') {
    while (pos < end) {
      const sub = bytes[pos++];
      const subSize = u32();
      const subEnd = pos + subSize;
      if (sub === 1) for (let n = u32(); n > 0; n--) { const idx = u32(); names.set(idx, name()); }
      pos = subEnd;
    }
  }
  pos = end;
}

// Legacy Rust mangling (_ZN3foo3bar17h…E) → foo::bar, with $LT$-style escapes undone.
function demangle(sym) {
  if (!sym.startsWith('_ZN')) return sym;
  const parts = [];
  let i = 3;
  while (i < sym.length && sym[i] !== 'E') {
    let n = 0;
    while (/[0-9]/.test(sym[i])) n = n * 10 + Number(sym[i++]);
    if (n === 0) break;
    parts.push(sym.slice(i, i + n));
    i += n;
  }
  if (/^h[0-9a-f]{16}$/.test(parts.at(-1) ?? '')) parts.pop();
  const ESC = { '$LT$': '<', '$GT$': '>', '$RF$': '&', '$BP$': '*', '$C$': ',', '$u20$': ' ', '$u7b$': '{', '$u7d$': '}', '$u5b$': '[', '$u5d$': ']', '$u27$': "'", '$u3b$': ';', '$u2b$': '+', '$u22$': '"' };
  return parts.join('::').replace(/\$[A-Za-z0-9]+\$/g, (e) => ESC[e] ?? e).replace(/\.\./g, '::').replace(/^_/, '');
}

// "rox_calculator::ui::case::…" → "rox_calculator::ui"; generic instances go to the crate
// whose code they run (`<rox_calculator::… as yew::…>` counts for rox_calculator).
function part(fn) {
  const m = fn.match(/([a-z_][a-z0-9_]*)(\[[0-9a-f]+\])?::([a-z_][a-z0-9_]*)/);
  if (!m) return 'other (wasm-bindgen glue, unnamed)';
  return m[1] === 'rox_calculator' ? `rox_calculator::${m[3]}` : m[1];
}

const byPart = new Map();
const fns = bodies.map((len, i) => ({ len, name: demangle(names.get(i + imported) ?? `func${i + imported}`) }));
for (const f of fns) byPart.set(part(f.name), (byPart.get(part(f.name)) ?? 0) + f.len);
const code = fns.reduce((a, f) => a + f.len, 0);
const kb = (n) => (n / 1024).toFixed(1).padStart(7) + ' KB';
console.log(`wasm size report (release build before wasm-opt): code ${kb(code)}, data ${kb(data)}`);
console.log('  by crate / module:');
for (const [k, v] of [...byPart].sort((a, b) => b[1] - a[1]).slice(0, 18)) console.log(`  ${kb(v)}  ${k}`);
console.log('  largest functions:');
for (const f of fns.sort((a, b) => b.len - a.len).slice(0, Number(process.env.TOP ?? 10))) console.log(`  ${kb(f.len)}  ${f.name.slice(0, Number(process.env.WIDTH ?? 110))}`);
