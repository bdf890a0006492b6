//! The business-case report: a print layout (A4 and Letter; "Download PDF" is the browser's
//! print to PDF) with title, date, prepared for / by, results, charts, the scenario table, every
//! assumption with its source, and the formulas. Sections never break across pages.

use super::assumptions::{lever_of, rows};
use super::case::{charts, scenarios, tiles, year_table};
use super::scenarios::date;
use super::source::source;
use super::dispatch::{send, send_text, State};
use super::state::{Action, AppState};
use super::markup::Markup;
use super::table::text_table;
use crate::finance::business_case::Lever;
use crate::text::{SourceText, Texts};
use yew::prelude::*;

const COMPANY: [&str; 6] = ["customers", "revenuePerCustomer", "grossMargin", "retentionRate", "baseline.csat", "baseline.ces"];

/// The evidence behind a lever, where there is published evidence.
pub fn evidence(t: &Texts, lever: Lever) -> Option<&SourceText> {
    match lever {
        Lever::Retention => Some(&t.reichheld),
        Lever::Referrals => Some(&t.nps_source),
        Lever::Employee => Some(&t.engaged_15),
        _ => None,
    }
}

/// The business-case inputs in groups (company, costs and timing, each lever that is on), each
/// a small table that stays on one page, with its source.
fn assumptions(t: &Texts, state: &AppState) -> Html {
    let form = &state.scenario.case;
    let all = rows(t, "case", form);
    let group = |caption: &str, hook: &str, pick: &dyn Fn(&str) -> bool| {
        let rows: Vec<(String, Vec<String>, bool)> =
            all.iter().filter(|(k, _, _)| pick(k)).map(|(_, label, value)| (label.clone(), vec![value.clone()], false)).collect();
        text_table(caption, hook, &[t.input, t.value], &rows, "")
    };
    let levers = Lever::ALL.into_iter().filter(|&l| form.switch(crate::finance::business_case::enabled_key(l))).map(|l| {
        html! {
            <div class="keep">
                { group(t.levers[l as usize].title, "report-lever", &|k| lever_of(k) == Some(l) && !k.ends_with(".enabled")) }
                if let Some(s) = evidence(t, l) { { source(t, s) } }
            </div>
        }
    });
    html! {
        <section>
            <h3>{ t.assumptions }</h3>
            <div class="keep">
                { group(t.company, "report-company", &|k| COMPANY.contains(&k)) }
                { source(t, &t.illustrative) }
            </div>
            <div class="keep">
                { group(t.costs_and_timing, "report-costs", &|k| !COMPANY.contains(&k) && lever_of(k).is_none()) }
                { source(t, &t.tei) }
            </div>
            { for levers }
        </section>
    }
}

/// Title, prepared for / by, date and currency.
fn head(t: &Texts, state: &AppState) -> Html {
    let s = &state.scenario;
    let or_dash = |v: &str| if v.is_empty() { "—".to_owned() } else { v.to_owned() };
    let mut m = Markup::default();
    m.raw("<header class=\"report-head keep\">").el("p", "report-brand", t.app_title);
    m.raw("<h2 id=\"report-title\">").text(t.report_title).raw("</h2><dl class=\"report-meta\">");
    m.el("dt", "", t.prepared_for).raw("<dd data-testid=\"report-for\">").text(&or_dash(&s.prepared_for)).raw("</dd>");
    m.el("dt", "", t.prepared_by).raw("<dd data-testid=\"report-by\">").text(&or_dash(&s.prepared_by)).raw("</dd>");
    m.el("dt", "", t.date).el("dd", "", &date(&state.locale(), js_sys::Date::now(), false));
    m.el("dt", "", t.currency).el("dd", "", state.currency.code()).raw("</dl>").el("p", "privacy", t.privacy).raw("</header>");
    m.html()
}

/// Each lever's formula (the levers that are on), the convention and the scenarios' rule.
fn formulas(t: &Texts, levers: &[Lever]) -> Html {
    let mut m = Markup::default();
    m.raw("<section class=\"keep\">").el("h3", "", t.formulas).raw("<dl class=\"formulas\">");
    for &l in levers {
        m.el("dt", "", t.levers[l as usize].title).el("dd", "", t.levers[l as usize].formula);
    }
    m.raw("</dl>").el("p", "", t.case_convention).el("p", "", t.scenario_note).raw("</section>");
    m.html()
}

fn name_field(id: &'static str, label: &'static str, value: &str, oninput: Callback<InputEvent>) -> Html {
    // Controlled: the value follows the state (undo, a link), typing updates the state.
    html! {
        <div class="field">
            <label for={id}>{ label }</label>
            <input {id} type="text" maxlength="80" value={value.to_owned()} {oninput} data-testid={id}
                aria-describedby="report-names-help" autocomplete="off" />
        </div>
    }
}

pub fn report_page(state: &State) -> Html {
    let t = state.t;
    let s = &state.scenario;
    let enabled: Vec<Lever> = Lever::ALL.into_iter().filter(|&l| s.case.switch(crate::finance::business_case::enabled_key(l))).collect();
    html! {
        <section class="report-page" id="panel-report" role="tabpanel" aria-labelledby="tab-report">
            <div class="report-controls">
                <h2>{ t.report_title }</h2>
                <p class="intro">{ t.report_intro }</p>
                <div class="names">
                    { name_field("prepared-for", t.prepared_for, &s.prepared_for, send_text(state, Action::SetPreparedFor)) }
                    { name_field("prepared-by", t.prepared_by, &s.prepared_by, send_text(state, Action::SetPreparedBy)) }
                </div>
                <p class="help" id="report-names-help">{ t.prepared_help }</p>
                <button type="button" class="primary" data-testid="print-report" onclick={send(state, Action::Print)}>{ t.download_pdf }</button>
                <p class="help">{ t.print_hint }</p>
            </div>
            <article class="report" data-testid="report" aria-labelledby="report-title">
                { head(t, state) }
                if let Some(r) = s.case.result() {
                    <section class="keep">
                        <h3>{ t.results }{ " — " }{ t.risk_adjusted }</h3>
                        if s.case.is_stale() {
                            <p class="stale-note">{ t.stale_note }</p>
                        }
                        { tiles(t, r) }
                    </section>
                    <section class="keep">{ charts::by_year(t, r) }</section>
                    <section class="keep">{ charts::waterfall(t, r) }</section>
                    <section class="keep">{ scenarios::table(t, r) }</section>
                    <section class="keep">{ year_table(t, r).view() }</section>
                }
                { assumptions(t, state) }
                { formulas(t, &enabled) }
            </article>
        </section>
    }
}
