//! The Scenarios page: save the scenario on screen under a name, open, rename, duplicate or
//! delete saved ones, compare two to four side by side (differing inputs highlighted, results
//! and charts in columns), and move scenarios between browsers as JSON files.

use super::assumptions::{forms, rows};
use super::browser;
use super::case::charts;
use super::format::{fmt, Style};
use super::dispatch::{send, send_value, State};
use super::state::{Action, AppState, Saved};
use super::storage;
use super::table::text_table;
use crate::forms::json::MAX_BYTES;
use crate::forms::scenario::Scenario;
use crate::text::Texts;
use yew::prelude::*;

/// `ms` since 1970 as a date and time in the page's locale.
pub fn date(locale: &str, ms: f64, with_time: bool) -> String {
    let options = browser::object(&[
        ("dateStyle", "medium".into()),
        ("timeStyle", if with_time { "short".into() } else { wasm_bindgen::JsValue::UNDEFINED }),
    ]);
    js_sys::Date::new(&ms.into()).to_locale_string(locale, &options).into()
}

/// Headline results of every calculator, one row each, one column per scenario.
fn results(t: &Texts, list: &[&Saved]) -> Vec<(String, Vec<String>, bool)> {
    let money = |v: f64| fmt(Style::Money, v);
    let pct = |v: Option<f64>| v.map_or_else(|| t.not_available.to_owned(), |v| fmt(Style::Percent, v));
    let months = |v: Option<f64>| v.map_or_else(|| t.never.to_owned(), |v| fmt(Style::Decimal(1), v) + " " + t.months);
    let row = |calc: &str, what: &str, cell: &dyn Fn(&Scenario) -> Option<String>| {
        let cells = list.iter().map(|s| cell(&s.scenario).unwrap_or_else(|| t.not_available.to_owned())).collect();
        ([calc, " · ", what].concat(), cells, false)
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

/// Two to four saved scenarios side by side.
fn comparison(t: &'static Texts, list: &[&Saved]) -> Html {
    let mut head: Vec<&str> = vec![t.input];
    head.extend(list.iter().map(|s| s.head.name.as_str()));
    let scenarios: Vec<&Scenario> = list.iter().map(|s| &s.scenario).collect();
    let differing = Scenario::differing(&scenarios);
    // Every input, differing ones first and highlighted; the rest behind a disclosure.
    let (mut differ, mut same) = (Vec::new(), Vec::new());
    for (k, (scope, title, _)) in forms(t, &list[0].scenario).into_iter().enumerate() {
        let columns: Vec<Vec<(&str, String, String)>> = list.iter().map(|s| rows(t, scope, forms(t, &s.scenario)[k].2)).collect();
        for (r, (key, label, _)) in columns[0].iter().enumerate() {
            let cells = columns.iter().map(|c| c[r].2.clone()).collect();
            let label = [title, " · ", label].concat();
            if differing.contains(&(scope, *key)) {
                differ.push((label, cells, true));
            } else {
                same.push((label, cells, false));
            }
        }
    }
    let charts = list.iter().enumerate().filter_map(|(i, s)| {
        let r = s.scenario.case.result()?;
        Some(html! {
            <figure class="compare-chart">
                <figcaption>{ &s.head.name }</figcaption>
                { charts::by_year_with_id(t, r, &format!("compare-chart-{i}"), "chart-compare") }
            </figure>
        })
    });
    html! {
        <section class="comparison" data-testid="comparison" aria-labelledby="compare-title">
            <h3 id="compare-title">{ t.compare_title }</h3>
            { text_table(t.results, "compare-results", &head, &results(t, list), "") }
            if differ.is_empty() {
                <p>{ t.no_differences }</p>
            } else {
                { text_table(t.inputs_that_differ, "compare-differ", &head, &differ, t.differs) }
            }
            <details>
                <summary>{ t.inputs_the_same }{ " (" }{ same.len().to_string() }{ ")" }</summary>
                { text_table(t.inputs_the_same, "compare-same", &head, &same, "") }
            </details>
            <h4>{ t.by_year_title }</h4>
            <div class="compare-charts">{ for charts }</div>
        </section>
    }
}

/// One saved scenario in the list: name and date, open / rename / duplicate / delete (asked
/// once more, in place), and a switch to include it in the comparison.
fn item(state: &State, saved: &Saved, i: usize) -> Html {
    let t = state.t;
    let key = &saved.key;
    let picked = state.compare.contains(key);
    let full = state.compare.len() >= 4 && !picked;
    let name_id = ["saved-", &i.to_string(), "-name"].concat();
    let pick_id = ["compare-", &i.to_string()].concat();
    let rename = (state.renaming.as_ref() == Some(key)).then(|| {
        let id = ["rename-", &i.to_string()].concat();
        html! {
            <form class="rename" onsubmit={send_value(state, id.clone(), |name| Some(Action::Rename(name)))}>
                <label for={id.clone()}>{ t.new_name }</label>
                <input id={id} type="text" maxlength="80" value={saved.head.name.clone()} data-testid="rename-input" />
                <button type="submit" class="tool">{ t.save }</button>
                <button type="button" class="tool" onclick={send(state, Action::StartRename(None))}>{ t.cancel }</button>
            </form>
        }
    });
    let asking = state.deleting.as_ref() == Some(key);
    html! {
        <li class="saved" data-testid="saved-item" key={key.clone()}>
            <div class="saved-head">
                <input type="checkbox" id={pick_id.clone()} checked={picked} disabled={full} onchange={send(state, Action::ToggleCompare(key.clone()))}
                    data-testid="compare-pick" aria-describedby={name_id.clone()} />
                <label for={pick_id}>{ t.compare }</label>
                <span class="saved-name" id={name_id}><strong>{ &saved.head.name }</strong>
                    { " · " }{ date(&state.locale(), saved.head.saved_at as f64, true) }</span>
            </div>
            { rename }
            <div class="saved-actions">
                if asking {
                    <span role="status">{ t.confirm_delete.replace("{name}", &saved.head.name) }</span>
                    <button type="button" class="tool danger" data-testid="confirm-delete" onclick={send(state, Action::Delete(key.clone()))}>{ t.delete }</button>
                    <button type="button" class="tool" onclick={send(state, Action::AskDelete(None))}>{ t.cancel }</button>
                } else {
                    <button type="button" class="tool" data-testid="open-saved" onclick={send(state, Action::OpenSaved(key.clone()))}>{ t.open }</button>
                    <button type="button" class="tool" data-testid="rename-saved" onclick={send(state, Action::StartRename(Some(key.clone())))}>{ t.rename }</button>
                    <button type="button" class="tool" data-testid="duplicate-saved" onclick={send(state, Action::Duplicate(key.clone()))}>{ t.duplicate }</button>
                    <button type="button" class="tool" data-testid="delete-saved" onclick={send(state, Action::AskDelete(Some(key.clone())))}>{ t.delete }</button>
                }
            </div>
        </li>
    }
}

/// Download the scenario on screen as a JSON file.
pub fn export_json(state: &AppState) {
    let mut head = storage::head_now(state);
    head.name = state.t.scenario_file_name.to_owned();
    browser::download("rox-scenario.json", "application/json", &state.scenario.to_json(&head));
}

pub fn scenarios_page(state: &State) -> Html {
    let t = state.t;
    let onimport = Callback::from(|e: Event| browser::read_file(&e.target_unchecked_into(), MAX_BYTES as u32, browser::kind::FILE));
    let picked: Vec<&Saved> = state.compare.iter().filter_map(|k| state.saved.iter().find(|s| &s.key == k)).collect();
    html! {
        <section class="scenarios" id="panel-scenarios" role="tabpanel" aria-labelledby="tab-scenarios">
            <h2>{ t.scenarios_title }</h2>
            <p class="intro">{ t.scenarios_intro }</p>
            <form class="save-form" onsubmit={send_value(state, "scenario-name".into(), |name| Some(Action::Save(name)))}>
                <div class="field">
                    <label for="scenario-name">{ t.scenario_name }</label>
                    <div class="control">
                        <input id="scenario-name" type="text" maxlength="80" autocomplete="off"
                            data-testid="scenario-name" aria-describedby="scenario-name-help" />
                        <button type="submit" class="tool" data-testid="save-scenario">{ t.save }</button>
                    </div>
                    <p class="help" id="scenario-name-help">{ t.scenario_name_help }</p>
                </div>
            </form>
            if state.saved.is_empty() {
                <p data-testid="saved-empty">{ t.saved_empty }</p>
            } else {
                <ul class="saved-list" data-testid="saved-list">
                    { for state.saved.iter().enumerate().map(|(i, s)| item(state, s, i)) }
                </ul>
            }
            if picked.len() >= 2 {
                { comparison(t, &picked) }
            } else {
                <p class="help">{ t.compare_hint }</p>
            }
            <h3>{ t.files }</h3>
            <div class="files">
                <button type="button" class="tool" data-testid="export-json" onclick={send(state, Action::ExportJson)}>{ t.download_json }</button>
                <input id="import-json" class="visually-hidden" type="file" accept=".json,application/json"
                    data-testid="import-json" onchange={onimport} aria-describedby="import-help" />
                <label class="tool file-pick" for="import-json">{ t.import_json }</label>
            </div>
            <p class="help" id="import-help">{ t.import_help }</p>
        </section>
    }
}
