//! The value realisation tab: after the sale, actuals recorded period by period — each lever's
//! benefit in money or its driver, and the costs spent — against the business case's
//! risk-adjusted plan, with what was realised to date, the forecast and the period table (CSV).

use super::context::use_ui;
use super::field::{dom_id, unit_text};
use super::fold::Fold;
use super::panel::Results;
use super::panels::{period_label, realisation_headline, RealisationResults, Unfinished};
use super::state::{Action, Tab};
use super::table::csv_button;
use crate::finance::business_case::{enabled_key, BusinessCaseResult, Lever};
use crate::finance::realisation::{Period, Realisation};
use crate::forms::realisation::{case_of, driver_spec, outcome, planned_driver, Actuals, RealiseChange, COSTS};
use crate::forms::Form;
use crate::text::{fill, Texts};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{ClipboardEvent, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RealisationPageProps {
    pub actuals: Actuals,
    pub case: Form<BusinessCaseResult>,
    /// The address's link holds the actuals (false: too many for a link).
    pub linked: bool,
    pub stage: u8,
    pub role: Option<&'static str>,
}

/// The field's name, test hook and id part of column `c`: a lever's key, or "costs".
fn column_key(c: u8) -> &'static str {
    Lever::ALL.get(usize::from(c)).map_or("costs", |l| l.key())
}

#[derive(Properties, PartialEq)]
struct ActualFieldProps {
    period: u32,
    column: u8,
    label: AttrValue,
    unit: &'static str,
    text: AttrValue,
    /// The period's plan, as it reads.
    help: AttrValue,
    problem: Option<&'static str>,
}

/// One actual: typed, or a column pasted from a spreadsheet (several lines fill the periods
/// after this one).
#[component]
fn ActualField(props: &ActualFieldProps) -> Html {
    let act = use_ui().act;
    let (p, c) = (props.period, props.column);
    let key = column_key(c);
    let id = dom_id("actual", key);
    let (help_id, error_id) = ([id.as_str(), "-help"].concat(), [id.as_str(), "-error"].concat());
    let described = if props.problem.is_some() { [help_id.as_str(), " ", error_id.as_str()].concat() } else { help_id.clone() };
    let oninput = act.reform(move |e: InputEvent| Action::Realise(RealiseChange::Edit(p, c, e.target_unchecked_into::<HtmlInputElement>().value())));
    let onpaste = {
        let act = act.clone();
        Callback::from(move |e: Event| {
            let text = e.dyn_ref::<ClipboardEvent>().and_then(ClipboardEvent::clipboard_data).and_then(|d| d.get_data("text").ok());
            if let Some(text) = text.filter(|t| t.trim_end().contains('\n')) {
                e.prevent_default();
                act.emit(Action::Realise(RealiseChange::Paste(p, c, text)));
            }
        })
    };
    html! {
        <div class="field">
            <label for={id.clone()}>{ props.label.clone() }</label>
            <div class="control">
                <input id={id.clone()} type="text" inputmode="decimal" autocomplete="off" spellcheck="false"
                    data-testid={["actual-", key].concat()} value={props.text.clone()}
                    aria-invalid={if props.problem.is_some() { "true" } else { "false" }} aria-describedby={described} {oninput} {onpaste} />
                if !props.unit.is_empty() {
                    <span class="unit" aria-hidden="true">{ props.unit }</span>
                }
            </div>
            <p class="help" id={help_id}>{ props.help.clone() }</p>
            if let Some(message) = props.problem {
                <p class="error" id={error_id} role="alert" data-testid={["error-actual-", key].concat()}>{ message }</p>
            }
        </div>
    }
}

/// A driver's name: its field's label in the business case ("Retention uplift").
fn driver_name(t: &Texts, key: &str) -> &'static str {
    t.field_in("case", key).map_or("", |f| f.label)
}

