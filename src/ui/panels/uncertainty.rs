//! The business case's uncertainty panel: tornado, Monte Carlo (in a worker), goal seek, the
//! claim checker, credibility guards and the over/under-investment curve — each computed by
//! `crate::finance` from the scenario on the page.

use super::super::context::use_ui;
use super::super::effect::Effect;
use super::super::field::dom_id;
use super::super::fold::Fold;
use super::super::format::{raw, Numbers, Style};
use super::super::state::Action;
use super::super::tile::length_class;
use super::charts::{self, TornadoBar};
use super::text_table::{TextRow, TextTable};
use super::worker::case_of;
use super::Unfinished;
use crate::finance::business_case::BusinessCaseResult;
use crate::finance::business_case::{business_case, BusinessCaseInput, Lever};
use crate::finance::checks::{guards, investment, Guard};
use crate::finance::goal::{claims, first_reachable, seek_payback, seek_retention, Seek, Target, PAYBACK_FIELDS, RETENTION_FIELDS};
use crate::finance::input::{parse_in, Notation};
use crate::finance::payback::PaybackInput;
use crate::finance::payback::PaybackResult;
use crate::finance::retention::RetentionInput;
use crate::finance::retention::RetentionResult;
use crate::finance::uncertainty::{swung, tornado, Driver, SimulationInput, SimulationSummary};
use crate::forms::case::{Industry, BUSINESS_CASE};
use crate::forms::panels::{PanelChange, PanelInputs, MAX_SEED, MIN_TRIALS};
use crate::forms::Unit;
use crate::forms::{Form, FormView, PAYBACK, RETENTION};
use crate::text::Texts;
use crate::text::{count, fill_values, Lang};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// A value of a business-case input as a person reads it.
pub fn show(num: &Numbers, unit: Unit, v: f64) -> String {
    match unit {
        Unit::Money => num.fmt(Style::Amount, v),
        Unit::Percent | Unit::Points => num.fmt(Style::Percent, v),
        Unit::Count | Unit::People => num.fmt(Style::Decimal(0), v),
        Unit::NpsPoints => num.fmt(Style::Decimal(1), v * 100.0),
        _ => num.fmt(Style::Decimal(2), v),
    }
}

/// A value of an input with its unit in words ("3 points", "12 months", "2.5×"); money in whole
/// units of currency.
pub fn with_unit(num: &Numbers, t: &Texts, lang: Lang, unit: Unit, v: f64) -> String {
    // A number and its unit never part at a line's end.
    let counted = |text: &str, v: f64, decimals: u8| {
        let scale = 10f64.powi(decimals.into());
        count(lang, text, (v * scale).round() / scale, &num.fmt(Style::Decimal(decimals), v)).replace(' ', "\u{a0}")
    };
    match unit {
        Unit::Money => num.fmt(Style::Money, v),
        Unit::Percent => num.fmt(Style::Percent, v),
        Unit::Points => counted(t.n_points, v * 100.0, 2),
        Unit::NpsPoints => counted(t.n_nps_points, v * 100.0, 1),
        Unit::Count => counted(t.n_customers, v, 0),
        Unit::People => counted(t.n_people, v, 0),
        Unit::Months => counted(t.n_months, v, 1),
        Unit::Years => counted(t.n_years, v, 1),
        Unit::PerYear => [num.fmt(Style::Decimal(2), v).as_str(), "\u{a0}", t.unit_per_year].concat(),
        Unit::Multiple => [num.fmt(Style::Decimal(2), v).as_str(), t.unit_multiple].concat(),
        Unit::Score => num.fmt(Style::Decimal(2), v),
    }
}

/// The unit of a business-case input.
fn unit_of(key: &str) -> Unit {
    BUSINESS_CASE.fields.iter().find(|f| f.key == key).map_or(Unit::Multiple, |f| f.unit)
}

/// A person's name for a business-case input: the lever's title, then the field's label (a
/// lever's on/off switch: its title).
pub fn input_name(t: &Texts, key: &str) -> String {
    match super::assumptions::lever_of(key) {
        Some(l) if key.ends_with(".enabled") => t.levers[l as usize].title.to_owned(),
        _ => super::assumptions::label(t, "case", key),
    }
}

/// The tornado's name and unit for a driver: a lever by its title and the input its bar
/// names ("Referrals: NPS uplift").
fn driver(num: &Numbers, t: &Texts, d: Driver) -> (String, Unit) {
    match d {
        Driver::Lever(l) => {
            let key = crate::finance::business_case::likely_keys(l)[0];
            let field = t.field_in("case", key).map_or("", |f| f.label);
            ([t.levers[l as usize].title, ": ", field].concat(), unit_of(key))
        }
        Driver::Costs => (t.tornado_costs.to_owned(), Unit::Money),
        // The model's revenue is a year's, whichever way it was typed.
        other if other.key() == "revenuePerCustomer" => {
            ([input_name(t, other.key()).as_str(), " ", super::super::field::unit_text(num, t, Unit::PerYear)].concat(), Unit::Money)
        }
        other => (input_name(t, other.key()), unit_of(other.key())),
    }
}

#[derive(Properties, PartialEq)]
pub struct UncertaintyProps {
    pub case: Form<BusinessCaseResult>,
    pub preset: Option<Industry>,
    /// The panels' inputs (`Scenario::panels`).
    pub panels: AttrValue,
    /// The scenario's share link, which the Monte Carlo worker reads.
    pub link: AttrValue,
    /// How many of its three groups are drawn: the guards and the tornado; then the Monte Carlo;
    /// then goal seek, the claims and the investment curve. On a first visit each group follows
    /// the one before a frame later, so no frame's work blocks the page for long (see
    /// `AppState::stage`).
    #[prop_or(3)]
    pub groups: u8,
}

