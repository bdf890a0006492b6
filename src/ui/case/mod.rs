//! The business-case page: preset, company facts, costs and timing, the eight lever cards,
//! headline tiles (risk-adjusted with unadjusted beside), charts and the scenario table.

pub mod charts;
mod lever;
pub mod scenarios;

use super::context::use_ui;
use super::field::{company_fields, fields, use_form_events, Select};
use super::format::{fmt, Style};
use super::panel::{Inputs, Results};
use super::panels::UncertaintyPanel;
use super::source::{grade_badge, source};
use super::state::{Action, FormId, Helper, Tab};
use super::table::{csv_button, Table, YearTable};
use super::tile::{tiles, TileProps};
use crate::finance::business_case::{BusinessCaseResult, Lever};
use crate::forms::case::Industry;
use crate::forms::Form;
use crate::text::{Grade, Texts};
use charts::{ByYearChart, Waterfall};
use lever::LeverCard;
use scenarios::ScenarioTable;
use std::rc::Rc;
use yew::prelude::*;

/// The company's inputs (with the switch that says revenue is per month), as the page and the
/// report group them.
pub const COMPANY: [&str; 7] = ["customers", "revenuePerCustomer", "revenuePerMonth", "grossMargin", "retentionRate", "baseline.csat", "baseline.ces"];
const TIMING: [&str; 6] = ["years", "rampUpMonths", "discountRate", "costs.oneOff", "costs.annual", "costs.risk"];

fn unadjusted_note(t: &Texts, text: &str) -> Option<AttrValue> {
    Some([t.unadjusted, ": ", text].concat().into())
}

fn months(t: &Texts, m: Option<f64>) -> String {
    m.map_or_else(|| t.never.to_owned(), |m| [fmt(Style::Decimal(1), m).as_str(), " ", t.months].concat())
}

#[derive(Properties, PartialEq)]
pub struct CaseTilesProps {
    pub result: Rc<BusinessCaseResult>,
}

/// The headline tiles, risk-adjusted with the unadjusted figure beside (also on the report).
#[component]
pub fn CaseTiles(props: &CaseTilesProps) -> Html {
    let t = use_ui().t;
    tiles(&headline(t, &props.result))
}

/// The headline tiles' figures.
fn headline(t: &Texts, r: &BusinessCaseResult) -> Vec<TileProps> {
    let (a, u) = (&r.risk_adjusted, &r.unadjusted);
    let or_na = |style: Style, v: Option<f64>| v.map_or_else(|| t.not_available.to_owned(), |v| fmt(style, v));
    let na = t.not_available;
    vec![
        TileProps::new("npv", t.npv, Some(a.npv), Style::Money, na).note(unadjusted_note(t, &fmt(Style::Money, u.npv))),
        TileProps::new("roi", t.roi, a.roi, Style::Percent, na).note(unadjusted_note(t, &or_na(Style::Percent, u.roi))),
        TileProps::new("paybackMonths", t.payback_months, a.payback_months, Style::Decimal(1), t.never)
            .suffix(t.months)
            .note(unadjusted_note(t, &months(t, u.payback_months))),
        TileProps::new("irr", t.irr, a.irr, Style::Percent, na).note(unadjusted_note(t, &or_na(Style::Percent, u.irr))),
    ]
}

