//! The reducer, natively: every `Action` on a plain `AppState`, no browser.

use super::*;
use crate::forms::panels::{Answer, PanelChange, PanelInputs};
use crate::forms::scenario::Head;
use crate::text::{english, Currency, Lang};

fn start() -> Rc<AppState> {
    Rc::new(AppState::new(english(), Lang::En, Currency::Usd, "en-US", Mode::default()))
}

fn act(state: Rc<AppState>, action: Action) -> Rc<AppState> {
    state.reduce(action)
}

/// Field `key` of the business case as typed.
fn case_text(s: &AppState, key: &str) -> String {
    s.scenario.case.text_of(key).to_owned()
}

fn edit(form: FormId, s: &AppState, key: &str, text: &str) -> Action {
    let i = match form {
        FormId::Retention => s.scenario.retention.index(key),
        FormId::Payback => s.scenario.payback.index(key),
        FormId::Case => s.scenario.case.index(key),
        FormId::Helper(h) => s.scenario.helpers.get(h).index(key),
    };
    Action::Edit(form, i.expect("a field of that form"), text.to_owned())
}

fn saved(key: &str, name: &str, at: u64, customers: &str) -> Saved {
    let mut scenario = Scenario::new(crate::finance::input::Notation::Point);
    let i = scenario.case.index("customers").unwrap();
    scenario.case.set(i, customers.to_owned());
    scenario.facts_typed(true);
    Saved { key: key.to_owned(), head: Head { name: name.to_owned(), saved_at: at, ..Head::default() }, scenario, facts_from: None }
}

/// Each variant names the test that covers it: a new `Action` fails to compile here until it
/// has one.
#[allow(dead_code)]
fn tested_by(a: &Action) -> &'static str {
    match a {
        Action::SelectTab(_) => "tabs_and_embedding",
        Action::Edit(..) => "typing_is_one_change_to_undo_per_field_and_shares_company_facts",
        Action::Toggle(..) => "switches_flip_and_undo",
        Action::Reset(_) | Action::ResetOpen => "reset_a_form_or_the_open_one",
        Action::ApplyPreset(_) => "a_preset_fills_the_case_and_the_shared_facts", // and a_presets_costs_follow_the_company_until_typed
        Action::SendHelper(_) | Action::OpenHelper(_) => "helpers_send_their_answer_into_the_case",
        Action::OpenFragment(_) => "a_fragment_opens_a_link_or_a_page",
        Action::Open(_) => "a_file_opens_with_its_name",
        Action::OpenSaved(_) | Action::Step(_) | Action::TrackSaved(_) => "saved_scenarios_open_and_step",
        Action::ChangePanels(_) | Action::ApplySuggestion => "panels_inputs_and_the_assessments_suggestion",
        Action::SetPreparedFor(_) | Action::SetPreparedBy(_) => "report_names_are_cleaned_and_undone_as_one",
        Action::Notify(_) | Action::DismissNotice => "notices_come_and_go",
        Action::SetLanguage(_) | Action::TextsLoaded(..) => "a_language_waits_for_its_pack",
        Action::SetCurrency(_) => "currency_changes_no_number",
        Action::Undo => "typing_is_one_change_to_undo_per_field_and_shares_company_facts",
        Action::ToggleDemo => "tabs_and_embedding",
        Action::SetDraftName(_) | Action::StartRename(_) | Action::AskDelete(_) => "saved_list_questions",
        Action::ToggleCompare(_) => "compare_keeps_at_most_four_that_exist",
        Action::SavedLoaded(..) | Action::Kept(_) | Action::Removed(_) => "saved_list_loads_keeps_and_removes",
        Action::DrawMore => "stages_end_in_drawn",
        Action::Realise(_) => "realisation_typing_pasting_and_undo",
    }
}

#[test]
fn tabs_and_embedding() {
    let s = act(start(), Action::SelectTab(Tab::Report));
    assert_eq!(s.tab, Tab::Report);
    let s = act(s, Action::ToggleDemo);
    assert!(s.mode.demo);
    let s = act(s, Action::ToggleDemo);
    assert!(!s.mode.demo);
    // Embedded, the page stays on its one calculator.
    let embedded = Rc::new(AppState::new(english(), Lang::En, Currency::Usd, "en-US", Mode { embed: Some(Tab::Payback), demo: false }));
    assert_eq!(embedded.tab, Tab::Payback);
    assert_eq!(act(embedded, Action::SelectTab(Tab::Case)).tab, Tab::Payback);
}