#[component]
pub fn UncertaintyPanel(props: &UncertaintyProps) -> Html {
    let ui = use_ui();
    let t = ui.t;
    // The preset's levers are worked out when the preset changes, not on every keystroke.
    let preset = use_memo(props.preset, |p| p.and_then(crate::forms::case::preset_levers));
    if props.case.is_stale() {
        return html! { <Unfinished /> };
    }
    let (inputs, skipped) = PanelInputs::read(&props.panels);
    let Some(inp) = case_of(&props.case) else {
        return html! {
            <section class="panel-card uncertainty" data-testid="uncertainty" aria-labelledby="unc-title">
                <h2 id="unc-title">{ t.unc_title }</h2>
                <p class="stale-note">{ t.mc_invalid }</p>
            </section>
        };
    };
    let on_inputs = ui.act.reform(Action::ChangePanels);
    html! {
        <section class="panel-card uncertainty" data-testid="uncertainty" aria-labelledby="unc-title">
            <h2 id="unc-title">{ t.unc_title }</h2>
            <p class="intro">{ t.unc_intro }</p>
            if !skipped.is_empty() {
                <p class="stale-note" data-testid="panel-skipped">{ t.panel_skipped }</p>
            }
            <GuardList input={inp} preset={*preset} />
            <TornadoCard input={inp} />
            if props.groups >= 2 {
                <MonteCarloCard input={super::worker::simulation_of(&props.case, &props.panels)} link={props.link.clone()} inputs={inputs.clone()} on_inputs={on_inputs.clone()} />
            }
            if props.groups >= 3 {
                <GoalSeek calc={Calc::Case(Rc::new((props.case.values().unwrap_or_default(), props.case.switch_states().to_vec())))} />
                <ClaimsCard input={inp} />
                <InvestmentCard input={inp} inputs={inputs} {on_inputs} />
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct CaseProps {
    pub input: BusinessCaseInput,
}

#[derive(Properties, PartialEq)]
pub struct TornadoProps {
    pub input: BusinessCaseInput,
    /// On the report: the table printed under the chart, not folded away.
    #[prop_or_default]
    pub report: bool,
}

/// The tornado: each input swung between its ends, widest NPV swing first.
#[component]
pub fn TornadoCard(props: &TornadoProps) -> Html {
    let ui = use_ui();
    let num = &ui.num;
    let t = ui.t;
    let Ok(tor) = tornado(&props.input) else { return Html::default() };
    // The costs swing one-off and yearly together: both ends say both, as typed.
    let end = |driver: Driver, unit: Unit, high: bool, value: f64| match driver {
        Driver::Costs => {
            let c = swung(&props.input, Driver::Costs, high).0.costs;
            // Two amounts, each whole with its "a year": a narrow column breaks after the "+" only.
            fill_values(t.cost_ends, &[&num.fmt(Style::Money, c.one_off), &num.fmt(Style::Money, c.annual)]).replace(' ', "\u{a0}").replacen("+\u{a0}", "+ ", 1)
        }
        _ => with_unit(num, t, ui.lang, unit, value),
    };
    let named: Vec<(String, String, String, &crate::finance::uncertainty::Bar)> = tor
        .bars
        .iter()
        .map(|b| {
            let (name, unit) = driver(num, t, b.driver);
            (name, end(b.driver, unit, false, b.low_value), end(b.driver, unit, true, b.high_value), b)
        })
        .collect();
    let bars: Vec<TornadoBar> = named
        .iter()
        .map(|(name, low, high, b)| {
            // A bar's label has little room: a lever by its title; the table names its input.
            let short = match b.driver {
                Driver::Lever(l) => t.levers[l as usize].title,
                _ => name.as_str(),
            };
            TornadoBar { name: [short, " (", low, " – ", high, ")"].concat(), npv_low: b.npv_low, npv_high: b.npv_high }
        })
        .collect();
    let rows: Vec<TextRow> = named
        .iter()
        .map(|(name, low, high, b)| TextRow {
            label: name.clone().into(),
            cells: vec![
                low.clone().into(),
                high.clone().into(),
                num.fmt(Style::Money, b.npv_low).into(),
                num.fmt(Style::Money, b.npv_high).into(),
                num.fmt(Style::Money, b.swing()).into(),
            ],
            highlight: false,
        })
        .collect();
    let head = vec![AttrValue::from(t.input), t.low.into(), t.high.into(), t.npv_at_low.into(), t.npv_at_high.into(), t.swing.into()];
    html! {
        <div class="panel-part" data-testid="tornado">
            if props.report {
                // On paper the chart and its table each stay whole, on one page or the next.
                <div class="keep">
                    <p class="help">{ fill_values(t.tornado_intro, &[&num.fmt(Style::Money, tor.base_npv)]) }</p>
                    { charts::tornado(num, t.tornado_title, tor.base_npv, &bars) }
                </div>
                <div class="keep"><TextTable caption={t.tornado_title} hook="tornado-table" {head} {rows} /></div>
            } else {
                <h3>{ t.tornado_title }</h3>
                <p class="help">{ fill_values(t.tornado_intro, &[&num.fmt(Style::Money, tor.base_npv)]) }</p>
                { charts::tornado(num, t.tornado_title, tor.base_npv, &bars) }
                <Fold summary={html! { t.as_table }}>
                    <TextTable caption={t.tornado_title} hook="tornado-table" {head} {rows} />
                </Fold>
            }
        </div>
    }
}

/// What the simulation shows while it runs and after.
#[derive(Clone, PartialEq)]
pub enum Run {
    Waiting,
    Running { done: u32, total: u32 },
    Done(Rc<SimulationSummary>),
    Failed,
}

/// The worker that runs the Monte Carlo, and the closure that hears it.
struct Runner {
    worker: web_sys::Worker,
    _listener: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _failed: Closure<dyn FnMut(web_sys::Event)>,
    next: u32,
}

/// Runs the simulation of share link `link` in the worker whenever what it simulates (`input`:
/// the case, seed, trials and cost spread; `None` when the case is not valid) changes; a newer
/// request replaces a run between two chunks.
#[hook]
pub fn use_simulation(input: Option<SimulationInput>, link: &str) -> Run {
    let run = use_state(|| Run::Waiting);
    let runner = use_mut_ref(|| None::<Runner>);
    let asked = use_mut_ref(|| 0u32);
    {
        let (run, runner, asked, link) = (run.clone(), runner.clone(), asked.clone(), link.to_owned());
        use_effect_with(input, move |input| {
            if input.is_none() {
                run.set(Run::Failed);
                return;
            }
            let mut slot = runner.borrow_mut();
            if slot.is_none() {
                *slot = start_worker(run.setter(), asked.clone());
            }
            match slot.as_mut() {
                Some(r) => {
                    r.next += 1;
                    *asked.borrow_mut() = r.next;
                    let msg = super::super::browser::object(&[("id", r.next.into()), ("link", link.as_str().into())]);
                    if r.worker.post_message(&msg).is_err() {
                        run.set(Run::Failed);
                    }
                }
                None => run.set(Run::Failed),
            }
        });
    }
    {
        let runner = runner.clone();
        use_effect_with((), move |_| {
            move || {
                if let Some(r) = runner.borrow_mut().take() {
                    r.worker.terminate();
                }
            }
        });
    }
    (*run).clone()
}

fn start_worker(set: UseStateSetter<Run>, asked: Rc<std::cell::RefCell<u32>>) -> Option<Runner> {
    let fail = set.clone();
    let options = web_sys::WorkerOptions::new();
    options.set_type(web_sys::WorkerType::Module);
    let worker = web_sys::Worker::new_with_options("mc-worker.js", &options).ok()?;
    let listener = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
        let data = e.data();
        let get = |k: &str| js_sys::Reflect::get(&data, &k.into()).unwrap_or(JsValue::UNDEFINED);
        // Only the newest request's messages count.
        if get("id").as_f64() != Some(*asked.borrow() as f64) {
            return;
        }
        let summary = get("summary");
        if !summary.is_undefined() {
            let values = summary.dyn_into::<js_sys::Float64Array>().map(|a| a.to_vec()).unwrap_or_default();
            match SimulationSummary::from_values(&values) {
                Some(s) => set.set(Run::Done(Rc::new(s))),
                None => set.set(Run::Failed),
            }
        } else if !get("error").is_undefined() {
            set.set(Run::Failed);
        } else {
            let n = |k: &str| get(k).as_f64().unwrap_or(0.0) as u32;
            set.set(Run::Running { done: n("done"), total: n("total") });
        }
    });
    worker.set_onmessage(Some(listener.as_ref().unchecked_ref()));
    // A worker that cannot start (its module failed to load) says so instead of staying busy.
    let failed = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| fail.set(Run::Failed));
    worker.set_onerror(Some(failed.as_ref().unchecked_ref()));
    Some(Runner { worker, _listener: listener, _failed: failed, next: 0 })
}

