//! Saved scenarios and preferences in this browser's localStorage. Each scenario is its own
//! entry (`rox.scenario.<id>`, a scenario file), so one damaged entry never costs the others;
//! full or disabled storage is reported and changes nothing else. Called from `effects`: each
//! operation returns its outcome (the new list, a notice) as an `Action` for the reducer.

use super::browser::{self, StoreError};
use super::state::{Action, AppState, Notice, Saved};
use crate::finance::input::Notation;
use crate::forms::scenario::{clean_name, Head, Scenario};
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

/// Every saved scenario, newest first, and how many entries could not be read (those are
/// left out, and left alone).
pub fn load_saved(notation: Notation) -> (Vec<Saved>, usize) {
    let Ok(keys) = browser::keys(PREFIX) else { return (Vec::new(), 0) };
    let mut list: Vec<Saved> = Vec::new();
    let mut damaged = 0;
    for key in keys {
        match browser::load(&key).ok().flatten().and_then(|text| Scenario::from_json(&text, notation).ok()) {
            Some(o) => list.push(Saved { key, head: o.head, scenario: o.scenario }),
            None => damaged += 1,
        }
    }
    newest_first(&mut list);
    (list, damaged)
}

/// Newest first. A handful of entries, so a plain insertion sort (the standard library's sorts
/// cost ~3 KB of wasm).
fn newest_first(list: &mut [Saved]) {
    for i in 1..list.len() {
        let mut j = i;
        while j > 0 && list[j - 1].head.saved_at < list[j].head.saved_at {
            list.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// A storage key no saved scenario uses yet.
fn new_key(list: &[Saved]) -> String {
    let mut id = js_sys::Date::now() as u64;
    loop {
        let key = PREFIX.to_owned() + &id.to_string();
        if !list.iter().any(|s| s.key == key) && browser::load(&key).ok().flatten().is_none() {
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

/// Write `scenario` under `key` as `head` says, named `name` (or "Untitled scenario"), and put
/// it in the list by its date (a renamed one stays where it was); or tell why it could not be
/// kept.
fn write(state: &AppState, key: String, mut head: Head, name: &str, scenario: Scenario) -> Action {
    head.name = match clean_name(name) {
        n if n.is_empty() => state.t.untitled.to_owned(),
        n => n,
    };
    match browser::store(&key, &scenario.to_json(&head)) {
        Ok(()) => {
            let notice = Some(Notice::Saved(head.name.clone()));
            let mut list: Vec<Saved> = state.saved.iter().filter(|x| x.key != key).cloned().collect();
            list.insert(0, Saved { key, head, scenario });
            newest_first(&mut list);
            Action::Stored { saved: Some(Rc::new(list)), notice }
        }
        Err(StoreError::Full) => Action::Stored { saved: None, notice: Some(Notice::StorageFull) },
        Err(StoreError::Off) => Action::Stored { saved: None, notice: Some(Notice::StorageOff) },
    }
}

fn find(state: &AppState, key: &str) -> Option<Saved> {
    state.saved.iter().find(|s| s.key == key).cloned()
}

/// Save the scenario on screen as a new entry, under the name typed for it.
pub fn save(state: &AppState) -> Action {
    let key = new_key(&state.saved);
    write(state, key, head_now(state), &state.draft_name, state.scenario.clone())
}

pub fn rename(state: &AppState, key: &str, name: &str) -> Option<Action> {
    let saved = find(state, key)?;
    Some(write(state, saved.key, saved.head, name, saved.scenario))
}

pub fn duplicate(state: &AppState, key: &str) -> Option<Action> {
    let saved = find(state, key)?;
    let name = crate::text::fill(state.t.copy_of, &saved.head.name);
    let head = Head { saved_at: js_sys::Date::now() as u64, ..saved.head };
    Some(write(state, new_key(&state.saved), head, &name, saved.scenario))
}

pub fn delete(state: &AppState, key: &str) -> Action {
    browser::storage_remove(key);
    Action::Stored { saved: Some(Rc::new(state.saved.iter().filter(|x| x.key != key).cloned().collect())), notice: None }
}