#[test]
fn typing_is_one_change_to_undo_per_field_and_shares_company_facts() {
    let s = start();
    let before = s.scenario.clone();
    let s = act(s.clone(), edit(FormId::Case, &s, "customers", "3"));
    let s = act(s.clone(), edit(FormId::Case, &s, "customers", "30"));
    let s = act(s.clone(), edit(FormId::Case, &s, "customers", "300"));
    assert_eq!(case_text(&s, "customers"), "300");
    assert_eq!(s.scenario.retention.text_of("customers"), "300", "the retention page has the same facts");
    assert!(s.history.can_undo());
    let s = act(s, Action::Undo);
    assert!(s.scenario == before, "three keystrokes in one field are one change");
    assert!(!s.history.can_undo());
    // Undo with nothing to undo changes nothing.
    let again = act(s.clone(), Action::Undo);
    assert!(again.scenario == s.scenario);
    // Text that is not a number is kept as typed; the last good result stays.
    let s = act(s.clone(), edit(FormId::Payback, &s, "upfrontInvestment", "12a"));
    assert_eq!(s.scenario.payback.text_of("upfrontInvestment"), "12a");
    assert!(s.scenario.payback.is_stale());
    assert!(s.scenario.payback.result().is_some());
}

#[test]
fn switches_flip_and_undo() {
    let s = start();
    let on = s.scenario.retention.switch("upliftIsRelative");
    let s = act(s, Action::Toggle(FormId::Retention, "upliftIsRelative"));
    assert_eq!(s.scenario.retention.switch("upliftIsRelative"), !on);
    let s = act(s, Action::Undo);
    assert_eq!(s.scenario.retention.switch("upliftIsRelative"), on);
}

#[test]
fn reset_a_form_or_the_open_one() {
    let s = start();
    let fresh = s.scenario.clone();
    let s = act(s.clone(), edit(FormId::Payback, &s, "upfrontInvestment", "5"));
    let s = act(s, Action::Reset(FormId::Payback));
    assert!(s.scenario.payback == fresh.payback);
    let s = act(s.clone(), edit(FormId::Payback, &s, "upfrontInvestment", "5"));
    // Alt+R on a page without a calculator changes nothing.
    let s = act(s, Action::SelectTab(Tab::Sources));
    let same = act(s.clone(), Action::ResetOpen);
    assert!(same.scenario == s.scenario);
    let s = act(s, Action::SelectTab(Tab::Payback));
    let s = act(s, Action::ResetOpen);
    assert!(s.scenario.payback == fresh.payback);
}

#[test]
fn a_preset_fills_the_case_and_the_shared_facts() {
    let s = act(start(), Action::ApplyPreset(crate::forms::case::Industry::Telecom));
    assert_eq!(s.scenario.preset, Some(crate::forms::case::Industry::Telecom));
    assert_eq!(s.scenario.retention.text_of("customers"), case_text(&s, "customers"));
    let s = act(s, Action::Reset(FormId::Case));
    assert_eq!(s.scenario.preset, None, "a reset case has no preset");
    assert_eq!(s.scenario.costs_follow, [false; 2]);
}

