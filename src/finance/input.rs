//! Turning what a person typed into a number, strictly: no NaN, no "inf", no hex, no surprises.

use super::error::Problem;

/// How a person writes a decimal number: `1,250.5` (point) or `1.250,5` (comma — Dutch,
/// Swedish, Turkish). Spaces and `_` group digits in both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Notation {
    #[default]
    Point,
    Comma,
}

impl Notation {
    /// (decimal mark, grouping mark).
    fn marks(self) -> (u8, u8) {
        match self {
            Notation::Point => (b'.', b','),
            Notation::Comma => (b',', b'.'),
        }
    }

    /// `text` as a canonical number — point decimal, no grouping, JSON number syntax — when it
    /// is a number in this notation: what links, files and storage carry, whatever the language.
    pub fn canonical(self, text: &str) -> Option<String> {
        let b = clean(text, self).ok()?;
        decimal(&b).filter(|v| v.is_finite())?;
        let (sign, rest) = match b.first() {
            Some(b'-') => ("-", &b[1..]),
            Some(b'+') => ("", &b[1..]),
            _ => ("", &b[..]),
        };
        let split = rest.iter().position(|&c| c == b'e' || c == b'E').unwrap_or(rest.len());
        let (mantissa, exponent) = rest.split_at(split);
        let (int, frac) = match mantissa.iter().position(|&c| c == b'.') {
            Some(i) => (&mantissa[..i], &mantissa[i + 1..]),
            None => (mantissa, &[][..]),
        };
        let int = std::str::from_utf8(int).ok()?.trim_start_matches('0');
        let mut out = String::from(sign);
        out.push_str(if int.is_empty() { "0" } else { int });
        if !frac.is_empty() {
            out.push('.');
            out.push_str(std::str::from_utf8(frac).ok()?);
        }
        if !exponent.is_empty() {
            out.push('e');
            out.push_str(std::str::from_utf8(&exponent[1..]).ok()?);
        }
        Some(out)
    }

    /// A canonical number written the way this notation reads it ("12.5" → "12,5").
    pub fn localize(self, canonical: &str) -> String {
        match self {
            Notation::Point => canonical.to_owned(),
            Notation::Comma => canonical.replace('.', ","),
        }
    }
}

/// Parse a number typed with point decimals (the JS API, links, presets).
pub fn parse_number(text: &str) -> Result<f64, Problem> {
    parse_in(text, Notation::Point)
}

/// Parse a typed number: an optional sign, digits grouped by spaces, `_` or the notation's
/// grouping mark, one decimal mark, an optional exponent, a trailing `%`. Rejects everything
/// `str::parse::<f64>` would accept but a person never means ("NaN", "inf").
pub fn parse_in(text: &str, notation: Notation) -> Result<f64, Problem> {
    match decimal(&clean(text, notation)?) {
        Some(v) if v.is_finite() => Ok(v),
        Some(_) => Err(Problem::TooLarge),
        None => Err(Problem::NotANumber),
    }
}

