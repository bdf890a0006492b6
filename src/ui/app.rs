//! The app: the state (one reducer), the contexts every component reads, the effects that keep
//! the outside world in line, and the page — header, notice, tabs and the open page.

use super::case::CasePage;
use super::chrome::{Header, NoticeBar, Tabs};
use super::context::Ui;
use super::effect::Effect;
use super::effects::{self, use_effects};
use super::metrics::MetricsPage;
use super::panels::AssessmentPanel;
use super::payback::PaybackPage;
use super::realisation::RealisationPage;
use super::report::ReportPage;
use super::retention::RetentionPage;
use super::scenarios::ScenariosPage;
use super::sources::SourcesPage;
use super::state::{Action, AppState, Tab};
use super::{format, texts};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The state the page starts from (language, link, mode, saved scenarios).
    pub start: AppState,
}

/// Where components send their events (actions, effects): made once, so they never make a
/// component render again. Effects run against the state last drawn.
#[hook]
fn use_sinks(state: &UseReducerHandle<AppState>) -> (Callback<Action>, Callback<Effect>) {
    let latest = use_mut_ref(|| state.clone());
    *latest.borrow_mut() = state.clone();
    let dispatcher = state.dispatcher();
    let ctl = use_memo((), move |_| {
        let act = Callback::from(move |action| dispatcher.dispatch(action));
        let run = {
            let act = act.clone();
            // Cloned out first: an effect's dispatch may draw the app, which writes `latest`.
            Callback::from(move |effect| {
                let state = latest.borrow().clone();
                effects::run(&state, &act, effect)
            })
        };
        (act, run)
    });
    (*ctl).clone()
}

/// The open page.
/// `link`: the scenario's share link, made once a render for the address and the panels.
fn page(state: &AppState, link: &AttrValue) -> Html {
    let link = link.clone();
    let (s, role, more) = (&state.scenario, state.panel_role(), state.drawn(1));
    match state.tab {
        Tab::Retention => html! { <RetentionPage form={s.retention.clone()} stage={state.stage} {role} /> },
        Tab::Payback => html! { <PaybackPage form={s.payback.clone()} stage={state.stage} {role} /> },
        Tab::Case => html! {
            <CasePage form={s.case.clone()} preset={s.preset} costs_follow={s.costs_follow} sent={state.sent} stage={state.stage} panels={AttrValue::from(s.panels.clone())} {role} {link} />
        },
        Tab::Metrics => html! { <MetricsPage helpers={s.helpers.clone()} stage={state.stage} {role} /> },
        Tab::Scenarios => html! {
            <ScenariosPage saved={state.saved.clone()} compare={state.compare.clone()} renaming={state.renaming.clone()}
                deleting={state.deleting.clone()} draft_name={state.draft_name.clone()} {role} />
        },
        Tab::Report => html! {
            <ReportPage scenario={Rc::new(s.clone())} {link} stage={state.stage} {role} />
        },
        Tab::Sources => html! { <SourcesPage role={Some("tabpanel")} {more} /> },
        Tab::Realisation => {
            let linked = s.realisation.is_empty() || link.contains("&ra=");
            html! { <RealisationPage actuals={s.realisation.clone()} case={s.case.clone()} {linked} stage={state.stage} {role} /> }
        }
        Tab::Assessment => html! {
            <section id="panel-assessment" role={role} aria-labelledby={role.map(|_| "tab-assessment")}>
                <AssessmentPanel scenario={Rc::new(s.clone())} stage={state.stage} />
            </section>
        },
    }
}

#[component]
pub fn App(props: &Props) -> Html {
    let state = use_reducer(|| props.start.clone());
    let (act, run) = use_sinks(&state);
    let locale = state.locale();
    let num = format::Numbers::new(&locale, state.currency.code());
    let link = AttrValue::from(crate::state::link::encode(&state));
    use_effects(&state, &act, &link);
    let ui = Ui {
        t: texts::in_money(state.t, &num, &locale),
        lang: state.lang,
        embedded: state.mode.embed.is_some(),
        currency: state.currency,
        locale: locale.into(),
        num,
        act,
        run,
    };
    let embedded = state.mode.embed.is_some();
    // How the page is shown, for the stylesheet: embedded, demo mode, or plain.
    let mode = match (embedded, state.mode.demo) {
        (true, _) => "embed",
        (false, true) => "demo",
        (false, false) => "page",
    };
    html! {
        <ContextProvider<Ui> context={ui}>
                // Busy until every stage is drawn (see `AppState::stage`).
                <div class="app" data-mode={mode} aria-busy={(!state.complete()).then_some("true")}>
                    if embedded {
                        // The embedded page's own title is its h2; the document still needs its h1.
                        <h1 class="visually-hidden">{ state.t.app_title }</h1>
                    } else {
                        <Header lang={state.lang} can_undo={state.history.can_undo()} demo={state.mode.demo} />
                    }
                    if let Some(notice) = &state.notice {
                        <NoticeBar notice={notice.clone()} />
                    }
                    if !embedded {
                        <Tabs selected={state.tab} />
                    }
                    { page(&state, &link) }
                </div>
        </ContextProvider<Ui>>
    }
}
