//! What the property-test files share: their configuration, and a tally showing that a
//! property which only checks `Ok` results actually met some.

use proptest::test_runner::{Config, FileFailurePersistence};
use std::cell::Cell;

/// `cases` per property. A failing case is saved beside the test file
/// (`<file>.proptest-regressions`, committed) and replayed first on every later run; proptest's
/// default would look for a `lib.rs` above `tests/`, find none, and warn before doing the same.
pub fn config(cases: u32) -> Config {
    Config { cases, failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("proptest-regressions"))), ..Config::default() }
}

/// Cases run, and how many of them reached `Ok`.
#[derive(Default)]
pub struct Tally {
    cases: Cell<u32>,
    oks: Cell<u32>,
}

impl Tally {
    pub fn count(&self, ok: bool) {
        self.cases.set(self.cases.get() + 1);
        self.oks.set(self.oks.get() + u32::from(ok));
    }

    /// Fails unless at least a tenth of the cases reached `Ok`: a property that checks only
    /// what `Ok` returns has tested nothing if every case was refused. Strategies are weighted
    /// so that far more than a tenth succeed.
    pub fn assert_reached_ok(&self, property: &str) {
        let (cases, oks) = (self.cases.get(), self.oks.get());
        assert!(oks * 10 >= cases && oks > 0, "{property}: only {oks} of {cases} cases reached Ok");
    }
}
