//! The Scenarios page: save the scenario on screen under a name, open, rename, duplicate or
//! delete saved ones, compare two to four side by side (differing inputs highlighted, results
//! and charts in columns), and move scenarios between browsers as JSON files.

use super::assumptions::{forms, rows};
use super::browser;
use super::case::charts::{extent, ByYearChart};
use super::context::{use_ui, Ui};
use super::effects::Effect;
use super::format::{fmt, Style};
use super::state::{Action, Saved};
use super::table::{TextRow, TextTable};
use crate::forms::scenario::Scenario;
use crate::text::Texts;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// `ms` since 1970 as a date and time in the page's locale.
pub fn date(locale: &str, ms: f64, with_time: bool) -> String {
    let options = browser::object(&[("dateStyle", "medium".into()), ("timeStyle", if with_time { "short".into() } else { wasm_bindgen::JsValue::UNDEFINED })]);
    js_sys::Date::new(&ms.into()).to_locale_string(locale, &options).into()
}

/// Headline results of every calculator, one row each, one column per scenario.
fn results(t: &Texts, list: &[&Saved]) -> Vec<TextRow> {
    let money = |v: f64| fmt(Style::Money, v);
    let pct = |v: Option<f64>| v.map_or_else(|| t.not_available.to_owned(), |v| fmt(Style::Percent, v));
    let months = |v: Option<f64>| v.map_or_else(|| t.never.to_owned(), |v| fmt(Style::Decimal(1), v) + " " + t.months);
    let row = |calc: &str, what: &str, cell: &dyn Fn(&Scenario) -> Option<String>| TextRow {
        label: [calc, " · ", what].concat().into(),
        cells: list.iter().map(|s| cell(&s.scenario).unwrap_or_else(|| t.not_available.to_owned()).into()).collect(),
        highlight: false,
    };
    vec![
        row(t.tab_retention, t.clv_after, &|s| s.retention.result().map(|r| money(r.clv_after))),
        row(t.tab_retention, t.discounted_profit_uplift, &|s| s.retention.result().map(|r| money(r.discounted_profit_uplift))),
        row(t.tab_payback, t.npv, &|s| s.payback.result().map(|r| money(r.summary.npv))),
        row(t.tab_payback, t.roi, &|s| s.payback.result().map(|r| pct(r.summary.roi))),
        row(t.tab_payback, t.payback_months, &|s| s.payback.result().map(|r| months(r.summary.payback_months))),
        row(t.tab_case, t.npv, &|s| s.case.result().map(|r| money(r.risk_adjusted.npv))),
        row(t.tab_case, t.roi, &|s| s.case.result().map(|r| pct(r.risk_adjusted.roi))),
        row(t.tab_case, t.irr, &|s| s.case.result().map(|r| pct(r.risk_adjusted.irr))),
        row(t.tab_case, t.payback_months, &|s| s.case.result().map(|r| months(r.risk_adjusted.payback_months))),
    ]
}

#[derive(Properties, PartialEq)]
pub struct ComparisonProps {
    /// Two to four saved scenarios.
    pub list: Vec<Saved>,
}