#[test]
fn a_presets_costs_follow_the_company_until_typed() {
    let s = act(start(), Action::ApplyPreset(crate::forms::case::Industry::Telecom));
    assert_eq!((case_text(&s, "costs.oneOff"), case_text(&s, "costs.annual")), ("2880000".into(), "1200000".into()));
    assert_eq!(s.scenario.costs_follow, [true; 2]);
    let roi = |s: &AppState| s.scenario.case.result().unwrap().risk_adjusted.roi.unwrap();
    let before = roi(&s);
    // 2 000 000 customers typed on the business case: 2 000 000 × 480 a year.
    let s = act(s.clone(), edit(FormId::Case, &s, "customers", "2000000"));
    assert_eq!((case_text(&s, "costs.oneOff"), case_text(&s, "costs.annual")), ("11520000".into(), "4800000".into()));
    // Most levers grow with the company too (conversion's visitors do not), so ROI stays near
    // the preset's rather than the 1 376.7% of costs left at the preset's size.
    assert!((roi(&s) - before).abs() < 0.2 * before, "costs grew with the company: ROI {} vs {before}", roi(&s));
    // Revenue per month, typed on the retention page (shared facts): 45 a month is 540 a year.
    let s = act(s.clone(), Action::Toggle(FormId::Retention, crate::forms::scenario::PER_MONTH));
    let s = act(s.clone(), edit(FormId::Retention, &s, "revenuePerCustomer", "45"));
    assert_eq!((case_text(&s, "costs.oneOff"), case_text(&s, "costs.annual")), ("12960000".into(), "5400000".into()));
    // A field that is not a number for a moment: the costs wait, then follow again.
    let s = act(s.clone(), edit(FormId::Case, &s, "customers", ""));
    assert_eq!(case_text(&s, "costs.oneOff"), "12960000");
    let s = act(s.clone(), edit(FormId::Case, &s, "customers", "1000000"));
    assert_eq!(case_text(&s, "costs.oneOff"), "6480000");
    // A typed cost stands; the other still follows.
    let s = act(s.clone(), edit(FormId::Case, &s, "costs.oneOff", "5000000"));
    assert_eq!(s.scenario.costs_follow, [false, true]);
    let s = act(s.clone(), edit(FormId::Case, &s, "customers", "2000000"));
    assert_eq!((case_text(&s, "costs.oneOff"), case_text(&s, "costs.annual")), ("5000000".into(), "5400000".into()));
    // Undo gives back the cost that followed.
    let s = act(s, Action::Undo);
    assert_eq!(case_text(&s, "costs.annual"), "2700000");
    let s = act(s, Action::Undo);
    assert_eq!((case_text(&s, "costs.oneOff"), s.scenario.costs_follow), ("6480000".into(), [true; 2]));
    // Without a preset, nothing follows.
    let s = act(start(), Action::Edit(FormId::Case, 0, "40000".into()));
    assert_eq!(case_text(&s, "costs.oneOff"), "250000");
}

#[test]
fn helpers_send_their_answer_into_the_case() {
    let s = act(start(), Action::OpenHelper(Helper::Churn));
    assert_eq!((s.tab, s.open_helper), (Tab::Metrics, Some(Helper::Churn)));
    // 300 lost of 2 000: 15% churn, 85% retention.
    let s = act(s, Action::SendHelper(Helper::Churn));
    assert_eq!(case_text(&s, "retentionRate"), "85");
    assert_eq!(s.scenario.retention.text_of("retentionRate"), "85");
    assert_eq!((s.tab, s.sent), (Tab::Case, Some(Helper::Churn)));
    // A helper whose input is not a number sends nothing.
    let s = act(s.clone(), edit(FormId::Helper(Helper::Churn), &s, "lost", "x"));
    let after = act(s.clone(), Action::SendHelper(Helper::Churn));
    assert!(after.scenario == s.scenario);
}

#[test]
fn a_fragment_opens_a_link_or_a_page() {
    let s = start();
    let s = act(s.clone(), edit(FormId::Case, &s, "customers", "777"));
    let fragment = link::encode(&act(s.clone(), Action::SelectTab(Tab::Case)));
    let fresh = act(start(), Action::OpenFragment(fragment));
    assert_eq!(fresh.tab, Tab::Case);
    assert_eq!(case_text(&fresh, "customers"), "777");
    assert!(fresh.history.can_undo(), "opening a link is a change to undo");
    let s = act(fresh, Action::OpenFragment("sources".into()));
    assert_eq!(s.tab, Tab::Sources);
    // A damaged link says so and changes no input.
    let damaged = act(start(), Action::OpenFragment("v=2&zz=%%%".into()));
    assert!(damaged.scenario == start().scenario);
}

