//! Scenario files (export, import) and saved scenarios, as JSON through serde: the documented
//! file format, every input with numbers canonical and switches as booleans. Compiled into the
//! scenario-file module (feature `files`, see `crate::files`) and native builds; the page's
//! module hands scenarios to it as share links, so serde_json is never on the page's landing.

use super::case::{Industry, BUSINESS_CASE};
use super::json::{self, Json, JsonError};
use super::metrics::{HELPERS, HELPER_TAGS};
use super::realisation::{Actuals, RealiseChange, COSTS};
use super::scenario::{clean_name, clean_panels, in_form, Head, Opened, Scenario, Skipped, FILE_VERSION, FORMAT, MAX_FILE_BYTES, PER_MONTH, UNKNOWN};
use super::share::FormPart;
use super::{FieldSpec, Form, FormView, PAYBACK, RETENTION};
use crate::finance::business_case::Lever;
use crate::finance::input::Notation;
use crate::finance::realisation::Period;
use serde::{Serialize, Serializer};
use serde_json::value::RawValue;

/// Longest page, language or currency code read from a file.
const CODE_MAX: usize = 32;

/// A scenario file as written, members in the file's order.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ScenarioFile<'a> {
    format: &'a str,
    version: u32,
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    saved_at: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    page: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    language: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    currency: Option<&'a str>,
    preset: &'a str,
    prepared_for: &'a str,
    prepared_by: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    panels: &'a str,
    retention: Section,
    payback: Section,
    case: Section,
    /// Only the helpers someone typed into: files from before helpers travelled read the same.
    #[serde(skip_serializing_if = "Sections::is_empty")]
    helpers: Sections,
    /// Only once something was recorded: files without it read (and are written) as before.
    #[serde(skip_serializing_if = "Option::is_none")]
    realisation: Option<RealisationPart>,
}

/// The realisation tab's actuals: `{ "start": "2027-01", "period": "quarter", "drivers":
/// { "retention": true }, "actuals": { "1": { "retention": 2.5, "costs": 60000 } } }` — periods
/// numbered from 1, levers by key, a driver in the business case's own units (2.5 = 2.5 points).
#[derive(Serialize)]
struct RealisationPart {
    start: String,
    period: &'static str,
    drivers: Section,
    actuals: Sections2,
}

/// Periods by number, each a section of lever keys and "costs".
struct Sections2(Vec<(String, Section)>);

impl Serialize for Sections2 {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(name, section)| (name, section)))
    }
}

/// A typed value as a file holds it: a canonical number as a number, anything else as text.
fn input_of(text: String) -> Input {
    let number = Notation::Point.canonical(&text).filter(|c| *c == text).and_then(|c| RawValue::from_string(c).ok());
    number.map_or(Input::Text(text), Input::Number)
}

fn column_key(column: u8) -> &'static str {
    Lever::ALL.get(usize::from(column)).map_or("costs", |l| l.key())
}

impl RealisationPart {
    fn of(a: &Actuals) -> Option<Self> {
        if *a == Actuals::new(a.notation()) {
            return None;
        }
        let mut actuals: Vec<(String, Section)> = Vec::new();
        for (period, column, text) in a.canonical_cells() {
            let name = (period + 1).to_string();
            if actuals.last().is_none_or(|(n, _)| *n != name) {
                actuals.push((name, Section(Vec::new())));
            }
            if let Some((_, section)) = actuals.last_mut() {
                section.0.push((column_key(column), input_of(text)));
            }
        }
        Some(Self {
            start: a.start.clone(),
            period: match a.period {
                Period::Quarter => "quarter",
                Period::Month => "month",
            },
            drivers: Section(Lever::ALL.iter().filter(|l| a.drivers[l.index()]).map(|l| (l.key(), Input::Switch(true))).collect()),
            actuals: Sections2(actuals),
        })
    }
}

