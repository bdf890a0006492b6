//! A small, strict JSON reader and writer for scenario files and saved scenarios. Bounded in size
//! and nesting so a hostile file cannot stall or crash the page; numbers stay as their text, so
//! no float parsing or formatting is linked into the wasm (and serde_json, ~20 KB, is not needed).

/// Largest document read: far above any scenario (a few KB), far below anything that could
/// stall the page.
pub const MAX_BYTES: usize = 256 * 1024;
/// Deepest nesting read (a scenario file nests three levels).
const MAX_DEPTH: usize = 16;

#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// A number, as written (valid JSON number syntax).
    Num(String),
    Str(String),
    Arr(Vec<Json>),
    /// Members in file order.
    Obj(Vec<(String, Json)>),
}

/// Why a document could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonError {
    TooLarge,
    TooDeep,
    Invalid,
}

impl Json {
    /// Member `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Obj(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::Str(s) => Some(s),
            _ => None,
        }
    }

    pub fn members(&self) -> &[(String, Json)] {
        match self {
            Json::Obj(members) => members,
            _ => &[],
        }
    }
}

/// Read one JSON document.
pub fn parse(text: &str) -> Result<Json, JsonError> {
    if text.len() > MAX_BYTES {
        return Err(JsonError::TooLarge);
    }
    let mut p = Parser { b: text.as_bytes(), i: 0 };
    let value = p.value(0)?;
    p.space();
    if p.i == p.b.len() {
        Ok(value)
    } else {
        Err(JsonError::Invalid)
    }
}

struct Parser<'a> {
    b: &'a [u8],
    i: usize,
}