/// Benefits by lever, costs, net and cumulative net by year (risk-adjusted), as on the page, in
/// the report and in the CSV download.
pub fn year_table(t: &'static Texts, r: &BusinessCaseResult) -> Table {
    let mut head: Vec<AttrValue> = vec![t.year.into()];
    head.extend(Lever::ALL.iter().map(|&l| AttrValue::from(t.levers[l as usize].title)));
    head.extend([t.benefits, t.costs, t.net, t.cumulative_net].map(AttrValue::from));
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

/// Title, what the case is, and the research behind CX's value, folded away.
fn case_head(t: &'static Texts) -> Html {
    html! {
        <div class="case-head">
            <h2>{ t.case_title }</h2>
            <p class="intro">{ t.case_intro }</p>
            <details class="research">
                <summary>{ t.sources }</summary>
                { for [&t.growth_5x, &t.growth_17, &t.reputation_68, &t.managers_40].map(|s| source(t, s)) }
            </details>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct PresetProps {
    selected: Option<Industry>,
}

/// The industry preset, labelled illustrative.
#[component]
fn Preset(props: &PresetProps) -> Html {
    let ctl = use_ui();
    let t = ctl.t;
    let mut options = vec![("", t.preset_none)];
    options.extend(Industry::ALL.iter().zip(t.industries.iter()).map(|(ind, name)| (ind.key(), *name)));
    let act = ctl.act.clone();
    let onchange = Callback::from(move |key: String| {
        if let Some(industry) = Industry::from_key(&key) {
            act.emit(Action::ApplyPreset(industry));
        }
    });
    html! {
        <div class="field">
            <Select id="case-preset" hook="input-preset" label={t.preset} {options} selected={props.selected.map_or("", Industry::key)}
                described="case-preset-help" {onchange} />
            <p class="help" id="case-preset-help">{ grade_badge(t, Grade::Illustrative) }{ " " }{ t.preset_note }</p>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct CasePageProps {
    pub form: Form<BusinessCaseResult>,
    pub preset: Option<Industry>,
    /// The helper whose answer went into the case last.
    pub sent: Option<Helper>,
    /// How much of a first visit is drawn (see `AppState::stage`): charts and tables from stage
    /// 1, the first four lever cards from stage 2, all of them when complete.
    pub stage: u8,
    pub role: Option<&'static str>,
    /// The panels' inputs (`Scenario::panels`): the uncertainty panel's seed, trials, …
    pub panels: AttrValue,
    /// The scenario as a share link, which the Monte Carlo worker reads.
    pub link: AttrValue,
}

#[component]
pub fn CasePage(props: &CasePageProps) -> Html {
    let ui = use_ui();
    let t = ui.t;
    let form = &props.form;
    let id = FormId::Case;
    let events = use_form_events(id);
    let more = props.stage >= 1;
    let shown = match props.stage {
        super::state::DRAWN => Lever::ALL.len(),
        2.. => 4,
        _ => 0,
    };
    // One copy of the form for all eight cards, not one each.
    let shared = Rc::new(form.clone());
    let levers = Lever::ALL.into_iter().take(shown).map(|lever| html! { <LeverCard key={lever.key()} {lever} form={shared.clone()} /> });
    let results = form.result().map(|r| {
        html! {
            <>
                <h3>{ t.risk_adjusted }</h3>
                <CaseTiles result={r.clone()} />
                if more {
                    <ByYearChart result={r.clone()} />
                    <Waterfall result={r.clone()} />
                    <ScenarioTable result={r.clone()} />
                    <YearTable table={year_table(t, r)} />
                    { csv_button(&ui, Tab::Case) }
                }
            </>
        }
    });
    html! {
        <section class="case" id="panel-case" role={props.role} aria-labelledby={props.role.map(|_| "tab-case")}>
            { case_head(t) }
            <div class="calc">
                <Inputs form={id}>
                    <Preset selected={props.preset} />
                    <h3>{ t.company }</h3>
                    { company_fields(t, form, &events, "case", |f| COMPANY.contains(&f.key)) }
                    <h3>{ t.costs_and_timing }</h3>
                    { fields(form, &events, "case", |f| TIMING.contains(&f.key)) }
                </Inputs>
                <Results stale={form.is_stale()} {more} convention={t.case_convention} cite={&t.tei}
                    peek={form.result().map(|r| headline(t, r)).unwrap_or_default()}>
                    if let Some(h) = props.sent {
                        <p class="sent-note" role="status" data-testid="sent-note">{ t.helpers[h as usize].title }{ ": " }{ t.sent_to_case }</p>
                    }
                    { results }
                </Results>
            </div>
            if shown > 0 {
                <h2 class="levers-title">{ t.levers_title }</h2>
                <div class="levers">{ for levers }</div>
            }
            if props.stage == super::state::DRAWN {
                <UncertaintyPanel case={form.clone()} preset={props.preset} panels={props.panels.clone()} link={props.link.clone()} />
            }
        </section>
    }
}