/// The realisation part of a file read into `a`; false when some of it could not be used.
fn read_realisation(part: &Json, a: &mut Actuals) -> bool {
    let mut whole = matches!(part, Json::Obj(_));
    for (key, value) in part.members() {
        match (key, value) {
            ("start", Json::Str(s)) => a.change(RealiseChange::Start(s), 0),
            ("period", Json::Str(p)) if p == "month" || p == "quarter" => {
                a.period = if p == "month" { Period::Month } else { Period::Quarter };
            }
            ("drivers", drivers) => {
                for (lever, on) in drivers.members() {
                    match (Lever::ALL.iter().position(|l| l.key() == lever), on) {
                        (Some(i), Json::Bool(on)) => a.drivers[i] = on,
                        _ => whole = false,
                    }
                }
            }
            ("actuals", periods) => {
                for (name, cells) in periods.members() {
                    let Some(period) = name.parse::<u32>().ok().filter(|p| (1..=120).contains(p)) else {
                        whole = false;
                        continue;
                    };
                    for (column, value) in cells.members() {
                        let c = Lever::ALL.iter().position(|l| l.key() == column).map(|i| i as u8).or((column == "costs").then_some(COSTS));
                        match (c, value) {
                            (Some(c), Json::Num(text)) => a.put(period - 1, c, text),
                            (Some(c), Json::Str(text)) => a.put(period - 1, c, &text),
                            _ => whole = false,
                        }
                    }
                }
            }
            _ => whole = false,
        }
    }
    whole
}

/// The metric helpers' sections, by helper name.
struct Sections(Vec<(&'static str, Section)>);

impl Sections {
    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Serialize for Sections {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(name, section)| (name, section)))
    }
}

/// A form's inputs by key, in the form's order: fields, then switches.
struct Section(Vec<(&'static str, Input)>);

/// One input as a file holds it.
#[derive(Serialize)]
#[serde(untagged)]
enum Input {
    /// A number, as its canonical text (serde_json's numbers would write `1e5` as `1e+5`).
    Number(Box<RawValue>),
    /// Anything else (an unfinished edit), as typed, so the file shows what the form shows.
    Text(String),
    Switch(bool),
}

impl Serialize for Section {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(key, input)| (key, input)))
    }
}

impl Section {
    fn of(form: &dyn FormView) -> Self {
        let mut inputs = Vec::new();
        for (i, spec) in form.specs().iter().enumerate() {
            inputs.push((spec.key, input_of(form.canonical(i))));
        }
        for (&(key, _), &on) in form.switch_specs().iter().zip(form.switch_states()) {
            // Revenue per month came after the first files: written only when on, so a file
            // without it reads (and is written) as before.
            if on || key != PER_MONTH {
                inputs.push((key, Input::Switch(on)));
            }
        }
        Section(inputs)
    }
}

impl Scenario {
    /// The scenario as a JSON file: every input, numbers canonical, switches as booleans.
    pub fn to_json(&self, head: &Head) -> String {
        let [retention, payback, case] = self.views().map(Section::of);
        json::write(&ScenarioFile {
            format: FORMAT,
            version: FILE_VERSION,
            name: &head.name,
            saved_at: (head.saved_at > 0).then_some(head.saved_at),
            page: head.page.as_deref(),
            language: head.lang.as_deref(),
            currency: head.currency.as_deref(),
            preset: self.preset.map_or("", Industry::key),
            prepared_for: &self.prepared_for,
            prepared_by: &self.prepared_by,
            panels: &self.panels,
            retention,
            payback,
            case,
            helpers: Sections(
                HELPER_TAGS
                    .iter()
                    .zip(&self.helpers.0)
                    .filter(|(_, form)| form.specs().iter().enumerate().any(|(i, spec)| form.canonical(i) != spec.default))
                    .map(|((_, name, _), form)| (*name, Section::of(form)))
                    .collect(),
            ),
            realisation: RealisationPart::of(&self.realisation),
        })
    }

