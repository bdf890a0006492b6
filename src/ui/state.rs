//! The app state: one `Reducible` holding both calculators' forms, changed only through `Action`.

use crate::forms::{Form, Payback, Retention};
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Retention,
    Payback,
}

pub enum Action {
    SelectTab(Tab),
    Edit(Tab, usize, String),
    SetSwitch(Tab, &'static str, bool),
    Reset(Tab),
}

#[derive(Clone, PartialEq, Default)]
pub struct AppState {
    pub tab: Tab,
    pub retention: Form<Retention>,
    pub payback: Form<Payback>,
}

impl Default for Tab {
    fn default() -> Self {
        Tab::Retention
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SelectTab(tab) => next.tab = tab,
            Action::Edit(Tab::Retention, i, text) => next.retention.set(i, text),
            Action::Edit(Tab::Payback, i, text) => next.payback.set(i, text),
            Action::SetSwitch(Tab::Retention, key, on) => next.retention.set_switch(key, on),
            Action::SetSwitch(Tab::Payback, key, on) => next.payback.set_switch(key, on),
            Action::Reset(Tab::Retention) => next.retention.reset(),
            Action::Reset(Tab::Payback) => next.payback.reset(),
        }
        Rc::new(next)
    }
}
