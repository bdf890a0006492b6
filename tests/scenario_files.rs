//! Scenario files written by earlier versions (`tests/fixtures/`) still open to the same
//! scenario, and this version writes the same bytes for the same scenario: exported files and
//! saved scenarios must keep working after a change of reader or writer.

use rox_calculator::finance::input::Notation;
use rox_calculator::forms::case::Industry;
use rox_calculator::forms::scenario::{Head, Opened, Scenario, UNKNOWN};

/// Each fixture's file name, with the scenario and head it was written from.
/// The costs presets set when the fixtures were written (before presets costed in proportion to
/// their company): the fixtures hold them, and the scenarios rebuilt here must too.
const PRESET_COSTS_THEN: &[(&str, &str)] = &[("costs.oneOff", "250000"), ("costs.annual", "150000")];

/// A new scenario as it was when the fixtures were written: the retention page had company
/// facts of its own (10 000 customers, 500 a year, 40% margin, 80% retention).
fn then(n: Notation) -> Scenario {
    let mut s = Scenario::new(n);
    for (k, v) in [("customers", "10000"), ("revenuePerCustomer", "500"), ("grossMargin", "40"), ("retentionRate", "80")] {
        s.retention.set_by_key(k, v.into());
    }
    s
}

fn fixtures() -> Vec<(&'static str, Scenario, Head)> {
    let defaults = then(Notation::Point);

    let mut dutch = then(Notation::Comma);
    dutch.retention.set_by_key("customers", "25.000".into());
    dutch.retention.set_by_key("retentionRate", "72,5".into());
    dutch.retention.set_switch("upliftIsRelative", true);
    dutch.payback.set_by_key("years", "abc".into());
    dutch.payback.set_by_key("returnPerDollar", "2,25".into());
    dutch.case.apply(Industry::Saas.values());
    dutch.case.apply(PRESET_COSTS_THEN);
    dutch.preset = Some(Industry::Saas);
    dutch.case.set_switch("levers.employee.enabled", true);
    dutch.case.set_switch("levers.spend.enabled", false);
    dutch.prepared_for = "Acme <b>&</b> \"Zürich\" — ß 😀".into();
    dutch.prepared_by = "Jan 'de' Vries & <i>Co</i> \\ /".into();
    let dutch_head = Head { name: "Plan \"Q3\" <b>&</b> — Ünïcødé".into(), ..Head::default() };

    let mut export = then(Notation::Point);
    export.case.apply(Industry::Retail.values());
    export.case.apply(PRESET_COSTS_THEN);
    export.preset = Some(Industry::Retail);
    export.case.set_by_key("costs.annual", "400,000".into());
    export.retention.set_by_key("retentionUplift", "1e+1".into());
    export.prepared_for = "Acme".into();
    export.prepared_by = "Jane".into();
    let export_head =
        Head { name: "ROX scenario".into(), saved_at: 1_763_900_000_000, page: Some("case".into()), lang: Some("en".into()), currency: Some("USD".into()) };

    // As `ui::storage` keeps it under `rox.scenario.<id>`: a scenario file named by the person.
    let mut saved = then(Notation::Comma);
    saved.case.apply(Industry::Telecom.values());
    saved.case.apply(PRESET_COSTS_THEN);
    saved.preset = Some(Industry::Telecom);
    saved.payback.set_by_key("upfrontInvestment", "250.000".into());
    saved.payback.set_by_key("discountRate", "7,5".into());
    saved.case.set_switch("levers.pricePremium.enabled", true);
    let saved_head = Head {
        name: "Telecom — conservatief".into(),
        saved_at: 1_764_000_123_456,
        page: Some("payback".into()),
        lang: Some("nl".into()),
        currency: Some("EUR".into()),
    };

    // Names are cleaned when read, not when written: what the writer escapes.
    let mut control = then(Notation::Point);
    control.retention.set_by_key("customers", "1\t000".into());
    control.payback.set_by_key("annualCost", "5\r\n0".into());
    let control_head =
        Head { name: "tab\there cr\r lf\n nul\u{0} bs\u{8} ff\u{c} us\u{1f} del\u{7f} ls\u{2028}".into(), page: Some("retention".into()), ..Head::default() };

    vec![
        ("scenario-defaults.json", defaults, Head::default()),
        ("scenario-dutch.json", dutch, dutch_head),
        ("scenario-export.json", export, export_head),
        ("saved-scenario.json", saved, saved_head),
        ("scenario-control-characters.json", control, control_head),
    ]
}

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// What the version that wrote the fixtures read from each (in either notation).
struct Recorded {
    file: &'static str,
    head: Head,
    skipped: &'static [(&'static str, &'static str)],
    preset: Option<Industry>,
    prepared_for: &'static str,
    prepared_by: &'static str,
    clv_after: f64,
    payback_npv: f64,
    risk_adjusted_npv: f64,
    /// How the file differs when the opened scenario is written again: what was named in
    /// `skipped` took its default, and names were cleaned.
    rewritten: &'static [(&'static str, &'static str)],
}

