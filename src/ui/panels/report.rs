//! The report's body, as it prints (A4 and Letter; "Download PDF" is the browser's print to
//! PDF): title, date, currency, prepared for / by when given; a summary in words (what the plan
//! costs, what it brings back, when, how sure) with the guards that fire; results, charts, the
//! scenario table, every assumption with its source, and the formulas. Sections never break
//! across pages. The page keeps the report's controls (`ui::report`).

use super::super::case::charts::{ByYearChart, Waterfall};
use super::super::case::results::{CaseTiles, COMPANY};
use super::super::case::scenarios::ScenarioTable;
use super::super::context::{use_ui, Ui};
use super::super::format::{date, Numbers, Style};
use super::super::source::{evidence, source};
use super::super::state::DRAWN;
use super::assumptions::{lever_of, rows};
use super::text_table::{TextRow, TextTable};
use super::uncertainty::{guard_text, use_simulation, ReportUncertainty, Run};
use super::worker::{case_of, simulation_of};
use crate::finance::business_case::{enabled_key, BusinessCaseResult, Lever, YearRow};
use crate::finance::uncertainty::SimulationSummary;
use crate::forms::case::{firing_guards, preset_levers, Industry};
use crate::forms::scenario::Scenario;
use crate::forms::Form;
use crate::text::{fill_values, keep_numbers_together, SourceText, Texts};
use yew::prelude::*;

/// The business case, for a section drawn from it alone.
#[derive(Properties, PartialEq)]
struct CaseProps {
    case: Form<BusinessCaseResult>,
}

/// The business-case inputs in groups (company, costs and timing, each lever that is on), each
/// a small table that stays on one page, with its source.
#[component]
fn Assumptions(props: &CaseProps) -> Html {
    let ui = use_ui();
    let (num, t) = (&ui.num, ui.t);
    let form = &props.case;
    let all = rows(num, t, "case", form);
    let group = |caption: &'static str, hook: &'static str, pick: &dyn Fn(&str) -> bool, cite: Option<&'static SourceText>| {
        // In a lever's own table its name need not stand before every input.
        let prefix = [caption, " · "].concat();
        let rows: Vec<TextRow> = all
            .iter()
            .filter(|(k, _, _)| pick(k))
            .map(|(_, label, value)| TextRow {
                label: label.strip_prefix(&prefix).unwrap_or(label).to_owned().into(),
                cells: vec![value.clone().into()],
                highlight: false,
            })
            .collect();
        html! {
            <div class="keep">
                <TextTable {caption} {hook} head={vec![AttrValue::from(t.input), t.value.into()]} {rows} />
                if let Some(s) = cite {
                    { source(t, s) }
                }
            </div>
        }
    };
    let levers = Lever::ALL
        .into_iter()
        .filter(|&l| form.switch(enabled_key(l)))
        .map(|l| group(t.levers[l as usize].title, "report-lever", &|k| lever_of(k) == Some(l) && !k.ends_with(".enabled"), evidence(t, l)));
    html! {
        <section>
            <h3>{ t.assumptions }</h3>
            { group(t.company, "report-company", &|k| COMPANY.contains(&k), Some(&t.illustrative)) }
            { group(t.costs_and_timing, "report-costs", &|k| !COMPANY.contains(&k) && lever_of(k).is_none(), Some(&t.tei)) }
            { for levers }
        </section>
    }
}

/// The case's result, and the case it came from (which levers are on).
#[derive(Properties, PartialEq)]
struct ResultProps {
    case: Form<BusinessCaseResult>,
    result: std::rc::Rc<BusinessCaseResult>,
}

/// The cash flows as TEI studies lay them out: a row per benefit line (the levers that are on),
/// then benefits, costs, net and cumulative net; a column per year. Printed type shrinks with
/// the number of years, so a ten-year case still fits an A4 or Letter page.
#[component]
fn CashFlows(props: &ResultProps) -> Html {
    let ui = use_ui();
    let (num, t, r) = (&ui.num, ui.t, &props.result);
    let mut head: Vec<AttrValue> = vec![t.year.into()];
    head.extend(r.years.iter().map(|y| AttrValue::from(y.year.to_string())));
    let row = |label: &str, pick: &dyn Fn(&YearRow) -> f64| TextRow {
        label: label.to_owned().into(),
        cells: r.years.iter().map(|y| num.fmt(Style::Money, pick(y)).into()).collect(),
        highlight: false,
    };
    let mut rows: Vec<TextRow> = Lever::ALL
        .into_iter()
        .filter(|&l| props.case.switch(enabled_key(l)))
        .map(|l| row(t.levers[l as usize].title, &|y| y.benefits_by_lever.get(l)))
        .collect();
    rows.push(row(t.benefits, &|y| y.benefits));
    rows.push(row(t.costs, &|y| y.costs));
    rows.push(row(t.net, &|y| y.net));
    rows.push(row(t.cumulative_net, &|y| y.cumulative_net));
    let size = match r.years.len() {
        0..=6 => "m",
        7..=9 => "s",
        _ => "xs",
    };
    html! {
        <div class="cash-flows" data-size={size}>
            <TextTable caption={t.by_year_title} hook="case-years" {head} {rows} />
        </div>
    }
}

