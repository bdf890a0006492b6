//! One labelled number input with its unit, one-line help and, when the value is wrong, the
//! message beside it; a low / likely / high triple; and the list of a form's fields. Plain
//! functions writing markup for a held region (`markup::held_region`): a form costs one
//! `innerHTML` when first shown, and later renders patch the nodes in place, so the field being
//! typed in keeps its node, focus and caret.

use super::markup::Markup;
use crate::forms::{FieldSpec, FormView, Unit};
use crate::text::{FieldText, Texts};

/// Shown only if a field has no catalogue entry; a native test keeps that from happening.
const MISSING: FieldText = FieldText { label: "", help: "" };

pub fn unit_text(t: &Texts, unit: Unit) -> &'static str {
    match unit {
        Unit::Money => super::format::currency(),
        Unit::Percent => t.unit_percent,
        Unit::Points => t.unit_points,
        Unit::Count => t.unit_customers,
        Unit::Years => t.unit_years,
        Unit::Months => t.unit_months,
        Unit::Multiple => t.unit_multiple,
        Unit::NpsPoints => t.unit_nps_points,
        Unit::PerYear => t.unit_per_year,
        Unit::People => t.unit_people,
        Unit::Score => "",
    }
}

/// A DOM id from a scope and a key ("case", "levers.spend.risk" → "case-levers-spend-risk").
pub fn dom_id(scope: &str, key: &str) -> String {
    let mut id = String::with_capacity(scope.len() + key.len() + 1);
    id.push_str(scope);
    id.push('-');
    id.extend(key.chars().map(|c| if c == '.' { '-' } else { c }));
    id
}

/// Field `i` of `form`, edits of which go to `target` (a page's or a helper's key, see
/// `dispatch`). In a range, `in_range` gives the label that replaces the catalogue's (Low /
/// Likely / High) and the id of the help text the three inputs share. A scope like "helper/nps" takes texts from "helper" and prefixes ids and
/// test hooks with "nps" (several helpers share field names on one page). Written as markup
/// for a held region (`markup::held_region`), which keeps the input's node while it is typed in.
fn input(m: &mut Markup, t: &Texts, form: &dyn FormView, scope: &str, i: usize, target: &str, in_range: Option<(&'static str, &str)>) {
    let spec = form.specs()[i];
    let (text_scope, id_scope) = scope.split_once('/').unwrap_or((scope, scope));
    let text = t.field_in(text_scope, spec.key).unwrap_or(MISSING);
    let id = dom_id(id_scope, spec.key);
    // Test hooks: `input-<key>` / `error-<key>`, or `input-nps.<key>` for a scoped helper.
    let hook = if text_scope == id_scope { spec.key.to_owned() } else { [id_scope, ".", spec.key].concat() };
    let help_id = [id.as_str(), "-help"].concat();
    let error = form.problem(spec.key).map(|p| t.problem(p));
    let (label, shared_help) = in_range.unzip();
    let mut described = shared_help.unwrap_or(&help_id).to_owned();
    if error.is_some() {
        described.push(' ');
        described.push_str(&id);
        described.push_str("-error");
    }
    let unit = unit_text(t, spec.unit);
    m.raw("<div class=\"field\"><label for=\"").raw(&id).raw("\">").text(label.unwrap_or(text.label)).raw("</label>");
    m.raw("<div class=\"control\"><input id=\"").raw(&id).raw("\" type=\"text\" inputmode=\"decimal\" autocomplete=\"off\" spellcheck=\"false\"");
    m.raw(" data-testid=\"input-").raw(&hook).raw("\"").attr("value", form.text(i));
    m.raw(if error.is_some() { " aria-invalid=\"true\"" } else { " aria-invalid=\"false\"" });
    m.attr("aria-describedby", &described).raw(" data-act=\"edit\" data-arg=\"").raw(target).raw(":").raw(&i.to_string()).raw("\">");
    if !unit.is_empty() {
        m.raw("<span class=\"unit\" aria-hidden=\"true\">").text(unit).raw("</span>");
    }
    m.raw("</div>");
    if shared_help.is_none() {
        m.raw("<p class=\"help\" id=\"").raw(&help_id).raw("\">").text(text.help).raw("</p>");
    }
    if let Some(message) = error {
        m.raw("<p class=\"error\" id=\"").raw(&id).raw("-error\" role=\"alert\" data-testid=\"error-").raw(&hook).raw("\">");
        m.text(message).raw("</p>");
    }
    m.raw("</div>");
}

pub fn number_field(m: &mut Markup, t: &Texts, form: &dyn FormView, scope: &str, i: usize, target: &str) {
    input(m, t, form, scope, i, target, None)
}

/// The fields of `form` that `pick` selects, in order, each a part (`Markup::parts`).
pub fn fields(m: &mut Markup, t: &Texts, form: &dyn FormView, scope: &str, pick: fn(&FieldSpec) -> bool, target: &str) {
    for (i, spec) in form.specs().iter().enumerate() {
        if pick(spec) {
            m.part();
            number_field(m, t, form, scope, i, target);
        }
    }
}

/// A low / likely / high triple starting at field `first`, under one label and help.
pub fn range_field(m: &mut Markup, t: &Texts, form: &dyn FormView, scope: &'static str, first: usize, target: &str) {
    let spec = form.specs()[first];
    let text = t.field_in(scope, spec.key).unwrap_or(MISSING);
    let help_id = [dom_id(scope, crate::text::short_key(spec.key)).as_str(), "-help"].concat();
    m.raw("<fieldset class=\"range\"><legend>").text(text.label).raw(" <span class=\"unit\">(").text(unit_text(t, spec.unit)).raw(")</span></legend>");
    m.raw("<div class=\"range-inputs\">");
    for (k, label) in [t.low, t.likely, t.high].into_iter().enumerate() {
        input(m, t, form, scope, first + k, target, Some((label, &help_id)));
    }
    m.raw("</div><p class=\"help\" id=\"").raw(&help_id).raw("\">").text(text.help).raw("</p></fieldset>");
}
