//! The page's larger panels: the report's body, the business case's uncertainty panel (tornado,
//! Monte Carlo, goal seek, claims, guards, investment curve), goal seek under the payback and
//! retention calculators, the ROX self-assessment and the comparison of saved scenarios. They
//! are components of the one app like any other: they read the scenario from props and change it
//! through the app's `Action`s. The Monte Carlo runs in a worker (`www/mc-worker.js`) that loads
//! the page's own wasm for `MonteCarlo`.

mod assessment;
mod assumptions;
mod charts;
mod compare;
mod realisation;
mod report;
mod text_table;
mod uncertainty;
mod worker;

use super::context::use_ui;
use yew::prelude::*;

pub use assessment::{AssessmentPanel, MappingSource};
pub use compare::Comparison;
pub use realisation::{headline as realisation_headline, period_label, RealisationResults};
pub use report::ReportArticle;
pub use uncertainty::{simulation_csv, Calc, CalculatorGoalSeek, GuardLines, UncertaintyPanel};
pub use worker::simulation_of;

/// What a panel shows while a field of the page is not a number yet: nothing computed from a
/// default in its place.
#[component]
pub fn Unfinished() -> Html {
    let t = use_ui().t;
    html! {
        <article class="panel-card" data-testid="panel-stale">
            <p class="stale-note">{ t.panel_stale }</p>
        </article>
    }
}