#[derive(Properties, PartialEq)]
pub struct SimProps {
    /// What the run simulates, and the link the worker builds it from.
    pub input: Option<SimulationInput>,
    pub link: AttrValue,
    pub inputs: PanelInputs,
    pub on_inputs: Callback<PanelChange>,
}

/// A number input of the panels: typed text kept while it is not valid (the message beside it),
/// sent on when it is.
#[derive(Properties, PartialEq)]
pub struct PanelFieldProps {
    pub id: &'static str,
    pub label: &'static str,
    /// The value now, as a link writes it (canonical).
    pub value: AttrValue,
    /// The message when the text typed is not valid.
    pub invalid: &'static str,
    /// Reads typed text (in the language's notation): the value to send, or `None`.
    pub read: Callback<String, Option<f64>>,
    pub on_value: Callback<f64>,
}

#[component]
pub fn PanelField(props: &PanelFieldProps) -> Html {
    let notation = use_ui().notation();
    let shown = |v: &str| notation.localize(v);
    let text = use_state(|| shown(&props.value));
    let bad = use_state(|| false);
    let sent = use_mut_ref(|| None::<f64>);
    {
        let (text, bad, value, sent) = (text.clone(), bad.clone(), shown(&props.value), sent.clone());
        use_effect_with(props.value.clone(), move |_| {
            text.set(value);
            bad.set(false);
            *sent.borrow_mut() = None;
        });
    }
    // Checked on every keystroke; sent (one change to undo) when the field is left or Enter is
    // pressed.
    let oninput = {
        let (text, bad, read) = (text.clone(), bad.clone(), props.read.clone());
        Callback::from(move |e: InputEvent| {
            let typed = e.target_unchecked_into::<HtmlInputElement>().value();
            bad.set(read.emit(typed.clone()).is_none());
            text.set(typed);
        })
    };
    // Enter then leaving the field would send twice (two changes to undo): a value goes once,
    // and not at all when it is the value already there.
    let send = {
        let (read, on_value, sent) = (props.read.clone(), props.on_value.clone(), sent.clone());
        let now = crate::finance::input::parse_number(&props.value).ok();
        move |typed: String| {
            if let Some(v) = read.emit(typed) {
                if Some(v) != now && Some(v) != *sent.borrow() {
                    *sent.borrow_mut() = Some(v);
                    on_value.emit(v);
                }
            }
        }
    };
    let onchange = {
        let send = send.clone();
        Callback::from(move |e: Event| send(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Enter" {
            send(e.target_unchecked_into::<HtmlInputElement>().value());
        }
    });
    // The rule is the field's help; when it is broken, an alert says it instead.
    let help_id = [props.id, "-help"].concat();
    let error_id = [props.id, "-error"].concat();
    html! {
        <div class="field">
            <label for={props.id}>{ props.label }</label>
            <input id={props.id} type="text" inputmode="decimal" autocomplete="off" value={(*text).clone()} data-testid={props.id}
                aria-invalid={if *bad { "true" } else { "false" }} aria-describedby={if *bad { error_id.clone() } else { help_id.clone() }}
                {oninput} {onchange} {onkeydown} />
            if *bad {
                <p class="error" id={error_id} role="alert" data-testid={[props.id, "-error"].concat()}>{ props.invalid }</p>
            } else {
                <p class="help" id={help_id}>{ props.invalid }</p>
            }
        </div>
    }
}

/// Typed text as a number in the language's notation (comma or point).
fn typed(text: &str, notation: Notation) -> Option<f64> {
    parse_in(text, notation).ok()
}

/// The Monte Carlo: its inputs, progress, figures and histogram.
#[component]
pub fn MonteCarloCard(props: &SimProps) -> Html {
    let ui = use_ui();
    let num = &ui.num;
    let t = ui.t;
    let run = use_simulation(props.input, &props.link);
    let p = props.inputs.clone();
    let field = |id: &'static str, label: &'static str, value: String, invalid: &'static str, check: fn(f64) -> bool, change: fn(f64) -> PanelChange| {
        let notation = ui.notation();
        let read = Callback::from(move |text: String| typed(&text, notation).filter(|v| check(*v)));
        let on_value = props.on_inputs.reform(change);
        html! { <PanelField {id} {label} value={value} {invalid} {read} {on_value} /> }
    };
    let new_seed = props.on_inputs.reform(|_: MouseEvent| PanelChange::Seed((js_sys::Math::random() * 1e9).floor() as u64));
    // Host pages hear each finished run.
    let currency = num.currency();
    use_effect_with(run.clone(), move |run| {
        if let Run::Done(s) = run {
            emit_simulation(currency, s);
        }
    });
    let status = match &run {
        Run::Waiting => String::new(),
        Run::Running { done, total } => fill_values(t.running, &[&num.fmt(Style::Decimal(0), *done as f64), &num.fmt(Style::Decimal(0), *total as f64)]),
        Run::Done(s) => fill_values(t.mc_summary, &[&num.fmt(Style::Decimal(0), s.trials as f64), &raw(Some(s.seed as f64))]),
        Run::Failed => t.mc_invalid.to_owned(),
    };
    html! {
        <div class="panel-part" data-testid="monte-carlo" aria-busy={matches!(run, Run::Waiting | Run::Running { .. }).then_some("true")}>
            <h3>{ t.mc_title }</h3>
            <p class="help">{ t.mc_intro }</p>
            <div class="panel-fields">
                { field("mc-trials", t.trials, p.trials.to_string(), t.bad_trials, |v| v.fract() == 0.0 && (MIN_TRIALS as f64..=1e6).contains(&v), |v| PanelChange::Trials(v as u32)) }
                { field("mc-costs", t.cost_spread, raw(Some((p.cost_spread * 1e4).round() / 100.0)), t.bad_spread, |v| (0.0..=90.0).contains(&v), |v| PanelChange::CostSpread(v / 100.0)) }
            </div>
            // The distributions, the generator and its seed are for whoever checks the figures.
            <Fold class="method" hook="mc-method" summary={html! { t.how_computed }}>
                <p class="help">{ t.mc_method }</p>
                <div class="panel-fields">
                    { field("mc-seed", t.seed, p.seed.to_string(), t.bad_seed, |v| v.fract() == 0.0 && (0.0..=MAX_SEED as f64).contains(&v), |v| PanelChange::Seed(v as u64)) }
                    <button type="button" class="secondary" data-testid="mc-new-seed" onclick={new_seed}>{ t.new_seed }</button>
                </div>
            </Fold>
            <p class="mc-status" id="mc-status" role="status" aria-live="polite" data-testid="mc-status">{ status }</p>
            if let Run::Running { done, total } = run {
                <progress data-testid="mc-progress" aria-labelledby="mc-status" max={total.to_string()} value={done.to_string()} />
            }
            if let Run::Done(s) = &run {
                { summary(num, ui.t, s, Some(ui.on_effect(Effect::ExportSimulation(s.clone())))) }
            }
        </div>
    }
}

