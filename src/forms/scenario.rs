//! One scenario — every calculator's inputs, the industry preset and the names on the report —
//! and the two ways it travels: a share link (compact, in the address) and a JSON file (readable,
//! for export, import and saved scenarios). Both carry canonical numbers, so a scenario made in
//! Dutch opens correctly in English.

use super::case::{Industry, BUSINESS_CASE};
use super::json::{self, Json, JsonError, ObjectWriter};
use super::share::{Builder, FormPart, Link};
use super::{FieldSpec, Form, FormView, PAYBACK, RETENTION};
use crate::finance::business_case::BusinessCaseResult;
use crate::finance::input::Notation;
use crate::finance::payback::PaybackResult;
use crate::finance::retention::RetentionResult;

/// Longest name (scenario, prepared for, prepared by) kept, in characters.
pub const MAX_NAME: usize = 80;
/// What a scenario file says it is.
pub const FORMAT: &str = "rox-calculator-scenario";
pub const FILE_VERSION: u32 = 1;

#[derive(Clone, PartialEq)]
pub struct Scenario {
    pub retention: Form<RetentionResult>,
    pub payback: Form<PaybackResult>,
    pub case: Form<BusinessCaseResult>,
    pub preset: Option<Industry>,
    pub prepared_for: String,
    pub prepared_by: String,
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

/// A scenario read from a link or a file, with what could not be restored.
#[derive(Clone)]
pub struct Opened {
    pub head: Head,
    pub scenario: Scenario,
    /// Keys of values that kept their defaults; "?" for parts this version does not know.
    pub skipped: Vec<&'static str>,
}

/// A name as kept: trimmed, no control characters and no bidirectional formatting characters
/// (a crafted link could otherwise show "Prepared for" reversed), at most `MAX_NAME` characters.
pub fn clean_name(name: &str) -> String {
    let bidi = |c: &char| matches!(c, '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    name.trim().chars().filter(|c| !c.is_control() && !bidi(c)).take(MAX_NAME).collect()
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
            prepared_for: String::new(),
            prepared_by: String::new(),
        }
    }

    pub fn set_notation(&mut self, notation: Notation) {
        self.retention.set_notation(notation);
        self.payback.set_notation(notation);
        self.case.set_notation(notation);
    }

    fn views(&self) -> [&dyn FormView; 3] {
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
        for ((tag, _), form) in TAGS.iter().zip(self.views()) {
            link.form(tag, form);
        }
    }

    /// The scenario a decoded link describes.
    pub fn from_link(link: &Link, notation: Notation) -> Opened {
        let mut scenario = Scenario::new(notation);
        let mut skipped = Vec::new();
        if let Some(part) = link.form("r") {
            skipped.extend(scenario.retention.restore(part));
        }
        if let Some(part) = link.form("p") {
            skipped.extend(scenario.payback.restore(part));
        }
        if let Some(part) = link.form("b") {
            skipped.extend(scenario.case.restore(part));
        }
        scenario.preset = link.preset.as_deref().and_then(Industry::from_key);
        scenario.prepared_for = link.prepared_for.as_deref().map(clean_name).unwrap_or_default();
        scenario.prepared_by = link.prepared_by.as_deref().map(clean_name).unwrap_or_default();
        if !link.unknown.is_empty() {
            skipped.push("?");
        }
        let head = Head { page: link.page.clone(), lang: link.lang.clone(), currency: link.currency.clone(), ..Head::default() };
        Opened { head, scenario, skipped }
    }

    /// The scenario as a JSON file: every input, numbers canonical, switches as booleans.
    pub fn to_json(&self, head: &Head) -> String {
        let mut out = String::new();
        let mut doc = ObjectWriter::new(&mut out, "");
        doc.str("format", FORMAT).json("version", &FILE_VERSION.to_string()).str("name", &head.name);
        if head.saved_at > 0 {
            doc.json("savedAt", &head.saved_at.to_string());
        }
        for (key, value) in [("page", &head.page), ("language", &head.lang), ("currency", &head.currency)] {
            if let Some(v) = value {
                doc.str(key, v);
            }
        }
        doc.str("preset", self.preset.map_or("", Industry::key)).str("preparedFor", &self.prepared_for).str("preparedBy", &self.prepared_by);
        for ((_, name), form) in TAGS.iter().zip(self.views()) {
            let mut section = String::new();
            let mut w = ObjectWriter::new(&mut section, "  ");
            for (i, spec) in form.specs().iter().enumerate() {
                let text = form.canonical(i);
                // A number goes in as a number; anything else (an unfinished edit) as typed.
                if Notation::Point.canonical(&text).is_some_and(|c| c == text) {
                    w.json(spec.key, &text);
                } else {
                    w.str(spec.key, &text);
                }
            }
            for (&(key, _), &on) in form.switch_specs().iter().zip(form.switch_states()) {
                w.json(key, if on { "true" } else { "false" });
            }
            w.finish();
            doc.json(name, &section);
        }
        doc.finish();
        out.push('\n');
        out
    }

