//! One labelled number input with its unit, one-line help and, when the value is wrong, the
//! message beside it; a low / likely / high triple; and the list of a form's fields.

use crate::forms::{FieldSpec, FormView, Unit};
use crate::text::{FieldText, Texts, EN};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Shown only if a field has no catalogue entry; a native test keeps that from happening.
const MISSING: FieldText = FieldText { label: "", help: "" };

#[derive(Properties, PartialEq)]
pub struct FieldProps {
    /// The field's key; ids and test hooks derive from it.
    pub name: &'static str,
    /// The form it belongs to: picks the form's own texts and keeps ids unique. "helper/nps"
    /// takes texts from "helper" and prefixes ids and test hooks with "nps" (several helpers
    /// share field names on one page).
    pub scope: &'static str,
    pub unit: Unit,
    pub value: AttrValue,
    pub error: Option<&'static str>,
    pub oninput: Callback<String>,
    /// Replaces the catalogue label (the Low / Likely / High of a range).
    #[prop_or_default]
    pub label: Option<&'static str>,
    /// Id of a help text shared with sibling inputs; the input shows no help of its own.
    #[prop_or_default]
    pub shared_help: Option<AttrValue>,
}

pub fn unit_text(t: &Texts, unit: Unit) -> &'static str {
    match unit {
        Unit::Money => super::format::CURRENCY,
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

#[component]
pub fn NumberField(props: &FieldProps) -> Html {
    let t = &EN;
    let (text_scope, id_scope) = props.scope.split_once('/').unwrap_or((props.scope, props.scope));
    let text = t.field_in(text_scope, props.name).unwrap_or(&MISSING);
    let id = dom_id(id_scope, props.name);
    // Test hooks: `input-<key>` / `error-<key>`, or `input-nps.<key>` for a scoped helper.
    let hook = if text_scope == id_scope { props.name.to_owned() } else { format!("{id_scope}.{}", props.name) };
    let help_id = format!("{id}-help");
    let error_id = format!("{id}-error");
    let mut described = props.shared_help.as_deref().unwrap_or(&help_id).to_owned();
    if props.error.is_some() {
        described.push(' ');
        described.push_str(&error_id);
    }
    let oninput = props.oninput.reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    let unit = unit_text(t, props.unit);
    html! {
        <div class={classes!("field", props.error.map(|_| "invalid"))}>
            <label for={id.clone()}>{ props.label.unwrap_or(text.label) }</label>
            <div class="control">
                <input
                    id={id}
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    spellcheck="false"
                    data-testid={format!("input-{hook}")}
                    value={props.value.clone()}
                    aria-invalid={if props.error.is_some() { "true" } else { "false" }}
                    aria-describedby={described}
                    {oninput}
                />
                if !unit.is_empty() {
                    <span class="unit" aria-hidden="true">{ unit }</span>
                }
            </div>
            if props.shared_help.is_none() {
                <p class="help" id={help_id}>{ text.help }</p>
            }
            if let Some(message) = props.error {
                <p class="error" id={error_id} role="alert" data-testid={format!("error-{hook}")}>
                    { message }
                </p>
            }
        </div>
    }
}

/// Field `i` of `form` as a `NumberField`; `onedit` receives (index, text).
pub fn number_field(form: &dyn FormView, scope: &'static str, i: usize, onedit: &Callback<(usize, String)>) -> Html {
    let spec = form.specs()[i];
    html! {
        <NumberField
            key={spec.key}
            name={spec.key}
            {scope}
            unit={spec.unit}
            value={AttrValue::from(form.text(i).to_owned())}
            error={form.problem(spec.key).map(|p| EN.problem(p))}
            oninput={onedit.reform(move |text| (i, text))}
        />
    }
}

/// The fields of `form` that `pick` selects, in order.
pub fn fields(form: &dyn FormView, scope: &'static str, pick: fn(&FieldSpec) -> bool, onedit: &Callback<(usize, String)>) -> Html {
    form.specs()
        .iter()
        .enumerate()
        .filter(|(_, spec)| pick(spec))
        .map(|(i, _)| number_field(form, scope, i, onedit))
        .collect()
}

/// A low / likely / high triple starting at field `first`, under one label and help.
pub fn range_field(form: &dyn FormView, scope: &'static str, first: usize, onedit: &Callback<(usize, String)>) -> Html {
    let t = &EN;
    let spec = form.specs()[first];
    let text = t.field_in(scope, spec.key).unwrap_or(&MISSING);
    let help_id = AttrValue::from(format!("{}-help", dom_id(scope, crate::text::short_key(spec.key))));
    let part = |offset: usize, label: &'static str| {
        let i = first + offset;
        let spec = form.specs()[i];
        html! {
            <NumberField
                key={spec.key}
                name={spec.key}
                {scope}
                unit={spec.unit}
                value={AttrValue::from(form.text(i).to_owned())}
                error={form.problem(spec.key).map(|p| EN.problem(p))}
                oninput={onedit.reform(move |text| (i, text))}
                label={Some(label)}
                shared_help={Some(help_id.clone())}
            />
        }
    };
    html! {
        <fieldset class="range">
            <legend>{ text.label }{ " " }<span class="unit">{ "(" }{ unit_text(t, spec.unit) }{ ")" }</span></legend>
            <div class="range-inputs">
                { part(0, t.low) }{ part(1, t.likely) }{ part(2, t.high) }
            </div>
            <p class="help" id={help_id.clone()}>{ text.help }</p>
        </fieldset>
    }
}