/// Tell the page and its host a finished run: `rox:simulation` with its trials and seed, NPV's
/// P10, P50, P90 and mean, and the two chances.
fn emit_simulation(currency: &'static str, s: &SimulationSummary) {
    use super::super::browser::{emit, object};
    let n = &s.npv;
    let npv = object(&[("p10", n.p10.into()), ("p50", n.p50.into()), ("p90", n.p90.into()), ("mean", n.mean.into())]);
    let detail = object(&[
        ("calculator", "case".into()),
        ("currency", currency.into()),
        ("trials", s.trials.into()),
        ("seed", (s.seed as f64).into()),
        ("npv", npv.into()),
        ("probNpvPositive", s.chance_npv_positive.into()),
        ("probPaybackWithinHorizon", s.chance_payback_within_horizon.into()),
    ]);
    emit("rox:simulation", &detail);
}

/// A figure of the simulation, shaped like the page's tiles (its own test hook: the page's
/// `result-*` hooks are the calculators' results).
fn figure(num: &Numbers, hook: &'static str, label: &'static str, style: Style, v: f64) -> Html {
    let text = num.fmt(style, v);
    html! {
        <div class="tile">
            <div class="tile-label">{ crate::text::keep_numbers_together(label) }</div>
            <div class="tile-value" data-testid={hook} data-value={raw(Some(v))} data-length={length_class(&text)}>{ text }</div>
        </div>
    }
}

/// The simulation's figures: percentiles, chances, ROI range, histogram; on the page (where
/// `onexport` downloads the trials' counts as CSV) the histograms' tables too.
pub fn summary(num: &Numbers, t: &'static Texts, s: &SimulationSummary, onexport: Option<Callback<MouseEvent>>) -> Html {
    let report = onexport.is_none();
    let n = &s.npv;
    let pct = |v: f64| num.fmt(Style::Percent, v);
    let roi = s.roi.as_ref().map(|r| fill_values(t.roi_range, &[&pct(r.p10), &pct(r.p50), &pct(r.p90)]));
    let money = |v: f64| num.fmt(Style::Money, v);
    let h = &n.histogram;
    html! {
        <div class="mc-result" data-testid="mc-result" data-p50={raw(Some(n.p50))}>
            <div class="keep">
            <p data-testid="mc-words">{ fill_values(t.mc_words, &[&money(n.p10), &money(n.p50), &money(n.p90)]) }</p>
            <div class="tiles">
                { figure(num, "mc-p10", t.p10_words, Style::Money, n.p10) }
                { figure(num, "mc-p50", t.p50_words, Style::Money, n.p50) }
                { figure(num, "mc-p90", t.p90_words, Style::Money, n.p90) }
                { figure(num, "mc-mean", t.mean, Style::Money, n.mean) }
                { figure(num, "mc-chance-npv", t.chance_npv, Style::Percent, s.chance_npv_positive) }
                { figure(num, "mc-chance-payback", t.chance_payback, Style::Percent, s.chance_payback_within_horizon) }
            </div>
            if let Some(r) = roi {
                <p data-testid="mc-roi">{ r }</p>
            }
            <h4 data-testid="histogram-title">{ t.histogram_title }</h4>
            <p class="help axis-names" data-testid="histogram-axes">{ t.histogram_axes }</p>
            { charts::histogram(num, t.histogram_title, "histogram", Style::CompactMoney, h, [(t.p10, n.p10), ("P50", n.p50), (t.p90, n.p90)]) }
            </div>
            // The report shows the histogram alone: the trials' counts are in the page's CSV export.
            if !report {
                <Fold summary={html! { t.as_table }}>
                    <TextTable caption={t.histogram_title} hook="histogram-table"
                        head={vec![AttrValue::from([t.npv, ": ", t.range_from].concat()), t.range_to.into(), t.trials.into()]}
                        rows={histogram_rows(num, h, |v| num.fmt(Style::Money, v))} />
                </Fold>
                if let Some(r) = &s.roi {
                    { roi_histogram(num, t, r) }
                }
                <button type="button" class="tool" data-testid="csv-simulation" onclick={onexport}>{ t.download_csv }</button>
            }
        </div>
    }
}

/// The trials' counts as CSV: NPV's histogram (whole units of money), then ROI's (whole
/// percent), a row per bin.
pub fn simulation_csv(t: &Texts, notation: crate::finance::input::Notation, s: &SimulationSummary) -> String {
    let mut csv = crate::export::Csv::new(notation);
    let table = |csv: &mut crate::export::Csv, label: &str, scale: f64, h: &crate::finance::uncertainty::Histogram| {
        csv.header([[label, ": ", t.range_from].concat().as_str(), t.range_to, t.trials]);
        for (i, &c) in h.counts.iter().enumerate() {
            csv.row([scale * (h.from + h.width * i as f64), scale * (h.from + h.width * (i + 1) as f64), c as f64]);
        }
    };
    table(&mut csv, t.npv, 1.0, &s.npv.histogram);
    if let Some(r) = &s.roi {
        table(&mut csv, &[t.roi, " (%)"].concat(), 100.0, &r.histogram);
    }
    csv.finish()
}

/// A histogram's table: a row per bin, its ends shown by `show`, then its count (one number a
/// cell, so none breaks over lines on a phone).
fn histogram_rows(num: &Numbers, h: &crate::finance::uncertainty::Histogram, show: impl Fn(f64) -> String) -> Vec<TextRow> {
    h.counts
        .iter()
        .enumerate()
        .map(|(i, &c)| TextRow {
            label: show(h.from + h.width * i as f64).into(),
            cells: vec![show(h.from + h.width * (i + 1) as f64).into(), num.fmt(Style::Decimal(0), c as f64).into()],
            highlight: false,
        })
        .collect()
}

