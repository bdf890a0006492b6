//! The business-case page: preset, company facts, costs and timing, the eight lever cards,
//! headline tiles (risk-adjusted with unadjusted beside), charts and the scenario table.

pub mod charts;
mod lever;
pub mod scenarios;

use super::field::fields;
use super::markup::{held_region, Markup};
use super::panel;
use super::format::{fmt, Style};
use super::source::write_source;
use super::state::{AppState, Tab};
use super::table::{csv_button, Table};
use super::tile::{write_tiles as row, Tile};
use crate::finance::business_case::{BusinessCaseResult, Lever};
use crate::forms::case::Industry;
use crate::text::Texts;
use lever::write_lever;
use yew::prelude::*;

const COMPANY: [&str; 6] = ["customers", "revenuePerCustomer", "grossMargin", "retentionRate", "baseline.csat", "baseline.ces"];
const TIMING: [&str; 6] = ["years", "rampUpMonths", "discountRate", "costs.oneOff", "costs.annual", "costs.risk"];

/// Title, what the case is, and the research behind CX's value, folded away.
fn head(t: &Texts) -> Html {
    let mut m = Markup::default();
    m.raw("<div class=\"case-head\">").el("h2", "", t.case_title).el("p", "intro", t.case_intro);
    m.raw("<details class=\"research\">").el("summary", "", t.sources);
    for s in [&t.growth_5x, &t.growth_17, &t.reputation_68, &t.managers_40] {
        write_source(&mut m, t, s);
    }
    m.raw("</details></div>");
    m.html()
}

/// The industry preset, labelled illustrative, and the company heading that follows it.
fn write_preset(m: &mut Markup, t: &Texts, selected: &str) {
    m.part().raw("<div class=\"field\"><label for=\"case-preset\">").text(t.preset);
    m.raw("</label><select id=\"case-preset\" data-testid=\"input-preset\" data-act=\"preset\" aria-describedby=\"case-preset-help\">");
    m.raw(if selected.is_empty() { "<option value=\"\" selected>" } else { "<option value=\"\">" }).text(t.preset_none).raw("</option>");
    for (i, ind) in Industry::ALL.iter().enumerate() {
        m.raw("<option value=\"").raw(ind.key()).raw(if selected == ind.key() { "\" selected>" } else { "\">" });
        m.text(t.industries[i]).raw("</option>");
    }
    m.raw("</select><p class=\"help\" id=\"case-preset-help\">");
    super::source::write_grade(m, t, crate::text::Grade::Illustrative);
    m.raw(" ").text(t.preset_note).raw("</p></div>").part().el("h3", "", t.company);
}

fn unadjusted_note(label: &str, text: String) -> Option<String> {
    let mut s = String::from(label);
    s.push_str(": ");
    s.push_str(&text);
    Some(s)
}

fn months(t: &Texts, m: Option<f64>) -> String {
    m.map_or_else(
        || t.never.to_owned(),
        |m| {
            let mut s = fmt(Style::Decimal(1), m);
            s.push(' ');
            s.push_str(t.months);
            s
        },
    )
}

/// The headline tiles, risk-adjusted with the unadjusted figure beside (also on the report).
pub fn tiles(t: &Texts, r: &BusinessCaseResult) -> Html {
    let mut m = Markup::default();
    write_tiles(&mut m, t, r);
    m.region("tiles")
}

pub fn write_tiles(m: &mut Markup, t: &Texts, r: &BusinessCaseResult) {
    let (a, u) = (&r.risk_adjusted, &r.unadjusted);
    let or_na = |style: Style, v: Option<f64>| v.map_or_else(|| t.not_available.to_owned(), |v| fmt(style, v));
    row(m, &[
        Tile::new("npv", t.npv, Some(a.npv), Style::Money, t.not_available).note(unadjusted_note(t.unadjusted, fmt(Style::Money, u.npv))),
        Tile::new("roi", t.roi, a.roi, Style::Percent, t.not_available).note(unadjusted_note(t.unadjusted, or_na(Style::Percent, u.roi))),
        Tile::new("paybackMonths", t.payback_months, a.payback_months, Style::Decimal(1), t.never)
            .suffix(t.months)
            .note(unadjusted_note(t.unadjusted, months(t, u.payback_months))),
        Tile::new("irr", t.irr, a.irr, Style::Percent, t.not_available).note(unadjusted_note(t.unadjusted, or_na(Style::Percent, u.irr))),
    ]);
}