#[test]
fn a_file_opens_with_its_name() {
    let mut scenario = Scenario::new(crate::finance::input::Notation::Point);
    scenario.prepared_for = "Acme".into();
    let opened = Opened {
        head: Head { name: "Plan B".into(), page: Some("report".into()), currency: Some("EUR".into()), ..Head::default() },
        scenario,
        skipped: vec![],
        facts_from: None,
    };
    let s = act(start(), Action::Open(Rc::new(opened)));
    assert_eq!(s.scenario.prepared_for, "Acme");
    assert_eq!(s.tab, Tab::Report);
    assert_eq!(s.currency, Currency::Eur);
    assert_eq!(s.notice, Some(Notice::Opened("Plan B".into())));
    // Values that kept their defaults are named, unknown parts last and once.
    let partial = Opened {
        head: Head::default(),
        scenario: Scenario::new(crate::finance::input::Notation::Point),
        skipped: vec![UNKNOWN, ("case", "customers"), UNKNOWN],
        facts_from: None,
    };
    let s = act(s, Action::Open(Rc::new(partial)));
    assert_eq!(s.notice, Some(Notice::Partial { file: true, keys: vec![("case", "customers"), UNKNOWN] }));
}

#[test]
fn saved_scenarios_open_and_step() {
    let s = act(start(), Action::SavedLoaded(vec![saved("a", "Older", 1, "111"), saved("b", "Newer", 2, "222")], 0));
    assert_eq!(s.saved.iter().map(|x| x.key.as_str()).collect::<Vec<_>>(), ["b", "a"], "newest first");
    let s = act(s, Action::OpenSaved("a".into()));
    assert_eq!(case_text(&s, "customers"), "111");
    assert_eq!(s.notice, Some(Notice::Opened("Older".into())));
    assert_eq!(s.opened.as_deref(), Some("a"));
    // From the last, the next wraps to the first.
    let s = act(s, Action::Step(1));
    assert_eq!(case_text(&s, "customers"), "222");
    let s = act(s, Action::Step(-1));
    assert_eq!(case_text(&s, "customers"), "111");
    // A key that is not there changes nothing.
    let same = act(s.clone(), Action::OpenSaved("gone".into()));
    assert!(same.scenario == s.scenario);
    let same = act(s.clone(), Action::TrackSaved("gone".into()));
    assert_eq!((same.tab, same.scenario == s.scenario), (Tab::Retention, true));
    // Tracking one opens it on the Value realised tab.
    let tracked = act(s.clone(), Action::TrackSaved("b".into()));
    assert_eq!((tracked.tab, case_text(&tracked, "customers")), (Tab::Realisation, "222".to_owned()));
    // With nothing saved, stepping changes nothing.
    let empty = act(start(), Action::Step(1));
    assert!(empty.scenario == start().scenario);
}

#[test]
fn panels_inputs_and_the_assessments_suggestion() {
    let s = act(start(), Action::ChangePanels(PanelChange::Seed(42)));
    assert_eq!(PanelInputs::read(&s.scenario.panels).0.seed, 42);
    let s = act(s, Action::Undo);
    assert_eq!(PanelInputs::read(&s.scenario.panels).0.seed, crate::forms::panels::DEFAULT_SEED, "one change to undo");
    // No suggestion before every statement is answered.
    let same = act(s.clone(), Action::ApplySuggestion);
    assert!(same.scenario == s.scenario);
    // Each answer applies to the answers there are when it arrives: none is lost.
    let mut s = s;
    for i in 0..24 {
        s = act(s, Action::ChangePanels(PanelChange::Answer(i, Answer::Level(0))));
    }
    assert_eq!(PanelInputs::read(&s.scenario.panels).0.answered(), 24);
    let before = case_text(&s, "rampUpMonths");
    let s = act(s, Action::ApplySuggestion);
    let a = crate::forms::panels::assessment_of(&s.scenario).expect("every statement answered");
    assert_eq!(case_text(&s, "rampUpMonths"), canonical(a.suggested.ramp_up_months));
    assert_ne!(case_text(&s, "rampUpMonths"), before, "an undeveloped organisation ramps up slower");
    let s = act(s, Action::Undo);
    assert_eq!(case_text(&s, "rampUpMonths"), before);
    let s = act(s, Action::ChangePanels(PanelChange::ClearAnswers));
    assert_eq!(PanelInputs::read(&s.scenario.panels).0.answered(), 0);
    // Every other input is kept by a change to one.
    let s = act(s, Action::ChangePanels(PanelChange::Trials(5000)));
    let s = act(s, Action::ChangePanels(PanelChange::CostSpread(0.2)));
    let s = act(s, Action::ChangePanels(PanelChange::Saturation(3.0)));
    let p = PanelInputs::read(&s.scenario.panels).0;
    assert_eq!((p.trials, p.cost_spread, p.saturation), (5000, 0.2, 3.0));
}

