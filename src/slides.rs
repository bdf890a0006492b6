//! The business case as slides for a sales meeting: what each slide says, in the language and
//! currency on screen, with every figure the page shows. This is data (`Deck`, serialised for
//! `slides.js`); the `.pptx` itself is written by `www/slides.js` (pptxgenjs) in the slides
//! module, fetched the first time slides are asked for. The page and the JS API both build
//! their deck here, so the two agree.

use crate::finance::assessment::Assessment;
use crate::finance::business_case::{business_case, BusinessCaseInput, Lever};
use crate::finance::error::InputError;
use crate::finance::goal::claims;
use crate::finance::uncertainty::{simulate, tornado, Driver, SimulationInput};
use crate::format::{claim_return, months, per_unit_text, Numbers, Style};
use crate::text::{evidence, fill_values, Texts};
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/slides.js")]
extern "C" {
    /// Resolves to the `.pptx` bytes (a `Uint8Array`) of `deck`; rejects when the slides module
    /// cannot load.
    #[wasm_bindgen(js_name = makeSlides)]
    pub fn make_slides(deck: JsValue) -> js_sys::Promise;
}

/// A deck: its title, the names on it and its slides in order.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Deck {
    /// The language code (`tr`), for the file's language tag.
    pub lang: &'static str,
    pub title: String,
    /// Who made it (`preparedBy`), for the file's properties; may be empty.
    pub author: String,
    /// The footer of every slide: date and currency.
    pub footer: String,
    pub slides: Vec<Slide>,
}

/// One slide: a title, then one of a few layouts, then an optional note.
#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Slide {
    /// The opening slide: a title and lines under it.
    Title { title: String, lines: Vec<String> },
    /// Large figures with their names, and a sentence under them.
    Figures { title: String, figures: Vec<Figure>, note: String },
    /// A native chart whose data the deck carries (editable in PowerPoint): bars by category.
    Chart { title: String, categories: Vec<String>, series: Vec<Series>, note: String },
    /// A table of text cells (the first row is the heading when `head` is set).
    Table { title: String, head: Vec<String>, rows: Vec<Vec<String>>, note: String },
    /// A list of points.
    Points { title: String, points: Vec<String> },
}

#[derive(Serialize)]
pub struct Figure {
    pub label: String,
    pub value: String,
}

#[derive(Serialize)]
pub struct Series {
    pub name: String,
    pub values: Vec<f64>,
}

/// What a deck is made from: the case, its simulation settings, the names and date, and the
/// self-assessment when it was filled in.
pub struct DeckInput<'a> {
    pub t: &'a Texts,
    pub num: &'a Numbers,
    pub lang: crate::text::Lang,
    pub simulation: SimulationInput,
    pub prepared_for: &'a str,
    pub prepared_by: &'a str,
    pub date: &'a str,
    pub assessment: Option<Assessment>,
}

/// The tornado's name for a driver: a lever by its title, an input by its label.
fn driver_name(t: &Texts, d: Driver) -> String {
    match d {
        Driver::Lever(l) => t.levers[l as usize].title.to_owned(),
        Driver::Costs => t.tornado_costs.to_owned(),
        other => t.field_in("case", other.key()).map_or_else(|| other.key().to_owned(), |f| f.label.to_owned()),
    }
}

fn label(t: &Texts, key: &str) -> String {
    t.field_in("case", key).map_or_else(|| key.to_owned(), |f| f.label.to_owned())
}

