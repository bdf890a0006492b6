//! One scenario — every calculator's inputs, the industry preset and the names on the report —
//! and the two ways it travels: a share link (compact, in the address) and a JSON file (readable,
//! for export, import and saved scenarios). Both carry canonical numbers, so a scenario made in
//! Dutch opens correctly in English.

use super::case::{annual_revenue, cost_of, Industry, BUSINESS_CASE, COST_SHARES};
use super::metrics::{Helpers, HELPERS, HELPER_TAGS};
use super::realisation::Actuals;
use super::share::{Builder, Link, MAX_LEN};
use super::{Form, FormView, PAYBACK, RETENTION};
use crate::finance::business_case::BusinessCaseResult;
use crate::finance::input::Notation;
use crate::finance::payback::PaybackResult;
use crate::finance::retention::RetentionResult;

/// Longest name (scenario, prepared for, prepared by) kept, in characters.
pub const MAX_NAME: usize = 80;
/// What a scenario file says it is.
pub const FORMAT: &str = "rox-calculator-scenario";
pub const FILE_VERSION: u32 = 1;
/// Largest scenario file read: far above any scenario (a few KB), far below anything that
/// could stall the page.
pub const MAX_FILE_BYTES: usize = 256 * 1024;

#[derive(Clone, PartialEq)]
pub struct Scenario {
    pub retention: Form<RetentionResult>,
    pub payback: Form<PaybackResult>,
    pub case: Form<BusinessCaseResult>,
    pub preset: Option<Industry>,
    /// Whether each of `COST_SHARES` (one-off, annual) follows the company's revenue: a
    /// preset's costs do, until someone types that cost. Links and files do not carry it: they
    /// carry the costs themselves, and on opening a cost follows again when the scenario has a
    /// preset and the cost is exactly its share of the revenue (`Scenario::from_link`), so an
    /// old link or file opens with the figures it holds.
    pub costs_follow: [bool; 2],
    pub prepared_for: String,
    pub prepared_by: String,
    /// The inputs of the panels the page loads later (uncertainty, assessment), as
    /// `forms::panels::PanelInputs` writes them; the page only carries them.
    pub panels: String,
    /// The CX metric helpers' inputs.
    pub helpers: Helpers,
    /// What was realised after the purchase (the realisation tab).
    pub realisation: Actuals,
}

/// What a link or a file carries besides the inputs.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Head {
    pub name: String,
    /// Milliseconds since 1970 (saved scenarios).
    pub saved_at: u64,
    pub page: Option<String>,
    pub lang: Option<String>,
    pub currency: Option<String>,
}

/// A value that kept its default: the form it is in ("retention", "payback", "case") and its
/// key; `UNKNOWN` for parts this version does not know.
pub type Skipped = (&'static str, &'static str);

/// What `Opened::skipped` holds for a part this version does not know.
pub const UNKNOWN: Skipped = ("", "?");

/// A scenario read from a link or a file, with what could not be restored.
#[derive(Clone)]
pub struct Opened {
    pub head: Head,
    pub scenario: Scenario,
    /// Values that kept their defaults.
    pub skipped: Vec<Skipped>,
    /// The link gave the retention page and the business case different company facts that
    /// someone typed: both now use those of this form ("retention" or "case").
    pub facts_from: Option<&'static str>,
}

/// The company facts the retention page and the business case share: typed once, on either.
pub const FACTS: [&str; 4] = ["customers", "revenuePerCustomer", "grossMargin", "retentionRate"];
/// The switch that says revenue is typed per month, shared the same way.
pub const PER_MONTH: &str = "revenuePerMonth";
/// The retention page's own defaults for `FACTS` before version 2 links.
const V1_RETENTION_FACTS: [&str; 4] = ["10000", "500", "40", "80"];
/// Both pages' defaults for `FACTS` now.
const RETENTION_FACTS: [&str; 4] = ["20000", "1200", "60", "85"];

/// `keys` of form `scope` as `Skipped`.
pub fn in_form(scope: &'static str, keys: Vec<&'static str>) -> impl Iterator<Item = Skipped> {
    keys.into_iter().map(move |k| if k == "?" { UNKNOWN } else { (scope, k) })
}

