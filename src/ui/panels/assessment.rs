//! The ROX self-assessment page: 24 statements rated on four levels (or "don't know"), the
//! result (radar of the Six of ROX, the ladder stage, strongest and weakest areas with a next
//! step, how sure the measurement is) and what it suggests for the business case, applied with
//! one click. Scoring and mapping are `finance::assessment`; the answers travel in the
//! scenario's panels part (`forms::panels`), so the link, saved scenarios and files keep them.

use super::super::context::use_ui;
use super::super::format::{raw, Style};
use super::super::state::{Action, DRAWN};
use super::assumptions::percent_typed;
use super::charts;
use super::text_table::{TextRow, TextTable};
use super::uncertainty::input_name;
use super::worker::case_of;
use crate::finance::assessment::{Area, Assessment, Part, STATEMENTS};
use crate::finance::business_case::{business_case, enabled_key, Lever};
use crate::forms::panels::{assessment_of, with_suggestion, Answer, PanelChange, PanelInputs};
use crate::forms::scenario::Scenario;
use crate::forms::FormView;
use crate::text::{count, fill_values};
use std::rc::Rc;
use yew::prelude::*;

/// Which statements a group of the questionnaire holds.
type PartFilter = fn(Part) -> bool;

#[derive(Properties, PartialEq)]
pub struct AssessmentProps {
    pub scenario: Rc<Scenario>,
    /// How much of a first visit is drawn (see `AppState::stage`): the first group of
    /// statements, then two more a frame.
    pub stage: u8,
}