    /// Read a scenario file. Values that cannot be restored keep their defaults and are named;
    /// a file that is not a scenario at all is refused whole.
    pub fn from_json(text: &str, notation: Notation) -> Result<Opened, JsonError> {
        let doc = json::parse(text.strip_prefix('\u{feff}').unwrap_or(text))?;
        if !matches!(doc.get("format"), Some(Json::Str(f)) if f == FORMAT) {
            return Err(JsonError::Invalid);
        }
        let mut skipped = Vec::new();
        match doc.get("version") {
            Some(Json::Num("1")) => {}
            _ => skipped.push(UNKNOWN),
        }
        let text_of = |key: &str| match doc.get(key) {
            Some(Json::Str(s)) if !s.is_empty() => Some(s),
            _ => None,
        };
        let head = Head {
            name: text_of("name").map(|n| clean_name(&n)).unwrap_or_default(),
            saved_at: match doc.get("savedAt") {
                Some(Json::Num(n)) => crate::finance::input::parse_number(n).ok().filter(|v| (0.0..1e15).contains(v)).map_or(0, |v| v as u64),
                _ => 0,
            },
            // Codes ("case", "nl", "EUR"): anything longer is not one of ours.
            page: text_of("page").filter(|s| s.len() <= CODE_MAX),
            lang: text_of("language").filter(|s| s.len() <= CODE_MAX),
            currency: text_of("currency").filter(|s| s.len() <= CODE_MAX),
        };
        let mut scenario = Scenario::new(notation);
        scenario.preset = text_of("preset").as_deref().and_then(Industry::from_key);
        scenario.prepared_for = text_of("preparedFor").map(|n| clean_name(&n)).unwrap_or_default();
        scenario.prepared_by = text_of("preparedBy").map(|n| clean_name(&n)).unwrap_or_default();
        scenario.panels = text_of("panels").map(|p| clean_panels(&p)).unwrap_or_default();
        if let Some(part) = doc.get("realisation") {
            if !read_realisation(&part, &mut scenario.realisation) {
                skipped.push(UNKNOWN);
            }
        }
        const KNOWN: [&str; 16] = [
            "format",
            "version",
            "name",
            "savedAt",
            "page",
            "language",
            "currency",
            "preset",
            "preparedFor",
            "preparedBy",
            "panels",
            "retention",
            "payback",
            "case",
            "helpers",
            "realisation",
        ];
        if doc.members().any(|(k, _)| !KNOWN.contains(&k)) {
            skipped.push(UNKNOWN);
        }
        if let Some(section) = doc.get("retention") {
            let part = part_of(&section, "retention", RETENTION.fields, RETENTION.switches, &mut skipped);
            skipped.extend(in_form("retention", scenario.retention.restore(&part)));
        }
        if let Some(section) = doc.get("payback") {
            let part = part_of(&section, "payback", PAYBACK.fields, PAYBACK.switches, &mut skipped);
            skipped.extend(in_form("payback", scenario.payback.restore(&part)));
        }
        if let Some(section) = doc.get("case") {
            let part = part_of(&section, "case", BUSINESS_CASE.fields, BUSINESS_CASE.switches, &mut skipped);
            skipped.extend(in_form("case", scenario.case.restore(&part)));
        }
        if let Some(sections) = doc.get("helpers") {
            if !matches!(sections, Json::Obj(_)) {
                skipped.push(UNKNOWN);
            }
            for (name, section) in sections.members() {
                let Some(i) = HELPER_TAGS.iter().position(|(_, n, _)| *n == name) else {
                    skipped.push(UNKNOWN);
                    continue;
                };
                let (model, scope) = (HELPERS[i], HELPER_TAGS[i].2);
                let part = part_of(&section, scope, model.fields, model.switches, &mut skipped);
                skipped.extend(in_form(scope, scenario.helpers.0[i].restore(&part)));
            }
        }
        skipped.dedup();
        // The page reconciles the two pages' company facts when it opens the handed-over link.
        Ok(Opened { head, scenario, skipped, facts_from: None })
    }
}