    /// Read a scenario file. Values that cannot be restored keep their defaults and are named;
    /// a file that is not a scenario at all is refused whole.
    pub fn from_json(text: &str, notation: Notation) -> Result<Opened, JsonError> {
        let doc = json::parse(text.strip_prefix('\u{feff}').unwrap_or(text))?;
        if doc.get("format").and_then(Json::as_str) != Some(FORMAT) {
            return Err(JsonError::Invalid);
        }
        let mut skipped = Vec::new();
        match doc.get("version") {
            Some(Json::Num(v)) if v == "1" => {}
            _ => skipped.push("?"),
        }
        let text_of = |key: &str| doc.get(key).and_then(Json::as_str).filter(|s| !s.is_empty()).map(str::to_owned);
        let head = Head {
            name: text_of("name").map(|n| clean_name(&n)).unwrap_or_default(),
            saved_at: match doc.get("savedAt") {
                Some(Json::Num(n)) => crate::finance::input::parse_number(n).ok().filter(|v| (0.0..1e15).contains(v)).map_or(0, |v| v as u64),
                _ => 0,
            },
            page: text_of("page"),
            lang: text_of("language"),
            currency: text_of("currency"),
        };
        let mut scenario = Scenario::new(notation);
        scenario.preset = text_of("preset").as_deref().and_then(Industry::from_key);
        scenario.prepared_for = text_of("preparedFor").map(|n| clean_name(&n)).unwrap_or_default();
        scenario.prepared_by = text_of("preparedBy").map(|n| clean_name(&n)).unwrap_or_default();
        const KNOWN: [&str; 13] =
            ["format", "version", "name", "savedAt", "page", "language", "currency", "preset", "preparedFor", "preparedBy", "retention", "payback", "case"];
        if doc.members().iter().any(|(k, _)| !KNOWN.contains(&k.as_str())) {
            skipped.push("?");
        }
        if let Some(section) = doc.get("retention") {
            let part = part_of(section, RETENTION.fields, RETENTION.switches, &mut skipped);
            skipped.extend(scenario.retention.restore(&part));
        }
        if let Some(section) = doc.get("payback") {
            let part = part_of(section, PAYBACK.fields, PAYBACK.switches, &mut skipped);
            skipped.extend(scenario.payback.restore(&part));
        }
        if let Some(section) = doc.get("case") {
            let part = part_of(section, BUSINESS_CASE.fields, BUSINESS_CASE.switches, &mut skipped);
            skipped.extend(scenario.case.restore(&part));
        }
        skipped.dedup();
        Ok(Opened { head, scenario, skipped })
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

/// A file's section for a form as a link part: numbers and numeric strings by field index,
/// switches as bits (defaults where absent). Unknown members are reported as "?".
fn part_of(section: &Json, fields: &'static [FieldSpec], switches: &'static [(&'static str, bool)], skipped: &mut Vec<&'static str>) -> FormPart {
    let mut part = FormPart::default();
    let mut bits: Vec<bool> = switches.iter().map(|&(_, on)| on).collect();
    if !matches!(section, Json::Obj(_)) {
        skipped.push("?");
    }
    for (key, value) in section.members() {
        if let Some(i) = fields.iter().position(|f| f.key == key) {
            match value {
                Json::Num(text) | Json::Str(text) => part.fields.push((i, text.clone())),
                _ => skipped.push(fields[i].key),
            }
        } else if let Some(j) = switches.iter().position(|&(k, _)| k == key) {
            match value {
                Json::Bool(on) => bits[j] = *on,
                _ => skipped.push(switches[j].0),
            }
        } else {
            skipped.push("?");
        }
    }
    part.switches = Some(bits.iter().map(|&on| if on { '1' } else { '0' }).collect());
    part
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forms::share::decode;

    fn sample() -> Scenario {
        let mut s = Scenario::new(Notation::Comma);
        s.retention.set_by_key("retentionRate", "72,5".into());
        s.payback.set_by_key("years", "abc".into());
        s.case.apply(Industry::Retail.values());
        s.preset = Some(Industry::Retail);
        s.case.set_switch("levers.employee.enabled", true);
        s.prepared_for = "Acme <b>&</b> Co".into();
        s
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
        assert_eq!(opened.skipped, vec!["years"], "an unfinished edit is named, not restored");
        assert_eq!(opened.scenario.retention.text_of("retentionRate"), "72.5");
        assert_eq!(opened.scenario.case.result(), s.case.result());
        assert!(opened.scenario.case.switch("levers.employee.enabled"));
        assert_eq!(opened.scenario.preset, Some(Industry::Retail));
        assert_eq!(opened.scenario.prepared_for, "Acme <b>&</b> Co");
    }

    #[test]
    fn a_link_round_trips() {
        let s = sample();
        let mut b = Builder::new();
        s.write_link(&mut b);
        let opened = Scenario::from_link(&decode(&b.finish()).unwrap(), Notation::Comma);
        assert_eq!(opened.skipped, vec!["years"]);
        assert!(opened.scenario.retention == s.retention);
        assert!(opened.scenario.case == s.case);
        assert_eq!(opened.scenario.prepared_for, s.prepared_for);
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
        assert_eq!(opened.skipped, vec!["?", "upliftIsRelative", "customers", "grossMargin", "?"]);
        assert_eq!(opened.scenario.retention.text_of("years"), "7");
        assert_eq!(opened.scenario.retention.text_of("customers"), "10000");
        assert_eq!(opened.head.name, "<script>alert(1)</script>", "kept as text; the page never reads it as markup");
        let long = format!(r#"{{"format": "rox-calculator-scenario", "version": 1, "name": "{}"}}"#, "é".repeat(500));
        assert_eq!(Scenario::from_json(&long, n).unwrap().head.name.chars().count(), MAX_NAME);
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
