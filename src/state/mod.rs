//! The app state: the scenario, the language, the saved scenarios and the undo history, changed
//! only through `Action` by a pure reducer (`AppState::reduce`: no yew, no browser, tested
//! natively). The Yew app holds it as its one `Reducible` (`ui::state`); storage, the clipboard,
//! files and the network are the app's effects, which dispatch their outcome as an `Action`.

pub mod link;
#[cfg(test)]
mod tests;

use crate::forms::case::Industry;
use crate::forms::history::History;
use crate::forms::metrics::{Answer, Helpers, HELPER_TAGS};
use crate::forms::panels::canonical;
use crate::forms::panels::{assessment_of, with_suggestion, PanelChange, PanelInputs};
use crate::forms::realisation::{case_of, RealiseChange};
use crate::forms::scenario::{Head, Opened, Scenario, Skipped, UNKNOWN};
use crate::forms::Form;
use crate::text::{Currency, Lang, Texts};
use std::rc::Rc;

#[derive(Clone, Copy, PartialEq, Eq, Default, Debug)]
pub enum Tab {
    #[default]
    Retention,
    Payback,
    Case,
    Metrics,
    Scenarios,
    Report,
    Sources,
    /// The ROX self-assessment.
    Assessment,
    /// Value realisation: the business case's plan against what was measured after the sale.
    Realisation,
}

impl Tab {
    pub const ALL: [Tab; 9] =
        [Tab::Retention, Tab::Payback, Tab::Case, Tab::Metrics, Tab::Scenarios, Tab::Report, Tab::Sources, Tab::Assessment, Tab::Realisation];

    pub fn from_key(key: &str) -> Option<Tab> {
        Self::ALL.into_iter().find(|t| t.key() == key)
    }

    pub fn key(self) -> &'static str {
        ["retention", "payback", "case", "metrics", "scenarios", "report", "sources", "assessment", "realisation"][self as usize]
    }

    pub fn label(self, t: &Texts) -> &'static str {
        [t.tab_retention, t.tab_payback, t.tab_case, t.tab_metrics, t.tab_scenarios, t.tab_report, t.tab_sources, t.tab_assessment, t.tab_realisation]
            [self as usize]
    }

    /// The stages in which a page's first visit draws it (see `AppState::stage`): the two with
    /// cards below their results add them a few at a time, the report its sections and the
    /// self-assessment its groups of statements, so no frame's work blocks the page for long.
    fn stages(self) -> u8 {
        match self {
            Tab::Case => 8,
            Tab::Report => 5,
            Tab::Metrics => 4,
            Tab::Assessment | Tab::Retention | Tab::Payback => 3,
            Tab::Realisation => 2,
            Tab::Scenarios | Tab::Sources => 2,
        }
    }

    /// The pages an embedding page can show on their own.
    pub fn embeddable(self) -> bool {
        matches!(self, Tab::Retention | Tab::Payback | Tab::Case | Tab::Metrics | Tab::Report | Tab::Assessment)
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
        HELPER_TAGS[self as usize].2
    }

    pub fn key(self) -> &'static str {
        HELPER_TAGS[self as usize].1
    }
}

impl Helpers {
    pub fn get(&self, id: Helper) -> &Form<Answer> {
        &self.0[id as usize]
    }

    /// What helper `id` would send into the business case now, if its input is valid.
    pub fn sends(&self, id: Helper) -> Option<Vec<(&'static str, f64)>> {
        let form = self.get(id);
        (!form.is_stale()).then(|| form.result().map(|a| a.sends.clone())).flatten()
    }
}

/// A form of the app: a calculator's, or a metric helper's.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FormId {
    Retention,
    Payback,
    Case,
    Helper(Helper),
}

impl FormId {
    /// The calculator on page `tab`, if it has one.
    pub fn of_tab(tab: Tab) -> Option<FormId> {
        match tab {
            Tab::Retention => Some(FormId::Retention),
            Tab::Payback => Some(FormId::Payback),
            Tab::Case => Some(FormId::Case),
            Tab::Metrics | Tab::Scenarios | Tab::Report | Tab::Sources | Tab::Assessment | Tab::Realisation => None,
        }
    }

