//! The business-case report: a print layout (A4 and Letter; "Download PDF" is the browser's
//! print to PDF) with title, date, prepared for / by, results, charts, the scenario table, every
//! assumption with its source, and the formulas. Sections never break across pages.

use super::assumptions::{lever_of, rows};
use super::case::{charts, scenarios, write_tiles};
use super::format::{fmt, Style};
use super::scenarios::date;
use super::source::write_source;
use super::state::AppState;
use super::markup::Markup;
use super::table::text_table;
use crate::finance::business_case::{enabled_key, BusinessCaseResult, Lever, YearRow};
use crate::forms::scenario::Scenario;
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
fn assumptions(m: &mut Markup, t: &Texts, state: &AppState) {
    let form = &state.scenario.case;
    let all = rows(t, "case", form);
    let group = |m: &mut Markup, caption: &str, hook: &str, pick: &dyn Fn(&str) -> bool, cite: Option<&SourceText>| {
        // In a lever's own table its name need not stand before every input.
        let prefix = [caption, " · "].concat();
        let rows: Vec<(String, Vec<String>, bool)> = all
            .iter()
            .filter(|(k, _, _)| pick(k))
            .map(|(_, label, value)| (label.strip_prefix(&prefix).unwrap_or(label).to_owned(), vec![value.clone()], false))
            .collect();
        m.raw("<div class=\"keep\">");
        text_table(m, caption, hook, &[t.input, t.value], &rows, "");
        if let Some(s) = cite {
            write_source(m, t, s);
        }
        m.raw("</div>");
    };
    m.raw("<section>").el("h3", "", t.assumptions);
    group(m, t.company, "report-company", &|k| COMPANY.contains(&k), Some(&t.illustrative));
    group(m, t.costs_and_timing, "report-costs", &|k| !COMPANY.contains(&k) && lever_of(k).is_none(), Some(&t.tei));
    for l in Lever::ALL.into_iter().filter(|&l| form.switch(enabled_key(l))) {
        group(m, t.levers[l as usize].title, "report-lever", &|k| lever_of(k) == Some(l) && !k.ends_with(".enabled"), evidence(t, l));
    }
    m.raw("</section>");
}

/// The cash flows as TEI studies lay them out: a row per benefit line (the levers that are on),
/// then benefits, costs, net and cumulative net; a column per year. Printed type shrinks with
/// the number of years, so a ten-year case still fits an A4 or Letter page.
fn cash_flows(m: &mut Markup, t: &Texts, r: &BusinessCaseResult, s: &Scenario) {
    let years: Vec<String> = r.years.iter().map(|y| y.year.to_string()).collect();
    let mut head: Vec<&str> = vec![t.year];
    head.extend(years.iter().map(String::as_str));
    let row = |label: &str, pick: &dyn Fn(&YearRow) -> f64| (label.to_owned(), r.years.iter().map(|y| fmt(Style::Money, pick(y))).collect(), false);
    let mut rows: Vec<(String, Vec<String>, bool)> = Lever::ALL
        .into_iter()
        .filter(|&l| s.case.switch(enabled_key(l)))
        .map(|l| row(t.levers[l as usize].title, &|y| y.benefits_by_lever.get(l)))
        .collect();
    rows.push(row(t.benefits, &|y| y.benefits));
    rows.push(row(t.costs, &|y| y.costs));
    rows.push(row(t.net, &|y| y.net));
    rows.push(row(t.cumulative_net, &|y| y.cumulative_net));
    let size = match years.len() {
        0..=6 => "m",
        7..=9 => "s",
        _ => "xs",
    };
    m.raw("<div class=\"cash-flows\" data-size=\"").raw(size).raw("\">");
    text_table(m, t.by_year_title, "case-years", &head, &rows, "");
    m.raw("</div>");
}

