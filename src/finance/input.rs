//! Turning what a person typed into a number, strictly: no NaN, no "inf", no hex, no surprises.

use super::error::Problem;

/// Parse a typed number. Accepts an optional sign, digits with `,`/`_`/space as thousands
/// separators, one `.` as decimal point, an optional exponent, and a trailing `%`.
/// Rejects everything `str::parse::<f64>` would accept but a person never means ("NaN", "inf").
pub fn parse_number(text: &str) -> Result<f64, Problem> {
    let trimmed = text.trim().trim_end_matches('%').trim_end();
    if trimmed.is_empty() {
        return Err(Problem::Empty);
    }
    let mut cleaned = String::with_capacity(trimmed.len());
    for c in trimmed.chars() {
        match c {
            '0'..='9' | '.' | '-' | '+' | 'e' | 'E' => cleaned.push(c),
            ',' | '_' | ' ' | '\u{a0}' | '\u{202f}' => {}
            _ => return Err(Problem::NotANumber),
        }
    }
    match decimal(cleaned.as_bytes()) {
        Some(v) if v.is_finite() => Ok(v),
        Some(_) => Err(Problem::TooLarge),
        None => Err(Problem::NotANumber),
    }
}

/// Parse `[+-]digits[.digits][(e|E)[+-]digits]` (at least one mantissa digit).
///
/// Written out instead of `str::parse::<f64>` because that links ~5 KB of wasm. Exact (one
/// correctly rounded operation) for up to 15 significant digits and exponents up to ±22 — every
/// number a person types here; beyond that it is within an ulp or two.
fn decimal(b: &[u8]) -> Option<f64> {
    let mut i = 0;
    let negative = match b.first() {
        Some(b'-') => { i += 1; true }
        Some(b'+') => { i += 1; false }
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
            Some(b'-') => { i += 1; -1 }
            Some(b'+') => { i += 1; 1 }
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
    let e = scale + exponent;
    let m = mantissa as f64;
    let pow = |k: i32| 10f64.powi(k.min(400));
    let v = if mantissa == 0 { 0.0 } else if e >= 0 { m * pow(e) } else { m / pow(-e) };
    Some(if negative { -v } else { v })
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
    fn agrees_with_the_standard_parser() {
        for text in ["0.1", "0.3", "123.456", "1e-7", "2.5e10", "99.99", "1234567.891", "0.000001", "-42.125", "1e22", "7.5e-3"] {
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
