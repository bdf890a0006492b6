//! Share links: the whole scenario in the URL fragment, versioned, compact and checked.
//!
//! Format (version 2), after the `#`:
//! `v2&t=<page>&l=<lang>&c=<currency>&bp=<preset>&pf=<prepared for>&pb=<prepared by>&x=<panels' inputs>&ra=<realisation's actuals>&<form>=<i>:<number>,…&<form>s=<switch bits>&k=<check>`
//! (forms: `r` retention, `p` payback, `b` business case, `h0`…`h8` the metric helpers)
//! - only fields that differ from their default are written, by their index in the form's
//!   field list (lists only ever grow at the end, so old indexes keep their meaning);
//! - numbers are canonical (point decimal, no grouping) whatever the language they were typed
//!   in; texts are percent-encoded outside `[0-9A-Za-z.+_-]`;
//! - `k` is a checksum of everything before it: a truncated or edited link is refused whole
//!   (defaults and a notice) rather than half-applied;
//! - parts a decoder does not know (a newer version's) are skipped and reported.

use super::{Form, FormView};
use crate::finance::input::Notation;

/// 2: the retention page's company facts default to the business case's (version 1 links
/// left out the retention page's own defaults; `Scenario::from_link` restores them).
pub const VERSION: u32 = 2;
/// Longest fragment accepted: far above any real scenario, far below anything that could
/// stall the page.
pub const MAX_LEN: usize = 8192;
/// Longest typed value accepted.
const MAX_VALUE: usize = 40;

/// Why a link could not be opened at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkError {
    /// Made by a newer version of the calculator.
    Newer,
    /// Cut short, edited, or not a link of ours.
    Damaged,
    /// Longer than any link we make.
    TooLong,
}

/// One form's part of a link.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FormPart {
    pub fields: Vec<(usize, String)>,
    pub switches: Option<String>,
}

/// A decoded link.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Link {
    pub version: u32,
    pub page: Option<String>,
    pub lang: Option<String>,
    pub currency: Option<String>,
    pub preset: Option<String>,
    pub prepared_for: Option<String>,
    pub prepared_by: Option<String>,
    /// The later-loaded panels' own inputs (`x`): opaque to the page, read by `forms::panels`.
    pub panels: Option<String>,
    /// The value realisation's actuals (`ra`), read by `forms::realisation`.
    pub realisation: Option<String>,
    /// By form tag ("r", "p", "b", "h0"…"h8").
    pub forms: Vec<(String, FormPart)>,
    /// Keys this version does not know.
    pub unknown: Vec<String>,
}

impl Link {
    pub fn form(&self, tag: &str) -> Option<&FormPart> {
        self.forms.iter().find(|(t, _)| t == tag).map(|(_, p)| p)
    }
}

/// FNV-1a, 32 bits, in base 36: short, and enough to catch a cut or an edit.
fn checksum(s: &str) -> String {
    let mut h: u32 = 0x811c_9dc5;
    for b in s.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    let mut out = Vec::new();
    loop {
        let d = (h % 36) as u8;
        out.push(if d < 10 { b'0' + d } else { b'a' + d - 10 });
        h /= 36;
        if h == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

fn escape(text: &str, out: &mut String) {
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'.' | b'+' | b'_' | b'-') {
            out.push(b as char);
        } else {
            const HEX: &[u8; 16] = b"0123456789ABCDEF";
            out.push('%');
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 15)] as char);
        }
    }
}