#[component]
pub fn AssessmentPanel(props: &AssessmentProps) -> Html {
    let ui = use_ui();
    let t = ui.t;
    let (inputs, skipped) = PanelInputs::read(&props.scenario.panels);
    let on_answer = ui.act.reform(|(i, a): (usize, Answer)| Action::ChangePanels(PanelChange::Answer(i, a)));
    let on_clear = ui.on(Action::ChangePanels(PanelChange::ClearAnswers));
    let answered = inputs.answered();
    let result = assessment_of(&props.scenario);
    // Host pages hear the result whenever it changes.
    {
        let result = result.clone();
        use_effect_with(result.as_ref().map(|a| (a.stage, a.areas.map(|v| (v * 10.0).round() as i64), a.open)), move |_| {
            if let Some(a) = &result {
                emit_result(a);
            }
        });
    }
    let parts: [(&'static str, PartFilter); 5] = [
        (t.part_areas, |p| matches!(p, Part::Area(_))),
        (t.part_chain, |p| p == Part::Chain),
        (t.part_ladder, |p| matches!(p, Part::Ladder(_))),
        (t.part_practice, |p| p == Part::Practice),
        (t.part_measurement, |p| p == Part::Measurement),
    ];
    let complete = props.stage == DRAWN;
    let shown = if complete { parts.len() } else { 1 + 2 * props.stage as usize };
    let groups = parts.into_iter().take(shown).map(|(title, pick)| {
        let questions = (0..24).filter(|&i| pick(STATEMENTS[i].part)).map(|i| {
            html! { <Question key={STATEMENTS[i].key} index={i} answer={inputs.answers[i]} on_answer={on_answer.clone()} /> }
        });
        html! { <section key={title} class="question-group"><h3>{ title }</h3>{ for questions }</section> }
    });
    html! {
        <section class="panel-card assessment" data-testid="assessment" aria-labelledby="assessment-title">
            <h2 id="assessment-title">{ t.as_title }</h2>
            <p class="intro">{ t.as_intro }</p>
            if !skipped.is_empty() {
                <p class="stale-note" data-testid="panel-skipped">{ t.panel_skipped }</p>
            }
            <div class="assessment-progress">
                <progress max="24" value={answered.to_string()} aria-labelledby="assessment-count" />
                <span id="assessment-count" data-testid="assessment-progress" role="status" aria-live="polite">
                    { fill_values(t.as_progress, &[&answered.to_string(), "24"]) }
                </span>
            </div>
            <dl class="level-key" data-testid="level-key">
                { for t.levels().into_iter().chain([(t.dont_know, t.dont_know_what)]).zip(["0", "1", "2", "3", "x"]).map(|((name, what), v)| html! {
                    <><dt>{ name }</dt><dd id={["level-what-", v].concat()}>{ what }</dd></>
                }) }
            </dl>
            <div class="questions">{ for groups }</div>
            if answered > 0 {
                <button type="button" class="secondary" data-testid="assessment-clear" onclick={on_clear}>{ t.as_clear }</button>
            }
            { match result {
                Some(_) if !complete => Html::default(),
                Some(a) => html! { <Result scenario={props.scenario.clone()} assessment={Rc::new(a)} /> },
                None => html! { <p class="stale-note" data-testid="assessment-incomplete">{ t.as_incomplete }</p> },
            } }
        </section>
    }
}

/// Tell the page and its host the result: `rox:assessment` with the stage, the six areas'
/// scores (0–100), the measurement confidence (0–1) and how many statements are still open.
fn emit_result(a: &Assessment) {
    use super::super::browser::{emit, object};
    let areas: Vec<(&str, wasm_bindgen::JsValue)> = Area::ALL.into_iter().map(|k| (k.key(), a.areas[k as usize].into())).collect();
    let detail = object(&[
        ("stage", a.stage.into()),
        ("areas", object(&areas).into()),
        ("measurementConfidence", a.measurement_confidence.into()),
        ("open", (a.open as u32).into()),
    ]);
    emit("rox:assessment", &detail);
}

#[derive(Properties, PartialEq)]
struct QuestionProps {
    index: usize,
    answer: Answer,
    on_answer: Callback<(usize, Answer)>,
}

/// One statement: four levels and "don't know", as radio buttons (arrow keys move between them).
#[component]
fn Question(props: &QuestionProps) -> Html {
    let t = use_ui().t;
    let i = props.index;
    let name = ["q-", STATEMENTS[i].key].concat();
    let option = |answer: Answer, title: &'static str, value: &'static str| {
        let on_answer = props.on_answer.clone();
        let onchange = Callback::from(move |_: Event| on_answer.emit((i, answer)));
        let id = [name.as_str(), "-", value].concat();
        // What the level means is said once, above the questions; each choice points to it.
        html! {
            <label for={id.clone()}>
                <input type="radio" {id} name={name.clone()} value={value} checked={props.answer == answer} {onchange}
                    aria-describedby={["level-what-", value].concat()} data-testid={["answer-", STATEMENTS[i].key, "-", value].concat()} />
                <span class="level-name">{ title }</span>
            </label>
        }
    };
    let levels = t.levels();
    html! {
        <fieldset data-testid={["question-", STATEMENTS[i].key].concat()}>
            <legend>{ [(i + 1).to_string().as_str(), ". ", t.statements()[i]].concat() }</legend>
            <div class="levels">
                { option(Answer::Level(0), levels[0].0, "0") }
                { option(Answer::Level(1), levels[1].0, "1") }
                { option(Answer::Level(2), levels[2].0, "2") }
                { option(Answer::Level(3), levels[3].0, "3") }
                { option(Answer::DontKnow, t.dont_know, "x") }
            </div>
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
struct ResultProps {
    scenario: Rc<Scenario>,
    assessment: Rc<Assessment>,
}

/// The result and the suggestion for the business case.
#[component]
fn Result(props: &ResultProps) -> Html {
    let ui = use_ui();
    let num = &ui.num;
    let t = ui.t;
    let a = &*props.assessment;
    let s = &*props.scenario;
    let applied = with_suggestion(s, a);
    let already = applied.case == s.case;
    let on_apply = ui.on(Action::ApplySuggestion);
    let npv = |sc: &Scenario| case_of(&sc.case).and_then(|c| business_case(&c).ok()).map(|r| r.risk_adjusted.npv);
    let (before, after) = (npv(s), npv(&applied));
    let risks: Vec<TextRow> = Lever::ALL
        .into_iter()
        .filter(|&l| s.case.switch(enabled_key(l)))
        .map(|l| {
            let key = ["levers.", l.key(), ".risk"].concat();
            let now = s.case.text_of(&key);
            TextRow {
                label: t.levers[l as usize].title.into(),
                cells: vec![percent_typed(num, now, s.case.notation()).into(), num.fmt(Style::Percent, a.suggested.risk[l.index()]).into()],
                highlight: false,
            }
        })
        .collect();
    let months = |v: f64| count(ui.lang, t.n_months, v, &num.fmt(Style::Decimal(1), v)).replace(' ', "\u{a0}");
    let typed_months = s.case.text_of("rampUpMonths");
    let ramp = vec![TextRow {
        label: input_name(t, "rampUpMonths").into(),
        cells: vec![
            crate::finance::input::parse_in(typed_months, ui.notation()).map_or_else(|_| [typed_months, " ", t.months].concat(), months).into(),
            months(a.suggested.ramp_up_months).into(),
        ],
        highlight: false,
    }];
    let npv_line = match (before, after) {
        (Some(b), Some(n)) => html! {
            <p data-testid="suggestion-npv" data-before={raw(Some(b))} data-after={raw(Some(n))}>
                { t.npv_now }{ ": " }<strong>{ num.fmt(Style::Money, b) }</strong>{ " → " }{ t.npv_suggested }{ ": " }<strong>{ num.fmt(Style::Money, n) }</strong>
            </p>
        },
        _ => html! { <p class="stale-note">{ t.suggest_invalid }</p> },
    };
    html! {
        <div class="assessment-result" data-testid="assessment-result" data-stage={a.stage.to_string()}>
            <h2>{ t.result_title }</h2>
            <Readiness assessment={props.assessment.clone()} />
            <div class="panel-part" data-testid="suggestion">
                <h3>{ t.suggest_title }</h3>
                <p class="help">{ t.suggest_intro }</p>
                { super::super::source::source(t, &t.illustrative) }
                <p data-testid="suggestion-does">{ t.suggest_does }</p>
                <TextTable caption={t.suggest_risk_title} hook="suggestion-table" head={vec![AttrValue::from(t.lever), t.now.into(), t.suggest_risk_title.into()]} rows={risks} />
                <TextTable caption={t.suggest_ramp_title} hook="suggestion-ramp-table" head={vec![AttrValue::from(t.input), t.now.into(), t.suggest_ramp_title.into()]} rows={ramp} />
                { npv_line }
                if already {
                    <p role="status" data-testid="suggestion-applied">{ t.applied }</p>
                } else {
                    <button type="button" class="primary apply" data-testid="apply-suggestion" onclick={on_apply} disabled={after.is_none()}>{ t.apply }</button>
                }
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ReadinessProps {
    pub assessment: Rc<Assessment>,
}

/// Radar with its table, the ladder stage, strongest and weakest areas with next steps, and how
/// sure the measurement is: on the page and in the report's "Readiness" section.
#[component]
pub fn Readiness(props: &ReadinessProps) -> Html {
    let ui = use_ui();
    let t = ui.t;
    let num = &ui.num;
    let a = &*props.assessment;
    let areas = t.areas();
    let names = areas.map(|(n, _)| n);
    let rows: Vec<TextRow> = Area::ALL
        .into_iter()
        .map(|area| TextRow {
            label: names[area as usize].into(),
            cells: vec![num.fmt(Style::Decimal(0), a.areas[area as usize]).into()],
            highlight: area == a.weakest,
        })
        .collect();
    let stages = t.stages();
    let step = |area: Area| fill_values(t.next_step, &[areas[area as usize].1]);
    let counted = |text: &str, n: usize| count(ui.lang, text, n as f64, &num.fmt(Style::Decimal(0), n as f64));
    let verdict = fill_values(t.as_verdict, &[&a.stage.to_string(), stages[a.stage as usize].0, names[a.weakest as usize]]);
    html! {
        <div class="readiness" data-testid="readiness">
            <p class="verdict" data-testid="assessment-verdict">
                <strong data-testid="assessment-overall">{ fill_values(t.as_overall, &[&num.fmt(Style::Decimal(0), a.overall)]) }</strong>{ " · " }{ verdict }
            </p>
            if a.open > 0 {
                <p class="stale-note" data-testid="assessment-open">{ counted(t.as_open, a.open) }</p>
            }
            <div class="keep">
                { charts::radar(t.radar_title, names, a.areas) }
                <TextTable caption={t.radar_title} hook="radar-table" head={vec![AttrValue::from(t.area), t.score.into()]} {rows} />
            </div>
            <div class="keep">
                <h3>{ t.stage_title }</h3>
                <ol class="stage-ladder" start="0">
                    { for stages.iter().enumerate().map(|(k, (name, _))| html! {
                        <li aria-current={(k as u8 == a.stage).then_some("step")}>{ *name }</li>
                    }) }
                </ol>
                <p data-testid="assessment-stage"><strong>{ stages[a.stage as usize].0 }</strong>{ ": " }{ stages[a.stage as usize].1 }</p>
                <p data-testid="assessment-strongest"><strong>{ fill_values(t.strongest, &[names[a.strongest as usize]]) }</strong>{ " " }{ step(a.strongest) }</p>
                <p data-testid="assessment-weakest"><strong>{ fill_values(t.weakest, &[names[a.weakest as usize]]) }</strong>{ " " }{ step(a.weakest) }</p>
                <p data-testid="assessment-confidence">
                    <strong>{ fill_values(t.confidence, &[&num.fmt(Style::Percent, a.measurement_confidence)]) }</strong>{ " " }
                    <span class="help">{ t.confidence_what }</span>
                </p>
                if !a.dont_know.is_empty() {
                    <p class="stale-note" data-testid="assessment-dont-know">{ counted(t.dont_know_flag, a.dont_know.len()) }</p>
                }
            </div>
        </div>
    }
}

/// The Sources page's entry for the assessment's mapping to the business case: our own
/// judgement, graded illustrative.
#[component]
pub fn MappingSource() -> Html {
    let ui = use_ui();
    let t = ui.t;
    html! {
        <section class="panel-part" data-testid="mapping-source">
            <h3>{ t.as_title }{ " → " }{ t.suggest_title }</h3>
            <p class="source">
                { super::super::source::grade_badge(t, crate::text::Grade::Illustrative) }{ " " }{ t.suggest_intro }
            </p>
        </section>
    }
}