/// Title, prepared for / by, date and currency.
fn head(m: &mut Markup, t: &Texts, state: &AppState) {
    let s = &state.scenario;
    let or_dash = |v: &str| if v.is_empty() { "—".to_owned() } else { v.to_owned() };
    m.raw("<header class=\"report-head keep\">").el("p", "report-brand", t.app_title);
    m.raw("<h2 id=\"report-title\">").text(t.report_title).raw("</h2><dl class=\"report-meta\">");
    m.el("dt", "", t.prepared_for).raw("<dd data-testid=\"report-for\">").text(&or_dash(&s.prepared_for)).raw("</dd>");
    m.el("dt", "", t.prepared_by).raw("<dd data-testid=\"report-by\">").text(&or_dash(&s.prepared_by)).raw("</dd>");
    m.el("dt", "", t.date).el("dd", "", &date(&state.locale(), js_sys::Date::now(), false));
    m.el("dt", "", t.currency).el("dd", "", state.currency.code()).raw("</dl>").el("p", "privacy", t.privacy).raw("</header>");
}

/// Each lever's formula (the levers that are on), the convention and the scenarios' rule.
fn formulas(m: &mut Markup, t: &Texts, state: &AppState) {
    m.raw("<section class=\"keep\">").el("h3", "", t.formulas).raw("<dl class=\"formulas\">");
    for l in Lever::ALL.into_iter().filter(|&l| state.scenario.case.switch(enabled_key(l))) {
        m.el("dt", "", t.levers[l as usize].title).el("dd", "", t.levers[l as usize].formula);
    }
    m.raw("</dl>").el("p", "", t.case_convention).el("p", "", t.scenario_note).raw("</section>");
}

/// The printed document: the headline as one region and, from the second frame on (see
/// `AppState::stage`), the rest as another, so the first frame stops at the headline and
/// the rest arrives as new nodes instead of a morph of the whole report.
fn document(state: &AppState) -> Html {
    let t = state.t;
    let case = &state.scenario.case;
    let mut top = Markup::default();
    head(&mut top, t, state);
    if let Some(r) = case.result() {
        top.raw("<section class=\"keep\">").el("h3", "", &[t.results, " — ", t.risk_adjusted].concat());
        if case.is_stale() {
            top.el("p", "stale-note", t.stale_note);
        }
        write_tiles(&mut top, t, r);
        top.raw("</section>");
    }
    let rest = state.drawn(1).then(|| {
        let mut m = Markup::default();
        if let Some(r) = case.result() {
            m.raw("<section class=\"keep\">");
            charts::by_year_into(&mut m, t, r, "case-chart-title", "chart-case");
            m.raw("</section><section class=\"keep\">");
            charts::waterfall_into(&mut m, t, r);
            m.raw("</section><section class=\"keep\">");
            scenarios::write_table(&mut m, t, r);
            m.raw("</section><section class=\"keep\">");
            cash_flows(&mut m, t, r, &state.scenario);
            m.raw("</section>");
        }
        assumptions(&mut m, t, state);
        formulas(&mut m, t, state);
        m.region("report-rest")
    });
    html! {
        <article class="report" data-testid="report" aria-labelledby="report-title">
            { top.region("report") }{ rest.unwrap_or_default() }
        </article>
    }
}

fn name_field(id: &'static str, label: &'static str, value: &str) -> Html {
    // Controlled: the value follows the state (undo, a link), typing updates the state.
    html! {
        <div class="field">
            <label for={id}>{ label }</label>
            <input {id} type="text" maxlength="80" value={value.to_owned()} data-act={id} data-testid={id}
                aria-describedby="report-names-help" autocomplete="off" />
        </div>
    }
}

#[inline(never)] // compiled only when opened: see App
pub fn report_page(state: &AppState) -> Html {
    let t = state.t;
    let s = &state.scenario;
    html! {
        <section class="report-page" id="panel-report" role={state.panel_role()} aria-labelledby={state.panel_role().map(|_| "tab-report")}>
            <div class="report-controls">
                <h2>{ t.report_title }</h2>
                <p class="intro">{ t.report_intro }</p>
                <div class="names">
                    { name_field("prepared-for", t.prepared_for, &s.prepared_for) }
                    { name_field("prepared-by", t.prepared_by, &s.prepared_by) }
                </div>
                <p class="help" id="report-names-help">{ t.prepared_help }</p>
                <button type="button" class="primary" data-testid="print-report" data-act="print">{ t.download_pdf }</button>
                <p class="help">{ t.print_hint }</p>
            </div>
            { document(state) }
        </section>
    }
}