fn recorded() -> Vec<Recorded> {
    let none = Head::default();
    vec![
        Recorded {
            file: "scenario-defaults.json",
            head: none.clone(),
            skipped: &[],
            preset: None,
            prepared_for: "",
            prepared_by: "",
            clv_after: 680.0000000000001,
            payback_npv: 340552.21637866274,
            risk_adjusted_npv: 1895914.4552967716,
            rewritten: &[],
        },
        Recorded {
            file: "scenario-dutch.json",
            head: Head { name: "Plan \"Q3\" <b>&</b> — Ünïcødé".into(), ..none.clone() },
            skipped: &[("payback", "years")],
            preset: Some(Industry::Saas),
            prepared_for: "Acme <b>&</b> \"Zürich\" — ß 😀",
            prepared_by: "Jan 'de' Vries & <i>Co</i> \\ /",
            clv_after: 449.44649446494446,
            payback_npv: 199328.51239669428,
            risk_adjusted_npv: 1919994.628099176,
            rewritten: &[("\"years\": \"abc\"", "\"years\": 3")],
        },
        Recorded {
            file: "scenario-export.json",
            head: Head {
                name: "ROX scenario".into(),
                saved_at: 1_763_900_000_000,
                page: Some("case".into()),
                lang: Some("en".into()),
                currency: Some("USD".into()),
            },
            skipped: &[],
            preset: Some(Industry::Retail),
            prepared_for: "Acme",
            prepared_by: "Jane",
            clv_after: 899.9999999999997,
            payback_npv: 340552.21637866274,
            risk_adjusted_npv: 946598.173365891,
            rewritten: &[],
        },
        Recorded {
            file: "saved-scenario.json",
            head: Head {
                name: "Telecom — conservatief".into(),
                saved_at: 1_764_000_123_456,
                page: Some("payback".into()),
                lang: Some("nl".into()),
                currency: Some("EUR".into()),
            },
            skipped: &[],
            preset: Some(Industry::Telecom),
            prepared_for: "",
            prepared_by: "",
            clv_after: 680.0000000000001,
            payback_npv: 567160.7531412328,
            risk_adjusted_npv: 27087828.587528177,
            rewritten: &[],
        },
        Recorded {
            file: "scenario-control-characters.json",
            head: Head { name: "tabhere cr lf nul bs ff us del ls".into(), page: Some("retention".into()), ..none },
            skipped: &[("retention", "customers"), ("payback", "annualCost")],
            preset: None,
            prepared_for: "",
            prepared_by: "",
            clv_after: 680.0000000000001,
            payback_npv: 340552.21637866274,
            risk_adjusted_npv: 1895914.4552967716,
            rewritten: &[
                ("\"tab\\u0009here cr\\u000d lf\\n nul\\u0000 bs\\u0008 ff\\u000c us\\u001f del\u{7f} ls\u{2028}\"", "\"tabhere cr lf nul bs ff us del ls\""),
                (r#""customers": "1\u0009000""#, r#""customers": 20000"#),
                (r#""annualCost": "5\u000d\n0""#, r#""annualCost": 50000"#),
            ],
        },
    ]
}

#[test]
fn this_version_writes_the_fixtures_byte_for_byte() {
    for (file, scenario, head) in fixtures() {
        assert_eq!(scenario.to_json(&head), fixture(file), "{file}");
    }
}

#[test]
fn the_fixtures_open_as_recorded() {
    for r in recorded() {
        let text = fixture(r.file);
        for n in [Notation::Point, Notation::Comma] {
            let Opened { head, scenario: s, skipped, .. } = Scenario::from_json(&text, n).unwrap_or_else(|e| panic!("{}: {e:?}", r.file));
            assert_eq!(head, r.head, "{} {n:?}", r.file);
            assert_eq!(skipped, r.skipped, "{} {n:?}", r.file);
            assert_eq!(s.preset, r.preset, "{} {n:?}", r.file);
            assert_eq!((s.prepared_for.as_str(), s.prepared_by.as_str()), (r.prepared_for, r.prepared_by), "{}", r.file);
            assert_eq!(s.retention.result().map(|x| x.clv_after), Some(r.clv_after), "{} {n:?}", r.file);
            assert_eq!(s.payback.result().map(|x| x.summary.npv), Some(r.payback_npv), "{} {n:?}", r.file);
            assert_eq!(s.case.result().map(|x| x.risk_adjusted.npv), Some(r.risk_adjusted_npv), "{} {n:?}", r.file);
            let rewritten = r.rewritten.iter().fold(text.clone(), |t, (from, to)| {
                assert!(t.contains(from), "{}: {from}", r.file);
                t.replace(from, to)
            });
            assert_eq!(s.to_json(&head), rewritten, "{} {n:?}", r.file);
        }
    }
}

#[test]
fn numbers_open_in_the_page_notation() {
    let dutch = fixture("scenario-dutch.json");
    let comma = Scenario::from_json(&dutch, Notation::Comma).unwrap().scenario;
    let point = Scenario::from_json(&dutch, Notation::Point).unwrap().scenario;
    assert_eq!((comma.retention.text_of("retentionRate"), point.retention.text_of("retentionRate")), ("72,5", "72.5"));
    assert_eq!((comma.payback.text_of("returnPerDollar"), point.payback.text_of("returnPerDollar")), ("2,25", "2.25"));
    assert!(comma.retention.switch("upliftIsRelative") && comma.case.switch("levers.employee.enabled"));
    assert!(!comma.case.switch("levers.spend.enabled"));
    let export = Scenario::from_json(&fixture("scenario-export.json"), Notation::Point).unwrap().scenario;
    assert_eq!((export.retention.text_of("retentionUplift"), export.case.text_of("costs.annual")), ("1e+1", "400000"));
}

#[test]
fn odd_documents_read_as_recorded() {
    let head = r#""format": "rox-calculator-scenario""#;
    for (members, skipped, name, saved_at) in [
        // Members in file order, each wrong one named where it stands.
        (r#""version": 1, "retention": {"upliftIsRelative": "yes", "zz": 1, "years": [1], "customers": 5}"#, &["upliftIsRelative", "?", "years"][..], "", 0),
        (r#""version": "1", "name": 5, "preset": true, "savedAt": "1""#, &["?"][..], "", 0),
        (r#""version": 1.0, "name": "  a\tb  ", "savedAt": 1e3"#, &["?"][..], "ab", 1000),
        (r#""savedAt": -1, "version": 1, "case": null, "payback": "x""#, &["?"][..], "", 0),
        (r#""savedAt": 1e15, "version": 1, "later": 1, "retention": {"years": null}"#, &["?", "years"][..], "", 0),
        (r#""savedAt": 999999999999999, "version": 1"#, &[][..], "", 999_999_999_999_999),
    ] {
        let text = format!("\u{feff}{{{head}, {members}}}");
        let opened = Scenario::from_json(&text, Notation::Point).unwrap_or_else(|e| panic!("{members}: {e:?}"));
        let names: Vec<&str> = opened
            .skipped
            .iter()
            .map(|&(scope, key)| {
                if key == "?" {
                    key
                } else {
                    assert_eq!(scope, "retention");
                    key
                }
            })
            .collect();
        assert_eq!(names, skipped, "{members}");
        assert_eq!((opened.head.name.as_str(), opened.head.saved_at), (name, saved_at), "{members}");
    }
    let opened = Scenario::from_json(&format!("{{{head}, \"retention\": {{\"customers\": 5}}}}"), Notation::Point).unwrap();
    assert_eq!(opened.scenario.retention.text_of("customers"), "5");
    assert_eq!(opened.skipped, [UNKNOWN], "no version");
    for refused in [
        "",
        "null",
        "[]",
        "{}",
        r#"{"format": "rox-calculator-scenario""#,
        r#"{"format": "other", "version": 1}"#,
        r#"{"format": ["rox-calculator-scenario"]}"#,
        "\u{feff}\u{feff}{\"format\": \"rox-calculator-scenario\"}",
    ] {
        assert!(Scenario::from_json(refused, Notation::Point).is_err(), "{refused}");
    }
}

/// The page reads and writes files through the scenario-file module, which hands each scenario
/// over as a share link (`forms::file::read` and `write`): that path opens every fixture to the
/// same scenario, names the same skipped values and writes the same file as the direct one.
#[test]
fn files_handed_over_as_links_lose_nothing() {
    use rox_calculator::forms::file;
    use rox_calculator::forms::share::decode;
    for r in recorded() {
        let text = fixture(r.file);
        let direct = Scenario::from_json(&text, Notation::Comma).unwrap();
        let handoff = file::read(&text).unwrap();
        assert_eq!((handoff.name.as_str(), handoff.saved_at, &handoff.skipped[..]), (r.head.name.as_str(), r.head.saved_at, r.skipped), "{}", r.file);
        let opened = Scenario::from_link(&decode(&handoff.link).unwrap(), Notation::Comma);
        assert!(opened.skipped.is_empty(), "{}: {:?}", r.file, opened.skipped);
        // The page gives both pages one set of company facts, one page's or the other's.
        let two_sets = !direct.scenario.facts_agree();
        let [mut case, mut retention] = [direct.scenario.clone(), direct.scenario.clone()];
        case.share_facts(true);
        retention.share_facts(false);
        assert!(opened.scenario == case || opened.scenario == retention, "{}", r.file);
        assert!(two_sets || opened.facts_from.is_none(), "{}: nothing to say when they agree", r.file);
        if r.file == "saved-scenario.json" {
            // Saved on the payback page with a preset, the retention page never touched: the
            // preset's facts win, and nothing typed was set aside.
            assert!(opened.scenario == case && opened.facts_from.is_none(), "{}", r.file);
        }
        assert_eq!(
            (opened.head.page, opened.head.lang, opened.head.currency),
            (r.head.page.clone(), r.head.lang.clone(), r.head.currency.clone()),
            "{}",
            r.file
        );
        let written = file::write(&opened.scenario.link_with(&direct.head), &handoff.name, handoff.saved_at).unwrap();
        assert_eq!(written, opened.scenario.to_json(&direct.head), "{}", r.file);
    }
    assert!(file::read("{}").is_err());
    assert_eq!(file::write("v1&k=0", "x", 0), None, "a link that does not open writes nothing");
}

/// What the page writes through the scenario-file module is what it holds: an unfinished edit
/// and a long pasted text stay as typed, as the direct writer keeps them.
#[test]
fn the_page_writes_unfinished_edits_as_typed() {
    use rox_calculator::forms::file;
    let mut s = Scenario::new(Notation::Point);
    s.payback.set_by_key("years", "abc".into());
    let pasted = "9".repeat(9000) + " customers, roughly";
    s.retention.set_by_key("customers", pasted.clone());
    s.case.set_by_key("costs.annual", "".into());
    let head = Head { name: "Draft".into(), saved_at: 1_764_000_000_000, page: Some("payback".into()), lang: Some("en".into()), currency: Some("USD".into()) };
    let link = s.link_with(&head);
    assert!(link.len() > rox_calculator::forms::share::MAX_LEN, "longer than any address link");
    let written = file::write(&link, &head.name, head.saved_at).unwrap();
    assert_eq!(written, s.to_json(&head));
    assert!(written.contains("\"years\": \"abc\"") && written.contains(&pasted) && written.contains("\"costs.annual\": \"\""), "{written}");
}

/// Text pasted into a field is written as typed only while the file stays readable: past the
/// reader's limit the file keeps its numbers, so no saved scenario is ever too large to open.
#[test]
fn a_file_too_large_to_read_again_keeps_its_numbers() {
    use rox_calculator::forms::file;
    use rox_calculator::forms::scenario::MAX_FILE_BYTES;
    let mut s = Scenario::new(Notation::Point);
    s.payback.set_by_key("years", "x".repeat(MAX_FILE_BYTES));
    s.retention.set_by_key("customers", "25000".into());
    s.facts_typed(false);
    let head = Head { name: "Huge".into(), ..Head::default() };
    let written = file::write(&s.link_with(&head), &head.name, 0).unwrap();
    assert!(written.len() < MAX_FILE_BYTES);
    let opened = Scenario::from_json(&written, Notation::Point).unwrap();
    assert_eq!((opened.scenario.retention.text_of("customers"), opened.head.name.as_str()), ("25000", "Huge"));
}
