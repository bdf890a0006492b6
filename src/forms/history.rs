//! Undo: the scenarios before each change, most recent last. Keystrokes into one field make one
//! change, so Undo takes back "25000", not its last digit.

use super::scenario::Scenario;
use crate::finance::input::Notation;
use std::collections::VecDeque;
use std::rc::Rc;

/// How many changes can be undone.
pub const DEPTH: usize = 50;

/// Shared, not copied: the app state is cloned on every action, and a clone of the history is
/// one reference count; the list itself is copied (as pointers) only when a change is recorded.
#[derive(Clone, PartialEq, Default)]
pub struct History {
    past: Rc<VecDeque<Rc<Scenario>>>,
    /// The field typed into last (page, field index), while typing goes on there.
    typing: Option<(u8, usize)>,
}

impl History {
    /// Remember `current` before it changes. `edit` names the field being typed into; more
    /// typing in the same field adds nothing.
    pub fn record(&mut self, current: &Scenario, edit: Option<(u8, usize)>) {
        if edit.is_none() || edit != self.typing {
            let past = Rc::make_mut(&mut self.past);
            if past.len() == DEPTH {
                past.pop_front();
            }
            past.push_back(Rc::new(current.clone()));
        }
        self.typing = edit;
    }

    /// The scenario before the last change, if any.
    pub fn undo(&mut self) -> Option<Scenario> {
        self.typing = None;
        Rc::make_mut(&mut self.past).pop_back().map(Rc::unwrap_or_clone)
    }

    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    pub fn set_notation(&mut self, n: Notation) {
        for s in Rc::make_mut(&mut self.past) {
            Rc::make_mut(s).set_notation(n);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typing_in_one_field_is_one_change() {
        let mut h = History::default();
        let mut s = Scenario::new(Notation::Point);
        let original = s.clone();
        for text in ["2", "25", "250"] {
            h.record(&s, Some((0, 0)));
            s.retention.set(0, text.into());
        }
        let typed = s.clone();
        h.record(&s, None);
        s.retention.set_switch("upliftIsRelative", true);
        assert!(h.undo() == Some(typed));
        assert!(h.undo() == Some(original));
        assert!(h.undo().is_none() && !h.can_undo());
    }

    #[test]
    fn a_copy_shares_the_steps_and_typing_copies_nothing() {
        let mut h = History::default();
        let s = Scenario::new(Notation::Point);
        for _ in 0..DEPTH {
            h.record(&s, None);
        }
        h.record(&s, Some((0, 0)));
        let mut next = h.clone();
        assert!(Rc::ptr_eq(&h.past, &next.past));
        next.record(&s, Some((0, 0)));
        assert!(Rc::ptr_eq(&h.past, &next.past), "more typing in the same field records nothing");
        next.record(&s, None);
        assert!(!Rc::ptr_eq(&h.past, &next.past) && Rc::ptr_eq(&h.past[1], &next.past[0]), "a new step shares the older ones");
    }

    #[test]
    fn keeps_the_last_changes_only() {
        let mut h = History::default();
        let s = Scenario::new(Notation::Point);
        for _ in 0..DEPTH + 10 {
            h.record(&s, None);
        }
        let mut n = 0;
        while h.undo().is_some() {
            n += 1;
        }
        assert_eq!(n, DEPTH);
    }
}