/// A scenario file as the page's module receives it: the scenario as a share link that also
/// carries the file's page, language and currency, and what a link does not hold.
#[derive(Debug, Clone, PartialEq)]
pub struct Handoff {
    pub link: String,
    pub name: String,
    pub saved_at: u64,
    /// Values the file held that kept their defaults (see `Opened::skipped`).
    pub skipped: Vec<Skipped>,
}

/// Read a scenario file for the page. Every value the link carries was restored already, so
/// the page opening the link restores the same scenario and skips nothing more.
pub fn read(text: &str) -> Result<Handoff, JsonError> {
    let Opened { head, scenario, skipped, .. } = Scenario::from_json(text, Notation::Point)?;
    Ok(Handoff { link: scenario.link_with(&head), name: head.name, saved_at: head.saved_at, skipped })
}

/// Longest link the page hands over to be written: what a file of `MAX_FILE_BYTES` could hold,
/// percent-encoded.
const HANDOFF_MAX: usize = 4 * super::scenario::MAX_FILE_BYTES;

/// The scenario file of a link the page made (`Scenario::link_with`), named `name`; `None` for a
/// link that does not open. Every field is written as the page held it, an unfinished edit
/// included (a link's own reader keeps only numbers).
pub fn write(link: &str, name: &str, saved_at: u64) -> Option<String> {
    let link = super::share::decode_within(link, HANDOFF_MAX).ok()?;
    let Opened { head, scenario, .. } = Scenario::from_link(&link, Notation::Point);
    let head = Head { name: name.to_owned(), saved_at, ..head };
    let mut typed = scenario.clone();
    as_typed(&mut typed.retention, link.form("r"));
    as_typed(&mut typed.payback, link.form("p"));
    as_typed(&mut typed.case, link.form("b"));
    for ((tag, _, _), form) in HELPER_TAGS.iter().zip(&mut typed.helpers.0) {
        as_typed(form, link.form(tag));
    }
    // A file too large to be read again (pasted text) keeps its numbers only: nothing is ever
    // saved that cannot be opened.
    let text = typed.to_json(&head);
    Some(if text.len() <= MAX_FILE_BYTES { text } else { scenario.to_json(&head) })
}

/// A stored scenario file named `name` and, when `saved_at` is not 0, dated `saved_at`, with
/// everything else as it was, members this version does not know included: renaming or
/// duplicating a scenario a newer version saved loses nothing of it.
pub fn renamed(text: &str, name: &str, saved_at: u64) -> Result<String, JsonError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // A member written twice is read first-wins, but a map would keep the last: such a file is
    // written afresh by the caller instead.
    let parsed = json::parse(text)?;
    let members: Vec<&str> = parsed.members().map(|(k, _)| k).collect();
    if members.iter().enumerate().any(|(i, k)| members[..i].contains(k)) {
        return Err(JsonError::Invalid);
    }
    let mut doc: serde_json::Map<String, serde_json::Value> = serde_json::from_str(text).map_err(|_| JsonError::Invalid)?;
    if doc.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(JsonError::Invalid);
    }
    doc.insert("name".into(), clean_name(name).into());
    if saved_at > 0 {
        doc.insert("savedAt".into(), saved_at.into());
    }
    Ok(json::write(&doc))
}

/// The fields of `part` into `form` as they are written, numbers or not.
fn as_typed<O: PartialEq>(form: &mut Form<O>, part: Option<&FormPart>) {
    for (i, text) in part.map_or(&[][..], |p| &p.fields) {
        form.set(*i, text.clone());
    }
}

