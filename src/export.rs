//! Year-by-year tables as CSV that opens cleanly in Excel and LibreOffice: UTF-8 with a byte
//! order mark (so Excel reads "Jaar" and "Yıl" right), CRLF line ends, and whole numbers only —
//! amounts in whole currency units, as the page shows them — so no locale misreads a decimal.
//! The separator follows the locale: `;` where decimals are written with a comma (Excel's list
//! separator there), `,` elsewhere.

use crate::finance::input::Notation;

/// A CSV document being written.
pub struct Csv {
    out: String,
    sep: char,
}

impl Csv {
    pub fn new(notation: Notation) -> Self {
        let sep = match notation {
            Notation::Point => ',',
            Notation::Comma => ';',
        };
        Self { out: String::from('\u{feff}'), sep }
    }

    /// A row of labels, quoted where they hold a separator, quote or line break. A label that
    /// starts like a formula is prefixed with `'`, so a spreadsheet shows it as text.
    pub fn header<'a>(&mut self, cells: impl IntoIterator<Item = &'a str>) -> &mut Self {
        for (i, cell) in cells.into_iter().enumerate() {
            if i > 0 {
                self.out.push(self.sep);
            }
            self.label(cell);
        }
        self.out.push_str("\r\n");
        self
    }

    /// A row of labels, then numbers (rounded as `row` does; `None` an empty cell, not measured).
    pub fn labelled<'a>(&mut self, labels: impl IntoIterator<Item = &'a str>, numbers: impl IntoIterator<Item = Option<f64>>) -> &mut Self {
        for (i, cell) in labels.into_iter().enumerate() {
            if i > 0 {
                self.out.push(self.sep);
            }
            self.label(cell);
        }
        for v in numbers {
            self.out.push(self.sep);
            if let Some(v) = v.filter(|v| v.is_finite()) {
                self.out.push_str(&(v.round() as i64).to_string());
            }
        }
        self.out.push_str("\r\n");
        self
    }

    fn label(&mut self, cell: &str) {
        let formula = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
        if formula || cell.contains([self.sep, '"', '\n', '\r']) {
            self.out.push('"');
            if formula {
                self.out.push('\'');
            }
            self.out.push_str(&cell.replace('"', "\"\""));
            self.out.push('"');
        } else {
            self.out.push_str(cell);
        }
    }

    /// A row of numbers, each rounded to a whole number (non-finite values are left empty).
    pub fn row(&mut self, cells: impl IntoIterator<Item = f64>) -> &mut Self {
        for (i, v) in cells.into_iter().enumerate() {
            if i > 0 {
                self.out.push(self.sep);
            }
            if v.is_finite() {
                // Whole numbers far inside i64 (inputs are bounded at 10¹²); -0 reads as 0.
                let n = v.round() as i64;
                self.out.push_str(&n.to_string());
            }
        }
        self.out.push_str("\r\n");
        self
    }

    pub fn finish(self) -> String {
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_what_spreadsheets_read() {
        let mut csv = Csv::new(Notation::Comma);
        csv.header(["Jaar", "Kosten; totaal", "Netto \"cash\"", "=SUM(A1)"]).row([0.0, 1234.5, -0.4, f64::NAN]);
        assert_eq!(csv.finish(), "\u{feff}Jaar;\"Kosten; totaal\";\"Netto \"\"cash\"\"\";\"'=SUM(A1)\"\r\n0;1235;0;\r\n");
        let mut csv = Csv::new(Notation::Point);
        csv.header(["Year", "Net"]).row([1.0, -2_500_000.49]);
        assert_eq!(csv.finish(), "\u{feff}Year,Net\r\n1,-2500000\r\n");
        let mut csv = Csv::new(Notation::Comma);
        csv.labelled(["1", "Retentie"], [Some(-1500.4), None, Some(2.0)]);
        assert_eq!(csv.finish(), "\u{feff}1;Retentie;-1500;;2\r\n", "a negative amount stays a number");
    }
}