/// Title, prepared for / by (each only when given: a signed report has no blank lines), date and
/// currency.
fn report_head(ui: &Ui, s: &Scenario) -> Html {
    let t = ui.t;
    html! {
        <header class="report-head keep">
            <p class="report-brand">{ t.app_title }</p>
            <h2 id="report-title">{ t.report_title }</h2>
            <dl class="report-meta">
                if !s.prepared_for.is_empty() {
                    <dt>{ t.prepared_for }</dt><dd data-testid="report-for">{ s.prepared_for.clone() }</dd>
                }
                if !s.prepared_by.is_empty() {
                    <dt>{ t.prepared_by }</dt><dd data-testid="report-by">{ s.prepared_by.clone() }</dd>
                }
                <dt>{ t.date }</dt><dd data-testid="report-date">{ date(&ui.locale, js_sys::Date::now(), false) }</dd>
                <dt>{ t.currency }</dt><dd>{ ui.currency.code() }</dd>
            </dl>
            <p class="privacy">{ t.privacy }</p>
        </header>
    }
}

/// The first page's paragraph: what the plan costs and brings back (present values,
/// risk-adjusted), when it pays back, and how sure that is — the Monte Carlo's chance of a
/// positive NPV and its P10–P90 once it has run, or that it has not.
fn summary_text(num: &Numbers, t: &Texts, r: &BusinessCaseResult, done: Option<&SimulationSummary>) -> String {
    let a = &r.risk_adjusted;
    let years = num.fmt(Style::Decimal(0), r.years.len().saturating_sub(1) as f64);
    let roi = a.roi.map_or_else(|| t.not_available.to_owned(), |v| num.fmt(Style::Percent, v));
    let case =
        fill_values(t.summary_case, &[&years, &num.fmt(Style::Money, a.pv_costs), &num.fmt(Style::Money, a.pv_benefits), &num.fmt(Style::Money, a.npv), &roi]);
    let when = match a.payback_months {
        Some(m) => fill_values(t.summary_payback, &[&[num.fmt(Style::Decimal(1), m).as_str(), " ", t.months].concat()]),
        None => fill_values(t.summary_no_payback, &[&years]),
    };
    let sure = match done {
        Some(s) => {
            let above = (s.chance_npv_positive * f64::from(s.trials)).round();
            fill_values(
                t.summary_sure,
                &[
                    &num.fmt(Style::Decimal(0), above),
                    &num.fmt(Style::Decimal(0), f64::from(s.trials)),
                    &num.fmt(Style::Money, s.npv.p10),
                    &num.fmt(Style::Money, s.npv.p90),
                ],
            )
        }
        None => t.summary_unsure.to_owned(),
    };
    keep_numbers_together(&[case, when, sure].join(" "))
}

#[derive(Properties, PartialEq)]
struct SummaryProps {
    case: Form<BusinessCaseResult>,
    result: std::rc::Rc<BusinessCaseResult>,
    preset: Option<Industry>,
    /// The Monte Carlo's figures once it has run: its progress changes nothing here.
    done: Option<std::rc::Rc<SimulationSummary>>,
}

/// The summary in words and the guards that fire (or that none does), on the first page.
#[component]
fn Summary(props: &SummaryProps) -> Html {
    let ui = use_ui();
    let (num, t, r) = (&ui.num, ui.t, &props.result);
    // The one list the headline and the uncertainty panel show too.
    let fired = case_of(&props.case).map(|inp| {
        let preset = props.preset.and_then(preset_levers);
        firing_guards(&props.case, preset.as_ref()).into_iter().map(|g| guard_text(num, t, g, &inp, preset.as_ref())).collect::<Vec<_>>()
    });
    html! {
        <section class="report-summary keep" data-testid="report-summary">
            <h3>{ t.summary_title }</h3>
            <p data-testid="report-summary-text">{ summary_text(num, t, r, props.done.as_deref()) }</p>
            if let Some(fired) = fired {
                <div class="guards" data-testid="report-guards">
                    <h4>{ t.guards_title }</h4>
                    if fired.is_empty() {
                        <p>{ t.no_guards }</p>
                    } else {
                        <ul>
                            { for fired.into_iter().map(|g| html! { <li class="guard" data-testid="report-guard">{ g }</li> }) }
                        </ul>
                    }
                </div>
            }
        </section>
    }
}

