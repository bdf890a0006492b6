//! The app state ↔ the share link in the address (see `crate::forms::share` for the format).

use super::{AppState, Notice, Tab};
use crate::forms::scenario::Scenario;
use crate::forms::share::{decode, is_link, LinkError};

/// The fragment (without `#`) that reproduces `state`: page, language, currency, scenario (the
/// realisation's actuals only while they fit in a link).
pub fn encode(state: &AppState) -> String {
    state.scenario.address(Some(state.tab.key()), Some(state.lang.code()), Some(state.currency.code()))
}

/// Open a share link into `state`, or tell why it could not be.
pub fn open(state: &mut AppState, fragment: &str) {
    match decode(fragment) {
        Err(LinkError::Newer) => state.notice = Some(Notice::LinkNewer),
        Err(LinkError::Damaged | LinkError::TooLong) => state.notice = Some(Notice::LinkDamaged),
        Ok(link) => state.open(Scenario::from_link(&link, state.lang.notation()), false),
    }
}

/// `state` as the page's address asks: a share link, a page name, or nothing (defaults).
pub fn start(mut state: AppState, fragment: &str) -> AppState {
    if is_link(fragment) {
        open(&mut state, fragment);
    } else if let Some(tab) = Tab::from_key(fragment) {
        state.tab = state.mode.embed.unwrap_or(tab);
    }
    state
}
