//! The business-case report page: the names on the report and the print button, then the
//! report's body (`ui::panels::report`).

use super::context::use_ui;
use super::effect::Effect;
use super::panels::ReportArticle;
use super::state::Action;
use crate::forms::scenario::Scenario;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// A name on the report, following the state (undo, a link); typing updates the state.
fn name_field(id: &'static str, label: &'static str, value: &str, onchange: &Callback<String>) -> Html {
    let oninput = onchange.reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    html! {
        <div class="field">
            <label for={id}>{ label }</label>
            <input {id} type="text" maxlength="80" value={value.to_owned()} data-testid={id}
                aria-describedby="report-names-help" autocomplete="off" {oninput} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ReportPageProps {
    pub scenario: Rc<Scenario>,
    /// The scenario as a share link, which the Monte Carlo worker reads.
    pub link: AttrValue,
    /// How much of a first visit is drawn (see `AppState::stage`): the body from stage 1, a
    /// part more each frame.
    pub stage: u8,
    pub role: Option<&'static str>,
}

#[component]
pub fn ReportPage(props: &ReportPageProps) -> Html {
    let ctl = use_ui();
    let t = ctl.t;
    html! {
        <section class="report-page" id="panel-report" role={props.role} aria-labelledby={props.role.map(|_| "tab-report")}>
            <div class="report-controls">
                <h2>{ t.report_title }</h2>
                <p class="intro">{ t.report_intro }</p>
                <div class="names">
                    { name_field("prepared-for", t.prepared_for, &props.scenario.prepared_for, &ctl.act.reform(Action::SetPreparedFor)) }
                    { name_field("prepared-by", t.prepared_by, &props.scenario.prepared_by, &ctl.act.reform(Action::SetPreparedBy)) }
                </div>
                <p class="help" id="report-names-help">{ t.prepared_help }</p>
                <button type="button" class="primary" data-testid="print-report" onclick={ctl.on_effect(Effect::Print)}>{ t.download_pdf }</button>
                { " " }
                <button type="button" class="tool" data-testid="slides-report" onclick={ctl.on_effect(Effect::DownloadSlides)}>{ t.slides_download }</button>
                <p class="help">{ t.print_hint }</p>
            </div>
            if props.stage > 0 {
                <ReportArticle scenario={props.scenario.clone()} link={props.link.clone()} stage={props.stage} />
            }
        </section>
    }
}
