// The size report names what it counts: symbols of both Rust manglings read back to paths, and
// the release build's code attributed to crates, not left as "unnamed".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { symbol } from './demangle.mjs';

test('v0 symbols read back to paths, with the crate and module of the code', () => {
  const cases = [
    ['_RNvNtNtCsaf2u8OgFWAv_14rox_calculator2ui9scenarios14scenarios_page',
      'rox_calculator::ui::scenarios::scenarios_page', 'rox_calculator::ui'],
    ['_RNCNvNtNtCsaf2u8OgFWAv_14rox_calculator2ui4sync5starts1_0B7_',
      'rox_calculator::ui::sync::start::{closure#2}', 'rox_calculator::ui'],
    ['_RNvMs0_NtNtCs7zLdhJvLPr0_3yew11virtual_dom9listenersNtB5_12ListenerKind9type_name',
      '<yew::virtual_dom::listeners::ListenerKind>::type_name', 'yew::virtual_dom'],
    ['_RINvNtCs1234_4core3ptr13drop_in_placeNtNtCsaf2u8OgFWAv_14rox_calculator2ui5StateEB4_',
      'core::ptr::drop_in_place::<rox_calculator::ui::State>', 'core::ptr'],
    // A closure's empty name is "0", then the next field: not the number "00".
    ['_RNCNCNvNtNtCsaf2u8OgFWAv_14rox_calculator2ui6report10cash_flowss1_00B9_',
      'rox_calculator::ui::report::cash_flows::{closure#2}::{closure#0}', 'rox_calculator::ui'],
    // Primitive types, a tuple, a reference and a slice inside generic arguments.
    ['_RINvNtCs1_4core3mem4swapTRShbEE', 'core::mem::swap::<(&[u8], bool)>', 'core::mem'],
  ];
  for (const [sym, name, home] of cases) {
    const got = symbol(sym);
    assert.equal(got.name, name, sym);
    assert.equal(got.home.join('::'), home, sym);
  }
});

test('legacy symbols read back to paths; anything else is kept as it is', () => {
  assert.deepEqual(symbol('_ZN4core3fmt5write17h0123456789abcdefE'), { name: 'core::fmt::write', home: ['core', 'fmt'] });
  assert.deepEqual(symbol('memcmp'), { name: 'memcmp', home: [] });
  // Cut short or malformed: never throws, never loops.
  for (const bad of ['_RNvNtC', '_RB0_', '_RNvB_3foo', '_RIC3fooKbE']) assert.equal(typeof symbol(bad).name, 'string');
});

const WASM = new URL('../../target/wasm/wasm32-unknown-unknown/release/rox_calculator.wasm', import.meta.url);
test('the release build\'s code is attributed to crates', { skip: !existsSync(WASM) && 'no release build (make dist)' }, () => {
  const out = execFileSync(process.execPath, [new URL('./size-report.mjs', import.meta.url).pathname, WASM.pathname], { encoding: 'utf8' });
  const kb = (label) => Number(out.match(new RegExp(`([0-9.]+) KB  ${label}`))?.[1] ?? 0);
  const code = Number(out.match(/code +([0-9.]+) KB/)[1]);
  for (const part of ['rox_calculator::ui', 'rox_calculator::finance', 'yew', 'core']) assert.ok(kb(part) > 0, `${part} in\n${out}`);
  assert.ok(kb('compiler_builtins and other unnamed') < code * 0.02, out);
});