/// A name as kept: trimmed, no control characters and no bidirectional formatting characters
/// (a crafted link could otherwise show "Prepared for" reversed), at most `MAX_NAME` characters.
pub fn clean_name(name: &str) -> String {
    let bidi = |c: &char| matches!(c, '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    let kept: String = name.chars().filter(|c| !c.is_control() && !bidi(c)).collect();
    kept.trim().chars().take(MAX_NAME).collect()
}

/// Longest panels' part kept (see `Scenario::panels`): far above what the panels write.
pub const MAX_PANELS: usize = 400;

/// The panels' part as kept: printable ASCII only, at most `MAX_PANELS` characters. What it
/// means is read by the panels, which name anything they cannot use.
pub fn clean_panels(text: &str) -> String {
    text.chars().filter(|c| c.is_ascii_graphic()).take(MAX_PANELS).collect()
}

/// A skipped value as the scenario-file module names it to the page: `form:key`, or "?".
pub fn skipped_name((scope, key): Skipped) -> String {
    if scope.is_empty() {
        key.to_owned()
    } else {
        [scope, ":", key].concat()
    }
}

/// The value a `skipped_name` names (`UNKNOWN` when no form has it).
pub fn input_key(name: &str) -> Skipped {
    let models = [
        ("retention", RETENTION.fields, RETENTION.switches),
        ("payback", PAYBACK.fields, PAYBACK.switches),
        ("case", BUSINESS_CASE.fields, BUSINESS_CASE.switches),
    ];
    let helpers = HELPER_TAGS.iter().zip(HELPERS).map(|(&(_, _, scope), m)| (scope, m.fields, m.switches));
    let Some((scope, key)) = name.split_once(':') else { return UNKNOWN };
    models
        .into_iter()
        .chain(helpers)
        .filter(|m| m.0 == scope)
        .find_map(|(scope, fields, switches)| fields.iter().map(|f| f.key).chain(switches.iter().map(|s| s.0)).find(|k| *k == key).map(|k| (scope, k)))
        .unwrap_or(UNKNOWN)
}

/// Whether someone typed `form`'s company facts: they are none of `untyped` (sets of defaults,
/// canonical, revenue a year).
fn facts_typed_in(form: &dyn FormView, untyped: &[&[&str; 4]]) -> bool {
    let at = |k: &str| form.specs().iter().position(|f| f.key == k);
    let per_month = form.switch_specs().iter().position(|s| s.0 == PER_MONTH).is_some_and(|j| form.switch_states()[j]);
    per_month || !untyped.iter().any(|set| FACTS.iter().zip(set.iter()).all(|(k, v)| at(k).is_some_and(|i| form.canonical(i) == *v)))
}

/// Whether a scenario opening on `page` keeps the business case's company facts when the two
/// pages' differ: on any page but retention (which is also where a link without a page, or with
/// a page this version does not know, opens).
pub fn case_facts_win(page: Option<&str>) -> bool {
    matches!(page, Some("payback" | "case" | "metrics" | "scenarios" | "report" | "sources" | "assessment" | "realisation"))
}

/// `from`'s company facts into `to` (only those that differ: each change reruns `to`).
fn copy_facts<A: PartialEq, B: PartialEq>(from: &Form<A>, to: &mut Form<B>) {
    for k in FACTS {
        if to.text_of(k) != from.text_of(k) {
            to.set_by_key(k, from.text_of(k).to_owned());
        }
    }
    if to.switch(PER_MONTH) != from.switch(PER_MONTH) {
        to.set_switch(PER_MONTH, from.switch(PER_MONTH));
    }
}

/// The three forms by their tag in links and files, as views.
const TAGS: [(&str, &str); 3] = [("r", "retention"), ("p", "payback"), ("b", "case")];

impl Scenario {
    /// The defaults, with numbers written in `notation`.
    pub fn new(notation: Notation) -> Self {
        Self {
            retention: Form::with_notation(&RETENTION, notation),
            payback: Form::with_notation(&PAYBACK, notation),
            case: Form::with_notation(&BUSINESS_CASE, notation),
            preset: None,
            costs_follow: [false; 2],
            prepared_for: String::new(),
            prepared_by: String::new(),
            panels: String::new(),
            helpers: Helpers::new(notation),
            realisation: Actuals::new(notation),
        }
    }

    pub fn set_notation(&mut self, notation: Notation) {
        self.retention.set_notation(notation);
        self.payback.set_notation(notation);
        self.case.set_notation(notation);
        self.helpers.set_notation(notation);
        self.realisation.set_notation(notation);
    }

    /// Whether the two pages hold the same company facts.
    pub fn facts_agree(&self) -> bool {
        let (r, b) = (&self.retention, &self.case);
        FACTS.iter().all(|k| r.text_of(k) == b.text_of(k)) && r.switch(PER_MONTH) == b.switch(PER_MONTH)
    }

    /// After a change on the business case (`on_case`) or the retention page: the other page
    /// takes the company facts typed there, and the costs that follow revenue follow it.
    pub fn facts_typed(&mut self, on_case: bool) {
        if !self.facts_agree() {
            self.share_facts(on_case);
        }
        self.follow_revenue();
    }

    /// Each cost that follows revenue takes its share of the revenue typed now; while revenue
    /// is not a number, they keep what they hold.
    pub fn follow_revenue(&mut self) {
        let Some(revenue) = annual_revenue(&self.case) else { return };
        let mut texts: Vec<(&str, String)> = Vec::new();
        for (&(key, share), _) in COST_SHARES.iter().zip(self.costs_follow).filter(|(_, on)| *on) {
            let text = super::panels::canonical(cost_of(revenue, share));
            if self.case.index(key).is_some_and(|i| self.case.canonical(i) != text) {
                texts.push((key, text));
            }
        }
        if !texts.is_empty() {
            let pairs: Vec<(&str, &str)> = texts.iter().map(|(k, v)| (*k, v.as_str())).collect();
            self.case.apply(&pairs);
        }
    }

    /// Field `index` of the business case was typed into: if it is a cost, that cost now stands
    /// as typed.
    pub fn cost_typed(&mut self, index: usize) {
        let key = self.case.fields().get(index).map(|f| f.key);
        for ((k, _), follow) in COST_SHARES.iter().zip(&mut self.costs_follow) {
            if key == Some(*k) {
                *follow = false;
            }
        }
    }

    /// Which costs follow revenue by what the scenario holds: with a preset, each cost that is
    /// exactly its share of the revenue (as a preset or `follow_revenue` writes it).
    fn costs_at_share(&self) -> [bool; 2] {
        let revenue = annual_revenue(&self.case).filter(|_| self.preset.is_some());
        let notation = FormView::notation(&self.case);
        COST_SHARES.map(|(key, share)| {
            let cost = crate::finance::input::parse_in(self.case.text_of(key), notation).ok();
            revenue.zip(cost).is_some_and(|(r, c)| c == cost_of(r, share))
        })
    }

    /// Give both pages the company facts of one: the business case's (`from_case`) or the
    /// retention page's.
    pub fn share_facts(&mut self, from_case: bool) {
        if from_case {
            copy_facts(&self.case, &mut self.retention);
        } else {
            copy_facts(&self.retention, &mut self.case);
        }
    }

    pub(super) fn views(&self) -> [&dyn FormView; 3] {
        [&self.retention, &self.payback, &self.case]
    }

    /// Add this scenario's parts to a link: only what differs from the defaults.
    pub fn write_link(&self, link: &mut Builder) {
        if let Some(p) = self.preset {
            link.part("bp", p.key());
        }
        if !self.prepared_for.is_empty() {
            link.part("pf", &self.prepared_for);
        }
        if !self.prepared_by.is_empty() {
            link.part("pb", &self.prepared_by);
        }
        if !self.panels.is_empty() {
            link.part("x", &self.panels);
        }
        let actuals = self.realisation.write();
        if !actuals.is_empty() {
            link.part("ra", &actuals);
        }
        for ((tag, _), form) in TAGS.iter().zip(self.views()) {
            link.form(tag, form);
        }
        for ((tag, _, _), form) in HELPER_TAGS.iter().zip(&self.helpers.0) {
            link.form(tag, form);
        }
    }

    /// A link to this scenario that also carries `head`'s page, language and currency: how the
    /// page and the scenario-file module hand a scenario to each other.
    pub fn link_with(&self, head: &Head) -> String {
        self.link(head.page.as_deref(), head.lang.as_deref(), head.currency.as_deref())
    }

    /// A link to this scenario on `page`, in `lang` and `currency` (each left out when `None`).
    pub fn link(&self, page: Option<&str>, lang: Option<&str>, currency: Option<&str>) -> String {
        let mut link = Builder::new();
        for (key, value) in [("t", page), ("l", lang), ("c", currency)] {
            if let Some(v) = value {
                link.part(key, v);
            }
        }
        self.write_link(&mut link);
        link.finish()
    }

    /// The link for the address: `link`, or, when the actuals make it longer than a link may
    /// be, the same without them (they travel in the file; the realisation tab says so).
    pub fn address(&self, page: Option<&str>, lang: Option<&str>, currency: Option<&str>) -> String {
        let full = self.link(page, lang, currency);
        if full.len() <= MAX_LEN {
            return full;
        }
        let mut short = self.clone();
        short.realisation = Actuals::new(FormView::notation(&self.case));
        short.link(page, lang, currency)
    }

    /// The scenario a decoded link describes.
    pub fn from_link(link: &Link, notation: Notation) -> Opened {
        let mut scenario = Scenario::new(notation);
        let mut skipped = Vec::new();
        if let Some(part) = link.form("r") {
            skipped.extend(in_form("retention", scenario.retention.restore(part)));
        }
        if let Some(part) = link.form("p") {
            skipped.extend(in_form("payback", scenario.payback.restore(part)));
        }
        if let Some(part) = link.form("b") {
            skipped.extend(in_form("case", scenario.case.restore(part)));
        }
        for (&(tag, _, scope), form) in HELPER_TAGS.iter().zip(&mut scenario.helpers.0) {
            if let Some(part) = link.form(tag) {
                skipped.extend(in_form(scope, form.restore(part)));
            }
        }
        let facts_from = scenario.reconcile_facts(link, &skipped);
        scenario.preset = link.preset.as_deref().and_then(Industry::from_key);
        scenario.costs_follow = scenario.costs_at_share();
        scenario.prepared_for = link.prepared_for.as_deref().map(clean_name).unwrap_or_default();
        scenario.prepared_by = link.prepared_by.as_deref().map(clean_name).unwrap_or_default();
        scenario.panels = link.panels.as_deref().map(clean_panels).unwrap_or_default();
        if let Some(text) = &link.realisation {
            let (actuals, whole) = Actuals::read(text, notation);
            scenario.realisation = actuals;
            if !whole {
                skipped.push(UNKNOWN);
            }
        }
        if !link.unknown.is_empty() {
            skipped.push(UNKNOWN);
        }
        let head = Head { page: link.page.clone(), lang: link.lang.clone(), currency: link.currency.clone(), ..Head::default() };
        Opened { head, scenario, skipped, facts_from }
    }

    /// One set of company facts from a link that may hold two: version 1 links left out the
    /// retention page's own old defaults, and files (handed over as links) hold both pages'.
    /// Facts nobody typed (a page's defaults, old or new) give way to typed ones; where both
    /// pages' were typed and differ, the page the link opens on wins, and `Some(that form)`
    /// says so. A fact that did not read on the winning page takes the other page's, if typed.
    fn reconcile_facts(&mut self, link: &Link, skipped: &[Skipped]) -> Option<&'static str> {
        if link.version == 1 {
            for (k, v) in FACTS.iter().zip(V1_RETENTION_FACTS) {
                // Left out, or not a number: that page's default then.
                let kept = |i: usize| link.form("r").is_some_and(|p| p.fields.iter().any(|(j, _)| *j == i)) && !skipped.contains(&("retention", *k));
                if let Some(i) = self.retention.index(k).filter(|&i| !kept(i)) {
                    let text = FormView::notation(&self.retention).localize(v);
                    self.retention.set(i, text);
                }
            }
        }
        if self.facts_agree() {
            return None;
        }
        let typed = [facts_typed_in(&self.retention, &[&V1_RETENTION_FACTS, &RETENTION_FACTS]), facts_typed_in(&self.case, &[&RETENTION_FACTS])];
        let from_case = match typed {
            [true, false] => false,
            [false, true] => true,
            _ => case_facts_win(link.page.as_deref()),
        };
        let (winner, loser) = if from_case { ("case", "retention") } else { ("retention", "case") };
        let loser_typed = typed[usize::from(!from_case)];
        for k in FACTS {
            if loser_typed && skipped.contains(&(winner, k)) && !skipped.contains(&(loser, k)) {
                if from_case {
                    self.case.set_by_key(k, self.retention.text_of(k).to_owned());
                } else {
                    self.retention.set_by_key(k, self.case.text_of(k).to_owned());
                }
            }
        }
        self.share_facts(from_case);
        (typed == [true, true]).then_some(winner)
    }

    /// Input keys (per form: "retention", "payback", "case") whose values are not the same in
    /// all of `scenarios` — what a comparison highlights.
    pub fn differing(scenarios: &[&Scenario]) -> Vec<(&'static str, &'static str)> {
        let mut out = Vec::new();
        let Some(first) = scenarios.first() else { return out };
        for (k, (_, name)) in TAGS.iter().enumerate() {
            let a = first.views()[k];
            for (i, spec) in a.specs().iter().enumerate() {
                if scenarios[1..].iter().any(|s| s.views()[k].canonical(i) != a.canonical(i)) {
                    out.push((*name, spec.key));
                }
            }
            for (j, &(key, _)) in a.switch_specs().iter().enumerate() {
                if scenarios[1..].iter().any(|s| s.views()[k].switch_states()[j] != a.switch_states()[j]) {
                    out.push((*name, key));
                }
            }
        }
        out
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::forms::share::decode;

    /// A scenario with an unfinished edit, a preset, a switch and markup in a name.
    pub(in crate::forms) fn sample() -> Scenario {
        let mut s = Scenario::new(Notation::Comma);
        s.payback.set_by_key("years", "abc".into());
        s.case.apply(Industry::Retail.values());
        s.preset = Some(Industry::Retail);
        s.facts_typed(true);
        s.retention.set_by_key("retentionRate", "72,5".into());
        s.facts_typed(false);
        s.case.set_switch("levers.employee.enabled", true);
        s.prepared_for = "Acme <b>&</b> Co".into();
        s.helpers.0[5].set(2, "7,5".into());
        s.helpers.0[8].set(0, "x".into());
        s
    }

    #[test]
    fn a_link_round_trips() {
        let s = sample();
        let mut b = Builder::new();
        s.write_link(&mut b);
        let opened = Scenario::from_link(&decode(&b.finish()).unwrap(), Notation::Comma);
        assert_eq!(opened.skipped, vec![("payback", "years"), ("helper/supportCost", "supportCost")]);
        assert!(opened.scenario.retention == s.retention);
        assert_eq!(opened.scenario.helpers.0[5].text_of("counts.2"), "7,5", "a helper's inputs travel too");
        assert!(opened.scenario.case == s.case);
        assert_eq!(opened.scenario.prepared_for, s.prepared_for);
    }

    /// Scenario `body` (a link without its checksum) opened.
    fn open(body: &str) -> Opened {
        Scenario::from_link(&decode(&crate::forms::share::seal(body)).unwrap(), Notation::Point)
    }

    #[test]
    fn company_facts_are_typed_once() {
        let mut s = Scenario::new(Notation::Point);
        assert!(s.facts_agree(), "the same defaults on both pages");
        s.case.set_by_key("customers", "2000000".into());
        s.facts_typed(true);
        assert_eq!(s.retention.text_of("customers"), "2000000");
        s.retention.set_switch(PER_MONTH, true);
        s.retention.set_by_key("revenuePerCustomer", "45".into());
        s.facts_typed(false);
        assert!(s.case.switch(PER_MONTH) && s.case.text_of("revenuePerCustomer") == "45");
        // 45 a month is 540 a year, on both pages.
        let mut yearly = Scenario::new(Notation::Point);
        yearly.case.set_by_key("customers", "2000000".into());
        yearly.case.set_by_key("revenuePerCustomer", "540".into());
        yearly.facts_typed(true);
        assert_eq!(s.case.result(), yearly.case.result());
        assert_eq!(s.retention.result(), yearly.retention.result());
        // A new link carries them once and opens with no notice.
        let opened = Scenario::from_link(&decode(&s.link(Some("payback"), None, None)).unwrap(), Notation::Point);
        assert!(opened.scenario == s && opened.facts_from.is_none());
    }

    #[test]
    fn links_and_files_with_two_sets_of_company_facts_use_the_page_they_open_on() {
        // Version 1, nothing of the facts typed: the retention page showed its own old defaults.
        let o = open("v1&t=retention");
        assert_eq!((o.scenario.retention.text_of("customers"), o.scenario.case.text_of("customers")), ("10000", "10000"));
        assert_eq!(o.facts_from, None, "nobody typed the facts the business case loses");
        assert_eq!(open("v1").scenario.case.text_of("customers"), "10000", "a link without a page opens on retention");
        let o = open("v1&t=case");
        assert_eq!((o.scenario.retention.text_of("grossMargin"), o.scenario.case.text_of("grossMargin")), ("60", "60"));
        assert_eq!(o.facts_from, None);
        // Typed on one page only: those win, wherever the link opens, with nothing to say.
        let o = open("v1&t=retention&b=0:2000000");
        assert_eq!((o.scenario.retention.text_of("customers"), o.facts_from), ("2000000", None));
        let o = open("v1&t=payback&r=0:5000");
        assert_eq!((o.scenario.case.text_of("customers"), o.facts_from), ("5000", None));
        let o = open("v2&t=retention&r=0:5000");
        assert_eq!((o.scenario.case.text_of("customers"), o.facts_from), ("5000", None));
        // Typed on both, differently: the page it opens on wins, and that is said.
        let o = open("v2&t=case&r=0:5000&b=0:9000");
        assert_eq!((o.scenario.retention.text_of("customers"), o.facts_from), ("9000", Some("case")));
        assert!(open("v2&t=retention&r=0:5000&b=0:5000").facts_from.is_none());
        // A fact that did not read on the winning page takes the other page's.
        let o = open("v2&t=retention&r=0:abc,2:30&b=0:5000");
        assert_eq!((o.scenario.case.text_of("customers"), o.scenario.retention.text_of("customers")), ("5000", "5000"));
        assert_eq!((o.scenario.case.text_of("grossMargin"), o.facts_from), ("30", Some("retention")));
        // Lever switches are not company facts.
        assert_eq!(open("v1&t=retention&bs=11111111").facts_from, None);
    }

    #[test]
    fn the_facts_defaults_are_the_forms_defaults() {
        for (k, v) in FACTS.iter().zip(RETENTION_FACTS) {
            for model in [RETENTION.fields, BUSINESS_CASE.fields] {
                assert_eq!(model.iter().find(|f| f.key == *k).map(|f| f.default), Some(v), "{k}");
            }
        }
    }

    #[test]
    fn links_keep_the_costs_they_hold_and_whether_they_follow_revenue() {
        let mut s = Scenario::new(Notation::Comma);
        s.case.apply(Industry::Telecom.values());
        s.preset = Some(Industry::Telecom);
        s.costs_follow = [true; 2];
        s.case.set_by_key("customers", "2000000".into());
        s.facts_typed(true);
        assert_eq!(s.case.text_of("costs.oneOff"), "11520000");
        let reopen = |s: &Scenario| Scenario::from_link(&decode(&s.link(Some("case"), None, None)).unwrap(), Notation::Comma).scenario;
        let opened = reopen(&s);
        assert!(opened == s, "the costs and that they follow revenue");
        // A typed cost opens typed, even when the other cost follows.
        s.case.set_by_key("costs.annual", "3000000".into());
        s.cost_typed(s.case.index("costs.annual").unwrap());
        let opened = reopen(&s);
        assert_eq!((opened.costs_follow, opened.case.text_of("costs.annual")), ([true, false], "3000000"));
        // A link from before costs followed revenue (the preset's costs kept at another size of
        // company) opens with its figures, which stand as typed.
        let old = open("v2&t=case&bp=telecom&b=0:2000000,1:540,9:2880000,10:1200000");
        let c = &old.scenario.case;
        assert_eq!((c.text_of("costs.oneOff"), c.text_of("costs.annual"), old.scenario.costs_follow), ("2880000", "1200000", [false; 2]));
        // Without a preset, no cost follows.
        let mut plain = s.clone();
        plain.preset = None;
        assert_eq!(reopen(&plain).costs_follow, [false; 2]);
    }

    #[test]
    fn names_lose_bidirectional_overrides() {
        assert_eq!(clean_name(" Acme \u{202e}gnp.exe\u{202c} Co\u{2066}x\u{2069}\u{200f} "), "Acme gnp.exe Cox");
        assert_eq!(clean_name("שלום Acme"), "שלום Acme", "right-to-left letters stay");
    }

    #[test]
    fn differing_inputs_are_found() {
        let a = Scenario::new(Notation::Point);
        let mut b = Scenario::new(Notation::Comma);
        assert!(Scenario::differing(&[&a, &b]).is_empty(), "the same numbers in two notations");
        b.payback.set_by_key("returnPerDollar", "2,5".into());
        b.case.set_switch("levers.spend.enabled", false);
        assert_eq!(Scenario::differing(&[&a, &b, &a]), vec![("payback", "returnPerDollar"), ("case", "levers.spend.enabled")]);
    }
}
