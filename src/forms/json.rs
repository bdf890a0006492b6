//! The JSON of scenario files and saved scenarios, through serde_json: a document is checked
//! against size and nesting limits before it is parsed, so a hostile file cannot stall or crash
//! the page; objects are read member by member in file order, each value as written; and every
//! file is written in one layout, byte for byte the one earlier versions wrote. Compiled into
//! the scenario-file module (feature `files`) and native builds, never into the page's module.

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde::Serialize;
use serde_json::ser::{CharEscape, Formatter, PrettyFormatter};
use serde_json::value::RawValue;
use serde_json::Value;
use std::{fmt, io};

pub use super::scenario::MAX_FILE_BYTES as MAX_BYTES;
/// Deepest nesting read (a scenario file nests three levels).
const MAX_DEPTH: usize = 16;

/// Why a document could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonError {
    TooLarge,
    TooDeep,
    Invalid,
}

/// An object's members in file order, a repeated key kept each time, each value as the text
/// the file holds.
#[derive(Debug)]
pub struct Object(Vec<(String, Box<RawValue>)>);

/// A value, as far as a scenario file is looked into.
#[derive(Debug)]
pub enum Json<'a> {
    /// A number, as written.
    Num(&'a str),
    Str(String),
    Bool(bool),
    Obj(Object),
    /// `null` or an array.
    Other,
}

impl Object {
    /// Member `key` (the first, if the key is repeated).
    pub fn get(&self, key: &str) -> Option<Json<'_>> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| read(v))
    }

    pub fn members(&self) -> impl Iterator<Item = (&str, Json<'_>)> {
        self.0.iter().map(|(k, v)| (k.as_str(), read(v)))
    }
}

impl Json<'_> {
    /// An object's members; none for any other value.
    pub fn members(&self) -> impl Iterator<Item = (&str, Json<'_>)> {
        let members: &[_] = match self {
            Json::Obj(o) => &o.0,
            _ => &[],
        };
        members.iter().map(|(k, v)| (k.as_str(), read(v)))
    }
}

/// A value serde_json has already checked, by its first character.
fn read(raw: &RawValue) -> Json<'_> {
    let text = raw.get();
    match text.as_bytes().first() {
        Some(b'-' | b'0'..=b'9') => Json::Num(text),
        Some(b'"') => serde_json::from_str(text).map_or(Json::Other, Json::Str),
        Some(b't') => Json::Bool(true),
        Some(b'f') => Json::Bool(false),
        Some(b'{') => serde_json::from_str(text).map_or(Json::Other, Json::Obj),
        _ => Json::Other,
    }
}

impl<'de> Deserialize<'de> for Object {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Members;
        impl<'de> Visitor<'de> for Members {
            type Value = Object;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Object, A::Error> {
                let mut members = Vec::new();
                while let Some(member) = map.next_entry()? {
                    members.push(member);
                }
                Ok(Object(members))
            }
        }
        deserializer.deserialize_map(Members)
    }
}

/// Read one JSON document whose top level is an object.
pub fn parse(text: &str) -> Result<Object, JsonError> {
    if text.len() > MAX_BYTES {
        return Err(JsonError::TooLarge);
    }
    check_depth(text)?;
    // Members are kept as raw text, for which serde_json checks a string's escapes for syntax
    // only: decoding the whole document once refuses an invalid string (a lone surrogate)
    // anywhere in it, not only in a member that is read.
    serde_json::from_str::<Value>(text).map_err(|_| JsonError::Invalid)?;
    serde_json::from_str(text).map_err(|_| JsonError::Invalid)
}

/// Refuse a value nested inside more than `MAX_DEPTH` brackets before serde_json recurses into
/// it. Brackets inside strings do not count; anything malformed is left for the parser.
fn check_depth(text: &str) -> Result<(), JsonError> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for &b in text.as_bytes() {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b' ' | b'\t' | b'\n' | b'\r' => {}
            b']' | b'}' => depth = depth.saturating_sub(1),
            // Anything else starts a value (or a key, which comes with one): too deep here.
            _ if depth > MAX_DEPTH => return Err(JsonError::TooDeep),
            b'[' | b'{' => depth += 1,
            b'"' => in_string = true,
            _ => {}
        }
    }
    Ok(())
}

