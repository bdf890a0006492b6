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
    if !cleaned.bytes().any(|b| b.is_ascii_digit()) {
        return Err(Problem::NotANumber);
    }
    match cleaned.parse::<f64>() {
        Ok(v) if v.is_finite() => Ok(v),
        Ok(_) => Err(Problem::TooLarge),
        Err(_) => Err(Problem::NotANumber),
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
    }
}
