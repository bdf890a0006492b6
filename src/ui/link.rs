//! The app state ↔ the share link in the address (see `crate::forms::share` for the format).

use super::state::{AppState, Tab};
use crate::forms::case::Industry;
use crate::forms::share::{decode, is_link, Builder, LinkError};

/// What the person is told about a link that could not be fully restored.
#[derive(Clone, PartialEq, Debug)]
pub enum Notice {
    /// Made by a newer version: defaults shown.
    Newer,
    /// Cut short or edited: defaults shown.
    Damaged,
    /// Some values could not be restored (their field keys); the rest were.
    Partial(Vec<&'static str>),
}

/// The fragment (without `#`) that reproduces `state`.
pub fn encode(state: &AppState) -> String {
    let mut link = Builder::new();
    link.part("t", state.tab.key());
    if let Some(p) = state.preset {
        link.part("bp", p.key());
    }
    link.form("r", &state.retention).form("p", &state.payback).form("b", &state.case);
    link.finish()
}

/// The state a fragment asks for: a share link, a page name, or nothing (defaults).
pub fn state_from(fragment: &str) -> AppState {
    let mut state = AppState::default();
    if !is_link(fragment) {
        state.tab = Tab::from_key(fragment).unwrap_or_default();
        return state;
    }
    match decode(fragment) {
        Err(LinkError::Newer) => state.notice = Some(Notice::Newer),
        Err(LinkError::Damaged | LinkError::TooLong) => state.notice = Some(Notice::Damaged),
        Ok(link) => {
            state.tab = link.page.as_deref().and_then(Tab::from_key).unwrap_or_default();
            let mut skipped = Vec::new();
            if let Some(part) = link.form("r") {
                skipped.extend(state.retention.restore(part));
            }
            if let Some(part) = link.form("p") {
                skipped.extend(state.payback.restore(part));
            }
            if let Some(part) = link.form("b") {
                skipped.extend(state.case.restore(part));
            }
            state.preset = link.preset.as_deref().and_then(Industry::from_key);
            if !link.unknown.is_empty() {
                skipped.push("?");
            }
            if !skipped.is_empty() {
                state.notice = Some(Notice::Partial(skipped));
            }
        }
    }
    state
}
