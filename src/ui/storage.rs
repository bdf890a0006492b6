//! Saved scenarios and preferences in this browser's localStorage. Each scenario is its own
//! entry (`rox.scenario.<id>`, a scenario file), so one damaged entry never costs the others;
//! full or disabled storage is reported and changes nothing else. Scenario files are read and
//! written by the scenario-file module (`files`), so the operations on saved scenarios are
//! futures: `effects` runs them and sends their outcome to the reducer as an `Action`.

use super::browser::{self, StoreError};
use super::files;
use super::state::{Action, AppState, Notice, Saved};
use crate::finance::input::Notation;
use crate::forms::scenario::{clean_name, Head, Scenario};
use std::cell::Cell;
use std::future::Future;
use std::rc::Rc;

const PREFIX: &str = "rox.scenario.";

/// Keep a preference (language, currency); storage being off only means it is not kept.
pub fn remember(key: &str, value: &str) {
    let _ = browser::store(key, value);
}

/// A kept preference.
pub fn preference(key: &str) -> Option<String> {
    browser::load(key).ok().flatten()
}

/// Send `act` the saved scenarios and how many entries could not be read (those are left out,
/// and left alone), if any are saved; an error when the scenario-file module cannot load.
pub async fn load_saved(notation: Notation, act: &yew::Callback<Action>) -> Result<(), files::Unavailable> {
    let Some(keys) = browser::keys(PREFIX).ok().filter(|k| !k.is_empty()) else { return Ok(()) };
    let mut list = Vec::new();
    let mut damaged = 0;
    for key in keys {
        let Some(text) = browser::load(&key).ok().flatten() else {
            damaged += 1;
            continue;
        };
        match files::read(&text, notation).await {
            Ok(Some(o)) => list.push(Saved { key, head: o.head, scenario: o.scenario, facts_from: o.facts_from }),
            Ok(None) => damaged += 1,
            Err(e) => return Err(e),
        }
    }
    act.emit(Action::SavedLoaded(list, damaged));
    Ok(())
}

thread_local! {
    /// The id of the last key handed out: two saves in one millisecond get two keys, though
    /// neither is in storage yet while its file is being written.
    static LAST_ID: Cell<u64> = const { Cell::new(0) };
}

/// A storage key no saved scenario uses yet.
fn new_key(list: &[Saved]) -> String {
    let mut id = (js_sys::Date::now() as u64).max(LAST_ID.get() + 1);
    loop {
        let key = PREFIX.to_owned() + &id.to_string();
        if !list.iter().any(|s| s.key == key) && browser::load(&key).ok().flatten().is_none() {
            LAST_ID.set(id);
            return key;
        }
        id += 1;
    }
}

/// What a scenario file records about the page it was made on, dated now.
pub fn head_now(state: &AppState) -> Head {
    Head {
        name: String::new(),
        saved_at: js_sys::Date::now() as u64,
        page: Some(state.tab.key().to_owned()),
        lang: Some(state.lang.code().to_owned()),
        currency: Some(state.currency.code().to_owned()),
    }
}

/// Write `scenario` under `key` as `head` says, named `name` (or "Untitled scenario"); or tell
/// why it could not be kept. With `from` (a stored entry's key: rename, duplicate) the stored
/// file is renamed instead, so what this version did not read of it is kept.
fn write(state: &AppState, key: String, mut head: Head, name: &str, scenario: Scenario, from: Option<String>) -> impl Future<Output = Action> + 'static {
    head.name = match clean_name(name) {
        n if n.is_empty() => state.t.untitled.to_owned(),
        n => n,
    };
    async move {
        let Some(text) = files::write(&scenario, &head, from).await else { return Action::Notify(Notice::FilesUnavailable) };
        match browser::store(&key, &text) {
            Ok(()) => Action::Kept(Rc::new(Saved { key, head, scenario, facts_from: None })),
            Err(StoreError::Full) => Action::Notify(Notice::StorageFull),
            Err(StoreError::Off) => Action::Notify(Notice::StorageOff),
        }
    }
}

fn find(state: &AppState, key: &str) -> Option<Saved> {
    state.saved.iter().find(|s| s.key == key).cloned()
}

/// Save the scenario on screen as a new entry, under the name typed for it.
pub fn save(state: &AppState) -> impl Future<Output = Action> + 'static {
    let key = new_key(&state.saved);
    write(state, key, head_now(state), &state.draft_name, state.scenario.clone(), None)
}

/// Rename a saved scenario (it keeps its place: its date is unchanged).
pub fn rename(state: &AppState, key: &str, name: &str) -> Option<impl Future<Output = Action> + 'static> {
    let saved = find(state, key)?;
    Some(write(state, saved.key.clone(), saved.head, name, saved.scenario, Some(saved.key)))
}

pub fn duplicate(state: &AppState, key: &str) -> Option<impl Future<Output = Action> + 'static> {
    let saved = find(state, key)?;
    let name = crate::text::fill(state.t.copy_of, &saved.head.name);
    let head = Head { saved_at: js_sys::Date::now() as u64, ..saved.head };
    Some(write(state, new_key(&state.saved), head, &name, saved.scenario, Some(saved.key)))
}

pub fn delete(key: &str) -> Action {
    browser::storage_remove(key);
    Action::Removed(key.to_owned())
}