/// `value` as a file: one member a line, indented by two spaces, and a final newline.
pub fn write<T: Serialize>(value: &T) -> String {
    let mut out = Vec::new();
    let mut serializer = serde_json::Serializer::with_formatter(&mut out, Layout(PrettyFormatter::new()));
    // Only maps with non-string keys fail to serialize, and files have none.
    value.serialize(&mut serializer).expect("a file serializes");
    out.push(b'\n');
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

/// serde_json's pretty layout, with tab, carriage return, backspace and form feed escaped as
/// `\u00XX` like every other control character (serde_json writes `\t`, `\r`, `\b`, `\f`): the
/// files earlier versions wrote, so a saved scenario saved again is the same text.
struct Layout(PrettyFormatter<'static>);

impl Formatter for Layout {
    fn write_char_escape<W: ?Sized + io::Write>(&mut self, w: &mut W, escape: CharEscape) -> io::Result<()> {
        match escape {
            CharEscape::Backspace => w.write_all(b"\\u0008"),
            CharEscape::Tab => w.write_all(b"\\u0009"),
            CharEscape::FormFeed => w.write_all(b"\\u000c"),
            CharEscape::CarriageReturn => w.write_all(b"\\u000d"),
            other => self.0.write_char_escape(w, other),
        }
    }

    fn begin_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object(w)
    }

    fn end_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object(w)
    }

    fn begin_object_key<W: ?Sized + io::Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_object_key(w, first)
    }

    fn begin_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object_value(w)
    }

    fn end_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_value(w)
    }

    fn begin_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_array(w)
    }

    fn end_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array(w)
    }

    fn begin_array_value<W: ?Sized + io::Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_array_value(w, first)
    }

    fn end_array_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array_value(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct Doc<'a> {
        name: &'a str,
        n: Box<RawValue>,
        on: bool,
        #[serde(rename = "in")]
        inner: Inner,
    }

    #[derive(Serialize)]
    struct Inner {
        x: u32,
    }

    #[test]
    fn reads_what_it_writes() {
        let name = "Q3 \"best\" case\n<b>ü😀</b>\u{1}\t\r\u{8}\u{c}\\/";
        let n = RawValue::from_string("-1.5e3".into()).unwrap();
        let out = write(&Doc { name, n, on: true, inner: Inner { x: 1 } });
        assert_eq!(
            out,
            "{\n  \"name\": \"Q3 \\\"best\\\" case\\n<b>ü😀</b>\\u0001\\u0009\\u000d\\u0008\\u000c\\\\/\",\n  \"n\": -1.5e3,\n  \"on\": true,\n  \"in\": {\n    \"x\": 1\n  }\n}\n"
        );
        let v = parse(&out).unwrap();
        assert!(matches!(v.get("name"), Some(Json::Str(s)) if s == name));
        assert!(matches!(v.get("n"), Some(Json::Num("-1.5e3"))));
        assert!(matches!(v.get("on"), Some(Json::Bool(true))));
        assert!(matches!(v.get("in"), Some(Json::Obj(o)) if matches!(o.get("x"), Some(Json::Num("1")))));
    }

    #[test]
    fn reads_standard_json() {
        let v = parse(r#" {"z": 1E5, "a": [1, 2.5], "n": null, "z": -0, "b": {"c": "\u00e9\ud83d\ude00\/", "d": 1e999, "e": false}} "#).unwrap();
        let keys: Vec<&str> = v.members().map(|(k, _)| k).collect();
        assert_eq!(keys, ["z", "a", "n", "z", "b"], "members in file order, repeats kept");
        assert!(matches!(v.get("z"), Some(Json::Num("1E5"))), "numbers as written; the first of a repeated key");
        assert!(matches!(v.get("a"), Some(Json::Other)) && matches!(v.get("n"), Some(Json::Other)));
        let Some(Json::Obj(b)) = v.get("b") else { panic!("an object") };
        assert!(matches!(b.get("c"), Some(Json::Str(s)) if s == "é😀/"));
        assert!(matches!(b.get("d"), Some(Json::Num("1e999"))));
        assert!(matches!(b.get("e"), Some(Json::Bool(false))));
        assert!(b.get("x").is_none());
    }

    #[test]
    fn refuses_malformed_deep_and_huge_documents() {
        for bad in [
            "",
            "{",
            "{\"a\" 1}",
            "{\"a\": [1,]}",
            "{\"a\": 01}",
            "{\"a\": 1.}",
            "{\"a\": -}",
            "{\"a\": \"\\x\"}",
            "{\"a\": \"a\nb\"}",
            "{\"a\":1}x",
            "{\"a\": tru}",
            "{\"a\": [\"\\ud800\\u0041\"]}",
            "{\"\\udc00\": 1}",
            "{\"a\": [1 2]}",
            "\u{feff}{}",
            "[\"a]",
            "[1, 2]",
            "\"a\"",
            "1",
        ] {
            assert_eq!(parse(bad).err(), Some(JsonError::Invalid), "{bad:?}");
        }
        assert_eq!(parse(&"[".repeat(100_000)).err(), Some(JsonError::TooDeep));
        let nest = |inner: &str| format!("{{\"a\": {}{inner}{}}}", "[".repeat(MAX_DEPTH - 1), "]".repeat(MAX_DEPTH - 1));
        assert!(parse(&nest("1")).is_ok());
        assert!(parse(&nest("{ }")).is_ok(), "an empty object holds no value");
        assert_eq!(parse(&nest("{\"a\": 1}")).err(), Some(JsonError::TooDeep));
        assert_eq!(parse(&nest("[1]")).err(), Some(JsonError::TooDeep));
        assert!(parse(&format!("{{\"a\": \"{}\\\"\"}}", "[{".repeat(MAX_BYTES / 4))).is_ok(), "brackets in a string");
        assert_eq!(parse(&format!("{{\"a\": \"{}\"}}", "a".repeat(MAX_BYTES))).err(), Some(JsonError::TooLarge));
    }
}
