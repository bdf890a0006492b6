//! Every input of a scenario with its label and value as typed — what the report lists as
//! assumptions and what a comparison lines up side by side.

use super::super::format::{fmt, Style};
use crate::finance::business_case::Lever;
use crate::finance::input::parse_in;
use crate::forms::scenario::Scenario;
use crate::forms::{FormView, Unit};
use crate::text::{short_key, Texts};

/// The three calculators of a scenario: (form scope, page title, form).
pub fn forms<'a>(t: &Texts, s: &'a Scenario) -> [(&'static str, &'static str, &'a dyn FormView); 3] {
    [("retention", t.tab_retention, &s.retention), ("payback", t.tab_payback, &s.payback), ("case", t.tab_case, &s.case)]
}

/// The lever a business-case key belongs to (`levers.spend.risk` → Spend).
pub fn lever_of(key: &str) -> Option<Lever> {
    let name = key.strip_prefix("levers.")?.split('.').next()?;
    Lever::ALL.into_iter().find(|l| l.key() == name)
}

/// A person's name for input `key` of form `scope`: "Spend · Spend uplift (Low)".
pub fn label(t: &Texts, scope: &str, key: &str) -> String {
    let mut s = String::new();
    if let Some(lever) = lever_of(key) {
        s.push_str(t.levers[lever as usize].title);
        s.push_str(" · ");
    }
    if key.ends_with(".enabled") {
        s.push_str(t.lever_on);
        return s;
    }
    s.push_str(t.field_in(scope, key).map_or(short_key(key), |f| f.label));
    for (suffix, name) in [(".low", t.low), (".likely", t.likely), (".high", t.high)] {
        if key.ends_with(suffix) {
            s.push_str(" (");
            s.push_str(name);
            s.push(')');
        }
    }
    s
}

/// Field `i` as a person reads a figure (grouped digits, the currency's sign, its unit) or, when
/// it is not a number yet, as typed.
pub fn value(t: &Texts, form: &dyn FormView, i: usize) -> String {
    let unit = form.specs()[i].unit;
    let text = form.text(i);
    let number = parse_in(text, form.notation()).ok();
    let mut v = match (number, unit) {
        (Some(n), Unit::Money) => return fmt(Style::Amount, n),
        (Some(n), _) => fmt(Style::Decimal(4), n),
        (None, _) => text.to_owned(),
    };
    let unit = super::super::field::unit_text(t, unit);
    if !unit.is_empty() {
        // A number and its unit stay on one line.
        v.push('\u{a0}');
        v.push_str(unit);
    }
    v
}

/// Switch `j` as yes / no.
pub fn switch_value(t: &Texts, form: &dyn FormView, j: usize) -> String {
    (if form.switch_states()[j] { t.yes } else { t.no }).to_owned()
}

/// (key, label, value) of every input of `form`, fields then switches.
pub fn rows(t: &Texts, scope: &str, form: &dyn FormView) -> Vec<(&'static str, String, String)> {
    let mut out: Vec<_> = form.specs().iter().enumerate().map(|(i, f)| (f.key, label(t, scope, f.key), value(t, form, i))).collect();
    out.extend(form.switch_specs().iter().enumerate().map(|(j, &(k, _))| (k, label(t, scope, k), switch_value(t, form, j))));
    out
}