/// The plan of column `c` in period `p`, as a field's help reads it.
fn plan_text(ui: &super::context::Ui, r: Option<&Realisation>, p: u32, c: u8, driver: Option<(f64, &'static str)>) -> String {
    let (t, num) = (ui.t, &ui.num);
    let value = match (driver, r.and_then(|r| r.periods.get(p as usize))) {
        (Some((v, unit)), _) => [num.fmt(super::format::Style::Decimal(2), v), " ".into(), unit.into()].concat(),
        (None, Some(row)) if c == COSTS => num.fmt(super::format::Style::Money, row.plan_costs),
        (None, Some(row)) => num.fmt(super::format::Style::Money, row.plan_benefits.get(Lever::ALL[usize::from(c)])),
        (None, None) => return String::new(),
    };
    let plan = fill(t.real_plan_is, &value);
    if c == COSTS {
        [plan.as_str(), " ", t.real_costs_help].concat()
    } else {
        plan
    }
}

/// The period picker: every period of the horizon, those with actuals marked.
fn period_picker(t: &'static Texts, actuals: &Actuals, count: u32, picked: &UseStateHandle<u32>) -> Html {
    let measured = actuals.periods();
    let onchange = {
        let picked = picked.clone();
        Callback::from(move |e: Event| {
            if let Ok(p) = e.target_unchecked_into::<HtmlSelectElement>().value().parse() {
                picked.set(p);
            }
        })
    };
    let options = (0..count).map(|p| {
        let mut name = period_label(t, actuals.period, p, &actuals.start);
        if measured.contains(&p) {
            name = [name.as_str(), " (", t.real_measured, ")"].concat();
        }
        html! { <option key={p} value={p.to_string()} selected={p == **picked}>{ name }</option> }
    });
    html! {
        <div class="field">
            <label for="real-pick">{ t.real_pick }</label>
            <select id="real-pick" data-testid="real-pick" {onchange}>{ for options }</select>
        </div>
    }
}

#[component]
pub fn RealisationPage(props: &RealisationPageProps) -> Html {
    let ui = use_ui();
    let t = ui.t;
    let actuals = &props.actuals;
    let case = use_memo(props.case.clone(), case_of);
    let out = use_memo((actuals.clone(), *case), |(a, c)| outcome(a, c.as_ref()));
    // While a cell is wrong, the last good result stays on screen, dimmed (as a form's does).
    let last = use_mut_ref(|| None::<Rc<Realisation>>);
    if !out.is_stale() {
        *last.borrow_mut() = out.result.clone();
    }
    let shown = if out.is_stale() { last.borrow().clone().or_else(|| out.result.clone()) } else { out.result.clone() };
    let count = out.count.max(1);
    let picked = use_state(|| actuals.periods().last().map_or(0, |p| p + 1));
    let p = (*picked).min(count - 1);
    let on = |l: Lever| props.case.switch(enabled_key(l));
    let planned = (*case).map(|c| Lever::ALL.map(|l| planned_driver(&c, l))).unwrap_or([None; 8]);

    let onstart = ui.act.reform(|e: Event| Action::Realise(RealiseChange::Start(e.target_unchecked_into::<HtmlInputElement>().value())));
    let onperiod = ui.act.reform(|e: Event| {
        let month = e.target_unchecked_into::<HtmlSelectElement>().value() == "month";
        Action::Realise(RealiseChange::Period(if month { Period::Month } else { Period::Quarter }))
    });
    let fields = Lever::ALL.into_iter().filter(|&l| on(l)).map(|l| {
        let c = l.index() as u8;
        let spec = driver_spec(l);
        let driver = actuals.drivers[l.index()].then_some(spec).flatten();
        let title = t.levers[l.index()].title;
        let (label, unit) = match driver {
            Some(s) => ([title, " · ", driver_name(t, s.key)].concat(), unit_text(&ui.num, t, s.unit)),
            None => (title.to_owned(), ui.num.currency()),
        };
        let planned_driver = driver.and_then(|s| planned[l.index()].map(|v| (v, unit_text(&ui.num, t, s.unit))));
        let help = plan_text(&ui, shown.as_deref(), p, c, planned_driver);
        html! {
            <ActualField key={l.key()} period={p} column={c} label={label} unit={unit} text={AttrValue::from(actuals.text(p, c).to_owned())}
                help={help} problem={out.problem(p, c).map(|e| t.problem(e))} />
        }
    });
    let switches = Lever::ALL.into_iter().filter(|&l| on(l)).map(|l| {
        let i = l.index();
        let id = ["driver-", l.key()].concat();
        let onchange = ui.act.reform(move |e: Event| Action::Realise(RealiseChange::Driver(i, e.target_unchecked_into::<HtmlInputElement>().checked())));
        let name = driver_spec(l).map_or("", |s| driver_name(t, s.key));
        html! {
            <div class="switch" key={l.key()}>
                <input type="checkbox" id={id.clone()} data-testid={id.clone()} checked={actuals.drivers[i]} {onchange} />
                <label for={id}>{ [t.levers[i].title, " · ", name].concat() }</label>
            </div>
        }
    });
    let start_error = out.bad_start.then_some(t.real_bad_start);
    let locked = !actuals.is_empty();
    let results = match (&shown, *case) {
        (_, None) => html! { <p class="stale-note" data-testid="real-unfinished">{ t.real_unfinished }</p> },
        (None, Some(_)) => html! { <Unfinished /> },
        (Some(r), Some(_)) => html! {
            <>
                <RealisationResults result={r.clone()} period={actuals.period} start={AttrValue::from(actuals.start.clone())} {planned} full={props.stage >= 1} />
                if r.periods_to_date > 0 {
                    { csv_button(&ui, Tab::Realisation) }
                }
            </>
        },
    };
    let peek = shown.as_ref().filter(|r| r.periods_to_date > 0).map(|r| realisation_headline(t, r)).unwrap_or_default();
    html! {
        <section class="calc" id="panel-realisation" role={props.role} aria-labelledby={props.role.map(|_| "tab-realisation")} data-testid="realisation">
            <form class="inputs" aria-label={t.inputs} onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <h2>{ t.real_title }</h2>
                <p class="intro">{ t.real_intro }</p>
                <p class="help">{ t.real_plan_from }</p>
                <div class="field">
                    <label for="real-start">{ t.real_start }</label>
                    <div class="control">
                        <input id="real-start" type="month" data-testid="real-start" value={actuals.start.clone()} placeholder="2027-01"
                            aria-invalid={if start_error.is_some() { "true" } else { "false" }}
                            aria-describedby={if start_error.is_some() { "real-start-help real-start-error" } else { "real-start-help" }} onchange={onstart} />
                    </div>
                    <p class="help" id="real-start-help">{ t.real_start_help }</p>
                    if let Some(message) = start_error {
                        <p class="error" id="real-start-error" role="alert" data-testid="error-real-start">{ message }</p>
                    }
                </div>
                <div class="field">
                    <label for="real-period">{ t.real_period }</label>
                    <select id="real-period" data-testid="real-period" disabled={locked} aria-describedby={locked.then_some("real-period-help")} onchange={onperiod}>
                        <option value="quarter" selected={actuals.period == Period::Quarter}>{ t.real_quarters }</option>
                        <option value="month" selected={actuals.period == Period::Month}>{ t.real_months }</option>
                    </select>
                    if locked {
                        <p class="help" id="real-period-help">{ t.real_period_locked }</p>
                    }
                </div>
                { period_picker(t, actuals, count, &picked) }
                <fieldset class="actuals">
                    <legend>{ period_label(t, actuals.period, p, &actuals.start) }</legend>
                    { for fields }
                    <ActualField period={p} column={COSTS} label={AttrValue::from(t.real_costs)} unit={ui.num.currency()}
                        text={AttrValue::from(actuals.text(p, COSTS).to_owned())} help={plan_text(&ui, shown.as_deref(), p, COSTS, None)}
                        problem={out.problem(p, COSTS).map(|e| t.problem(e))} />
                    <p class="help">{ t.real_paste_help }</p>
                </fieldset>
                <Fold class="drivers" summary={html! { t.real_by_driver }}>
                    <p class="help">{ t.real_by_driver_help }</p>
                    { for switches }
                </Fold>
                if !out.beyond.is_empty() {
                    <p class="error" role="status" data-testid="real-beyond">{ fill(t.real_beyond, &out.beyond.len().to_string()) }</p>
                }
                if !props.linked && locked {
                    <p class="help" data-testid="real-too-long">{ t.real_too_long }</p>
                }
                <button type="button" class="reset" data-testid="real-clear" disabled={!locked}
                    onclick={ui.on(Action::Realise(RealiseChange::Clear))}>{ t.real_clear }</button>
            </form>
            <Results stale={out.is_stale()} more={props.stage >= 1} convention={t.real_convention} cite={&t.illustrative} {peek}>
                { results }
            </Results>
        </section>
    }
}