/// ROI's histogram with its table (on the page; the report gives ROI's percentiles).
fn roi_histogram(num: &Numbers, t: &'static Texts, r: &crate::finance::uncertainty::Spread) -> Html {
    let h = &r.histogram;
    let pct = |v: f64| num.fmt(Style::Percent, v);
    let rows = histogram_rows(num, h, pct);
    html! {
        <div data-testid="roi-histogram">
            <h4 data-testid="roi-histogram-title">{ t.roi_histogram_title }</h4>
            <p class="help axis-names" data-testid="roi-histogram-axes">{ t.roi_histogram_axes }</p>
            { charts::histogram(num, t.roi_histogram_title, "roi-histogram", Style::Percent, h, [(t.p10, r.p10), ("P50", r.p50), (t.p90, r.p90)]) }
            <Fold summary={html! { t.as_table }}>
                <TextTable caption={t.roi_histogram_title} hook="roi-histogram-table" head={vec![AttrValue::from([t.roi, ": ", t.range_from].concat()), t.range_to.into(), t.trials.into()]} {rows} />
            </Fold>
        </div>
    }
}

/// What goal seek aims at, as chosen (`Choose`: nothing yet, when no question of this case can
/// be answered as it opens).
#[derive(Clone, Copy, PartialEq)]
enum Aim {
    Choose,
    Npv,
    Roi,
    Ratio,
}

impl Aim {
    /// The target as the select's option value.
    fn value(self) -> &'static str {
        match self {
            Aim::Choose => "",
            Aim::Npv => "npv",
            Aim::Roi => "roi",
            Aim::Ratio => "ratio",
        }
    }

    /// The target value a question starts with, as typed: 200% ROI, 3 per 1; NPV 0 for the
    /// business case and the payback calculator, twice today's profit uplift for retention.
    fn example(self, calc: &Calc) -> String {
        match self {
            Aim::Choose => String::new(),
            Aim::Roi => "200".into(),
            Aim::Ratio => "3".into(),
            Aim::Npv => raw(Some(retention_goal(calc))),
        }
    }

    /// The target of typed text `text` (the business case's and payback's NPV target is 0).
    fn target(self, text: &str, notation: Notation, retention: bool) -> Option<Target> {
        match self {
            Aim::Choose => None,
            Aim::Npv if !retention => Some(Target::Npv(0.0)),
            Aim::Npv => typed(text, notation).map(Target::Npv),
            Aim::Roi => typed(text, notation).map(|v| Target::Roi(v / 100.0)),
            Aim::Ratio => typed(text, notation).map(Target::BenefitCost),
        }
    }
}

/// The question goal seek opens on: the first it can answer of the calculator's uplift for
/// 3 per 1, an ROI of 200% and break-even, then break-even (retention: twice today's profit
/// uplift) for each other input in turn; an empty choice when none can be answered.
fn opening(calc: &Calc) -> (&'static str, Aim) {
    let keys = calc.keys();
    let first = calc.first();
    let retention = matches!(calc, Calc::Retention(..));
    let asks: Vec<(&'static str, Aim)> = if retention {
        std::iter::once(first).chain(keys.iter().copied().filter(|k| *k != first)).map(|k| (k, Aim::Npv)).collect()
    } else {
        [Aim::Ratio, Aim::Roi, Aim::Npv].map(|a| (first, a)).into_iter().chain(keys.iter().filter(|k| **k != first).map(|k| (*k, Aim::Npv))).collect()
    };
    let asks = asks.into_iter().filter(|(k, _)| keys.contains(k)).filter_map(|(k, a)| Some(((k, a), a.target(&a.example(calc), Notation::Point, retention)?)));
    first_reachable(asks, |(k, _), target| calc.solve(k, target)).map_or((keys.first().copied().unwrap_or(first), Aim::Choose), |(ask, _)| ask)
}

/// The calculator goal seek works on, with its input (the business case's as its form's values
/// and switches, so any of its numeric fields can be sought).
#[derive(Clone, PartialEq)]
pub enum Calc {
    Case(Rc<(Vec<f64>, Vec<bool>)>),
    Payback(PaybackInput),
    /// With how many times a year the revenue typed comes in (12 when typed per month): the
    /// model's input is yearly, the field as typed.
    Retention(RetentionInput, f64),
}

impl Calc {
    /// The fields it solves for.
    fn keys(&self) -> Vec<&'static str> {
        match self {
            // Every field but the horizon (whole years) and the ends of a lever's ranges (the
            // figures are the likely case's); a lever's only while it is on.
            Calc::Case(c) => BUSINESS_CASE
                .fields
                .iter()
                .map(|f| f.key)
                .filter(|k| *k != "years" && !k.ends_with(".low") && !k.ends_with(".high"))
                .filter(|k| super::assumptions::lever_of(k).is_none_or(|l| c.1.get(l.index()).copied().unwrap_or(false)))
                .collect(),
            Calc::Payback(_) => PAYBACK_FIELDS.iter().map(|f| f.0).collect(),
            Calc::Retention(..) => RETENTION_FIELDS.to_vec(),
        }
    }

    /// The field shown first: the calculator's uplift.
    fn first(&self) -> &'static str {
        match self {
            Calc::Case(_) => "levers.retention.retentionUplift.likely",
            Calc::Payback(_) => "returnPerDollar",
            Calc::Retention(..) => "retentionUplift",
        }
    }

    fn unit(&self, key: &str) -> Unit {
        let model = match self {
            Calc::Case(_) => BUSINESS_CASE.fields,
            Calc::Payback(_) => PAYBACK.fields,
            Calc::Retention(..) => RETENTION.fields,
        };
        model.iter().find(|f| f.key == key).map_or(Unit::Multiple, |f| f.unit)
    }

    fn name(&self, t: &Texts, key: &str) -> String {
        match self {
            Calc::Case(_) => input_name(t, key),
            Calc::Payback(_) => t.field_in("payback", key).map_or(key, |f| f.label).to_owned(),
            Calc::Retention(..) => t.field_in("retention", key).map_or(key, |f| f.label).to_owned(),
        }
    }

    fn today(&self, key: &str) -> Option<f64> {
        match self {
            Calc::Case(c) => BUSINESS_CASE.fields.iter().position(|f| f.key == key).and_then(|i| c.0.get(i).copied()),
            Calc::Payback(p) => crate::finance::goal::payback_field(&mut p.clone(), key).map(|v| *v),
            Calc::Retention(r, per_year) => crate::finance::goal::retention_field(&mut r.clone(), key).map(|v| *v / as_typed(key, *per_year)),
        }
    }

    fn solve(&self, key: &'static str, target: Target) -> Result<Seek, crate::finance::InputError> {
        match self {
            Calc::Case(c) => crate::forms::case::seek_field(&c.0, &c.1, key, target),
            Calc::Payback(p) => seek_payback(p, key, target),
            Calc::Retention(r, per_year) => seek_retention(r, key, target).map(|seek| {
                let k = as_typed(key, *per_year);
                match seek {
                    Seek::Found { value } => Seek::Found { value: value / k },
                    Seek::NotReachable { from, to } => Seek::NotReachable { from: from / k, to: to / k },
                }
            }),
        }
    }
}

