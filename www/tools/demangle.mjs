//! Rust symbol names back to paths, for the size report: the v0 scheme (`_R…`, this
//! toolchain's default) and the legacy one (`_ZN…E`). Hashes and crate disambiguators are left
//! out; a name that does not parse is returned as it is.

const BASIC = {
  a: 'i8', b: 'bool', c: 'char', d: 'f64', e: 'str', f: 'f32', h: 'u8', i: 'isize', j: 'usize',
  l: 'i32', m: 'u32', n: 'i128', o: 'u128', s: 'i16', t: 'u16', u: '()', v: '...', x: 'i64',
  y: 'u64', z: '!', p: '_',
};

/** v0 mangling (RFC 2603): `sym` is the text after `_R`. `home` gets the first crate named and
 * the path segment under it: the crate and module whose code this is (for a generic function
 * or a trait impl, where it is defined, not what it is instantiated with). */
function v0(sym, home) {
  let pos = 0;
  let depth = 0;
  const peek = () => sym[pos];
  const eat = (c) => (sym[pos] === c ? (pos++, true) : false);
  const fail = () => { throw new Error('bad symbol'); };
  const deeper = (f) => {
    if (++depth > 200) fail();
    try { return f(); } finally { depth--; }
  };
  // <base-62-number> = {0-9a-zA-Z} "_"; "_" alone is 0, otherwise the digits + 1.
  const base62 = () => {
    if (eat('_')) return 0;
    let n = 0;
    while (!eat('_')) {
      const c = sym[pos++] ?? fail();
      const d = /[0-9]/.test(c) ? c.charCodeAt(0) - 48
        : /[a-z]/.test(c) ? c.charCodeAt(0) - 87
        : /[A-Z]/.test(c) ? c.charCodeAt(0) - 29 : fail();
      n = n * 62 + d;
    }
    return n + 1;
  };
  const disambiguator = () => (eat('s') ? base62() : 0);
  // <decimal-number> = "0" | [1-9]{0-9}: a "0" is followed by the next field, not more digits.
  const decimal = () => {
    const start = pos;
    if (eat('0')) return 0;
    while (/[0-9]/.test(peek() ?? '')) pos++;
    if (pos === start) fail();
    return Number(sym.slice(start, pos));
  };
  const ident = () => {
    const puny = eat('u');
    const n = decimal();
    eat('_');
    const text = sym.slice(pos, pos + n);
    if (text.length < n) fail();
    pos += n;
    return puny ? `{punycode ${text}}` : text;
  };
  // A backref re-reads the symbol from an earlier position, then carries on after itself.
  const backref = (f) => {
    const at = base62();
    if (at >= pos) fail();
    const back = pos;
    pos = at;
    try { return deeper(f); } finally { pos = back; }
  };
  const lifetime = () => { base62(); return "'_"; };
  const constant = () => {
    if (eat('B')) return backref(constant);
    if (eat('p')) return '_';
    const t = sym[pos++] ?? fail();
    let neg = false;
    if (eat('n')) neg = true;
    const start = pos;
    while (!eat('_')) { if (pos >= sym.length) fail(); pos++; }
    const hex = sym.slice(start, pos - 1);
    if (t === 'b') return hex === '1' ? 'true' : 'false';
    if (t === 'c') return `'${String.fromCodePoint(parseInt(hex || '0', 16))}'`;
    return (neg ? '-' : '') + BigInt('0x' + (hex || '0')).toString();
  };
  const genericArg = () => {
    if (peek() === 'L') { pos++; return lifetime(); }
    if (eat('K')) return constant();
    return type();
  };
  const binder = () => { if (eat('G')) base62(); };
  const fnSig = () => {
    binder();
    const unsafe = eat('U');
    let abi = '';
    if (eat('K')) abi = eat('C') ? 'extern "C" ' : `extern "${ident()}" `;
    const args = [];
    while (!eat('E')) args.push(type());
    const ret = type();
    return `${unsafe ? 'unsafe ' : ''}${abi}fn(${args.join(', ')})${ret === '()' ? '' : ' -> ' + ret}`;
  };
  const dynBounds = () => {
    binder();
    const traits = [];
    while (!eat('E')) {
      let t = path();
      const bindings = [];
      while (eat('p')) { const name = ident(); bindings.push(`${name} = ${type()}`); }
      if (bindings.length) t = t.endsWith('>') ? `${t.slice(0, -1)}, ${bindings.join(', ')}>` : `${t}<${bindings.join(', ')}>`;
      traits.push(t);
    }
    return traits.join(' + ');
  };
  const type = () => deeper(() => {
    const c = peek() ?? fail();
    if (BASIC[c]) { pos++; return BASIC[c]; }
    if ('CMXYNI'.includes(c)) return path();
    pos++;
    switch (c) {
      case 'A': { const t = type(); return `[${t}; ${constant()}]`; }
      case 'S': return `[${type()}]`;
      case 'T': { const ts = []; while (!eat('E')) ts.push(type()); return `(${ts.join(', ')}${ts.length === 1 ? ',' : ''})`; }
      case 'R': case 'Q': { if (peek() === 'L') { pos++; lifetime(); } return (c === 'R' ? '&' : '&mut ') + type(); }
      case 'P': return `*const ${type()}`;
      case 'O': return `*mut ${type()}`;
      case 'F': return fnSig();
      case 'D': { const b = dynBounds(); if (eat('L')) base62(); return `dyn ${b}`; }
      case 'B': return backref(type);
      default: return fail();
    }
  });
  const path = () => deeper(() => {
    const c = sym[pos++] ?? fail();
    switch (c) {
      case 'C': { disambiguator(); const name = ident(); if (!home.length) home.push(name); return name; }
      case 'M': { disambiguator(); path(); return `<${type()}>`; }
      case 'X': { disambiguator(); path(); const t = type(); return `<${t} as ${path()}>`; }
      case 'Y': { const t = type(); return `<${t} as ${path()}>`; }
      case 'N': {
        const ns = sym[pos++] ?? fail();
        const parent = path();
        const n = disambiguator();
        const name = ident();
        if (home.length === 1 && parent === home[0] && /[a-z]/.test(ns)) home.push(name);
        if (ns === 'C') return `${parent}::{closure${name ? ':' + name : ''}#${n}}`;
        if (ns === 'S') return `${parent}::{shim${name ? ':' + name : ''}#${n}}`;
        if (/[A-Z]/.test(ns)) return `${parent}::{${ns}${name ? ':' + name : ''}#${n}}`;
        return name ? `${parent}::${name}` : parent;
      }
      case 'I': { const p = path(); const args = []; while (!eat('E')) args.push(genericArg()); return `${p}::<${args.join(', ')}>`; }
      case 'B': return backref(path);
      default: return fail();
    }
  });
  if (/[0-9]/.test(peek() ?? '')) decimal();
  return path();
}

/** Legacy mangling (`_ZN3foo3bar17h…E` → `foo::bar`), with its `$LT$`-style escapes undone. */
function legacy(sym) {
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

/** `{ name, home }`: the readable name, and `[crate, module]` of the code (empty when the
 * symbol is not a Rust name). */
export function symbol(sym) {
  const home = [];
  try {
    // A `.llvm.123` suffix (or similar) is not part of the mangled name.
    if (sym.startsWith('_R')) return { name: v0(sym.slice(2).replace(/\..*$/, ''), home), home };
    if (sym.startsWith('_ZN')) {
      const name = legacy(sym);
      return { name, home: name.replace(/^</, '').split('::').slice(0, 2) };
    }
  } catch {
    // Not a name this reader knows: shown as it is.
  }
  return { name: sym, home: [] };
}

export const demangle = (sym) => symbol(sym).name;