/// Benefits by lever, costs, net and cumulative net by year (risk-adjusted), as on the page, in
/// the report and in the CSV download.
pub fn year_table(t: &'static Texts, r: &BusinessCaseResult) -> Table {
    let mut head: Vec<String> = vec![t.year.into()];
    head.extend(Lever::ALL.iter().map(|&l| t.levers[l as usize].title.to_owned()));
    head.extend([t.benefits, t.costs, t.net, t.cumulative_net].map(String::from));
    Table {
        caption: t.by_year_title,
        hook: "case-years",
        head,
        rows: r
            .years
            .iter()
            .map(|y| {
                let mut v: Vec<f64> = Lever::ALL.iter().map(|&l| y.benefits_by_lever.get(l)).collect();
                v.extend([y.benefits, y.costs, y.net, y.cumulative_net]);
                (y.year, v)
            })
            .collect(),
        styles: vec![Style::Money; Lever::ALL.len() + 4],
    }
}

#[inline(never)] // compiled only when opened: see App
pub fn case_page(state: &AppState) -> Html {
    let t = state.t;
    let form = &state.scenario.case;
    let stale = form.is_stale();
    let preset_key = state.scenario.preset.map_or("", Industry::key);
    // The lever cards come in the third frame and the fourth, four at a time (see
    // `AppState::stage`); the fourth adds its cards to the region, it does not redraw it.
    let mut levers = Markup::parts();
    let shown = if state.complete() { Lever::ALL.len() } else if state.drawn(2) { 4 } else { 0 };
    for lever in Lever::ALL.into_iter().take(shown) {
        write_lever(&mut levers, state, lever);
    }
    let mut inputs = Markup::parts();
    write_preset(&mut inputs, t, preset_key);
    fields(&mut inputs, t, form, "case", |f| COMPANY.contains(&f.key), Tab::Case.key());
    inputs.part().el("h3", "", t.costs_and_timing);
    fields(&mut inputs, t, form, "case", |f| TIMING.contains(&f.key), Tab::Case.key());
    html! {
        <section class="case" id="panel-case" role={state.panel_role()} aria-labelledby={state.panel_role().map(|_| "tab-case")}>
            { head(t) }
            <div class="calc">
                <form class="inputs" aria-label={t.inputs}>
                    { held_region("form-case", "fields", &inputs.0) }
                    <button type="button" class="reset" data-act="reset" data-arg="case">{ t.reset }</button>
                </form>
                { panel::results(t, stale, state.drawn(1), html! {
                    if let Some(h) = state.sent {
                        <p class="sent-note" role="status" data-testid="sent-note">
                            { t.helpers[h as usize].title }{ ": " }{ t.sent_to_case }
                        </p>
                    }
                }, form.result().map(|r| {
                    html! {
                        <>
                            <h3>{ t.risk_adjusted }</h3>
                            { tiles(t, r) }
                            if state.drawn(1) {
                                { charts::by_year(t, r) }
                                { charts::waterfall(t, r) }
                                { scenarios::table(t, r) }
                                { year_table(t, r).view() }
                                { csv_button(t, Tab::Case) }
                            }
                        </>
                    }
                }), t.case_convention, &t.tei) }
            </div>
            if shown > 0 {
                <h2 class="levers-title">{ t.levers_title }</h2>
                { held_region("levers", "levers", &levers.0) }
            }
        </section>
    }
}