/// How a model value of retention field `key` is typed: revenue per customer divided by
/// `per_year` (it may be typed per month), every other field as it is.
fn as_typed(key: &str, per_year: f64) -> f64 {
    if key == "revenuePerCustomer" {
        per_year
    } else {
        1.0
    }
}

#[derive(Properties, PartialEq)]
pub struct GoalSeekProps {
    pub calc: Calc,
    /// Its heading's tag: "h3" inside the uncertainty panel, "h2" under a calculator.
    #[prop_or("h3")]
    pub heading: &'static str,
}

/// The name of input `key` in goal seek's list: a lever's input without its lever, which names
/// the group it is in, nor "(Likely)", the only value of a range on the list ("Spend uplift"
/// under "Spend").
fn option_name(t: &Texts, calc: &Calc, key: &str) -> String {
    match super::assumptions::lever_of(key) {
        Some(_) => t.field_in("case", key).map_or_else(|| calc.name(t, key), |f| f.label.to_owned()),
        None => calc.name(t, key),
    }
}

/// Goal seek: one input's value for a target, by bisection on its valid bounds. The retention
/// calculator has no costs, so its one target is a discounted profit uplift. It opens on a
/// question it can answer (`opening`).
#[component]
pub fn GoalSeek(props: &GoalSeekProps) -> Html {
    let ui = use_ui();
    let num = &ui.num;
    let t = ui.t;
    let calc = props.calc.clone();
    let retention = matches!(calc, Calc::Retention(..));
    let keys = calc.keys();
    let asked = use_state(|| {
        let (key, aim) = opening(&calc);
        (key, aim, aim.example(&calc))
    });
    let (field, aim, target_text) = (*asked).clone();
    let target = aim.target(&target_text, ui.notation(), retention);
    let key = if keys.contains(&field) { field } else { keys.first().copied().unwrap_or("customers") };
    let unit = calc.unit(key);
    let name = calc.name(t, key);
    let now = calc.today(key);
    let value = |v: f64| with_unit(num, t, ui.lang, unit, v);
    // What the target value is typed as: an amount, a percentage or a multiple.
    let hint = match aim {
        Aim::Roi => t.goal_hint_roi.to_owned(),
        Aim::Ratio => t.goal_hint_ratio.to_owned(),
        Aim::Npv | Aim::Choose => fill_values(t.goal_hint_money, &[&num.fmt(Style::Money, if retention { retention_goal(&calc) } else { 500_000.0 })]),
    };
    let answer = match (aim, target.map(|tg| calc.solve(key, tg))) {
        (Aim::Choose, _) => t.goal_choose_answer.to_owned(),
        (_, None) => [t.bad_target, " ", &hint].concat(),
        (_, Some(Err(_))) => t.goal_invalid.to_owned(),
        (_, Some(Ok(Seek::Found { value: v }))) => fill_values(t.goal_found, &[&name, &value(v), &now.map_or_else(String::new, value)]),
        (_, Some(Ok(Seek::NotReachable { from, to }))) => fill_values(t.goal_not, &[&name, &value(from), &value(to)]),
    };
    let on_field = {
        let (asked, keys) = (asked.clone(), keys.clone());
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(k) = keys.iter().find(|k| **k == v) {
                let (_, aim, text) = (*asked).clone();
                asked.set((k, aim, text));
            }
        })
    };
    let on_aim = {
        let (asked, calc) = (asked.clone(), calc.clone());
        Callback::from(move |e: Event| {
            let next = match e.target_unchecked_into::<HtmlSelectElement>().value().as_str() {
                "roi" => Aim::Roi,
                "ratio" => Aim::Ratio,
                "npv" => Aim::Npv,
                _ => Aim::Choose,
            };
            asked.set((asked.0, next, next.example(&calc)));
        })
    };
    let on_target = {
        let asked = asked.clone();
        Callback::from(move |e: InputEvent| asked.set((asked.0, asked.1, e.target_unchecked_into::<HtmlInputElement>().value())))
    };
    let option = |k: &'static str| html! { <option key={k} value={k} selected={k == key}>{ option_name(t, &calc, k) }</option> };
    // The company's facts, costs and timing first, then each lever's inputs under its name.
    let levers = Lever::ALL.into_iter().filter_map(|l| {
        let of: Vec<&'static str> = keys.iter().copied().filter(|k| super::assumptions::lever_of(k) == Some(l)).collect();
        (!of.is_empty()).then(|| html! { <optgroup key={l.key()} label={t.levers[l as usize].title}>{ for of.into_iter().map(option) }</optgroup> })
    });
    let others: Vec<&'static str> = keys.iter().copied().filter(|k| super::assumptions::lever_of(k).is_none()).collect();
    let choices = match matches!(calc, Calc::Case(_)) {
        true => html! { <><optgroup label={t.goal_other}>{ for others.into_iter().map(option) }</optgroup>{ for levers }</> },
        false => others.into_iter().map(option).collect::<Html>(),
    };
    html! {
        <div class="panel-part" data-testid="goal-seek">
            <@{props.heading}>{ t.goal_title }</@>
            <p class="help">{ t.goal_intro }</p>
            <div class="panel-fields goal-fields">
                <div class="field">
                    <label for="goal-field">{ t.goal_field }</label>
                    <select id="goal-field" data-testid="goal-field" onchange={on_field}>{ choices }</select>
                </div>
                if !retention {
                    <div class="field">
                        <label for="goal-target">{ t.goal_target }</label>
                        <select id="goal-target" data-testid="goal-target" onchange={on_aim}>
                            if aim == Aim::Choose {
                                <option value="" selected=true>{ t.goal_choose }</option>
                            }
                            <option value={Aim::Npv.value()} selected={aim == Aim::Npv}>{ t.target_npv }</option>
                            <option value={Aim::Roi.value()} selected={aim == Aim::Roi}>{ t.target_roi }</option>
                            <option value={Aim::Ratio.value()} selected={aim == Aim::Ratio}>{ fill_values(t.target_bcr, &[&num.fmt(Style::Amount, 1.0)]) }</option>
                        </select>
                    </div>
                }
                if matches!(aim, Aim::Roi | Aim::Ratio) || retention {
                    <div class="field">
                        <label for="goal-value">{ if retention { t.target_profit } else { t.goal_value } }</label>
                        <input id="goal-value" type="text" inputmode="decimal" data-testid="goal-value" value={target_text} oninput={on_target}
                            aria-describedby="goal-value-help" aria-invalid={if target.is_none() { "true" } else { "false" }} />
                        <p class="help" id="goal-value-help" data-testid="goal-hint">{ hint }</p>
                    </div>
                }
            </div>
            <p class="goal-answer" role="status" aria-live="polite" data-testid="goal-answer">{ answer }</p>
        </div>
    }
}