/// Each lever's formula (the levers that are on), the convention and the scenarios' rule.
fn formulas(t: &Texts, scenario: &Scenario) -> Html {
    let on = Lever::ALL.into_iter().filter(|&l| scenario.case.switch(enabled_key(l)));
    html! {
        <section class="keep">
            <h3>{ t.formulas }</h3>
            <dl class="formulas">
                { for on.map(|l| html! { <><dt>{ t.levers[l as usize].title }</dt><dd>{ t.levers[l as usize].formula }</dd></> }) }
            </dl>
            <p>{ t.case_convention }</p>
            <p>{ t.scenario_note }</p>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct ReportArticleProps {
    pub scenario: std::rc::Rc<Scenario>,
    /// The scenario's share link, which the Monte Carlo worker reads.
    pub link: AttrValue,
    /// How much of a first visit is drawn (`AppState::stage`, 1 or more): the headline first,
    /// then the charts, the tables, the uncertainty section, and the rest when complete.
    pub stage: u8,
}

/// "Realisation to date", once an actual is recorded: the tab's tiles, chart and levers.
fn realisation(t: &'static Texts, s: &Scenario) -> Html {
    use crate::forms::realisation::{case_of, outcome, planned_driver};
    if s.realisation.is_empty() {
        return Html::default();
    }
    let case = case_of(&s.case);
    let Some(r) = outcome(&s.realisation, case.as_ref()).result.filter(|r| r.periods_to_date > 0) else { return Html::default() };
    let planned = case.map(|c| Lever::ALL.map(|l| planned_driver(&c, l))).unwrap_or([None; 8]);
    let a = &s.realisation;
    html! {
        <section class="report-realisation" data-testid="report-realisation">
            <h3>{ t.real_report_title }</h3>
            <super::realisation::RealisationResults result={r} period={a.period} start={AttrValue::from(a.start.clone())} {planned} />
        </section>
    }
}

/// The report itself, as it prints: head, results, charts, tables, assumptions, formulas.
#[component]
pub fn ReportArticle(props: &ReportArticleProps) -> Html {
    let ctl = use_ui();
    let t = ctl.t;
    let s = &*props.scenario;
    let case = &s.case;
    // Run here, not in the uncertainty section: the first page says how sure the case is too.
    // Not before the report's last part is drawn, so a first visit's first frames stay light.
    let run = use_simulation(if props.stage >= 4 { simulation_of(case, &s.panels) } else { None }, &props.link);
    let done = match &run {
        Run::Done(summary) => Some(summary.clone()),
        Run::Waiting | Run::Running { .. } | Run::Failed => None,
    };
    html! {
        <article class="report" data-testid="report" aria-labelledby="report-title">
            { report_head(&ctl, s) }
            if let Some(r) = case.result() {
                <Summary case={case.clone()} result={r.clone()} preset={s.preset} done={done.clone()} />
                <section class="keep">
                    <h3>{ [t.results, " — ", t.risk_adjusted].concat() }</h3>
                    if case.is_stale() {
                        <p class="stale-note">{ t.stale_note }</p>
                    }
                    <CaseTiles result={r.clone()} />
                </section>
                if props.stage >= 2 {
                    <section class="keep"><ByYearChart result={r.clone()} /></section>
                    <section class="keep"><Waterfall result={r.clone()} /></section>
                }
                if props.stage >= 3 {
                    <section class="keep"><ScenarioTable result={r.clone()} /></section>
                    <section class="keep"><CashFlows case={case.clone()} result={r.clone()} /></section>
                }
                if props.stage >= 4 {
                    <ReportUncertainty case={case.clone()} run={run.clone()} />
                }
            }
            if props.stage == DRAWN {
                if let Some(a) = crate::forms::panels::assessment_of(s) {
                    <section class="report-readiness" data-testid="report-readiness">
                        <h3>{ t.readiness }</h3>
                        <super::assessment::Readiness assessment={std::rc::Rc::new(a)} />
                    </section>
                }
                { realisation(t, s) }
                <Assumptions case={case.clone()} />
                { formulas(t, s) }
            }
        </article>
    }
}
