//! The charts' arithmetic that needs no browser: chart labels broken into lines that fit, and
//! axis labels thinned so they do not run into each other. Used by `ui::chart`; tested natively.

/// `text` in lines of at most `max` characters, broken between words; a word longer than a
/// line is broken where it must be.
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let mut word: Vec<char> = word.chars().collect();
        loop {
            let have = line.chars().count();
            let room = if have == 0 { max } else { max.saturating_sub(have + 1) };
            if word.len() <= room {
                if have > 0 {
                    line.push(' ');
                }
                line.extend(word.iter());
                break;
            }
            if have > 0 {
                lines.push(std::mem::take(&mut line));
                continue;
            }
            let cut = max.max(2) - 1;
            let rest = word.split_off(cut.min(word.len()));
            line.extend(word.iter());
            line.push('-');
            lines.push(std::mem::take(&mut line));
            word = rest;
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// Every how many of `n` labels one is drawn, so that labels `gap` units wide do not run into
/// each other across `span` units.
pub fn every(n: usize, span: f64, gap: f64) -> usize {
    let fit = (span / gap).floor().max(1.0) as usize;
    n.div_ceil(fit).max(1)
}

#[cfg(test)]
mod tests {
    use super::{every, wrap};

    #[test]
    fn wrap_breaks_between_words_and_inside_a_word_too_long_for_a_line() {
        assert_eq!(wrap("Focus on consumers and employees", 12), ["Focus on", "consumers", "and", "employees"]);
        assert_eq!(wrap("Klantgegevensbescherming", 10), ["Klantgege-", "vensbesch-", "erming"]);
        assert_eq!(wrap("", 10), [""]);
        assert!(wrap("a b c d e f", 3).iter().all(|l| l.chars().count() <= 3));
    }

    #[test]
    fn every_thins_labels_that_would_crowd() {
        assert_eq!(every(5, 200.0, 28.0), 1);
        assert_eq!(every(30, 200.0, 28.0), 5);
        assert_eq!(every(0, 0.0, 28.0), 1);
    }
}
