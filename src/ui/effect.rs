//! What a component asks of the world outside the app: run by `effects::run`, which dispatches
//! the outcome as an `Action`.

use super::state::Tab;
use crate::finance::uncertainty::SimulationSummary;
use crate::text::{Currency, Lang};
use std::rc::Rc;

/// What a component asks of the outside world.
#[derive(Clone, PartialEq)]
pub enum Effect {
    /// Switch language, and remember the choice in this browser.
    ChooseLanguage(Lang),
    /// Switch currency, and remember the choice.
    ChooseCurrency(Currency),
    /// Copy the share link of the scenario on screen.
    CopyLink,
    /// Save the scenario on screen under the name typed.
    Save,
    /// Give the saved scenario being renamed this name.
    Rename(String),
    Duplicate(String),
    Delete(String),
    ExportJson,
    /// Download a calculator's year table as CSV.
    ExportCsv(Tab),
    /// Download a Monte Carlo run's histograms (the trials' counts) as CSV.
    ExportSimulation(Rc<SimulationSummary>),
    /// Print the report (the browser's "Save as PDF").
    Print,
    /// Download the business case as a PowerPoint deck (`crate::slides`).
    DownloadSlides,
    /// Open the scenario file chosen in this file input.
    Import(web_sys::HtmlInputElement),
}