/// Saved scenarios side by side.
#[component]
pub fn Comparison(props: &ComparisonProps) -> Html {
    let t = use_ui().t;
    let list: Vec<&Saved> = props.list.iter().collect();
    let mut head: Vec<AttrValue> = vec![t.input.into()];
    head.extend(list.iter().map(|s| AttrValue::from(s.head.name.clone())));
    let scenarios: Vec<&Scenario> = list.iter().map(|s| &s.scenario).collect();
    let differing = Scenario::differing(&scenarios);
    // Every input, differing ones first and highlighted; the rest behind a disclosure.
    let (mut differ, mut same) = (Vec::new(), Vec::new());
    for (k, (scope, title, _)) in forms(t, &list[0].scenario).into_iter().enumerate() {
        let columns: Vec<Vec<(&str, String, String)>> = list.iter().map(|s| rows(t, scope, forms(t, &s.scenario)[k].2)).collect();
        for (r, (key, label, _)) in columns[0].iter().enumerate() {
            let highlight = differing.contains(&(scope, *key));
            let row = TextRow { label: [title, " · ", label].concat().into(), cells: columns.iter().map(|c| c[r].2.clone().into()).collect(), highlight };
            if highlight {
                differ.push(row)
            } else {
                same.push(row)
            }
        }
    }
    let mut results_head = head.clone();
    results_head[0] = t.results.into();
    // One y-scale for every chart, so their bars compare by eye.
    let scale = list.iter().filter_map(|s| s.scenario.case.result()).map(|r| extent(r)).fold((0.0f64, 0.0f64), |a, b| (a.0.min(b.0), a.1.max(b.1)));
    let charts = list.iter().enumerate().filter_map(|(i, s)| {
        let r = s.scenario.case.result()?;
        Some(html! {
            <figure key={s.key.clone()} class="compare-chart">
                <figcaption>{ s.head.name.clone() }</figcaption>
                <ByYearChart result={r.clone()} id={format!("compare-chart-{i}")} hook="chart-compare" scale={Some(scale)} />
            </figure>
        })
    });
    html! {
        <section class="comparison" data-testid="comparison" aria-labelledby="compare-title">
            <h3 id="compare-title">{ t.compare_title }</h3>
            <TextTable caption={t.results} hook="compare-results" head={results_head} rows={results(t, &list)} />
            if differ.is_empty() {
                <p>{ t.no_differences }</p>
            } else {
                <TextTable caption={t.inputs_that_differ} hook="compare-differ" head={head.clone()} rows={differ} marker={t.differs} />
            }
            <details>
                <summary>{ t.inputs_the_same }{ " (" }{ same.len() }{ ")" }</summary>
                <TextTable caption={t.inputs_the_same} hook="compare-same" {head} rows={same} />
            </details>
            <h4>{ t.by_year_title }</h4>
            <div class="compare-charts">{ for charts }</div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct SavedItemProps {
    pub saved: Saved,
    /// Its place in the list, for ids.
    pub index: usize,
    pub picked: bool,
    /// Four are picked already, not this one.
    pub full: bool,
    pub renaming: bool,
    pub deleting: bool,
    pub locale: AttrValue,
}

/// One saved scenario in the list: name and date, open / rename / duplicate / delete (asked
/// once more, in place), and a switch to include it in the comparison.
#[component]
pub fn SavedItem(props: &SavedItemProps) -> Html {
    let ctl = use_ui();
    let t = ctl.t;
    let key = props.saved.key.clone();
    let name = props.saved.head.name.clone();
    let n = props.index;
    let rename_input = use_node_ref();
    let confirm = use_node_ref();
    // A form that opens in place takes the focus, so keyboard and screen reader users keep
    // their place.
    {
        let (rename_input, confirm) = (rename_input.clone(), confirm.clone());
        use_effect_with((props.renaming, props.deleting), move |_| {
            for node in [rename_input, confirm] {
                if let Some(el) = node.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }
    let onsubmit = {
        let (run, input) = (ctl.run.clone(), rename_input.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(input) = input.cast::<HtmlInputElement>() {
                run.emit(Effect::Rename(input.value()));
            }
        })
    };
    let button = |hook: &'static str, label: &'static str, onclick: Callback<MouseEvent>| {
        html! { <button type="button" class="tool" data-testid={(!hook.is_empty()).then_some(hook)} {onclick}>{ label }</button> }
    };
    html! {
        <li class="saved" data-testid="saved-item">
            <div class="saved-head">
                <input type="checkbox" id={format!("compare-{n}")} data-testid="compare-pick" checked={props.picked} disabled={props.full}
                    aria-describedby={format!("saved-{n}-name")} onchange={ctl.on(Action::ToggleCompare(key.clone()))} />
                <label for={format!("compare-{n}")}>{ t.compare }</label>
                <span class="saved-name" id={format!("saved-{n}-name")}>
                    <strong>{ name.clone() }</strong>{ " · " }{ date(&props.locale, props.saved.head.saved_at as f64, true) }
                </span>
            </div>
            if props.renaming {
                <form class="rename" {onsubmit}>
                    <label for="rename-input">{ t.new_name }</label>
                    <input ref={rename_input} id="rename-input" type="text" maxlength="80" data-testid="rename-input" value={name.clone()} />
                    <button type="submit" class="tool">{ t.save }</button>
                    { button("", t.cancel, ctl.on(Action::StartRename(None))) }
                </form>
            }
            <div class="saved-actions">
                if props.deleting {
                    <span role="status">{ crate::text::fill(t.confirm_delete, &name) }</span>
                    <button ref={confirm} type="button" class="tool" data-testid="confirm-delete" onclick={ctl.on_effect(Effect::Delete(key.clone()))}>{ t.delete }</button>
                    { button("", t.cancel, ctl.on(Action::AskDelete(None))) }
                } else {
                    { button("open-saved", t.open, ctl.on(Action::OpenSaved(key.clone()))) }
                    { button("rename-saved", t.rename, ctl.on(Action::StartRename(Some(key.clone())))) }
                    { button("duplicate-saved", t.duplicate, ctl.on_effect(Effect::Duplicate(key.clone()))) }
                    { button("delete-saved", t.delete, ctl.on(Action::AskDelete(Some(key.clone())))) }
                }
            </div>
        </li>
    }
}

/// Download the scenario on screen, or open one from a file.
fn files(ctl: &Ui) -> Html {
    let t = ctl.t;
    let onchange = ctl.run.reform(|e: Event| Effect::Import(e.target_unchecked_into::<HtmlInputElement>()));
    html! {
        <>
            <h3>{ t.files }</h3>
            <div class="files">
                <button type="button" class="tool" data-testid="export-json" onclick={ctl.on_effect(Effect::ExportJson)}>{ t.download_json }</button>
                <input id="import-json" class="visually-hidden" type="file" accept=".json,application/json" data-testid="import-json"
                    aria-describedby="import-help" {onchange} />
                <label class="tool file-pick" for="import-json">{ t.import_json }</label>
            </div>
            <p class="help" id="import-help">{ t.import_help }</p>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct ScenariosPageProps {
    pub saved: Rc<Vec<Saved>>,
    /// Storage keys of the scenarios picked for comparison.
    pub compare: Vec<String>,
    pub renaming: Option<String>,
    pub deleting: Option<String>,
    pub draft_name: AttrValue,
    pub role: Option<&'static str>,
}

#[component]
pub fn ScenariosPage(props: &ScenariosPageProps) -> Html {
    let ui = use_ui();
    let ctl = &ui;
    let t = ui.t;
    let locale: AttrValue = ui.locale.to_string().into();
    let onsubmit = {
        let run = ctl.run.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            run.emit(Effect::Save);
        })
    };
    let oninput = ctl.act.reform(|e: InputEvent| Action::SetDraftName(e.target_unchecked_into::<HtmlInputElement>().value()));
    let items = props.saved.iter().enumerate().map(|(index, s)| {
        let picked = props.compare.contains(&s.key);
        html! {
            <SavedItem key={s.key.clone()} saved={s.clone()} {index} {picked} full={props.compare.len() >= 4 && !picked}
                renaming={props.renaming.as_ref() == Some(&s.key)} deleting={props.deleting.as_ref() == Some(&s.key)} locale={locale.clone()} />
        }
    });
    let picked: Vec<Saved> = props.compare.iter().filter_map(|k| props.saved.iter().find(|s| &s.key == k).cloned()).collect();
    html! {
        <section class="scenarios" id="panel-scenarios" role={props.role} aria-labelledby={props.role.map(|_| "tab-scenarios")}>
            <h2>{ t.scenarios_title }</h2>
            <p class="intro">{ t.scenarios_intro }</p>
            <form class="save-form" {onsubmit}>
                <div class="field">
                    <label for="scenario-name">{ t.scenario_name }</label>
                    <div class="control">
                        <input id="scenario-name" type="text" maxlength="80" autocomplete="off" value={props.draft_name.clone()}
                            data-testid="scenario-name" aria-describedby="scenario-name-help" {oninput} />
                        <button type="submit" class="tool" data-testid="save-scenario">{ t.save }</button>
                    </div>
                    <p class="help" id="scenario-name-help">{ t.scenario_name_help }</p>
                </div>
            </form>
            if props.saved.is_empty() {
                <p data-testid="saved-empty">{ t.saved_empty }</p>
            } else {
                <ul class="saved-list" data-testid="saved-list">{ for items }</ul>
            }
            if picked.len() >= 2 {
                <Comparison list={picked} />
            } else {
                <p class="help">{ t.compare_hint }</p>
            }
            { files(ctl) }
        </section>
    }
}