    /// Identifies the field typed into for undo (see `History::record`); the report's names
    /// are `NAMES_SLOT`.
    /// After a change to this form: the other form that holds the company facts takes them
    /// (the retention page's and the business case's; the others hold none).
    fn share_facts(self, s: &mut Scenario) {
        match self {
            FormId::Retention => s.facts_typed(false),
            FormId::Case => s.facts_typed(true),
            FormId::Payback | FormId::Helper(_) => {}
        }
    }

    fn undo_slot(self) -> u8 {
        match self {
            FormId::Retention => 0,
            FormId::Payback => 1,
            FormId::Case => 2,
            FormId::Helper(h) => 10 + h as u8,
        }
    }
}

/// The undo slot of the report's names (prepared for: field 0, by: field 1), apart from every
/// `FormId::undo_slot`.
const NAMES_SLOT: u8 = 20;
/// The undo slot of the realisation's cells (field: period × 9 + column).
const REALISE_SLOT: u8 = 21;

/// A scenario kept in this browser's storage.
#[derive(Clone, PartialEq)]
pub struct Saved {
    /// Its storage key.
    pub key: String,
    pub head: Head,
    pub scenario: Scenario,
    /// Saved before the two pages shared company facts, with different ones: those of this form
    /// are used (see `Opened::facts_from`).
    pub facts_from: Option<&'static str>,
}