fn unescape(text: &str) -> Option<String> {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = |c: u8| (c as char).to_digit(16);
            let hi = hex(*b.get(i + 1)?)?;
            let lo = hex(*b.get(i + 2)?)?;
            out.push((hi * 16 + lo) as u8);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Builds a link part by part.
pub struct Builder {
    out: String,
}

impl Default for Builder {
    fn default() -> Self {
        Self::new()
    }
}

impl Builder {
    pub fn new() -> Self {
        Self { out: ["v", &VERSION.to_string()].concat() }
    }

    /// A plain `key=value` part (page, language, currency, preset).
    pub fn part(&mut self, key: &str, value: &str) -> &mut Self {
        self.out.push('&');
        self.out.push_str(key);
        self.out.push('=');
        escape(value, &mut self.out);
        self
    }

    /// A form's fields and switches that differ from their defaults, under `tag`.
    pub fn form(&mut self, tag: &str, form: &dyn FormView) -> &mut Self {
        let mut first = true;
        for (i, spec) in form.specs().iter().enumerate() {
            let text = form.canonical(i);
            if text == spec.default {
                continue;
            }
            if first {
                self.out.push('&');
                self.out.push_str(tag);
                self.out.push('=');
                first = false;
            } else {
                self.out.push(',');
            }
            self.out.push_str(&i.to_string());
            self.out.push(':');
            escape(&text, &mut self.out);
        }
        let states = form.switch_states();
        if form.switch_specs().iter().zip(states).any(|(&(_, default), &on)| on != default) {
            self.out.push('&');
            self.out.push_str(tag);
            self.out.push_str("s=");
            self.out.extend(states.iter().map(|&on| if on { '1' } else { '0' }));
        }
        self
    }

    /// The finished fragment (without `#`), checksum last.
    pub fn finish(&self) -> String {
        seal(&self.out)
    }
}

/// `body` with its checksum appended: what `decode` accepts as untampered.
pub fn seal(body: &str) -> String {
    let mut s = String::with_capacity(body.len() + 12);
    s.push_str(body);
    s.push_str("&k=");
    s.push_str(&checksum(body));
    s
}

/// Is this fragment meant as a share link (rather than a plain page name like `case`)?
pub fn is_link(fragment: &str) -> bool {
    fragment.starts_with('v') && fragment.as_bytes().get(1).is_some_and(u8::is_ascii_digit)
}

/// Decode a fragment (without `#`).
pub fn decode(fragment: &str) -> Result<Link, LinkError> {
    decode_within(fragment, MAX_LEN)
}

/// Decode a fragment of at most `max_len` bytes: a link the page hands to the scenario-file
/// module may hold whatever was typed, and is not an address.
pub fn decode_within(fragment: &str, max_len: usize) -> Result<Link, LinkError> {
    if fragment.len() > max_len {
        return Err(LinkError::TooLong);
    }
    // The checksum is the last part, `&k=…` (char patterns only: a string pattern would link a
    // substring searcher into the wasm).
    let (body, check) = fragment.rsplit_once('&').and_then(|(b, k)| Some((b, k.strip_prefix("k=")?))).ok_or(LinkError::Damaged)?;
    let version = body.split('&').next().and_then(|v| v.strip_prefix('v')).ok_or(LinkError::Damaged)?;
    let version: u32 = version.parse().map_err(|_| LinkError::Damaged)?;
    if version > VERSION {
        return Err(LinkError::Newer);
    }
    if version == 0 || checksum(body) != check {
        return Err(LinkError::Damaged);
    }
    let mut link = Link { version, ..Link::default() };
    for part in body.split('&').skip(1) {
        let (key, value) = part.split_once('=').ok_or(LinkError::Damaged)?;
        match key {
            "t" => link.page = Some(unescape(value).ok_or(LinkError::Damaged)?),
            "l" => link.lang = Some(unescape(value).ok_or(LinkError::Damaged)?),
            "c" => link.currency = Some(unescape(value).ok_or(LinkError::Damaged)?),
            "bp" => link.preset = Some(unescape(value).ok_or(LinkError::Damaged)?),
            "pf" => link.prepared_for = Some(unescape(value).ok_or(LinkError::Damaged)?),
            "pb" => link.prepared_by = Some(unescape(value).ok_or(LinkError::Damaged)?),
            "x" => link.panels = Some(unescape(value).ok_or(LinkError::Damaged)?),
            "ra" => link.realisation = Some(unescape(value).ok_or(LinkError::Damaged)?),
            "r" | "p" | "b" | "h0" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "h7" | "h8" => {
                let mut fields = Vec::new();
                for entry in value.split(',') {
                    let (i, text) = entry.split_once(':').ok_or(LinkError::Damaged)?;
                    let i: usize = i.parse().map_err(|_| LinkError::Damaged)?;
                    let text = unescape(text).ok_or(LinkError::Damaged)?;
                    if i > 1000 || fields.len() > 1000 {
                        return Err(LinkError::Damaged);
                    }
                    fields.push((i, text));
                }
                link_form(&mut link, key).fields = fields;
            }
            "rs" | "ps" | "bs" => {
                if value.len() > 64 || !value.bytes().all(|b| b == b'0' || b == b'1') {
                    return Err(LinkError::Damaged);
                }
                link_form(&mut link, &key[..1]).switches = Some(value.to_owned());
            }
            _ => link.unknown.push(unescape(key).unwrap_or_default()),
        }
    }
    Ok(link)
}

fn link_form<'a>(link: &'a mut Link, tag: &str) -> &'a mut FormPart {
    if let Some(i) = link.forms.iter().position(|(t, _)| t == tag) {
        return &mut link.forms[i].1;
    }
    link.forms.push((tag.to_owned(), FormPart::default()));
    &mut link.forms.last_mut().expect("just pushed").1
}