#[test]
fn report_names_are_cleaned_and_undone_as_one() {
    let s = act(start(), Action::SetPreparedFor("A".into()));
    let s = act(s, Action::SetPreparedFor("Acme\u{202e}".into()));
    let s = act(s, Action::SetPreparedBy("Rep".into()));
    assert_eq!(s.scenario.prepared_by, "Rep");
    assert!(!s.scenario.prepared_for.contains('\u{202e}'), "no bidi controls in a name");
    let s = act(s, Action::Undo);
    assert_eq!(s.scenario.prepared_by, "");
    let s = act(s, Action::Undo);
    assert_eq!(s.scenario.prepared_for, "", "the keystrokes of one name are one change");
}

#[test]
fn notices_come_and_go() {
    let s = act(start(), Action::Notify(Notice::Copied));
    assert_eq!(s.notice, Some(Notice::Copied));
    assert_eq!(act(s, Action::DismissNotice).notice, None);
}

#[test]
fn a_language_waits_for_its_pack() {
    let s = act(start(), Action::SetLanguage(Lang::Nl));
    assert_eq!((s.lang, s.loading), (Lang::En, Some(Lang::Nl)), "shown once its pack is here");
    let nl = crate::text::Texts::from_pack(crate::text::pack_from_source(include_str!("../text/nl.txt"))).unwrap();
    let s = act(s, Action::TextsLoaded(Lang::Nl, nl));
    assert_eq!((s.lang, s.loading), (Lang::Nl, None));
    assert!(std::ptr::eq(s.t, nl));
    use crate::forms::FormView;
    assert_eq!(s.scenario.case.notation(), Lang::Nl.notation(), "numbers are typed the Dutch way");
    // Back to a pack already here: at once.
    let s = act(s, Action::SetLanguage(Lang::En));
    assert_eq!((s.lang, s.loading), (Lang::En, None));
    // A pack that arrives for a language no longer asked for is kept, not shown.
    let s = act(s, Action::TextsLoaded(Lang::Sv, nl));
    assert_eq!(s.lang, Lang::En);
    assert!(s.packs[Lang::Sv as usize].is_some());
}

#[test]
fn currency_changes_no_number() {
    let s = start();
    let npv = s.scenario.case.result().map(|r| r.risk_adjusted.npv);
    let s = act(s, Action::SetCurrency(Currency::Sek));
    assert_eq!(s.currency, Currency::Sek);
    assert_eq!(s.scenario.case.result().map(|r| r.risk_adjusted.npv), npv);
}

#[test]
fn saved_list_questions() {
    let s = act(start(), Action::SetDraftName("Q3 plan".into()));
    assert_eq!(s.draft_name, "Q3 plan");
    let s = act(s, Action::StartRename(Some("a".into())));
    assert_eq!(s.renaming.as_deref(), Some("a"));
    let s = act(s, Action::AskDelete(Some("a".into())));
    assert_eq!(s.deleting.as_deref(), Some("a"));
    let s = act(act(s, Action::StartRename(None)), Action::AskDelete(None));
    assert_eq!((s.renaming.clone(), s.deleting.clone()), (None, None));
}

#[test]
fn compare_keeps_at_most_four_that_exist() {
    let list = (0..5).map(|i| saved(&format!("k{i}"), "x", i, "100")).collect();
    let mut s = act(start(), Action::SavedLoaded(list, 0));
    for i in 0..5 {
        s = act(s, Action::ToggleCompare(format!("k{i}")));
    }
    assert_eq!(s.compare, ["k0", "k1", "k2", "k3"], "four at most");
    let s = act(s, Action::ToggleCompare("k1".into()));
    assert_eq!(s.compare, ["k0", "k2", "k3"]);
    let s = act(s, Action::Removed("k2".into()));
    assert_eq!(s.compare, ["k0", "k3"], "a deleted scenario leaves the comparison");
}