/// Twice the retention calculator's discounted profit uplift today: a first target to try.
fn retention_goal(calc: &Calc) -> f64 {
    match calc {
        Calc::Retention(r, _) => crate::finance::retention::retention_profit(r).map_or(0.0, |x| (2.0 * x.discounted_profit_uplift).round()),
        _ => 0.0,
    }
}

impl Calc {
    /// The payback calculator's goal seek, when its inputs are valid.
    pub fn payback(form: &Form<PaybackResult>) -> Option<Calc> {
        form.values().map(|v| Calc::Payback(crate::forms::payback_input(&v)))
    }

    /// The retention calculator's goal seek, when its inputs are valid.
    pub fn retention(form: &Form<RetentionResult>) -> Option<Calc> {
        form.values().map(|v| {
            let switches = form.switch_states();
            Calc::Retention(crate::forms::retention_input(&v, switches), crate::forms::per_year(switches.get(1)))
        })
    }
}

#[derive(Properties, PartialEq)]
pub struct CalculatorProps {
    /// The calculator's inputs (`None` while a field is not a number).
    pub calc: Option<Calc>,
}

/// The payback or retention calculator's goal seek, under its results.
#[component]
pub fn CalculatorGoalSeek(props: &CalculatorProps) -> Html {
    let t = use_ui().t;
    let calc = props.calc.clone();
    html! {
        <section class="panel-card" data-testid="calculator-goal-seek">
            { match calc {
                Some(calc) => html! { <GoalSeek {calc} heading="h2" /> },
                None => html! { <p class="stale-note">{ t.goal_invalid }</p> },
            } }
        </section>
    }
}

/// The famous claims in this company's case.
#[component]
pub fn ClaimsCard(props: &CaseProps) -> Html {
    let ui = use_ui();
    let t = ui.t;
    let num = &ui.num;
    let Ok(c) = claims(&props.input) else { return Html::default() };
    let pct = |v: f64| num.fmt(Style::Percent, v);
    let uplift = |share: f64, points: Option<f64>, relative: Option<f64>| match (points, relative) {
        (Some(p), Some(r)) => fill_values(t.claim_uplift, &[&pct(share), &num.fmt(Style::Decimal(2), p * 100.0), &pct(r)]),
        _ => fill_values(t.claim_unreached, &[&pct(share)]),
    };
    let ret = super::super::format::claim_return(num, t, c.return_per_unit);
    html! {
        <div class="panel-part" data-testid="claims">
            <h3>{ t.claims_title }</h3>
            <ul class="claims">
                <li data-testid="claim-25">{ uplift(0.25, c.uplift_for_25, c.relative_for_25) }</li>
                <li data-testid="claim-95">{ uplift(0.95, c.uplift_for_95, c.relative_for_95) }</li>
                <li data-testid="claim-return">{ ret }</li>
                <li>{ fill_values(t.claim_firm, &[&num.fmt(Style::Decimal(0), props.input.years)]) }</li>
            </ul>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct GuardProps {
    pub input: BusinessCaseInput,
    pub preset: Option<crate::finance::business_case::Levers>,
}

/// The DOM id of the page's input `key` of the business case (a lever's switch: `lever-<key>-on`).
fn input_id(key: &str) -> String {
    match super::assumptions::lever_of(key) {
        Some(l) if key.ends_with(".enabled") => ["lever-", l.key(), "-on"].concat(),
        _ => dom_id("case", key),
    }
}

/// Focus the page's input `key` of the business case.
fn go_to(key: &'static str) -> Callback<MouseEvent> {
    reveal(input_id(key))
}

/// The DOM id of a guard's detail in the uncertainty panel, where its line beside the headline
/// leads.
pub fn guard_anchor(g: Guard) -> String {
    match g {
        Guard::LifetimeValueTwice => "guard-lifetime".into(),
        Guard::PurchasesTwice => "guard-purchases".into(),
        Guard::RoiAboveCeiling => "guard-roi".into(),
        Guard::PaybackUnderAMonth => "guard-payback".into(),
        Guard::HorizonBeyondEvidence => "guard-horizon".into(),
        Guard::AbovePresetHigh(key) => ["guard-preset-", &key.replace('.', "-")].concat(),
    }
}

/// A guard in one short line (the headline's and the report's first page's); the uncertainty
/// panel says it in full.
pub fn guard_line(t: &Texts, g: Guard) -> String {
    match g {
        Guard::LifetimeValueTwice => t.guard_line_lifetime.to_owned(),
        Guard::PurchasesTwice => t.guard_line_purchases.to_owned(),
        Guard::RoiAboveCeiling => t.guard_line_roi.to_owned(),
        Guard::PaybackUnderAMonth => t.guard_line_payback.to_owned(),
        Guard::HorizonBeyondEvidence => t.guard_line_horizon.to_owned(),
        Guard::AbovePresetHigh(key) => fill_values(t.guard_line_preset, &[&input_name(t, key)]),
    }
}

/// Bring the element with DOM id `id` into view and focus it, without touching the address (it
/// holds the share link): an input a guard names, or a guard's detail its headline line leads to.
fn reveal(id: String) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        let doc = web_sys::window().and_then(|w| w.document());
        if let Some(el) = doc.and_then(|d| d.get_element_by_id(&id)) {
            el.scroll_into_view();
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    })
}

#[derive(Properties, PartialEq)]
pub struct GuardLinesProps {
    pub form: Rc<Form<BusinessCaseResult>>,
    pub preset: Option<Industry>,
}

/// The guards that fire, one line each beside the headline tiles, each a link to its detail in
/// the uncertainty panel further down; nothing when none fires.
#[component]
pub fn GuardLines(props: &GuardLinesProps) -> Html {
    let t = use_ui().t;
    // The preset's levers are worked out when the preset changes, not on every keystroke.
    let preset = use_memo(props.preset, |p| p.and_then(crate::forms::case::preset_levers));
    let list = crate::forms::case::firing_guards(&props.form, preset.as_ref().as_ref());
    if list.is_empty() {
        return Html::default();
    }
    html! {
        <ul class="guard-lines" data-testid="guard-lines" aria-label={t.guards_title}>
            { for list.into_iter().map(|g| {
                let anchor = guard_anchor(g);
                html! {
                    <li key={anchor.clone()}>
                        <a href={["#", anchor.as_str()].concat()} data-testid="guard-line" data-guard={anchor.clone()} onclick={reveal(anchor)}>{ guard_line(t, g) }</a>
                    </li>
                }
            }) }
        </ul>
    }
}

