//! One labelled number input with its unit, one-line help and, when the value is wrong, the
//! message beside it; a low / likely / high triple; and the list of a form's fields. Plain
//! functions rather than components: they re-render with their page (a language change
//! included) and cost no component machinery in the wasm.

use super::markup::Markup;
use crate::forms::{FieldSpec, FormView, Unit};
use crate::text::{FieldText, Texts};
use yew::prelude::*;

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
/// `dispatch`). `label` replaces the catalogue label
/// (the Low / Likely / High of a range) and `shared_help` is the id of a help text shared with
/// sibling inputs. A scope like "helper/nps" takes texts from "helper" and prefixes ids and
/// test hooks with "nps" (several helpers share field names on one page).
fn input(t: &Texts, form: &dyn FormView, scope: &str, i: usize, target: &str, label: Option<&'static str>, shared_help: Option<&str>) -> Html {
    let spec = form.specs()[i];
    let (text_scope, id_scope) = scope.split_once('/').unwrap_or((scope, scope));
    let text = t.field_in(text_scope, spec.key).unwrap_or(MISSING);
    let id = dom_id(id_scope, spec.key);
    // Test hooks: `input-<key>` / `error-<key>`, or `input-nps.<key>` for a scoped helper.
    let hook = if text_scope == id_scope { spec.key.to_owned() } else { [id_scope, ".", spec.key].concat() };
    let help_id = [id.as_str(), "-help"].concat();
    let error = form.problem(spec.key).map(|p| t.problem(p));
    let mut described = shared_help.unwrap_or(&help_id).to_owned();
    if error.is_some() {
        described.push(' ');
        described.push_str(&id);
        described.push_str("-error");
    }
    let unit = unit_text(t, spec.unit);
    // Only the input is a Yew node (its value follows the state); the rest is markup.
    let mut before = Markup::default();
    before.raw("<label for=\"").raw(&id).raw("\">").text(label.unwrap_or(text.label)).raw("</label>");
    let mut after = Markup::default();
    if !unit.is_empty() {
        after.raw("<span class=\"unit\" aria-hidden=\"true\">").text(unit).raw("</span>");
    }
    let mut below = Markup::default();
    if shared_help.is_none() {
        below.raw("<p class=\"help\" id=\"").raw(&help_id).raw("\">").text(text.help).raw("</p>");
    }
    if let Some(message) = error {
        below.raw("<p class=\"error\" id=\"").raw(&id).raw("-error\" role=\"alert\" data-testid=\"error-").raw(&hook).raw("\">");
        below.text(message).raw("</p>");
    }
    html! {
        <div class="field" key={spec.key}>
            { before.html() }
            <div class="control">
                <input id={id} type="text" inputmode="decimal" autocomplete="off" spellcheck="false"
                    data-testid={["input-", hook.as_str()].concat()} value={form.text(i).to_owned()}
                    aria-invalid={if error.is_some() { "true" } else { "false" }}
                    aria-describedby={described} data-act="edit" data-arg={[target, ":", &i.to_string()].concat()} />
                { after.html() }
            </div>
            { below.html() }
        </div>
    }
}

pub fn number_field(t: &Texts, form: &dyn FormView, scope: &'static str, i: usize, target: &str) -> Html {
    input(t, form, scope, i, target, None, None)
}

/// The fields of `form` that `pick` selects, in order.
pub fn fields(t: &Texts, form: &dyn FormView, scope: &'static str, pick: fn(&FieldSpec) -> bool, target: &str) -> Html {
    form.specs()
        .iter()
        .enumerate()
        .filter(|(_, spec)| pick(spec))
        .map(|(i, _)| number_field(t, form, scope, i, target))
        .collect()
}

/// A low / likely / high triple starting at field `first`, under one label and help.
pub fn range_field(t: &Texts, form: &dyn FormView, scope: &'static str, first: usize, target: &str) -> Html {
    let spec = form.specs()[first];
    let text = t.field_in(scope, spec.key).unwrap_or(MISSING);
    let help_id = format!("{}-help", dom_id(scope, crate::text::short_key(spec.key)));
    html! {
        <fieldset class="range" key={spec.key}>
            <legend>{ text.label }{ " " }<span class="unit">{ "(" }{ unit_text(t, spec.unit) }{ ")" }</span></legend>
            <div class="range-inputs">
                { for [t.low, t.likely, t.high].into_iter().enumerate().map(|(k, label)| input(t, form, scope, first + k, target, Some(label), Some(&help_id))) }
            </div>
            <p class="help" id={help_id.clone()}>{ text.help }</p>
        </fieldset>
    }
}
