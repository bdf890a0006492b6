//! The app state: one `Reducible` holding every form, changed only through `Action`.

use super::format::raw;
use crate::forms::case::{BusinessCase, Industry};
use crate::forms::metrics::*;
use crate::forms::{Form, Payback, Retention};
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Copy, PartialEq, Eq, Default, Debug)]
pub enum Tab {
    #[default]
    Retention,
    Payback,
    Case,
    Metrics,
    Sources,
}

impl Tab {
    pub const ALL: [Tab; 5] = [Tab::Retention, Tab::Payback, Tab::Case, Tab::Metrics, Tab::Sources];

    pub fn from_key(key: &str) -> Option<Tab> {
        Self::ALL.into_iter().find(|t| t.key() == key)
    }

    pub fn key(self) -> &'static str {
        match self {
            Tab::Retention => "retention",
            Tab::Payback => "payback",
            Tab::Case => "case",
            Tab::Metrics => "metrics",
            Tab::Sources => "sources",
        }
    }
}

/// The metric helpers, in the catalogue's `helpers` order.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Helper {
    Churn,
    RetentionRate,
    Clv,
    TransactionSize,
    ContractValue,
    Nps,
    Csat,
    Ces,
    SupportCost,
}

impl Helper {
    /// The form scope of this helper's fields: helper texts, ids prefixed by the helper.
    pub fn scope(self) -> &'static str {
        match self {
            Helper::Churn => "helper/churn",
            Helper::RetentionRate => "helper/retentionRate",
            Helper::Clv => "helper/clv",
            Helper::TransactionSize => "helper/transactionSize",
            Helper::ContractValue => "helper/contractValue",
            Helper::Nps => "helper/nps",
            Helper::Csat => "helper/csat",
            Helper::Ces => "helper/ces",
            Helper::SupportCost => "helper/supportCost",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Helper::Churn => "churn",
            Helper::RetentionRate => "retentionRate",
            Helper::Clv => "clv",
            Helper::TransactionSize => "transactionSize",
            Helper::ContractValue => "contractValue",
            Helper::Nps => "nps",
            Helper::Csat => "csat",
            Helper::Ces => "ces",
            Helper::SupportCost => "supportCost",
        }
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct Helpers {
    pub churn: Form<Churn>,
    pub retention_rate: Form<RetentionRate>,
    pub clv: Form<Clv>,
    pub transaction_size: Form<TransactionSize>,
    pub contract_value: Form<ContractValue>,
    pub nps: Form<Nps>,
    pub csat: Form<Csat>,
    pub ces: Form<Ces>,
    pub support_cost: Form<SupportCost>,
}

/// Run `$body` with `$form` bound to helper `$id`'s form in `$helpers`.
macro_rules! with_helper {
    ($helpers:expr, $id:expr, |$form:ident| $body:expr) => {
        match $id {
            Helper::Churn => { let $form = &mut $helpers.churn; $body }
            Helper::RetentionRate => { let $form = &mut $helpers.retention_rate; $body }
            Helper::Clv => { let $form = &mut $helpers.clv; $body }
            Helper::TransactionSize => { let $form = &mut $helpers.transaction_size; $body }
            Helper::ContractValue => { let $form = &mut $helpers.contract_value; $body }
            Helper::Nps => { let $form = &mut $helpers.nps; $body }
            Helper::Csat => { let $form = &mut $helpers.csat; $body }
            Helper::Ces => { let $form = &mut $helpers.ces; $body }
            Helper::SupportCost => { let $form = &mut $helpers.support_cost; $body }
        }
    };
}

impl Helpers {
    /// What helper `id` would send into the business case now, if its input is valid.
    pub fn sends(&mut self, id: Helper) -> Option<Vec<(&'static str, f64)>> {
        with_helper!(self, id, |form| (!form.is_stale()).then(|| form.result().map(|a| a.sends.clone())).flatten())
    }
}

pub enum Action {
    SelectTab(Tab),
    Edit(Tab, usize, String),
    SetSwitch(Tab, &'static str, bool),
    Reset(Tab),
    ApplyPreset(Industry),
    EditHelper(Helper, usize, String),
    SendHelper(Helper),
    /// Go to the metrics page with this helper in view (from a lever card).
    OpenHelper(Helper),
    /// Open a share link or page name typed into the address bar.
    OpenFragment(String),
    DismissNotice,
}

#[derive(Clone, PartialEq, Default)]
pub struct AppState {
    pub tab: Tab,
    pub retention: Form<Retention>,
    pub payback: Form<Payback>,
    pub case: Form<BusinessCase>,
    pub preset: Option<Industry>,
    pub helpers: Helpers,
    /// The helper whose answer went into the business case last (for a confirmation).
    pub sent: Option<Helper>,
    /// The helper a lever card asked to show.
    pub open_helper: Option<Helper>,
    /// What could not be restored from the link the page was opened with.
    pub notice: Option<super::link::Notice>,
}

/// A helper's answer as a person would type it: rounded to 4 decimals so 94.99999999 never
/// shows, written by JS so no float formatting is linked in.
fn typed(v: f64) -> String {
    raw(Some((v * 1e4).round() / 1e4))
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SelectTab(tab) => next.tab = tab,
            Action::Edit(tab, i, text) => match tab {
                Tab::Retention => next.retention.set(i, text),
                Tab::Payback => next.payback.set(i, text),
                Tab::Case => next.case.set(i, text),
                Tab::Metrics | Tab::Sources => {}
            },
            Action::SetSwitch(tab, key, on) => match tab {
                Tab::Retention => next.retention.set_switch(key, on),
                Tab::Payback => next.payback.set_switch(key, on),
                Tab::Case => next.case.set_switch(key, on),
                Tab::Metrics | Tab::Sources => {}
            },
            Action::Reset(tab) => match tab {
                Tab::Retention => next.retention.reset(),
                Tab::Payback => next.payback.reset(),
                Tab::Case => {
                    next.case.reset();
                    next.preset = None;
                }
                Tab::Metrics | Tab::Sources => {}
            },
            Action::ApplyPreset(industry) => {
                next.case.reset();
                next.case.apply(industry.values());
                next.preset = Some(industry);
            }
            Action::EditHelper(id, i, text) => with_helper!(next.helpers, id, |form| form.set(i, text)),
            Action::SendHelper(id) => {
                if let Some(sends) = next.helpers.sends(id) {
                    let texts: Vec<(&str, String)> = sends.iter().map(|&(k, v)| (k, typed(v))).collect();
                    let pairs: Vec<(&str, &str)> = texts.iter().map(|(k, v)| (*k, v.as_str())).collect();
                    next.case.apply(&pairs);
                    next.sent = Some(id);
                    next.tab = Tab::Case;
                }
            }
            Action::OpenHelper(id) => {
                next.open_helper = Some(id);
                next.tab = Tab::Metrics;
            }
            Action::OpenFragment(fragment) => {
                if crate::forms::share::is_link(&fragment) {
                    next = super::link::state_from(&fragment);
                } else if let Some(tab) = Tab::from_key(&fragment) {
                    next.tab = tab;
                }
            }
            Action::DismissNotice => next.notice = None,
        }
        Rc::new(next)
    }
}