/// What a person typed as plain `[+-]digits[.digits][e…]` bytes. A grouping mark counts as
/// grouping only where it is followed by exactly three digits (and comes before any decimal
/// mark); a single mark that cannot be grouping is read as the decimal mark, so "12.5" typed in
/// Dutch still means twelve and a half, and "1,5" in English one and a half.
fn clean(text: &str, notation: Notation) -> Result<Vec<u8>, Problem> {
    let trimmed = text.trim().trim_end_matches('%').trim_end();
    if trimmed.is_empty() {
        return Err(Problem::Empty);
    }
    let (trimmed, exponent) = magnitude(without_currency(trimmed));
    let mut b = Vec::with_capacity(trimmed.len());
    for c in trimmed.chars() {
        match c {
            '0'..='9' | '.' | ',' | '-' | '+' | 'e' | 'E' => b.push(c as u8),
            '_' | ' ' | '\u{a0}' | '\u{202f}' => {}
            _ => return Err(Problem::NotANumber),
        }
    }
    let (mark, group) = notation.marks();
    let decimal_at = b.iter().position(|&c| c == mark);
    let groups = b.iter().filter(|&&c| c == group).count();
    let regular = b.iter().enumerate().filter(|&(_, &c)| c == group).all(|(i, _)| {
        let digits = b[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
        i > 0 && b[i - 1].is_ascii_digit() && digits == 3 && decimal_at.is_none_or(|d| i < d)
    });
    if regular {
        b.retain(|&c| c != group);
    } else if groups == 1 && decimal_at.is_none() {
        b.iter_mut().filter(|c| **c == group).for_each(|c| *c = mark);
    } else {
        return Err(Problem::NotANumber);
    }
    b.iter_mut().filter(|c| **c == mark).for_each(|c| *c = b'.');
    if let Some(e) = exponent {
        // "2M" is 2e6: the suffix becomes an exponent, so the value is as exact as any other.
        if b.iter().any(|&c| c == b'e' || c == b'E') {
            return Err(Problem::NotANumber);
        }
        b.extend_from_slice(e);
    }
    Ok(b)
}

/// Currency signs and codes people type with an amount, before or after it ("€540", "540 €",
/// "US$ 540", "540 kr", "540 TL"). The currency never changes the math: it is only let through.
const CURRENCIES: [&str; 12] = ["US$", "USD", "EUR", "GBP", "SEK", "TRY", "$", "€", "£", "₺", "kr", "TL"];

/// `text` without a currency sign or code at its start or end.
fn without_currency(text: &str) -> &str {
    for c in CURRENCIES {
        let rest = text.strip_prefix(c).or_else(|| text.strip_suffix(c));
        if let Some(rest) = rest.map(str::trim).filter(|r| r.starts_with(|d: char| matches!(d, '0'..='9' | '+' | '-' | '.' | ','))) {
            return rest;
        }
    }
    text
}

/// Magnitude suffixes people type in each language, longest first, with the exponent each
/// stands for: thousand (k; sv tn; tr bin), million (M; nl mln; sv, tr mn), billion (bn; nl mld;
/// sv md; tr mr).
const MAGNITUDES: [(&str, &[u8]); 10] =
    [("mln", b"e6"), ("mld", b"e9"), ("bin", b"e3"), ("bn", b"e9"), ("tn", b"e3"), ("mn", b"e6"), ("md", b"e9"), ("mr", b"e9"), ("k", b"e3"), ("m", b"e6")];

/// `text` without a magnitude suffix (any case, a space before it or not), and the exponent it
/// stood for.
fn magnitude(text: &str) -> (&str, Option<&'static [u8]>) {
    for (suffix, exponent) in MAGNITUDES {
        let at = text.len().saturating_sub(suffix.len());
        if text.len() > suffix.len() && text.is_char_boundary(at) && text[at..].eq_ignore_ascii_case(suffix) {
            let rest = text[..at].trim_end();
            if rest.ends_with(|c: char| c.is_ascii_digit()) {
                return (rest, Some(exponent));
            }
        }
    }
    (text, None)
}

/// Parse `[+-]digits[.digits][(e|E)[+-]digits]` (at least one mantissa digit).
///
/// Written out instead of `str::parse::<f64>`, whose big-number slow path would weigh on the
/// page's wasm (docs/size.md). The value is the first 19 significant digits times a power of ten
/// (`times_power_of_ten`): exactly what `str::parse` gives for every number a person types here.
fn decimal(b: &[u8]) -> Option<f64> {
    let mut i = 0;
    let negative = match b.first() {
        Some(b'-') => {
            i += 1;
            true
        }
        Some(b'+') => {
            i += 1;
            false
        }
        _ => false,
    };
    let (mut mantissa, mut digits, mut scale, mut seen) = (0u64, 0u32, 0i32, false);
    let mut push = |d: u8, fraction: bool, scale: &mut i32| {
        if digits < 19 {
            mantissa = mantissa * 10 + u64::from(d);
            if mantissa > 0 {
                digits += 1;
            }
            if fraction {
                *scale -= 1;
            }
        } else if !fraction {
            *scale += 1;
        }
    };
    while let Some(&c) = b.get(i).filter(|c| c.is_ascii_digit()) {
        push(c - b'0', false, &mut scale);
        seen = true;
        i += 1;
    }
    if b.get(i) == Some(&b'.') {
        i += 1;
        while let Some(&c) = b.get(i).filter(|c| c.is_ascii_digit()) {
            push(c - b'0', true, &mut scale);
            seen = true;
            i += 1;
        }
    }
    if !seen {
        return None;
    }
    let mut exponent = 0i32;
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        let sign = match b.get(i) {
            Some(b'-') => {
                i += 1;
                -1
            }
            Some(b'+') => {
                i += 1;
                1
            }
            _ => 1,
        };
        let start = i;
        while let Some(&c) = b.get(i).filter(|c| c.is_ascii_digit()) {
            exponent = (exponent * 10 + i32::from(c - b'0')).min(100_000);
            i += 1;
        }
        if i == start {
            return None;
        }
        exponent *= sign;
    }
    if i != b.len() {
        return None;
    }
    let v = times_power_of_ten(mantissa, scale + exponent);
    Some(if negative { -v } else { v })
}