/// Plain warnings when numbers deserve a second look, each with a way to the inputs.
#[component]
pub fn GuardList(props: &GuardProps) -> Html {
    let ui = use_ui();
    let num = &ui.num;
    let t = ui.t;
    let Ok(r) = business_case(&props.input) else { return Html::default() };
    let list = guards(&props.input, &r, props.preset.as_ref());
    let text = |g: Guard| guard_text(num, t, g, &props.input, props.preset.as_ref());
    let links = |g: Guard| {
        let keys: Vec<&'static str> = match g {
            Guard::AbovePresetHigh(k) => vec![k],
            other => other.fields().to_vec(),
        };
        keys.into_iter()
            .map(|k| html! { <button type="button" class="link" onclick={go_to(k)}>{ fill_values(t.go_to, &[&input_name(t, k)]) }</button> })
            .collect::<Html>()
    };
    html! {
        <div class="panel-part guards" data-testid="guards">
            <h3>{ t.guards_title }</h3>
            if list.is_empty() {
                <p>{ t.no_guards }</p>
            } else {
                <ul>
                    { for list.into_iter().map(|g| html! { <li class="guard" id={guard_anchor(g)} tabindex="-1" data-testid="guard">{ text(g) }{ " " }{ links(g) }</li> }) }
                </ul>
            }
        </div>
    }
}

/// What guard `g` of case `input` says; `preset` is the levers of the preset the case started
/// from, if any (the panel's list and the report's first page say the same).
pub fn guard_text(num: &Numbers, t: &Texts, g: Guard, input: &BusinessCaseInput, preset: Option<&crate::finance::business_case::Levers>) -> String {
    match g {
        Guard::LifetimeValueTwice => t.guard_lifetime.to_owned(),
        Guard::PurchasesTwice => t.guard_purchases.to_owned(),
        Guard::RoiAboveCeiling => t.guard_roi.to_owned(),
        Guard::PaybackUnderAMonth => t.guard_payback.to_owned(),
        Guard::HorizonBeyondEvidence => t.guard_horizon.to_owned(),
        Guard::AbovePresetHigh(key) => {
            let high = key.replace(".likely", ".high");
            let preset = preset.map(|&l| {
                let mut inp = *input;
                inp.levers = l;
                inp
            });
            let value = preset.and_then(|p| today_range_high(&p, key)).map_or_else(String::new, |v| show(num, unit_of(&high), v));
            fill_values(t.guard_preset, &[&input_name(t, key), &value])
        }
    }
}

/// The high end of the lever range whose likely value is at `key`.
fn today_range_high(inp: &BusinessCaseInput, key: &str) -> Option<f64> {
    let (lever, k) = Lever::ALL.into_iter().find_map(|l| Some((l, crate::finance::business_case::likely_keys(l).iter().position(|x| *x == key)?)))?;
    let mut copy = *inp;
    copy.levers.ranges_mut(lever).into_iter().nth(k).map(|r| r.high)
}

#[derive(Properties, PartialEq)]
pub struct InvestmentProps {
    pub input: BusinessCaseInput,
    pub inputs: PanelInputs,
    pub on_inputs: Callback<PanelChange>,
}

/// Over- or under-investing: NPV against CX spend on a diminishing-returns curve.
#[component]
pub fn InvestmentCard(props: &InvestmentProps) -> Html {
    let ui = use_ui();
    let num = &ui.num;
    let t = ui.t;
    let notation = ui.notation();
    let read = Callback::from(move |text: String| typed(&text, notation).filter(|v| (1.1..=100.0).contains(v)));
    let on_value = props.on_inputs.reform(PanelChange::Saturation);
    let inv = investment(&props.input, props.inputs.saturation);
    let sentence = inv.as_ref().ok().map(|inv| {
        let gap = inv.gap();
        if gap.abs() <= 0.05 * inv.spend {
            fill_values(t.inv_balanced, &[&num.fmt(Style::Money, inv.best_spend)])
        } else {
            let text = if gap > 0.0 { t.inv_under } else { t.inv_over };
            fill_values(text, &[&num.fmt(Style::Money, inv.best_spend), &num.fmt(Style::Money, gap.abs()), &num.fmt(Style::Money, inv.best_npv)])
        }
    });
    let result = match (inv, sentence) {
        (Ok(inv), Some(s)) => html! {
            <>
                <p class="inv-answer" data-testid="investment-answer">{ s }</p>
                { charts::investment(num, t.inv_title, &inv, t.plan, t.best, t.spend_axis) }
            </>
        },
        _ => html! { <p class="stale-note">{ t.inv_invalid }</p> },
    };
    html! {
        <div class="panel-part" data-testid="investment">
            <h3>{ t.inv_title }</h3>
            <p class="help">{ t.inv_intro }</p>
            { result }
            <div class="panel-fields">
                <PanelField id="inv-saturation" label={t.saturation} value={raw(Some(props.inputs.saturation))} invalid={t.bad_saturation} {read} {on_value} />
            </div>
            <Fold class="method" hook="investment-formula" summary={html! { t.show_formula }}>
                <p class="help">{ t.inv_formula }</p>
                { super::super::source::source(t, &t.illustrative) }
            </Fold>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ReportUncertaintyProps {
    pub case: Form<BusinessCaseResult>,
    /// The report's Monte Carlo run (its first page says how sure the case is from it too).
    pub run: Run,
}

/// The report's uncertainty section: the tornado with its table, and the Monte Carlo's figures
/// with the seed that reproduces them.
#[component]
pub fn ReportUncertainty(props: &ReportUncertaintyProps) -> Html {
    let ui = use_ui();
    let num = &ui.num;
    let t = ui.t;
    let run = &props.run;
    let Some(inp) = case_of(&props.case) else { return Html::default() };
    let status = match run {
        Run::Done(s) => html! {
            <>
                <p data-testid="report-mc-summary">{ fill_values(t.mc_summary, &[&num.fmt(Style::Decimal(0), s.trials as f64), &raw(Some(s.seed as f64))]) }</p>
                { summary(num, ui.t, s, None) }
            </>
        },
        Run::Failed => html! { <p>{ t.mc_invalid }</p> },
        Run::Waiting | Run::Running { .. } => html! { <p class="mc-status">{ ui.t.loading }</p> },
    };
    html! {
        <section class="report-uncertainty" data-testid="report-uncertainty" aria-busy={matches!(run, Run::Waiting | Run::Running { .. }).then_some("true")}>
            <h3>{ t.report_uncertainty }</h3>
            <TornadoCard input={inp} report=true />
            <div class="panel-part">
                <h3>{ t.mc_title }</h3>
                <p class="help">{ t.mc_intro }</p>
                { status }
            </div>
        </section>
    }
}