/// What the person is told at the top of the page.
#[derive(Clone, PartialEq, Debug)]
pub enum Notice {
    /// A link made by a newer version: defaults shown.
    LinkNewer,
    /// A link cut short or edited: defaults shown.
    LinkDamaged,
    /// A link, file or saved scenario gave the two pages different company facts: both now use
    /// those of this form ("retention" or "case").
    Facts(&'static str),
    /// A link (or a file: `file`) opened, but these values kept their defaults (`UNKNOWN`:
    /// parts this version does not know), each named once.
    Partial {
        file: bool,
        keys: Vec<Skipped>,
    },
    /// A file that is not a scenario (or too large, or unreadable): nothing changed.
    FileRefused,
    /// Storage is disabled: nothing can be saved in this browser.
    StorageOff,
    /// Storage is full: the scenario was not saved; the others are untouched.
    StorageFull,
    /// The scenario-file module could not load (offline before it was ever fetched): nothing
    /// was saved, exported or opened.
    FilesUnavailable,
    /// Saved scenarios that could not be read (their storage keys); the others loaded.
    StorageDamaged(usize),
    /// A scenario was saved (its name).
    Saved(String),
    /// A saved scenario was opened (its name).
    Opened(String),
    Copied,
    CopyFailed,
    /// The slides module could not load (offline before it was ever fetched): no slides.
    SlidesFailed,
}

/// How the page is shown: embedded in another page (one calculator, no chrome) or in demo
/// mode (large type, inputs and results on one screen, keyboard shortcuts).
#[derive(Clone, Copy, PartialEq, Default)]
pub struct Mode {
    pub embed: Option<Tab>,
    pub demo: bool,
}

/// Everything that can change the state. What touches the browser first (storage, the
/// clipboard, files, language packs) is an `effects::Effect`, which dispatches its outcome here.
#[derive(Clone)]
pub enum Action {
    SelectTab(Tab),
    /// Text typed into field `usize` of a form.
    Edit(FormId, usize, String),
    /// Flip a switch of a form.
    Toggle(FormId, &'static str),
    Reset(FormId),
    /// Reset the calculator on screen, if there is one (Alt+R).
    ResetOpen,
    ApplyPreset(Industry),
    SendHelper(Helper),
    /// Go to the metrics page with this helper in view (from a lever card).
    OpenHelper(Helper),
    /// Open a share link or page name typed into the address bar.
    OpenFragment(String),
    /// Replace the scenario with one from a file (an undoable change).
    Open(Rc<Opened>),
    /// Open the saved scenario with this storage key (an undoable change).
    OpenSaved(String),
    /// Open a saved scenario on the Value realised tab, to record what it brought.
    TrackSaved(String),
    /// Open the next (+1) or previous (-1) saved scenario.
    Step(i8),
    /// A change to the panels' inputs (Monte Carlo, investment curve, the self-assessment's
    /// answers): one change to undo.
    ChangePanels(PanelChange),
    /// The business case takes the self-assessment's suggested risk adjustments and ramp-up.
    ApplySuggestion,
    /// A change to the realisation's actuals (typing into a cell is one change to undo).
    Realise(RealiseChange),
    SetPreparedFor(String),
    SetPreparedBy(String),
    Notify(Notice),
    DismissNotice,
    /// Switch language: at once if its pack is here, else once it has loaded.
    SetLanguage(Lang),
    TextsLoaded(Lang, &'static Texts),
    SetCurrency(Currency),
    Undo,
    ToggleDemo,
    /// The name typed for saving the scenario on screen.
    SetDraftName(String),
    /// Show (Some) or hide the rename form of a saved scenario.
    StartRename(Option<String>),
    /// Ask (Some) to delete a saved scenario, or take the question back.
    AskDelete(Option<String>),
    ToggleCompare(String),
    /// The saved scenarios storage held when the page opened, and how many entries could not
    /// be read (they arrive after the first render: see `storage::load_saved`).
    SavedLoaded(Vec<Saved>, usize),
    /// A scenario was written to storage (saved, renamed or duplicated).
    Kept(Rc<Saved>),
    /// The saved scenario with this storage key was deleted.
    Removed(String),
    /// The last frame is on screen: draw the next stage (see `AppState::stage`).
    DrawMore,
}

#[derive(Clone, PartialEq)]
pub struct AppState {
    pub t: &'static Texts,
    pub lang: Lang,
    pub currency: Currency,
    /// The browser's own locale (see `Lang::locale`).
    pub browser: Rc<str>,
    /// The language packs loaded so far.
    pub packs: [Option<&'static Texts>; 4],
    /// A language asked for whose pack is still loading (the effects fetch it).
    pub loading: Option<Lang>,
    pub tab: Tab,
    pub scenario: Scenario,
    /// The helper whose answer went into the business case last (for a confirmation).
    pub sent: Option<Helper>,
    /// The helper a lever card asked to show.
    pub open_helper: Option<Helper>,
    pub notice: Option<Notice>,
    /// Earlier scenarios, for Undo.
    pub history: History,
    /// Saved scenarios, newest first.
    pub saved: Rc<Vec<Saved>>,
    /// Storage keys of the saved scenarios picked for comparison.
    pub compare: Vec<String>,
    /// Storage key of the saved scenario opened last (where Alt+[ and Alt+] go on from).
    pub opened: Option<String>,
    /// The saved scenario being renamed, and the one whose deletion awaits a yes.
    pub renaming: Option<String>,
    pub deleting: Option<String>,
    /// The name being typed for the next save.
    pub draft_name: String,
    pub mode: Mode,
    /// How much of the page is drawn, up to `DRAWN` (everything). The page's first frame (stage
    /// 0) draws only what the first screen needs, the inputs and the headline results, so it
    /// paints sooner; charts, tables and the rest of the report follow in the second frame, and
    /// the business case's lever cards and the metric helpers a few per frame after that, so
    /// each frame's script, style and layout stay short and the page answers a tap in between.
    pub stage: u8,
}

/// `AppState::stage` once everything is drawn.
pub const DRAWN: u8 = u8::MAX;

/// A helper's answer as a person would type it: rounded to 4 decimals so 94.99999999 never
/// shows.
fn typed(v: f64) -> String {
    canonical(v)
}

impl AppState {
    /// The start of a visit: texts `t` of `lang` (saved scenarios follow, `Action::SavedLoaded`).
    pub fn new(t: &'static Texts, lang: Lang, currency: Currency, browser: &str, mode: Mode) -> Self {
        let mut packs = [None; 4];
        packs[lang as usize] = Some(t);
        Self {
            t,
            lang,
            currency,
            browser: browser.into(),
            packs,
            loading: None,
            tab: mode.embed.unwrap_or_default(),
            scenario: Scenario::new(lang.notation()),
            sent: None,
            open_helper: None,
            notice: None,
            history: History::default(),
            saved: Rc::default(),
            compare: Vec::new(),
            opened: None,
            renaming: None,
            deleting: None,
            draft_name: String::new(),
            mode,
            stage: 0,
        }
    }

    /// Everything is drawn (see `stage`).
    pub fn complete(&self) -> bool {
        self.stage == DRAWN
    }

    /// Stage `stage` is drawn (see `stage`).
    pub fn drawn(&self, stage: u8) -> bool {
        self.stage >= stage
    }

    /// A page is a tab panel, labelled by its tab; embedded, there are no tabs.
    pub fn panel_role(&self) -> Option<&'static str> {
        self.mode.embed.is_none().then_some("tabpanel")
    }

    /// The locale numbers are formatted for.
    pub fn locale(&self) -> String {
        self.lang.locale(&self.browser)
    }

    /// Remember the scenario before a change; `edit` names the field typed into, so the
    /// keystrokes of one field make one change to undo.
    fn checkpoint(&mut self, edit: Option<(u8, usize)>) {
        self.history.record(&self.scenario, edit);
    }

    fn select(&mut self, tab: Tab) {
        self.tab = self.mode.embed.unwrap_or(tab);
    }

    /// Show `lang` now if its pack is here, else once it has loaded.
    fn set_language(&mut self, lang: Lang) {
        match self.packs[lang as usize] {
            Some(t) => {
                let n = lang.notation();
                self.t = t;
                self.lang = lang;
                self.loading = None;
                self.scenario.set_notation(n);
                self.history.set_notation(n);
            }
            None if lang != self.lang => self.loading = Some(lang),
            None => self.loading = None,
        }
    }

    /// The saved scenarios, newest first; a comparison keeps only those still there.
    fn set_saved(&mut self, mut list: Vec<Saved>) {
        // A handful of entries, so a plain insertion sort (the standard library's sorts cost
        // ~3 KB of wasm).
        for i in 1..list.len() {
            let mut j = i;
            while j > 0 && list[j - 1].head.saved_at < list[j].head.saved_at {
                list.swap(j - 1, j);
                j -= 1;
            }
        }
        self.compare.retain(|k| list.iter().any(|s| s.key == *k));
        self.saved = Rc::new(list);
    }

    fn open_saved(&mut self, key: &str) {
        if let Some(saved) = self.saved.iter().find(|s| s.key == key).cloned() {
            self.checkpoint(None);
            self.scenario = saved.scenario;
            // Read in the language of the visit's start: shown in today's.
            self.scenario.set_notation(self.lang.notation());
            self.opened = Some(saved.key);
            self.notice = Some(saved.facts_from.map_or(Notice::Opened(saved.head.name), Notice::Facts));
        }
    }

    fn reset(&mut self, id: FormId) {
        let s = &mut self.scenario;
        match id {
            FormId::Retention => s.retention.reset(),
            FormId::Payback => s.payback.reset(),
            FormId::Case => {
                s.case.reset();
                s.preset = None;
                s.costs_follow = [false; 2];
            }
            FormId::Helper(h) => s.helpers.0[h as usize].reset(),
        }
        id.share_facts(s);
    }

    /// Show an opened link or file: its scenario, page, language and currency.
    /// Open a scenario from a link, or from a file (`file`), and say how it went.
    pub fn open(&mut self, opened: Opened, file: bool) {
        let Opened { head, mut scenario, mut skipped, facts_from } = opened;
        scenario.set_notation(self.lang.notation());
        self.scenario = scenario;
        if let Some(tab) = head.page.as_deref().and_then(Tab::from_key) {
            self.select(tab);
        }
        if let Some(c) = head.currency.as_deref().and_then(Currency::from_code) {
            self.currency = c;
        }
        if let Some(lang) = head.lang.as_deref().and_then(Lang::from_tag) {
            self.set_language(lang);
        }
        // Parts this version does not know are named once, last.
        let unknown = skipped.contains(&UNKNOWN);
        skipped.retain(|k| *k != UNKNOWN);
        if unknown {
            skipped.push(UNKNOWN);
        }
        self.notice = if !skipped.is_empty() {
            Some(Notice::Partial { file, keys: skipped })
        } else if let Some(from) = facts_from {
            Some(Notice::Facts(from))
        } else {
            // A whole file says so, with the name it holds.
            file.then(|| Notice::Opened(if head.name.is_empty() { self.t.untitled.to_owned() } else { head.name }))
        };
    }
}

impl AppState {
    /// The state after `action`: the one place the state changes.
    pub fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self);
        match action {
            Action::SelectTab(tab) => next.select(tab),
            Action::Edit(id, i, text) => {
                next.checkpoint(Some((id.undo_slot(), i)));
                let s = &mut next.scenario;
                match id {
                    FormId::Retention => s.retention.set(i, text),
                    FormId::Payback => s.payback.set(i, text),
                    FormId::Case => {
                        s.case.set(i, text);
                        s.cost_typed(i);
                    }
                    FormId::Helper(h) => s.helpers.0[h as usize].set(i, text),
                }
                id.share_facts(s);
            }
            Action::Toggle(id, key) => {
                next.checkpoint(None);
                let s = &mut next.scenario;
                match id {
                    FormId::Retention => s.retention.set_switch(key, !s.retention.switch(key)),
                    FormId::Payback => s.payback.set_switch(key, !s.payback.switch(key)),
                    FormId::Case => s.case.set_switch(key, !s.case.switch(key)),
                    FormId::Helper(h) => {
                        let form = &mut s.helpers.0[h as usize];
                        form.set_switch(key, !form.switch(key));
                    }
                }
                id.share_facts(s);
            }
            Action::Reset(id) => {
                next.checkpoint(None);
                next.reset(id);
            }
            Action::ResetOpen => {
                if let Some(id) = FormId::of_tab(next.tab) {
                    next.checkpoint(None);
                    next.reset(id);
                }
            }
            Action::ApplyPreset(industry) => {
                next.checkpoint(None);
                let s = &mut next.scenario;
                s.case.reset();
                s.case.apply(industry.values());
                s.preset = Some(industry);
                s.costs_follow = [true; 2];
                FormId::Case.share_facts(s);
            }
            Action::SendHelper(id) => {
                if let Some(sends) = next.scenario.helpers.sends(id) {
                    next.checkpoint(None);
                    let texts: Vec<(&str, String)> = sends.iter().map(|&(k, v)| (k, typed(v))).collect();
                    let pairs: Vec<(&str, &str)> = texts.iter().map(|(k, v)| (*k, v.as_str())).collect();
                    next.scenario.case.apply(&pairs);
                    FormId::Case.share_facts(&mut next.scenario);
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
                    next.checkpoint(None);
                    link::open(&mut next, &fragment);
                } else if let Some(tab) = Tab::from_key(&fragment) {
                    next.select(tab);
                }
            }
            Action::Open(opened) => {
                next.checkpoint(None);
                next.open(Rc::unwrap_or_clone(opened), true);
            }
            Action::OpenSaved(key) => next.open_saved(&key),
            Action::TrackSaved(key) => {
                next.open_saved(&key);
                if next.opened.as_deref() == Some(key.as_str()) {
                    next.select(Tab::Realisation);
                }
            }
            Action::Step(by) => {
                let n = next.saved.len();
                if n > 0 {
                    let here = next.saved.iter().position(|s| Some(&s.key) == next.opened.as_ref());
                    let i = here.map_or(0, |i| (i + n).wrapping_add_signed(by as isize) % n);
                    let key = next.saved[i].key.clone();
                    next.open_saved(&key);
                }
            }
            Action::ChangePanels(change) => {
                next.checkpoint(None);
                let (mut inputs, _) = PanelInputs::read(&next.scenario.panels);
                inputs.change(change);
                next.scenario.panels = inputs.write();
            }
            Action::ApplySuggestion => {
                if let Some(a) = assessment_of(&next.scenario) {
                    next.checkpoint(None);
                    next.scenario = with_suggestion(&next.scenario, &a);
                    FormId::Case.share_facts(&mut next.scenario);
                }
            }
            Action::Realise(change) => {
                let slot = match &change {
                    RealiseChange::Edit(p, c, _) => Some((REALISE_SLOT, *p as usize * 9 + usize::from(*c))),
                    _ => None,
                };
                next.checkpoint(slot);
                let s = &mut next.scenario;
                // A paste fills down to the horizon (ten years while the case is unfinished).
                let years = case_of(&s.case).map_or(10.0, |c| c.years);
                let last = (years.round() as u32 * s.realisation.period.per_year()).saturating_sub(1);
                s.realisation.change(change, last);
            }
            Action::SetPreparedFor(name) => {
                next.checkpoint(Some((NAMES_SLOT, 0)));
                next.scenario.prepared_for = crate::forms::scenario::clean_name(&name);
            }
            Action::SetPreparedBy(name) => {
                next.checkpoint(Some((NAMES_SLOT, 1)));
                next.scenario.prepared_by = crate::forms::scenario::clean_name(&name);
            }
            Action::Notify(notice) => next.notice = Some(notice),
            Action::DismissNotice => next.notice = None,
            Action::SetLanguage(lang) => next.set_language(lang),
            Action::TextsLoaded(lang, t) => {
                next.packs[lang as usize] = Some(t);
                if next.loading == Some(lang) {
                    next.set_language(lang);
                }
            }
            Action::SetCurrency(c) => next.currency = c,
            Action::Undo => {
                if let Some(previous) = next.history.undo() {
                    next.scenario = previous;
                }
            }
            Action::ToggleDemo => next.mode.demo = !next.mode.demo,
            Action::SetDraftName(name) => next.draft_name = name,
            Action::StartRename(key) => next.renaming = key,
            Action::AskDelete(key) => next.deleting = key,
            Action::ToggleCompare(key) => {
                if let Some(i) = next.compare.iter().position(|k| *k == key) {
                    next.compare.remove(i);
                } else if next.compare.len() < 4 {
                    next.compare.push(key);
                }
            }
            Action::SavedLoaded(loaded, damaged) => {
                // Anything kept since the page opened is already in the list.
                let mut list = (*next.saved).clone();
                list.extend(loaded.into_iter().filter(|s| !next.saved.iter().any(|x| x.key == s.key)));
                next.set_saved(list);
                // The module did load after all.
                if next.notice == Some(Notice::FilesUnavailable) {
                    next.notice = None;
                }
                if damaged > 0 && next.notice.is_none() {
                    next.notice = Some(Notice::StorageDamaged(damaged));
                }
            }
            Action::Kept(saved) => {
                let saved = Rc::unwrap_or_clone(saved);
                next.notice = Some(Notice::Saved(saved.head.name.clone()));
                let mut list: Vec<Saved> = next.saved.iter().filter(|x| x.key != saved.key).cloned().collect();
                list.push(saved);
                next.set_saved(list);
            }
            Action::Removed(key) => {
                let list = next.saved.iter().filter(|x| x.key != key).cloned().collect();
                next.set_saved(list);
            }
            Action::DrawMore => {
                let stage = next.stage.saturating_add(1);
                next.stage = if stage >= next.tab.stages() { DRAWN } else { stage };
            }
        }
        Rc::new(next)
    }
}