impl<O: PartialEq> Form<O> {
    /// Apply a link's part to a form that starts from its defaults. Returns the keys of values
    /// that could not be restored (unknown field, not a number, too long); those keep their
    /// defaults. Values that are numbers but invalid for the model are restored as typed, so
    /// the form shows the same message it showed when the link was made.
    pub fn restore(&mut self, part: &FormPart) -> Vec<&'static str> {
        *self = Self::with_notation(self.model, self.inputs.notation);
        let skipped = self.inputs.restore(part);
        self.recompute();
        skipped
    }
}

impl super::Inputs {
    /// The model-independent part of `Form::restore` (one copy in the wasm, not one per model).
    fn restore(&mut self, part: &FormPart) -> Vec<&'static str> {
        let mut skipped = Vec::new();
        for (i, text) in &part.fields {
            // Links carry canonical numbers; links made before that carry point-notation text.
            let canonical = (text.len() <= MAX_VALUE).then(|| Notation::Point.canonical(text)).flatten();
            match (self.fields.get(*i), canonical) {
                (Some(_), Some(c)) => self.raw[*i] = self.notation.localize(&c),
                (Some(spec), None) => skipped.push(spec.key),
                (None, _) => skipped.push("?"),
            }
        }
        if let Some(bits) = &part.switches {
            for (slot, bit) in self.switches.iter_mut().zip(bits.bytes()) {
                *slot = bit == b'1';
            }
        }
        skipped
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forms::case::BUSINESS_CASE;
    use crate::forms::{PAYBACK, RETENTION};

    fn sample() -> String {
        let mut r = Form::new(&RETENTION);
        r.set(0, "25000".into());
        r.set(3, "72.5".into());
        r.set_switch("upliftIsRelative", true);
        let p = Form::new(&PAYBACK);
        let mut b = Form::new(&BUSINESS_CASE);
        b.set_by_key("costs.annual", "400000".into());
        b.set_switch("levers.employee.enabled", true);
        let mut link = Builder::new();
        link.part("t", "case").form("r", &r).form("p", &p).form("b", &b);
        link.finish()
    }

    #[test]
    fn round_trip_restores_exactly() {
        let text = sample();
        assert!(is_link(&text));
        assert!(text.len() < 120, "{text}");
        let link = decode(&text).unwrap();
        assert_eq!(link.page.as_deref(), Some("case"));
        let mut r = Form::new(&RETENTION);
        assert!(r.restore(link.form("r").unwrap()).is_empty());
        assert_eq!((r.text(0), r.text(3), r.switch("upliftIsRelative")), ("25000", "72.5", true));
        assert!(link.form("p").is_none(), "an untouched form is not in the link");
        let mut b = Form::new(&BUSINESS_CASE);
        b.restore(link.form("b").unwrap());
        assert_eq!(b.text_of("costs.annual"), "400000");
        assert!(b.switch("levers.employee.enabled"));
    }

    #[test]
    fn truncated_or_edited_links_are_refused() {
        let text = sample();
        for cut in 1..text.len() {
            assert!(decode(&text[..cut]).is_err(), "cut at {cut}: {}", &text[..cut]);
        }
        let edited = text.replacen("25000", "95000", 1);
        assert_eq!(decode(&edited), Err(LinkError::Damaged));
        assert_eq!(decode(&"v1&".repeat(5000)), Err(LinkError::TooLong));
        assert_eq!(decode("v9&t=case&k=0"), Err(LinkError::Newer));
        assert!(!is_link("case"));
    }

    #[test]
    fn bad_values_are_skipped_and_named() {
        let mut b = Builder::new();
        b.out.push_str("&r=0:abc,99:5,3:%3Cscript%3E,1:700");
        let link = decode(&b.finish()).unwrap();
        let mut r = Form::new(&RETENTION);
        let skipped = r.restore(link.form("r").unwrap());
        assert_eq!(skipped, vec!["customers", "?", "retentionRate"]);
        assert_eq!(r.text(1), "700");
        assert_eq!(r.text(0), "20000");
    }

    #[test]
    fn unknown_parts_from_newer_versions_are_reported() {
        let mut b = Builder::new();
        b.part("t", "payback").part("zz", "1");
        let link = decode(&b.finish()).unwrap();
        assert_eq!(link.unknown, vec!["zz".to_owned()]);
        assert_eq!(link.page.as_deref(), Some("payback"));
    }
}
