//! One labelled number input with its unit, one-line help and, when the value is wrong, the
//! message beside it; plus the list of a form's fields.

use super::state::{Action, AppState, Tab};
use crate::forms::{Form, Model, Unit};
use crate::text::{FieldText, Texts, EN};

/// Shown only if a field has no catalogue entry; a native test keeps that from happening.
const MISSING: FieldText = FieldText { label: "", help: "" };
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FieldProps {
    /// The field's camelCase key; ids and test hooks derive from it.
    pub name: &'static str,
    /// Prefix that keeps ids unique when two calculators share a key.
    pub scope: &'static str,
    pub unit: Unit,
    pub value: AttrValue,
    pub error: Option<&'static str>,
    pub oninput: Callback<String>,
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

#[component]
pub fn NumberField(props: &FieldProps) -> Html {
    let t = &EN;
    let text = t.field_in(props.scope, props.name).unwrap_or(&MISSING);
    let id = format!("{}-{}", props.scope, props.name);
    let help_id = format!("{id}-help");
    let error_id = format!("{id}-error");
    let described = if props.error.is_some() {
        format!("{help_id} {error_id}")
    } else {
        help_id.clone()
    };
    let oninput = props.oninput.reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    html! {
        <div class={classes!("field", props.error.map(|_| "invalid"))}>
            <label for={id.clone()}>{ text.label }</label>
            <div class="control">
                <input
                    id={id}
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    spellcheck="false"
                    data-testid={format!("input-{}", props.name)}
                    value={props.value.clone()}
                    aria-invalid={if props.error.is_some() { "true" } else { "false" }}
                    aria-describedby={described}
                    {oninput}
                />
                <span class="unit" aria-hidden="true">{ unit_text(t, props.unit) }</span>
            </div>
            <p class="help" id={help_id}>{ text.help }</p>
            if let Some(message) = props.error {
                <p class="error" id={error_id} role="alert" data-testid={format!("error-{}", props.name)}>
                    { message }
                </p>
            }
        </div>
    }
}

/// The fields of `form`, `advanced` ones or the others, wired to `state`.
pub fn fields<M: Model>(
    form: &Form<M>,
    tab: Tab,
    scope: &'static str,
    advanced: bool,
    state: &UseReducerHandle<AppState>,
) -> Html {
    form.fields()
        .iter()
        .enumerate()
        .filter(|(_, spec)| spec.advanced == advanced)
        .map(|(i, spec)| {
            let state = state.clone();
            html! {
                <NumberField
                    key={spec.key}
                    name={spec.key}
                    {scope}
                    unit={spec.unit}
                    value={AttrValue::from(form.text(i).to_owned())}
                    error={form.problem(spec.key).map(|p| EN.problem(p))}
                    oninput={Callback::from(move |text| state.dispatch(Action::Edit(tab, i, text)))}
                />
            }
        })
        .collect()
}
