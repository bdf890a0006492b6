// What each part of the wasm costs: reads the function-name section of the release build
// (before wasm-opt strips it) and sums code bytes by crate and module, plus the biggest
// functions and the data segments. Usage: node size-report.mjs path/to/app.wasm
import { readFileSync } from 'node:fs';
import { symbol } from './demangle.mjs';

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

// The crate (and for this crate, the module) whose code a function is: a generic instance counts
// where it is defined (`core::iter::Map::<…, rox closure>::fold` is core's). wasm-bindgen's
// `__wbindgen_describe_*` functions only tell the CLI the types; it removes them.
function part({ name, home }) {
  if (home[0] === 'rox_calculator' && home[1]) return `rox_calculator::${home[1]}`;
  if (home.length) return home[0];
  if (name.startsWith('__wbindgen_describe')) return 'wasm_bindgen type descriptions (removed by wasm-bindgen)';
  // Imports' and exports' shims (`mount_4bb2…` is this crate's `#[wasm_bindgen] fn mount`).
  if (/^__(wbg|wbindgen|externref)|^wasm_bindgen|_[0-9a-f]{16}$/.test(name)) return 'wasm_bindgen (import and export shims)';
  // Float and memory helpers the compiler calls (`round`, `__powidf2`, `memcmp`).
  return 'compiler_builtins and other unnamed';
}

const byPart = new Map();
const fns = bodies.map((len, i) => ({ len, ...symbol(names.get(i + imported) ?? `func${i + imported}`) }));
for (const f of fns) byPart.set(part(f), (byPart.get(part(f)) ?? 0) + f.len);
const code = fns.reduce((a, f) => a + f.len, 0);
const kb = (n) => (n / 1024).toFixed(1).padStart(7) + ' KB';
console.log(`wasm size report (release build before wasm-opt): code ${kb(code)}, data ${kb(data)}`);
console.log('  by crate / module:');
for (const [k, v] of [...byPart].sort((a, b) => b[1] - a[1]).slice(0, 18)) console.log(`  ${kb(v)}  ${k}`);
console.log('  largest functions:');
for (const f of fns.sort((a, b) => b.len - a.len).slice(0, Number(process.env.TOP ?? 10))) console.log(`  ${kb(f.len)}  ${f.name.slice(0, Number(process.env.WIDTH ?? 110))}`);