impl Parser<'_> {
    fn space(&mut self) {
        while matches!(self.b.get(self.i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn eat(&mut self, c: u8) -> bool {
        let hit = self.b.get(self.i) == Some(&c);
        self.i += usize::from(hit);
        hit
    }

    fn word(&mut self, w: &[u8], v: Json) -> Result<Json, JsonError> {
        if self.b[self.i..].starts_with(w) {
            self.i += w.len();
            Ok(v)
        } else {
            Err(JsonError::Invalid)
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, JsonError> {
        if depth > MAX_DEPTH {
            return Err(JsonError::TooDeep);
        }
        self.space();
        match self.b.get(self.i) {
            Some(b'{') => {
                self.i += 1;
                let mut members = Vec::new();
                self.space();
                if !self.eat(b'}') {
                    loop {
                        self.space();
                        let key = self.string()?;
                        self.space();
                        if !self.eat(b':') {
                            return Err(JsonError::Invalid);
                        }
                        members.push((key, self.value(depth + 1)?));
                        self.space();
                        if self.eat(b'}') {
                            break;
                        }
                        if !self.eat(b',') {
                            return Err(JsonError::Invalid);
                        }
                    }
                }
                Ok(Json::Obj(members))
            }
            Some(b'[') => {
                self.i += 1;
                let mut items = Vec::new();
                self.space();
                if !self.eat(b']') {
                    loop {
                        items.push(self.value(depth + 1)?);
                        self.space();
                        if self.eat(b']') {
                            break;
                        }
                        if !self.eat(b',') {
                            return Err(JsonError::Invalid);
                        }
                    }
                }
                Ok(Json::Arr(items))
            }
            Some(b'"') => self.string().map(Json::Str),
            Some(b't') => self.word(b"true", Json::Bool(true)),
            Some(b'f') => self.word(b"false", Json::Bool(false)),
            Some(b'n') => self.word(b"null", Json::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(JsonError::Invalid),
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.i;
        while self.b.get(self.i).is_some_and(u8::is_ascii_digit) {
            self.i += 1;
        }
        self.i - start
    }

    fn number(&mut self) -> Result<Json, JsonError> {
        let start = self.i;
        self.eat(b'-');
        let int = self.digits();
        if int == 0 || (int > 1 && self.b[self.i - int] == b'0') {
            return Err(JsonError::Invalid);
        }
        if self.eat(b'.') && self.digits() == 0 {
            return Err(JsonError::Invalid);
        }
        if self.eat(b'e') || self.eat(b'E') {
            let _ = self.eat(b'+') || self.eat(b'-');
            if self.digits() == 0 {
                return Err(JsonError::Invalid);
            }
        }
        // The slice is ASCII digits and signs: always valid UTF-8.
        Ok(Json::Num(String::from_utf8_lossy(&self.b[start..self.i]).into_owned()))
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let hex = self.b.get(self.i..self.i + 4).ok_or(JsonError::Invalid)?;
        self.i += 4;
        hex.iter().try_fold(0, |acc, &c| Ok(acc * 16 + (c as char).to_digit(16).ok_or(JsonError::Invalid)?))
    }

    fn string(&mut self) -> Result<String, JsonError> {
        if !self.eat(b'"') {
            return Err(JsonError::Invalid);
        }
        let mut out = Vec::new();
        loop {
            let c = *self.b.get(self.i).ok_or(JsonError::Invalid)?;
            self.i += 1;
            match c {
                b'"' => break,
                b'\\' => {
                    let e = *self.b.get(self.i).ok_or(JsonError::Invalid)?;
                    self.i += 1;
                    let ch = match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let mut code = self.hex4()?;
                            if (0xD800..0xDC00).contains(&code) && self.b[self.i..].starts_with(b"\\u") {
                                self.i += 2;
                                let low = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&low) {
                                    return Err(JsonError::Invalid);
                                }
                                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                            }
                            char::from_u32(code).ok_or(JsonError::Invalid)?
                        }
                        _ => return Err(JsonError::Invalid),
                    };
                    out.extend_from_slice(ch.encode_utf8(&mut [0; 4]).as_bytes());
                }
                0..=0x1f => return Err(JsonError::Invalid),
                _ => out.push(c),
            }
        }
        String::from_utf8(out).map_err(|_| JsonError::Invalid)
    }
}

/// Append `s` as a JSON string.
pub fn write_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(HEX[(c as usize) >> 4] as char);
                out.push(HEX[(c as usize) & 15] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Builds one JSON object, one member a line.
pub struct ObjectWriter<'a> {
    out: &'a mut String,
    indent: &'static str,
    first: bool,
}

impl<'a> ObjectWriter<'a> {
    pub fn new(out: &'a mut String, indent: &'static str) -> Self {
        out.push('{');
        Self { out, indent, first: true }
    }

    fn key(&mut self, key: &str) -> &mut String {
        self.out.push_str(if self.first { "\n" } else { ",\n" });
        self.first = false;
        self.out.push_str(self.indent);
        self.out.push_str("  ");
        write_str(self.out, key);
        self.out.push_str(": ");
        self.out
    }

    pub fn str(&mut self, key: &str, value: &str) -> &mut Self {
        let out = self.key(key);
        write_str(out, value);
        self
    }

    /// A value already written as JSON (a number, `true`, a nested object).
    pub fn json(&mut self, key: &str, value: &str) -> &mut Self {
        self.key(key).push_str(value);
        self
    }

    pub fn finish(self) {
        self.out.push('\n');
        self.out.push_str(self.indent);
        self.out.push('}');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_it_writes() {
        let mut out = String::new();
        let mut w = ObjectWriter::new(&mut out, "");
        w.str("name", "Q3 \"best\" case\n<b>ü😀</b>\u{1}").json("n", "-1.5e3").json("on", "true");
        w.finish();
        let v = parse(&out).unwrap();
        assert_eq!(v.get("name").and_then(Json::as_str), Some("Q3 \"best\" case\n<b>ü😀</b>\u{1}"));
        assert_eq!(v.get("n"), Some(&Json::Num("-1.5e3".into())));
        assert_eq!(v.get("on"), Some(&Json::Bool(true)));
    }

    #[test]
    fn reads_standard_json() {
        let v = parse(r#" {"a": [1, 2.5, -0, 3e-2, null, false], "b": {"c": "\u00e9\ud83d\ude00\/"}} "#).unwrap();
        assert_eq!(v.get("a").map(|a| matches!(a, Json::Arr(x) if x.len() == 6)), Some(true));
        assert_eq!(v.get("b").and_then(|b| b.get("c")).and_then(Json::as_str), Some("é😀/"));
    }

    #[test]
    fn refuses_malformed_deep_and_huge_documents() {
        for bad in ["", "{", "{\"a\" 1}", "[1,]", "01", "1.", "-", "\"\\x\"", "\"a\nb\"", "{\"a\":1}x", "tru", "\"\\ud800\\u0041\"", "[1 2]", "\u{feff}{}"] {
            assert!(parse(bad).is_err(), "{bad:?}");
        }
        assert_eq!(parse(&"[".repeat(100_000)), Err(JsonError::TooDeep));
        assert_eq!(parse(&format!("\"{}\"", "a".repeat(MAX_BYTES))), Err(JsonError::TooLarge));
        assert!(parse(&format!("{}1{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH))).is_ok());
    }
}
