//! Every input of a scenario with its label and value as typed — what the report lists as
//! assumptions and what a comparison lines up side by side.

pub use super::super::field::{label, lever_of};
use super::super::format::{Numbers, Style};
use crate::finance::input::parse_in;
use crate::forms::scenario::Scenario;
use crate::forms::{FormView, Unit};
use crate::text::Texts;

/// The three calculators of a scenario: (form scope, page title, form).
pub fn forms<'a>(t: &Texts, s: &'a Scenario) -> [(&'static str, &'static str, &'a dyn FormView); 3] {
    [("retention", t.tab_retention, &s.retention), ("payback", t.tab_payback, &s.payback), ("case", t.tab_case, &s.case)]
}

/// Field `i` as a person reads a figure (grouped digits, the currency's sign, its unit) or, when
/// it is not a number yet, as typed.
pub fn value(num: &Numbers, t: &Texts, form: &dyn FormView, i: usize) -> String {
    let unit = form.specs()[i].unit;
    let text = form.text(i);
    let number = parse_in(text, form.notation()).ok();
    let mut v = match (number, unit) {
        (Some(n), Unit::Money) => return num.fmt(Style::Amount, n),
        // Through Intl like every other percentage, not a number and a "%" of our own.
        (Some(n), Unit::Percent) => return num.fmt(Style::PercentTyped, n / 100.0),
        (Some(n), _) => num.fmt(Style::Decimal(4), n),
        (None, _) => text.to_owned(),
    };
    let unit = super::super::field::unit_text(num, t, unit);
    if !unit.is_empty() {
        // A number and its unit stay on one line.
        v.push('\u{a0}');
        v.push_str(unit);
    }
    v
}

/// A percentage typed in the language's notation ("12,5") as every percentage is shown (Intl:
/// "12,5%"), or the text as typed while it is not a number.
pub fn percent_typed(num: &Numbers, text: &str, notation: crate::finance::input::Notation) -> String {
    parse_in(text, notation).map_or_else(|_| text.to_owned(), |n| num.fmt(Style::PercentTyped, n / 100.0))
}

/// Switch `j` as yes / no.
pub fn switch_value(t: &Texts, form: &dyn FormView, j: usize) -> String {
    (if form.switch_states()[j] { t.yes } else { t.no }).to_owned()
}

/// (key, label, value) of every input of `form`, fields then switches.
pub fn rows(num: &Numbers, t: &Texts, scope: &str, form: &dyn FormView) -> Vec<(&'static str, String, String)> {
    let mut out: Vec<_> = form.specs().iter().enumerate().map(|(i, f)| (f.key, label(t, scope, f.key), value(num, t, form, i))).collect();
    out.extend(form.switch_specs().iter().enumerate().map(|(j, &(k, _))| (k, label(t, scope, k), switch_value(t, form, j))));
    out
}
