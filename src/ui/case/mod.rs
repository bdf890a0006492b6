//! The business-case page: preset, company facts, costs and timing, the eight lever cards,
//! headline tiles (risk-adjusted with unadjusted beside), charts and the scenario table.

pub mod charts;
mod lever;
pub mod results;
pub mod scenarios;

use super::context::use_ui;
use super::effect::Effect;
use super::field::{company_fields, field_props, use_form_events, NumberField, Select};
use super::fold::Fold;
use super::format::Style;
use super::panel::{Inputs, Results};
use super::panels::{GuardLines, UncertaintyPanel};
use super::source::{grade_badge, source};
use super::state::{Action, FormId, Helper, Tab};
use super::table::{csv_button, YearTable};
use super::tile::tiles;
use crate::finance::business_case::{BusinessCaseResult, Lever};
use crate::forms::case::{Industry, COST_SHARES};
use crate::forms::Form;
use crate::text::{fill_values, Grade, Texts};
use charts::{ByYearChart, Waterfall};
use lever::LeverCard;
use results::{headline, COMPANY};
use scenarios::ScenarioTable;
use std::rc::Rc;
use yew::prelude::*;

const TIMING: [&str; 6] = ["years", "rampUpMonths", "discountRate", "costs.oneOff", "costs.annual", "costs.risk"];

/// Title, what the case is, and the research behind CX's value, folded away.
fn case_head(t: &'static Texts) -> Html {
    html! {
        <div class="case-head">
            <h2>{ t.case_title }</h2>
            <p class="intro">{ t.case_intro }</p>
            <Fold class="research" summary={html! { t.sources }}>
                { for [&t.growth_5x, &t.growth_17, &t.reputation_68, &t.managers_40].map(|s| source(t, s)) }
            </Fold>
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
    /// Whether each of the preset's costs (`COST_SHARES`) follows the company's revenue.
    pub costs_follow: [bool; 2],
    /// The helper whose answer went into the case last.
    pub sent: Option<Helper>,
    /// How much of a first visit is drawn (see `AppState::stage`): charts and tables from stage
    /// 1, the lever cards two at a time in stages 2 to 5, the uncertainty panel's three groups
    /// one at a time in stages 6, 7 and `DRAWN` (all of it).
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
    let num = &ui.num;
    let t = ui.t;
    let form = &props.form;
    let id = FormId::Case;
    let events = use_form_events(id);
    let more = props.stage >= 1;
    let shown = (usize::from(props.stage.saturating_sub(1)) * 2).min(Lever::ALL.len());
    // One copy of the form for all eight cards, not one each.
    let shared = Rc::new(form.clone());
    let levers = Lever::ALL.into_iter().take(shown).map(|lever| html! { <LeverCard key={lever.key()} {lever} form={shared.clone()} /> });
    // Built once: the tiles and the phone's results bar show the same figures.
    let head = form.result().map(|r| headline(num, t, r)).unwrap_or_default();
    let results = form.result().map(|r| {
        html! {
            <>
                <h3>{ t.risk_adjusted }</h3>
                { tiles(&ui.num, &head) }
                <GuardLines form={shared.clone()} preset={props.preset} />
                if more {
                    <ByYearChart result={r.clone()} />
                    <Waterfall result={r.clone()} />
                    <ScenarioTable result={r.clone()} />
                    <YearTable table={super::years::case(t, r)} />
                    { csv_button(&ui, Tab::Case) }
                    { " " }
                    <button type="button" class="tool" data-testid="slides-case" onclick={ui.on_effect(Effect::DownloadSlides)}>{ t.slides_download }</button>
                }
            </>
        }
    });
    // With a preset, each cost says whether it follows the company's revenue or was typed.
    let basis = |key: &str| {
        let (i, &(_, share)) = COST_SHARES.iter().enumerate().find(|(_, (k, _))| *k == key)?;
        props.preset?;
        Some(AttrValue::from(if props.costs_follow[i] { fill_values(t.cost_follows, &[&num.fmt(Style::Percent, share)]) } else { t.cost_typed.to_owned() }))
    };
    let timing = form.fields().iter().enumerate().filter(|(_, f)| TIMING.contains(&f.key)).map(|(i, f)| {
        html! { <NumberField key={f.key} basis={basis(f.key)} ..field_props(form, &events, "case", i) /> }
    });
    let timing: Html = timing.collect();
    html! {
        <section class="case" id="panel-case" role={props.role} aria-labelledby={props.role.map(|_| "tab-case")}>
            { case_head(t) }
            <div class="calc">
                <Inputs form={id}>
                    <Preset selected={props.preset} />
                    <h3>{ t.company }</h3>
                    { company_fields(t, form, &events, "case", |f| COMPANY.contains(&f.key)) }
                    <h3>{ t.costs_and_timing }</h3>
                    { timing }
                </Inputs>
                <Results stale={form.is_stale()} {more} convention={t.case_convention} cite={&t.tei}
                    peek={head.clone()}>
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
            if props.stage >= 6 {
                <UncertaintyPanel case={form.clone()} preset={props.preset} panels={props.panels.clone()} link={props.link.clone()} groups={props.stage.saturating_sub(5)} />
            }
        </section>
    }
}
