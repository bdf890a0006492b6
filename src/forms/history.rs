//! Undo: the scenarios before each change, most recent last. Keystrokes into one field make one
//! change, so Undo takes back "25000", not its last digit.

use super::scenario::Scenario;
use crate::finance::input::Notation;

/// How many changes can be undone.
pub const DEPTH: usize = 50;

#[derive(Clone, PartialEq, Default)]
pub struct History {
    past: Vec<Scenario>,
    /// The field typed into last (page, field index), while typing goes on there.
    typing: Option<(u8, usize)>,
}

impl History {
    /// Remember `current` before it changes. `edit` names the field being typed into; more
    /// typing in the same field adds nothing.
    pub fn record(&mut self, current: &Scenario, edit: Option<(u8, usize)>) {
        if edit.is_none() || edit != self.typing {
            if self.past.len() == DEPTH {
                self.past.remove(0);
            }
            self.past.push(current.clone());
        }
        self.typing = edit;
    }

    /// The scenario before the last change, if any.
    pub fn undo(&mut self) -> Option<Scenario> {
        self.typing = None;
        self.past.pop()
    }

    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    pub fn set_notation(&mut self, n: Notation) {
        for s in &mut self.past {
            s.set_notation(n);
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
