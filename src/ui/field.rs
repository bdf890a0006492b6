//! Form controls: one labelled number input with its unit, one-line help and, when the value is
//! wrong, the message beside it; a low / likely / high triple under one label; a switch; a
//! labelled select. Each takes what it shows as props, so a keystroke renders the field typed
//! in and no other.

use super::context::use_ui;
use super::format::Numbers;
use super::state::{Action, FormId};
use crate::finance::business_case::Lever;
use crate::finance::Problem;
use crate::forms::scenario::PER_MONTH;
use crate::forms::{FieldSpec, FormView, Unit};
use crate::text::{short_key, FieldText, Texts};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Shown only if a field has no catalogue entry; a native test keeps that from happening.
const MISSING: FieldText = FieldText { label: "", help: "" };

pub fn unit_text(num: &Numbers, t: &Texts, unit: Unit) -> &'static str {
    match unit {
        Unit::Money => num.currency(),
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

/// Where a form's fields send what happens to them: text typed into field `usize`, a switch
/// flipped. Made once per form (`use_form_events`), so a keystroke renders only the field typed
/// in.
#[derive(Clone, PartialEq)]
pub struct FormEvents {
    pub onedit: Callback<(usize, String)>,
    pub ontoggle: Callback<&'static str>,
}

/// The events of form `id`, as actions of the app.
#[hook]
pub fn use_form_events(id: FormId) -> FormEvents {
    let act = use_ui().act;
    (*use_memo(id, move |&id| FormEvents {
        onedit: act.reform(move |(i, text)| Action::Edit(id, i, text)),
        ontoggle: act.reform(move |key| Action::Toggle(id, key)),
    }))
    .clone()
}

#[derive(Properties, PartialEq, Clone)]
pub struct NumberFieldProps {
    /// Text typed into the field, with its place in the form.
    pub onedit: Callback<(usize, String)>,
    /// The field's place in its form.
    pub index: usize,
    pub spec: FieldSpec,
    /// Where texts and ids come from: "case", or "helper/nps" (texts of "helper", ids and test
    /// hooks prefixed with "nps": several helpers share field names on one page).
    pub scope: &'static str,
    /// What is typed.
    pub text: AttrValue,
    pub problem: Option<Problem>,
    /// In a low / likely / high triple: the label that replaces the catalogue's, and the id of
    /// the help the three share.
    #[prop_or_default]
    pub range: Option<(&'static str, AttrValue)>,
    /// A line under the help about where the value comes from (a cost that follows revenue or
    /// was typed).
    #[prop_or_default]
    pub basis: Option<AttrValue>,
}

#[component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    let ui = use_ui();
    let t = ui.t;
    let num = &ui.num;
    let spec = props.spec;
    let (text_scope, id_scope) = props.scope.split_once('/').unwrap_or((props.scope, props.scope));
    let text = t.field_in(text_scope, spec.key).unwrap_or(MISSING);
    let id = dom_id(id_scope, spec.key);
    // Test hooks: `input-<key>` / `error-<key>`, or `input-nps.<key>` for a scoped helper.
    let hook = if text_scope == id_scope { spec.key.to_owned() } else { [id_scope, ".", spec.key].concat() };
    let help_id = [id.as_str(), "-help"].concat();
    let error_id = [id.as_str(), "-error"].concat();
    let error = props.problem.map(|p| t.problem(p));
    let (label, shared_help) = match &props.range {
        Some((label, help)) => (*label, Some(help.clone())),
        None => (text.label, None),
    };
    let mut described = shared_help.as_ref().map_or_else(|| help_id.clone(), |h| h.to_string());
    let basis_id = [id.as_str(), "-basis"].concat();
    if props.basis.is_some() {
        described.push(' ');
        described.push_str(&basis_id);
    }
    if error.is_some() {
        described.push(' ');
        described.push_str(&error_id);
    }
    let unit = unit_text(num, t, spec.unit);
    let index = props.index;
    let oninput = props.onedit.reform(move |e: InputEvent| (index, e.target_unchecked_into::<HtmlInputElement>().value()));
    html! {
        <div class="field">
            <label for={id.clone()}>{ label }</label>
            <div class="control">
                <input id={id.clone()} type="text" inputmode="decimal" autocomplete="off" spellcheck="false"
                    data-testid={["input-", hook.as_str()].concat()} value={props.text.clone()}
                    aria-invalid={if error.is_some() { "true" } else { "false" }} aria-describedby={described} {oninput} />
                if !unit.is_empty() {
                    <span class="unit" aria-hidden="true">{ unit }</span>
                }
            </div>
            if shared_help.is_none() {
                <p class="help" id={help_id}>{ text.help }</p>
            }
            if let Some(basis) = props.basis.clone() {
                <p class="help basis" id={basis_id} data-testid={["basis-", hook.as_str()].concat()}>{ basis }</p>
            }
            if let Some(message) = error {
                <p class="error" id={error_id} role="alert" data-testid={["error-", hook.as_str()].concat()}>{ message }</p>
            }
        </div>
    }
}

/// The props of field `i` of `form`, whose events go to `events`.
pub fn field_props(form: &dyn FormView, events: &FormEvents, scope: &'static str, i: usize) -> NumberFieldProps {
    let spec = form.specs()[i];
    NumberFieldProps {
        onedit: events.onedit.clone(),
        index: i,
        spec,
        scope,
        text: form.text(i).to_owned().into(),
        problem: form.problem(spec.key),
        range: None,
        basis: None,
    }
}

/// The fields of `form` that `pick` selects, in order.
pub fn fields(form: &dyn FormView, events: &FormEvents, scope: &'static str, pick: impl Fn(&FieldSpec) -> bool) -> Html {
    form.specs()
        .iter()
        .enumerate()
        .filter(|(_, spec)| pick(spec))
        .map(|(i, spec)| html! { <NumberField key={spec.key} ..field_props(form, events, scope, i) /> })
        .collect()
}

#[derive(Properties, PartialEq)]
pub struct RangeFieldProps {
    /// Its three fields: low, likely, high.
    pub fields: [NumberFieldProps; 3],
}

/// A low / likely / high triple under one label and help.
#[component]
pub fn RangeField(props: &RangeFieldProps) -> Html {
    let ui = use_ui();
    let t = ui.t;
    let num = &ui.num;
    let first = &props.fields[0];
    let text = t.field_in(first.scope, first.spec.key).unwrap_or(MISSING);
    let help_id: AttrValue = [dom_id(first.scope, crate::text::short_key(first.spec.key)).as_str(), "-help"].concat().into();
    let inputs = props.fields.iter().zip([t.low, t.likely, t.high]).map(|(field, label)| {
        html! { <NumberField key={field.spec.key} range={Some((label, help_id.clone()))} ..field.clone() /> }
    });
    html! {
        <fieldset class="range">
            <legend>{ text.label }{ " " }<span class="unit">{ "(" }{ unit_text(num, t, first.spec.unit) }{ ")" }</span></legend>
            <div class="range-inputs">{ for inputs }</div>
            <p class="help" id={help_id}>{ text.help }</p>
        </fieldset>
    }
}

/// The low / likely / high triple of `form` starting at field `first`.
pub fn range_field(form: &dyn FormView, events: &FormEvents, scope: &'static str, first: usize) -> Html {
    let fields = [0, 1, 2].map(|k| field_props(form, events, scope, first + k));
    html! { <RangeField key={form.specs()[first].key} {fields} /> }
}

#[derive(Properties, PartialEq)]
pub struct SwitchProps {
    /// The switch's key in its form, sent by `ontoggle` when it flips.
    pub name: &'static str,
    pub ontoggle: Callback<&'static str>,
    pub on: bool,
    pub id: AttrValue,
    pub hook: AttrValue,
    pub label: &'static str,
    /// The id of the text that describes it.
    pub described: AttrValue,
    /// Help under the label, if the switch has its own.
    #[prop_or_default]
    pub help: Option<&'static str>,
}

/// A checkbox that flips switch `name` of a form.
#[component]
pub fn Switch(props: &SwitchProps) -> Html {
    let name = props.name;
    let onchange = props.ontoggle.reform(move |_: Event| name);
    html! {
        <div class="switch">
            <input type="checkbox" id={props.id.clone()} data-testid={props.hook.clone()} checked={props.on}
                aria-describedby={props.described.clone()} {onchange} />
            <label for={props.id.clone()}>{ props.label }</label>
            if let Some(help) = props.help {
                <p class="help" id={props.described.clone()}>{ help }</p>
            }
        </div>
    }
}

/// The company facts as a page shows them (`scenario::FACTS`, shared by the retention page and
/// the business case): customers and revenue, whether revenue is per month, then the rest
/// `pick` takes.
pub fn company_fields(t: &Texts, form: &dyn FormView, events: &FormEvents, scope: &'static str, pick: impl Fn(&FieldSpec) -> bool) -> Html {
    let per_month = t.field(PER_MONTH).unwrap_or(FieldText { label: "", help: "" });
    let on = form.switch_specs().iter().position(|s| s.0 == PER_MONTH).is_some_and(|j| form.switch_states()[j]);
    let first = |f: &FieldSpec| matches!(f.key, "customers" | "revenuePerCustomer");
    html! {
        <>
            { fields(form, events, scope, first) }
            <Switch name={PER_MONTH} ontoggle={events.ontoggle.clone()} {on} id={[scope, "-", PER_MONTH].concat()} hook={["input-", PER_MONTH].concat()}
                label={per_month.label} described={[scope, "-", PER_MONTH, "-help"].concat()} help={per_month.help} />
            { fields(form, events, scope, |f| !first(f) && pick(f)) }
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct SelectProps {
    pub id: &'static str,
    /// Test hook (the id, when not given).
    #[prop_or_default]
    pub hook: Option<&'static str>,
    pub label: &'static str,
    /// (value, name) of each option.
    pub options: Vec<(&'static str, &'static str)>,
    pub selected: &'static str,
    #[prop_or_default]
    pub described: Option<&'static str>,
    #[prop_or_default]
    pub inline: bool,
    pub onchange: Callback<String>,
}

/// A labelled select showing `selected`, sending the value picked.
#[component]
pub fn Select(props: &SelectProps) -> Html {
    let node = use_node_ref();
    // What the state says wins over what a pick left behind (a reset, a link, undo).
    {
        let node = node.clone();
        use_effect_with(props.selected, move |selected| {
            if let Some(select) = node.cast::<HtmlSelectElement>() {
                if select.value() != *selected {
                    select.set_value(selected);
                }
            }
        });
    }
    let onchange = props.onchange.reform(|e: Event| e.target_unchecked_into::<HtmlSelectElement>().value());
    let options = props.options.iter().map(|&(value, name)| {
        html! { <option key={value} {value} selected={value == props.selected}>{ name }</option> }
    });
    html! {
        <>
            <label class={if props.inline { "inline" } else { "" }} for={props.id}>{ props.label }</label>
            <select ref={node} id={props.id} data-testid={props.hook.unwrap_or(props.id)} aria-describedby={props.described} {onchange}>
                { for options }
            </select>
        </>
    }
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
