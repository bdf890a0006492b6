//! The Scenarios page: save the scenario on screen under a name, open, rename, duplicate or
//! delete saved ones, compare two to four side by side (differing inputs highlighted, results
//! and charts in columns), and move scenarios between browsers as JSON files.

use super::assumptions::{forms, rows};
use super::browser;
use super::case::charts;
use super::format::{fmt, Style};
use super::markup::Markup;
use super::state::{AppState, Saved};
use super::storage;
use super::table::text_table;
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
fn comparison(m: &mut Markup, t: &'static Texts, list: &[&Saved]) {
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
    m.raw("<section class=\"comparison\" data-testid=\"comparison\" aria-labelledby=\"compare-title\"><h3 id=\"compare-title\">");
    m.text(t.compare_title).raw("</h3>");
    let mut results_head = head.clone();
    results_head[0] = t.results;
    text_table(m, t.results, "compare-results", &results_head, &results(t, list), "");
    if differ.is_empty() {
        m.el("p", "", t.no_differences);
    } else {
        text_table(m, t.inputs_that_differ, "compare-differ", &head, &differ, t.differs);
    }
    m.raw("<details><summary>").text(t.inputs_the_same).raw(" (").raw(&same.len().to_string()).raw(")</summary>");
    text_table(m, t.inputs_the_same, "compare-same", &head, &same, "");
    m.raw("</details>").el("h4", "", t.by_year_title).raw("<div class=\"compare-charts\">");
    for (i, s) in list.iter().enumerate() {
        if let Some(r) = s.scenario.case.result() {
            m.raw("<figure class=\"compare-chart\">").el("figcaption", "", &s.head.name);
            charts::by_year_into(m, t, r, &["compare-chart-", &i.to_string()].concat(), "chart-compare");
            m.raw("</figure>");
        }
    }
    m.raw("</div></section>");
}

/// One saved scenario in the list: name and date, open / rename / duplicate / delete (asked
/// once more, in place), and a switch to include it in the comparison.
fn item(m: &mut Markup, state: &AppState, saved: &Saved, i: usize) {
    let t = state.t;
    let key = saved.key.as_str();
    let n = i.to_string();
    let picked = state.compare.iter().any(|k| k == key);
    let full = state.compare.len() >= 4 && !picked;
    m.raw("<li class=\"saved\" data-testid=\"saved-item\"><div class=\"saved-head\">");
    m.raw("<input type=\"checkbox\" id=\"compare-").raw(&n).raw("\" data-act=\"compare\" data-testid=\"compare-pick\"").attr("data-arg", key);
    m.raw(" aria-describedby=\"saved-").raw(&n).raw("-name\"").raw(if picked { " checked" } else { "" }).raw(if full { " disabled>" } else { ">" });
    m.raw("<label for=\"compare-").raw(&n).raw("\">").text(t.compare).raw("</label>");
    m.raw("<span class=\"saved-name\" id=\"saved-").raw(&n).raw("-name\">").el("strong", "", &saved.head.name);
    m.raw(" · ").text(&date(&state.locale(), saved.head.saved_at as f64, true)).raw("</span></div>");
    if state.renaming.as_deref() == Some(key) {
        m.raw("<form class=\"rename\" data-act=\"rename-to\" data-arg=\"rename-input\"><label for=\"rename-input\">").text(t.new_name);
        m.raw("</label><input id=\"rename-input\" type=\"text\" maxlength=\"80\" data-testid=\"rename-input\"").attr("value", &saved.head.name);
        m.raw("><button type=\"submit\" class=\"tool\">").text(t.save).raw("</button>").button("rename-cancel", "", "", t.cancel).raw("</form>");
    }
    m.raw("<div class=\"saved-actions\">");
    if state.deleting.as_deref() == Some(key) {
        m.raw("<span role=\"status\">").text(&crate::text::fill(t.confirm_delete, &saved.head.name)).raw("</span>");
        m.button("delete-confirm", key, "confirm-delete", t.delete).button("delete-cancel", "", "", t.cancel);
    } else {
        m.button("open", key, "open-saved", t.open).button("rename", key, "rename-saved", t.rename);
        m.button("duplicate", key, "duplicate-saved", t.duplicate).button("delete", key, "delete-saved", t.delete);
    }
    m.raw("</div></li>");
}

/// Download the scenario on screen as a JSON file.
pub fn export_json(state: &AppState) {
    let mut head = storage::head_now(state);
    head.name = state.t.scenario_file_name.to_owned();
    browser::download("rox-scenario.json", "application/json", &state.scenario.to_json(&head));
}

/// The list, the comparison and the files: markup whose buttons send commands.
fn saved(state: &AppState) -> Html {
    let t = state.t;
    let mut m = Markup::default();
    if state.saved.is_empty() {
        m.raw("<p data-testid=\"saved-empty\">").text(t.saved_empty).raw("</p>");
    } else {
        m.raw("<ul class=\"saved-list\" data-testid=\"saved-list\">");
        for (i, s) in state.saved.iter().enumerate() {
            item(&mut m, state, s, i);
        }
        m.raw("</ul>");
    }
    let picked: Vec<&Saved> = state.compare.iter().filter_map(|k| state.saved.iter().find(|s| &s.key == k)).collect();
    if picked.len() >= 2 {
        comparison(&mut m, t, &picked);
    } else {
        m.el("p", "help", t.compare_hint);
    }
    m.el("h3", "", t.files).raw("<div class=\"files\">").button("export-json", "", "export-json", t.download_json);
    m.raw("<input id=\"import-json\" class=\"visually-hidden\" type=\"file\" accept=\".json,application/json\" data-act=\"import\"");
    m.raw(" data-testid=\"import-json\" aria-describedby=\"import-help\"><label class=\"tool file-pick\" for=\"import-json\">");
    m.text(t.import_json).raw("</label></div><p class=\"help\" id=\"import-help\">").text(t.import_help).raw("</p>");
    m.html()
}

#[inline(never)] // compiled only when opened: see App
pub fn scenarios_page(state: &AppState) -> Html {
    let t = state.t;
    html! {
        <section class="scenarios" id="panel-scenarios" role={state.panel_role()} aria-labelledby={state.panel_role().map(|_| "tab-scenarios")}>
            <h2>{ t.scenarios_title }</h2>
            <p class="intro">{ t.scenarios_intro }</p>
            <form class="save-form" data-act="save" data-arg="scenario-name">
                <div class="field">
                    <label for="scenario-name">{ t.scenario_name }</label>
                    <div class="control">
                        <input id="scenario-name" type="text" maxlength="80" autocomplete="off" value={state.draft_name.clone()}
                            data-act="draft-name" data-testid="scenario-name" aria-describedby="scenario-name-help" />
                        <button type="submit" class="tool" data-testid="save-scenario">{ t.save }</button>
                    </div>
                    <p class="help" id="scenario-name-help">{ t.scenario_name_help }</p>
                </div>
            </form>
            { saved(state) }
        </section>
    }
}