#[test]
fn saved_list_loads_keeps_and_removes() {
    let s = act(start(), Action::Notify(Notice::FilesUnavailable));
    let s = act(s, Action::SavedLoaded(vec![saved("a", "A", 1, "1")], 2));
    assert_eq!(s.notice, Some(Notice::StorageDamaged(2)), "the module loaded after all; two entries did not read");
    let s = act(s, Action::Kept(Rc::new(saved("b", "B", 5, "2"))));
    assert_eq!(s.notice, Some(Notice::Saved("B".into())));
    assert_eq!(s.saved.iter().map(|x| x.key.as_str()).collect::<Vec<_>>(), ["b", "a"]);
    // Kept again (renamed): replaced, not doubled.
    let s = act(s, Action::Kept(Rc::new(saved("b", "B2", 6, "2"))));
    assert_eq!(s.saved.len(), 2);
    // A list that arrives after something was kept keeps it once.
    let s = act(s, Action::SavedLoaded(vec![saved("b", "B", 5, "2"), saved("c", "C", 3, "3")], 0));
    assert_eq!(s.saved.iter().map(|x| x.key.as_str()).collect::<Vec<_>>(), ["b", "c", "a"]);
    let s = act(s, Action::Removed("a".into()));
    assert_eq!(s.saved.len(), 2);
}

#[test]
fn stages_end_in_drawn() {
    let s = start();
    assert!(!s.complete());
    let s = act(s, Action::DrawMore);
    assert!(s.drawn(1));
    let s = act(s, Action::DrawMore);
    assert!(!s.complete(), "goal seek comes in a frame of its own");
    let s = act(s, Action::DrawMore);
    assert!(s.complete(), "the retention page draws in three stages");
    let mut case = act(start(), Action::SelectTab(Tab::Case));
    for _ in 0..8 {
        assert!(!case.complete(), "the business case draws its lever cards (two a frame) and its uncertainty panel's three groups in later stages");
        case = act(case, Action::DrawMore);
    }
    assert!(case.complete());
}

#[test]
fn typed_answers_have_at_most_four_decimals() {
    assert_eq!(typed(94.999_999_99), "95");
    assert_eq!(typed(12.345_67), "12.3457");
    assert_eq!(typed(-0.5), "-0.5");
    assert_eq!(typed(1e20), "100000000000000000000");
}

#[test]
fn realisation_typing_pasting_and_undo() {
    use crate::forms::realisation::{RealiseChange, COSTS};
    let s = act(start(), Action::SelectTab(Tab::Realisation));
    assert_eq!(s.tab, Tab::Realisation);
    let s = act(s, Action::Realise(RealiseChange::Start("2027-01".into())));
    let s = act(s, Action::Realise(RealiseChange::Edit(0, COSTS, "6".into())));
    let s = act(s, Action::Realise(RealiseChange::Edit(0, COSTS, "60".into())));
    assert_eq!(s.scenario.realisation.text(0, COSTS), "60");
    let s = act(s, Action::Undo);
    assert_eq!((s.scenario.realisation.text(0, COSTS), s.scenario.realisation.start.as_str()), ("", "2027-01"), "a cell's keystrokes are one change");
    // The default case runs 3 years: 12 quarters, so a paste stops at the 12th.
    let s = act(s, Action::Realise(RealiseChange::Paste(10, 0, "1\n2\n3\n4".into())));
    assert_eq!((s.scenario.realisation.text(11, 0), s.scenario.realisation.periods()), ("2", vec![10, 11]));
    // The actuals travel in the link the address holds.
    let link = link::encode(&s);
    let opened = link::start(AppState::new(english(), Lang::En, Currency::Usd, "en-US", Mode::default()), &link);
    assert_eq!((opened.tab, opened.scenario.realisation.write()), (Tab::Realisation, s.scenario.realisation.write()));
}