/// `m × 10^e` rounded once to the nearest f64, as `str::parse` rounds it, whenever the exact
/// value can be worked out in 128-bit integers: e from −21 up to where m × 10^e passes 2¹²⁸,
/// which covers every number a person types here. Beyond, within an ulp or two.
fn times_power_of_ten(m: u64, e: i32) -> f64 {
    if m == 0 {
        return 0.0;
    }
    let wide = u128::from(m);
    if e >= 0 {
        if let Some(exact) = 10u128.checked_pow(e.unsigned_abs()).and_then(|p| wide.checked_mul(p)) {
            // An integer-to-float cast rounds to nearest, ties to even: the one rounding.
            return exact as f64;
        }
    } else if let Some(divisor) = 10u128.checked_pow(e.unsigned_abs()) {
        // m / 10^k = (m·2^s / 10^k) · 2^−s, with m·2^s in [2^126, 2^127). The quotient is
        // carried on bit by bit (binary long division) until it has at least 55 bits; folding
        // "a remainder was left" into its lowest bit then lets the cast round it exactly as the
        // infinitely precise quotient would. Scaling by a power of two is exact: the result
        // (at least 10^−38) stays far above the subnormals.
        let mut shift = wide.leading_zeros() - 1;
        let numerator = wide << shift;
        let (mut quotient, mut rest) = (numerator / divisor, numerator % divisor);
        while quotient >> 54 == 0 {
            // `rest` < 10^k ≤ 10^38 < 2^127: doubling it cannot overflow.
            rest <<= 1;
            let bit = rest >= divisor;
            quotient = quotient << 1 | u128::from(bit);
            rest -= if bit { divisor } else { 0 };
            shift += 1;
        }
        let sticky = u128::from(rest != 0);
        return (quotient | sticky) as f64 * f64::from_bits(u64::from(1023 - shift) << 52);
    }
    let pow = |k: i32| 10f64.powi(k.min(400));
    let m = m as f64;
    if e >= 0 {
        m * pow(e)
    } else {
        m / pow(-e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_plain_and_grouped_numbers() {
        assert_eq!(parse_number("42"), Ok(42.0));
        assert_eq!(parse_number(" 1,250,000 "), Ok(1_250_000.0));
        assert_eq!(parse_number("-3.5"), Ok(-3.5));
        assert_eq!(parse_number("12.5%"), Ok(12.5));
        assert_eq!(parse_number("1e3"), Ok(1000.0));
        assert_eq!(parse_number("10 000"), Ok(10_000.0));
    }

    #[test]
    fn reads_each_notation_and_the_other_where_unambiguous() {
        use Notation::*;
        assert_eq!(parse_in("1.250,5", Comma), Ok(1250.5));
        // Currency signs and magnitude suffixes, as people type them in each language.
        for (text, n, v) in [
            ("€540", Point, 540.0),
            ("540 €", Comma, 540.0),
            ("US$ 1,250.5", Point, 1250.5),
            ("540 kr", Comma, 540.0),
            ("₺540", Comma, 540.0),
            ("2M", Point, 2e6),
            ("2m", Point, 2e6),
            ("1.5k", Point, 1500.0),
            ("3 bn", Point, 3e9),
            ("1,5 mln", Comma, 1.5e6),
            ("2 mld", Comma, 2e9),
            ("40 tn", Comma, 40e3),
            ("2,5 mn", Comma, 2.5e6),
            ("7 md", Comma, 7e9),
            ("3 bin", Comma, 3e3),
            ("4 mr", Comma, 4e9),
            ("€2M", Point, 2e6),
            ("0.1k", Point, 100.0),
        ] {
            assert_eq!(parse_in(text, n), Ok(v), "{text}");
        }
        for bad in ["k", "M", "2kk", "1e3k", "€", "2 M€x", "2 meters", "$$5", "5k5"] {
            assert!(parse_in(bad, Point).is_err(), "{bad}");
        }
        assert_eq!(Point.canonical("2M").as_deref(), Some("2e6"));
        // Small numbers with a long exponent, as exact as `str::parse` (proptest found these).
        for text in ["4.102202e-17", "4.004202e-17", "1.5e-38", "9.999999e-19"] {
            assert_eq!(parse_number(text), Ok(text.parse::<f64>().unwrap()), "{text}");
        }
        assert_eq!(parse_in("12,5", Comma), Ok(12.5));
        assert_eq!(parse_in("12.5", Comma), Ok(12.5), "a lone point that cannot be grouping");
        assert_eq!(parse_in("1.250", Comma), Ok(1250.0));
        assert_eq!(parse_in("1\u{a0}250,5", Comma), Ok(1250.5));
        assert_eq!(parse_in("1,5", Point), Ok(1.5));
        assert_eq!(parse_in("1,250", Point), Ok(1250.0));
        assert_eq!(parse_in("1,234,5", Point), Err(Problem::NotANumber));
        assert_eq!(parse_in("1.234,5", Point), Err(Problem::NotANumber));
        assert_eq!(parse_in("12,,5", Comma), Err(Problem::NotANumber));
        assert_eq!(parse_in("12..5", Point), Err(Problem::NotANumber));
    }

    #[test]
    fn canonical_form_is_json_and_round_trips_through_every_notation() {
        use Notation::*;
        for (text, n, canon) in [
            ("1.250,5", Comma, "1250.5"),
            ("+.5", Point, "0.5"),
            ("-,5", Comma, "-0.5"),
            ("5.", Point, "5"),
            ("007", Point, "7"),
            ("0", Point, "0"),
            ("1E+3", Point, "1e+3"),
            ("12,5%", Comma, "12.5"),
            ("10 000", Point, "10000"),
        ] {
            assert_eq!(n.canonical(text).as_deref(), Some(canon), "{text}");
            for m in [Point, Comma] {
                assert_eq!(parse_in(&m.localize(canon), m), parse_in(text, n), "{text} in {m:?}");
            }
        }
        assert_eq!(Point.canonical("abc"), None);
        assert_eq!(Point.canonical("1e999"), None);
    }

    #[test]
    fn agrees_with_the_standard_parser() {
        for text in ["0.1", "0.3", "123.456", "1e-7", "2.5e10", "99.99", "1234567.891", "0.000001", "-42.125", "1e22", "7.5e-3"]
            .into_iter()
            // 16 to 19 significant digits, where one multiplication or division by a power of
            // ten rounds twice (the first found by the property test in tests/formats.rs).
            .chain(["3604693089657.8813", "9999999999999.999999", "1234567890123.456789", "0.1234567890123456789", "9007199254740993"])
        {
            assert_eq!(parse_number(text), Ok(text.parse::<f64>().unwrap()), "{text}");
        }
        assert_eq!(parse_number("-0"), Ok(-0.0));
        assert_eq!(parse_number("1e-400"), Ok(0.0));
        assert!((parse_number("12345678901234567890123").unwrap() / 1.2345678901234568e22 - 1.0).abs() < 1e-15);
    }

    #[test]
    fn rejects_what_a_person_never_means() {
        assert_eq!(parse_number(""), Err(Problem::Empty));
        assert_eq!(parse_number("   "), Err(Problem::Empty));
        assert_eq!(parse_number("abc"), Err(Problem::NotANumber));
        assert_eq!(parse_number("NaN"), Err(Problem::NotANumber));
        assert_eq!(parse_number("inf"), Err(Problem::NotANumber));
        assert_eq!(parse_number("-infinity"), Err(Problem::NotANumber));
        assert_eq!(parse_number("1.2.3"), Err(Problem::NotANumber));
        assert_eq!(parse_number("0x10"), Err(Problem::NotANumber));
        assert_eq!(parse_number("e"), Err(Problem::NotANumber));
        assert_eq!(parse_number("1e999"), Err(Problem::TooLarge));
        assert_eq!(parse_number("<script>"), Err(Problem::NotANumber));
        assert_eq!(parse_number("1e"), Err(Problem::NotANumber));
        assert_eq!(parse_number("."), Err(Problem::NotANumber));
        assert_eq!(parse_number("1-2"), Err(Problem::NotANumber));
        assert_eq!(parse_number("+-1"), Err(Problem::NotANumber));
    }
}