/// The deck of `input`'s case, or the error that makes the case invalid.
pub fn deck(input: &DeckInput) -> Result<Deck, InputError> {
    let (t, num) = (input.t, input.num);
    let case: &BusinessCaseInput = &input.simulation.case;
    let r = business_case(case)?;
    let a = &r.risk_adjusted;
    let money = |v: f64| num.fmt(Style::Money, v);
    let percent = |v: Option<f64>| v.map_or_else(|| t.not_available.to_owned(), |v| num.fmt(Style::Percent, v));
    let months = |m: Option<f64>| months(num, t, m);
    let years = case.years.round() as u32;
    let on: Vec<Lever> = Lever::ALL.into_iter().filter(|l| case.levers.enabled[l.index()]).collect();
    let mut slides = Vec::new();

    let mut lines = Vec::new();
    if !input.prepared_for.is_empty() {
        lines.push([t.prepared_for, ": ", input.prepared_for].concat());
    }
    if !input.prepared_by.is_empty() {
        lines.push([t.prepared_by, ": ", input.prepared_by].concat());
    }
    lines.push([t.date, ": ", input.date].concat());
    lines.push([t.currency, ": ", num.currency(), " · ", t.risk_adjusted].concat());
    slides.push(Slide::Title { title: t.slides_title.to_owned(), lines });

    let c = &case.company;
    let fact = |key: &str, value: String| vec![label(t, key), value];
    slides.push(Slide::Table {
        title: t.slides_situation.to_owned(),
        head: vec![t.input.to_owned(), t.value.to_owned()],
        rows: vec![
            fact("customers", num.fmt(Style::Decimal(0), c.customers)),
            vec![t.slides_annual_revenue.to_owned(), money(c.customers * c.revenue_per_customer)],
            fact("grossMargin", num.fmt(Style::PercentTyped, c.gross_margin)),
            fact("retentionRate", num.fmt(Style::PercentTyped, c.retention_rate)),
            fact("costs.oneOff", money(case.costs.one_off)),
            fact("costs.annual", money(case.costs.annual)),
            fact("years", num.fmt(Style::Decimal(0), case.years)),
            fact("discountRate", num.fmt(Style::PercentTyped, case.discount_rate)),
        ],
        note: String::new(),
    });

    let per_unit = claims(case)?.return_per_unit;
    let claim = claim_return(num, t, per_unit);
    slides.push(Slide::Figures {
        title: t.slides_headline.to_owned(),
        figures: vec![
            Figure { label: t.npv.to_owned(), value: money(a.npv) },
            Figure { label: t.roi.to_owned(), value: percent(a.roi) },
            Figure { label: t.payback_months.to_owned(), value: months(a.payback_months) },
            Figure { label: t.slides_per_unit.to_owned(), value: per_unit.map_or_else(|| t.not_available.to_owned(), |k| per_unit_text(num, k)) },
        ],
        note: claim,
    });

    slides.push(Slide::Chart {
        title: t.slides_levers.to_owned(),
        categories: on.iter().map(|&l| t.levers[l as usize].title.to_owned()).collect(),
        series: vec![Series { name: t.pv_benefits.to_owned(), values: on.iter().map(|&l| r.lever_pv.get(l)).collect() }],
        note: fill_values(t.slides_total, &[&money(a.pv_benefits), &money(a.pv_costs)]),
    });

    slides.push(Slide::Chart {
        title: t.slides_cash.to_owned(),
        categories: r.years.iter().map(|y| [t.year, " ", &y.year.to_string()].concat()).collect(),
        series: vec![
            Series { name: t.benefits.to_owned(), values: r.years.iter().map(|y| y.benefits).collect() },
            Series { name: t.costs.to_owned(), values: r.years.iter().map(|y| y.costs).collect() },
            Series { name: t.net.to_owned(), values: r.years.iter().map(|y| y.net).collect() },
        ],
        note: match a.payback_months {
            Some(m) => fill_values(t.summary_payback, &[&months(Some(m))]),
            None => fill_values(t.summary_no_payback, &[&years.to_string()]),
        },
    });

    slides.push(Slide::Table {
        title: t.scenarios.to_owned(),
        head: vec![String::new(), t.npv.to_owned(), t.roi.to_owned(), t.payback_months.to_owned()],
        rows: r
            .scenarios
            .iter()
            .zip(t.scenario_names)
            .map(|(s, name)| vec![name.to_owned(), money(s.summary.npv), percent(s.summary.roi), months(s.summary.payback_months)])
            .collect(),
        note: t.scenario_note.to_owned(),
    });

    let sim = simulate(input.simulation)?;
    let trials = num.fmt(Style::Decimal(0), f64::from(sim.trials));
    let mut rows = vec![
        vec![t.p10_words.to_owned(), money(sim.npv.p10)],
        vec![t.p50_words.to_owned(), money(sim.npv.p50)],
        vec![t.p90_words.to_owned(), money(sim.npv.p90)],
        vec![t.chance_npv.to_owned(), num.fmt(Style::Percent, sim.chance_npv_positive)],
    ];
    let bars = tornado(case)?.bars;
    rows.push(vec![t.tornado_title.to_owned(), [t.npv_at_low, " – ", t.npv_at_high].concat()]);
    rows.extend(bars.iter().take(5).map(|b| vec![driver_name(t, b.driver), [money(b.npv_low), " – ".into(), money(b.npv_high)].concat()]));
    slides.push(Slide::Table {
        title: t.unc_title.to_owned(),
        head: vec![t.npv.to_owned(), String::new()],
        rows,
        note: fill_values(t.slides_trials, &[&trials, &sim.seed.to_string()]),
    });

    if let Some(a) = &input.assessment {
        let (stages, areas) = (t.stages(), t.areas());
        let verdict = fill_values(t.as_verdict, &[&a.stage.to_string(), stages[a.stage as usize].0, areas[a.weakest as usize].0]);
        slides.push(Slide::Table {
            title: t.readiness.to_owned(),
            head: vec![t.area.to_owned(), t.score.to_owned()],
            rows: areas.iter().zip(a.areas).map(|((name, _), score)| vec![(*name).to_owned(), num.fmt(Style::Decimal(0), score)]).collect(),
            note: [fill_values(t.as_overall, &[&num.fmt(Style::Decimal(0), a.overall)]), verdict].join(" · "),
        });
    }

    let mut sources = vec![&t.tei, &t.three_per_dollar];
    sources.extend(on.iter().filter_map(|&l| evidence(t, l)));
    sources.push(&t.illustrative);
    slides.push(Slide::Table {
        title: t.slides_sources.to_owned(),
        head: vec![t.sources.to_owned(), t.slides_grade.to_owned()],
        rows: sources.into_iter().map(|s| vec![s.source.to_owned(), t.grade(t.grade_of(s)).to_owned()]).collect(),
        note: t.slides_assumptions.to_owned(),
    });

    slides.push(Slide::Points { title: t.slides_next.to_owned(), points: t.slides_steps.iter().map(|s| (*s).to_owned()).collect() });

    Ok(Deck {
        lang: input.lang.code(),
        title: t.slides_title.to_owned(),
        author: input.prepared_by.to_owned(),
        footer: [t.app_title, " · ", input.date, " · ", num.currency()].concat(),
        slides,
    })
}