/// A file's section for a form as a link part: numbers and numeric strings by field index,
/// switches as bits (defaults where absent). Unknown members are reported as "?".
fn part_of(
    section: &Json,
    scope: &'static str,
    fields: &'static [FieldSpec],
    switches: &'static [(&'static str, bool)],
    skipped: &mut Vec<Skipped>,
) -> FormPart {
    let mut part = FormPart::default();
    let mut bits: Vec<bool> = switches.iter().map(|&(_, on)| on).collect();
    if !matches!(section, Json::Obj(_)) {
        skipped.push(UNKNOWN);
    }
    for (key, value) in section.members() {
        if let Some(i) = fields.iter().position(|f| f.key == key) {
            match value {
                Json::Num(text) => part.fields.push((i, text.to_owned())),
                Json::Str(text) => part.fields.push((i, text)),
                _ => skipped.push((scope, fields[i].key)),
            }
        } else if let Some(j) = switches.iter().position(|&(k, _)| k == key) {
            match value {
                Json::Bool(on) => bits[j] = on,
                _ => skipped.push((scope, switches[j].0)),
            }
        } else {
            skipped.push(UNKNOWN);
        }
    }
    part.switches = Some(bits.iter().map(|&on| if on { '1' } else { '0' }).collect());
    part
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forms::scenario::tests::sample;
    use crate::forms::scenario::MAX_NAME;

    #[test]
    fn the_realisation_travels_in_files_and_through_the_handoff() {
        let mut s = Scenario::new(Notation::Comma);
        let r = &mut s.realisation;
        r.change(RealiseChange::Start("2027-01".into()), 11);
        r.change(RealiseChange::Driver(3, true), 11);
        r.set(0, 3, "4,5");
        r.set(1, COSTS, "60.000");
        r.set(1, 0, "1x");
        let text = s.to_json(&Head::default());
        let compact: String = text.split_whitespace().collect();
        assert!(compact.contains(r#""realisation":{"start":"2027-01","period":"quarter","drivers":{"referrals":true},"actuals":{"1":{"referrals":4.5},"2":{"retention":"1x","costs":60000}}}"#), "{text}");
        let opened = Scenario::from_json(&text, Notation::Comma).unwrap();
        assert!(opened.skipped.is_empty());
        assert_eq!(opened.scenario.realisation.write(), s.realisation.write());
        // The page receives it as a link, and writes it back the same.
        let h = read(&text).unwrap();
        let link = crate::forms::share::decode_within(&h.link, 1 << 20).unwrap();
        let back = Scenario::from_link(&link, Notation::Comma).scenario;
        assert_eq!(back.realisation.write(), s.realisation.write());
        assert_eq!(write(&h.link, "", 0).unwrap(), text);
        // Files from before the realisation open as before; a damaged part is named.
        assert!(Scenario::from_json(&sample().to_json(&Head::default()), Notation::Point).unwrap().scenario.realisation.is_empty());
        let bad = text.replace(r#""period": "quarter""#, r#""period": "week""#);
        assert_eq!(Scenario::from_json(&bad, Notation::Comma).unwrap().skipped, vec![UNKNOWN]);
    }

    #[test]
    fn renaming_keeps_everything_else_byte_for_byte() {
        let head = Head { name: "Old".into(), saved_at: 1_700_000_000_000, page: Some("case".into()), lang: Some("nl".into()), currency: Some("EUR".into()) };
        let text = sample().to_json(&head);
        let out = renamed(&text, "New \"one\"", 0).unwrap();
        assert_eq!(out, sample().to_json(&Head { name: "New \"one\"".into(), ..head.clone() }));
        let dated = renamed(&text, "Copy", 1_800_000_000_000).unwrap();
        assert_eq!(dated, sample().to_json(&Head { name: "Copy".into(), saved_at: 1_800_000_000_000, ..head.clone() }));
        // A newer version's members stay, in place, with their values (serde_json may write a
        // number of its own in another form: 2e5 as 2e+5).
        let newer = text.replacen("\"preset\"", "\"later\": {\"x\": [1, 2e5]},\n  \"preset\"", 1);
        let out = renamed(&newer, "Kept", 0).unwrap();
        let later = out.find("\"later\"").unwrap();
        assert!(out.find("\"currency\"").unwrap() < later && later < out.find("\"preset\"").unwrap(), "{out}");
        let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(doc["later"]["x"][1].as_f64(), Some(2e5));
        assert!(Scenario::from_json(&out, Notation::Point).unwrap().scenario == Scenario::from_json(&newer, Notation::Point).unwrap().scenario);
        assert!(renamed("{\"format\": \"other\"}", "x", 0).is_err());
        assert!(renamed(&"[".repeat(100), "x", 0).is_err());
        assert!(renamed(&text.replacen("\"preset\"", "\"name\": \"twice\",\n  \"preset\"", 1), "x", 0).is_err(), "a repeated member");
        assert!(renamed(&["\u{feff}", &text].concat(), "New \"one\"", 0).is_ok(), "a byte-order mark");
    }

    #[test]
    fn a_file_round_trips_across_notations() {
        let s = sample();
        let head =
            Head { name: "Q3 \"plan\"".into(), saved_at: 1_763_900_000_000, page: Some("case".into()), lang: Some("nl".into()), currency: Some("EUR".into()) };
        let text = s.to_json(&head);
        assert!(text.contains("\"retentionRate\": 72.5"), "{text}");
        assert!(text.contains("\"years\": \"abc\""), "{text}");
        let opened = Scenario::from_json(&text, Notation::Point).unwrap();
        assert_eq!(opened.head, head);
        assert!(text.contains("\"nps\": {") && text.contains("\"counts.2\": 7.5"), "{text}");
        assert_eq!(opened.skipped, vec![("payback", "years"), ("helper/supportCost", "supportCost")], "an unfinished edit is named, not restored");
        assert_eq!(opened.scenario.helpers.0[5].text_of("counts.2"), "7.5");
        assert_eq!(opened.scenario.retention.text_of("retentionRate"), "72.5");
        assert_eq!(opened.scenario.case.result(), s.case.result());
        assert!(opened.scenario.case.switch("levers.employee.enabled"));
        assert_eq!(opened.scenario.preset, Some(Industry::Retail));
        assert_eq!(opened.scenario.prepared_for, "Acme <b>&</b> Co");
    }

    #[test]
    fn hostile_and_foreign_files_are_refused_or_named() {
        let n = Notation::Point;
        assert!(Scenario::from_json("{}", n).is_err());
        assert!(Scenario::from_json("[1,2]", n).is_err());
        assert!(Scenario::from_json(&"[".repeat(10_000), n).is_err());
        assert!(Scenario::from_json(&"x".repeat(json::MAX_BYTES + 1), n).is_err());
        let doc = r#"{"format": "rox-calculator-scenario", "version": 1, "name": "<script>alert(1)</script>",
            "retention": {"customers": 1e999, "grossMargin": "<img>", "zz": 1, "upliftIsRelative": "yes", "years": 7},
            "payback": [1], "later": {}}"#;
        let opened = Scenario::from_json(doc, n).unwrap();
        assert_eq!(opened.skipped, vec![UNKNOWN, ("retention", "upliftIsRelative"), ("retention", "customers"), ("retention", "grossMargin"), UNKNOWN]);
        assert_eq!(opened.scenario.retention.text_of("years"), "7");
        assert_eq!(opened.scenario.retention.text_of("customers"), "20000");
        assert_eq!(opened.head.name, "<script>alert(1)</script>", "kept as text; the page never reads it as markup");
        let long = format!(r#"{{"format": "rox-calculator-scenario", "version": 1, "name": "{}"}}"#, "é".repeat(500));
        assert_eq!(Scenario::from_json(&long, n).unwrap().head.name.chars().count(), MAX_NAME);
    }
}
