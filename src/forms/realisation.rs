//! Value realisation's inputs — the start month, quarters or months, which levers are recorded
//! by their driver, and the actuals typed per period and lever — as one plain struct with
//! methods (`Actuals`), its short form in a link (`ra=`), and what the page shows from it
//! (`outcome`: the realisation, or the problem of each cell that is not a number it can use).
//!
//! Short form: `_`-separated items — `s2027-01` the start month, `m` months (quarters without
//! it), `d01000000` the levers recorded by their driver (in `Lever::ALL` order), then one item a
//! cell, `<period>.<column>:<text>` (period from 0, column 0–7 a lever, 8 the costs), the text a
//! canonical number, or as typed when it is not one.

use super::case::{case_input, BUSINESS_CASE};
use super::{FieldSpec, Form, FormView};
use crate::finance::business_case::{BusinessCaseInput, BusinessCaseResult, Lever};
use crate::finance::input::{parse_in, Notation};
use crate::finance::realisation::{check_driver, realise, Actual, Period, PeriodActuals, Realisation, RealisationInput};
use crate::finance::Problem;
use crate::text::Texts;
use std::rc::Rc;

/// The column of the costs actually spent, after the eight levers.
pub const COSTS: u8 = 8;
/// Most cells kept: every month of a ten-year case, each lever and the costs.
pub const MAX_CELLS: usize = 120 * 9;
/// Longest text kept in a cell.
const MAX_TEXT: usize = 40;

/// One typed actual.
#[derive(Clone, PartialEq, Debug)]
struct Cell {
    period: u32,
    column: u8,
    /// As typed, in `Actuals::notation`.
    text: String,
}

/// What has been recorded since the purchase.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct Actuals {
    /// The first month, `YYYY-MM` ("" until it is set: periods are then only numbered).
    pub start: String,
    pub period: Period,
    /// Per lever (`Lever::ALL` order): its actuals are its driver, else its benefit in money.
    pub drivers: [bool; 8],
    /// Sorted by period, then column; none empty.
    cells: Vec<Cell>,
    notation: Notation,
}

/// A change to the actuals (`Action::Realise`).
#[derive(Clone, PartialEq, Debug)]
pub enum RealiseChange {
    Start(String),
    Period(Period),
    /// Lever `usize`'s actuals are its driver (`true`) or money.
    Driver(usize, bool),
    /// Text typed into a cell (period, column).
    Edit(u32, u8, String),
    /// Lines pasted into a cell: they fill its column from that period down.
    Paste(u32, u8, String),
    /// Every actual gone (the start and period stay).
    Clear,
}

/// The driver field of lever `l`: its first input's likely value, as the business case types it.
pub fn driver_spec(l: Lever) -> Option<&'static FieldSpec> {
    let prefix = ["levers.", l.key(), "."].concat();
    BUSINESS_CASE.fields.iter().find(|f| f.key.starts_with(&prefix) && f.key.ends_with(".likely"))
}

/// Lever `l`'s planned driver (its likely value), in the units the business case types it.
pub fn planned_driver(case: &BusinessCaseInput, l: Lever) -> Option<f64> {
    let mut c = *case;
    let likely = c.levers.range_mut(l, 0)?.likely;
    Some(likely / driver_spec(l)?.unit.scale())
}

/// A start month `YYYY-MM` as (year, month 1–12).
pub fn start_month(text: &str) -> Option<(u32, u32)> {
    let (y, m) = text.trim().split_once('-')?;
    let ok = y.len() == 4 && m.len() == 2 && y.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit());
    let (y, m): (u32, u32) = (y.parse().ok()?, m.parse().ok()?);
    (ok && (1900..=2999).contains(&y) && (1..=12).contains(&m)).then_some((y, m))
}

/// The month `add` months after (year, month), as `YYYY-MM`.
pub fn month_after((y, m): (u32, u32), add: u32) -> String {
    let n = y * 12 + (m - 1) + add;
    format!("{:04}-{:02}", n / 12, n % 12 + 1)
}

impl Actuals {
    pub fn new(notation: Notation) -> Self {
        Self { notation, ..Self::default() }
    }

    /// Rewrite every number typed so far into `notation` (text that is not a number stays).
    pub fn set_notation(&mut self, notation: Notation) {
        if notation == self.notation {
            return;
        }
        for c in &mut self.cells {
            if let Some(canonical) = self.notation.canonical(&c.text) {
                c.text = notation.localize(&canonical);
            }
        }
        self.notation = notation;
    }

    pub fn notation(&self) -> Notation {
        self.notation
    }

    pub fn is_empty(&self) -> bool {
        self.cells.is_empty()
    }

    /// What is typed in a cell ("" when nothing is).
    pub fn text(&self, period: u32, column: u8) -> &str {
        self.find(period, column).map_or("", |i| self.cells[i].text.as_str())
    }

    fn find(&self, period: u32, column: u8) -> Option<usize> {
        self.cells.iter().position(|c| c.period == period && c.column == column)
    }

    /// The periods with anything typed, in order.
    pub fn periods(&self) -> Vec<u32> {
        let mut out: Vec<u32> = Vec::new();
        for c in &self.cells {
            if out.last() != Some(&c.period) {
                out.push(c.period);
            }
        }
        out
    }

    /// Set a cell's text; an empty one is not measured.
    pub fn set(&mut self, period: u32, column: u8, text: &str) {
        let text: String = text.chars().filter(|c| !c.is_control()).take(MAX_TEXT).collect();
        let at = self.find(period, column);
        match (at, text.trim().is_empty()) {
            (Some(i), true) => {
                self.cells.remove(i);
            }
            (Some(i), false) => self.cells[i].text = text,
            (None, true) => {}
            (None, false) if column <= COSTS && self.cells.len() < MAX_CELLS => {
                let i = self.cells.iter().position(|c| (c.period, c.column) > (period, column)).unwrap_or(self.cells.len());
                self.cells.insert(i, Cell { period, column, text });
            }
            (None, false) => {}
        }
    }

    /// Lines pasted at a cell fill its column from that period on, one a period (a spreadsheet's
    /// column: a blank line is a period not measured), up to `last` (the last period).
    pub fn paste(&mut self, period: u32, column: u8, text: &str, last: u32) {
        let text = text.strip_suffix('\n').unwrap_or(text);
        let text = text.strip_suffix('\r').unwrap_or(text);
        for (k, line) in text.split('\n').enumerate() {
            let p = period + k as u32;
            if p > last {
                break;
            }
            // A row of a spreadsheet pasted: its first cell.
            let value = line.trim_end_matches('\r').split('\t').next().unwrap_or("");
            self.set(p, column, value.trim());
        }
    }

    pub fn change(&mut self, change: RealiseChange, last: u32) {
        match change {
            RealiseChange::Start(s) => self.start = s.chars().filter(|c| c.is_ascii_graphic()).take(10).collect(),
            // The period numbers mean other months once the length changes: only while empty.
            RealiseChange::Period(p) => {
                if self.cells.is_empty() {
                    self.period = p;
                }
            }
            RealiseChange::Driver(i, on) => {
                if let Some(d) = self.drivers.get_mut(i) {
                    *d = on;
                }
            }
            RealiseChange::Edit(p, c, text) => self.set(p, c, &text),
            RealiseChange::Paste(p, c, text) => self.paste(p, c, &text, last),
            RealiseChange::Clear => self.cells.clear(),
        }
    }

    /// The short form (`ra=` in a link): only what differs from the defaults ("" for none).
    pub fn write(&self) -> String {
        let mut items = Vec::new();
        if !self.start.is_empty() {
            items.push(["s", &self.start.replace('_', "")].concat());
        }
        if self.period == Period::Month {
            items.push("m".to_owned());
        }
        if self.drivers.iter().any(|d| *d) {
            items.push(["d".to_owned(), self.drivers.iter().map(|&d| if d { '1' } else { '0' }).collect()].concat());
        }
        for (period, column, text) in self.canonical_cells() {
            items.push(format!("{period}.{column}:{}", text.replace('_', "")));
        }
        items.join("_")
    }

    /// Every cell with its text canonical when it is a number (what links and files carry).
    pub fn canonical_cells(&self) -> impl Iterator<Item = (u32, u8, String)> + '_ {
        self.cells.iter().map(|c| (c.period, c.column, self.notation.canonical(&c.text).unwrap_or_else(|| c.text.clone())))
    }

    /// Read the short form, numbers then written in `notation`; false when some of it could not
    /// be used (that part is left out).
    pub fn read(text: &str, notation: Notation) -> (Self, bool) {
        let mut out = Self::new(notation);
        let mut whole = true;
        for item in text.split('_').filter(|i| !i.is_empty()) {
            if let Some(s) = item.strip_prefix('s') {
                out.start = s.chars().take(10).collect();
            } else if item == "m" {
                out.period = Period::Month;
            } else if let Some(bits) = item.strip_prefix('d').filter(|b| b.len() == 8 && b.bytes().all(|c| c == b'0' || c == b'1')) {
                for (d, b) in out.drivers.iter_mut().zip(bits.bytes()) {
                    *d = b == b'1';
                }
            } else if let Some((p, c, text)) = cell_item(item) {
                out.put(p, c, text);
            } else {
                whole = false;
            }
        }
        (out, whole)
    }

    /// A cell read from a link or a file: a canonical number, written in this notation.
    pub fn put(&mut self, period: u32, column: u8, text: &str) {
        let text = if Notation::Point.canonical(text).as_deref() == Some(text) { self.notation.localize(text) } else { text.to_owned() };
        self.set(period, column, &text);
    }
}

fn cell_item(item: &str) -> Option<(u32, u8, &str)> {
    let (at, text) = item.split_once(':')?;
    let (p, c) = at.split_once('.')?;
    let (p, c): (u32, u8) = (p.parse().ok()?, c.parse().ok()?);
    (p < 120 && c <= COSTS).then_some((p, c, text))
}

/// What is wrong with a typed actual, if anything.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct CellProblem {
    pub period: u32,
    pub column: u8,
    pub problem: Problem,
}

/// What the realisation tab shows.
#[derive(Clone, PartialEq, Debug)]
pub struct Outcome {
    /// The realisation of every usable actual; `None` while the business case is unfinished.
    pub result: Option<Rc<Realisation>>,
    /// Cells that cannot be used: the result then belongs to earlier input (see `Form`).
    pub problems: Vec<CellProblem>,
    /// The start month typed is not one.
    pub bad_start: bool,
    /// Periods with actuals beyond the case's horizon (kept, not counted).
    pub beyond: Vec<u32>,
    /// How many periods the case's horizon has.
    pub count: u32,
}

impl Outcome {
    pub fn is_stale(&self) -> bool {
        !self.problems.is_empty() || self.bad_start
    }

    pub fn problem(&self, period: u32, column: u8) -> Option<Problem> {
        self.problems.iter().find(|p| p.period == period && p.column == column).map(|p| p.problem)
    }
}

/// The business case's input, when its form is valid.
pub fn case_of(form: &Form<BusinessCaseResult>) -> Option<BusinessCaseInput> {
    case_input(&form.values()?, form.switch_states()).ok()
}

/// The actuals against `case`: each cell read in the actuals' notation, a driver checked by the
/// case's own rules (a retention uplift that would take retention to 100% is refused), a cost
/// never below zero.
pub fn outcome(actuals: &Actuals, case: Option<&BusinessCaseInput>) -> Outcome {
    let bad_start = !actuals.start.is_empty() && start_month(&actuals.start).is_none();
    let Some(case) = case else { return Outcome { result: None, problems: Vec::new(), bad_start, beyond: Vec::new(), count: 0 } };
    let count = case.years.round().max(0.0) as u32 * actuals.period.per_year();
    let mut problems = Vec::new();
    let mut rows: Vec<PeriodActuals> = Vec::new();
    let mut beyond = Vec::new();
    for c in &actuals.cells {
        if c.period >= count {
            if beyond.last() != Some(&c.period) {
                beyond.push(c.period);
            }
            continue;
        }
        let mut fail = |problem| problems.push(CellProblem { period: c.period, column: c.column, problem });
        let value = match parse_in(&c.text, actuals.notation) {
            Ok(v) => v,
            Err(p) => {
                fail(p);
                continue;
            }
        };
        if rows.last().is_none_or(|r| r.period != c.period) {
            rows.push(PeriodActuals { period: c.period, ..PeriodActuals::default() });
        }
        let row = rows.last_mut().expect("pushed above");
        if c.column == COSTS {
            if value < 0.0 {
                fail(Problem::Negative);
            } else {
                row.costs = Some(value);
            }
            continue;
        }
        let lever = Lever::ALL[usize::from(c.column)];
        if actuals.drivers[lever.index()] {
            let scaled = value * driver_spec(lever).map_or(1.0, |s| s.unit.scale());
            match check_driver(case, lever, scaled) {
                Ok(()) => row.levers[lever.index()] = Some(Actual::Driver(scaled)),
                Err(e) => fail(e.problem),
            }
        } else {
            row.levers[lever.index()] = Some(Actual::Money(value));
        }
    }
    let result = realise(&RealisationInput { case: *case, period: actuals.period, actuals: rows }).ok().map(Rc::new);
    Outcome { result, problems, bad_start, beyond, count }
}

/// The CSV of the realisation: one row per period and lever that is on (and one for the costs):
/// period, its first month, lever, plan, actual, driver.
pub fn csv(t: &Texts, actuals: &Actuals, case: &Form<BusinessCaseResult>, notation: Notation) -> Option<String> {
    let r = outcome(actuals, case_of(case).as_ref()).result?;
    let mut csv = crate::export::Csv::new(notation);
    csv.header([t.real_period_col, t.real_start_col, t.lever, t.real_driver_col, t.real_plan_line, t.real_actual]);
    for row in &r.periods {
        let start = start_month(&actuals.start).map(|s| month_after(s, row.period * actuals.period.months())).unwrap_or_default();
        let n = (row.period + 1).to_string();
        for l in r.levers.iter().map(|l| l.lever) {
            // A driver keeps its decimals (2.5 points), so it is written as text.
            let driver = row.drivers[l.index()]
                .map(|v| notation.localize(&super::panels::canonical(v / driver_spec(l).map_or(1.0, |s| s.unit.scale()))))
                .unwrap_or_default();
            csv.labelled([n.as_str(), &start, t.levers[l.index()].title, &driver], [Some(row.plan_benefits.get(l)), row.actual_benefits[l.index()]]);
        }
        csv.labelled([n.as_str(), &start, t.costs, ""], [Some(row.plan_costs), row.actual_costs]);
    }
    Some(csv.finish())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forms::case::BUSINESS_CASE;

    fn case() -> BusinessCaseInput {
        case_of(&Form::new(&BUSINESS_CASE)).unwrap()
    }

    #[test]
    fn the_short_form_round_trips_in_either_notation() {
        let mut a = Actuals::new(Notation::Comma);
        a.change(RealiseChange::Start("2027-01".into()), 11);
        a.change(RealiseChange::Driver(0, true), 11);
        a.change(RealiseChange::Edit(0, 0, "2,5".into()), 11);
        a.change(RealiseChange::Edit(0, COSTS, "120.000".into()), 11);
        a.change(RealiseChange::Edit(1, 1, "12a_b".into()), 11);
        let text = a.write();
        assert_eq!(text, "s2027-01_d10000000_0.0:2.5_0.8:120000_1.1:12ab");
        let (b, whole) = Actuals::read(&text, Notation::Comma);
        assert!(whole);
        assert_eq!((b.text(0, 0), b.text(0, COSTS), b.text(1, 1), b.start.as_str(), b.drivers[0]), ("2,5", "120000", "12ab", "2027-01", true));
        let (en, _) = Actuals::read(&text, Notation::Point);
        assert_eq!(en.text(0, 0), "2.5");
        assert!(!Actuals::read("zz_0.9:1_130.0:1", Notation::Point).1, "unknown items and cells outside the grid are named");
        assert_eq!(Actuals::default().write(), "");
    }

    #[test]
    fn a_pasted_column_fills_down_in_every_notation() {
        let mut a = Actuals::new(Notation::Comma);
        a.paste(1, 2, "12.500,50\r\n\r\n13 000\t99\n1.000.000\n", 3);
        assert_eq!((a.text(1, 2), a.text(2, 2), a.text(3, 2), a.text(4, 2)), ("12.500,50", "", "13 000", ""), "stops at the horizon");
        let o = outcome(&a, Some(&case()));
        let r = o.result.unwrap();
        assert_eq!((r.periods[1].actual_benefits[2], r.periods[3].actual_benefits[2]), (Some(12_500.5), Some(13_000.0)));
        let mut sv = Actuals::new(Notation::Comma);
        sv.paste(0, 0, "12\u{a0}500,5\n1\u{202f}000", 11);
        let mut en = Actuals::new(Notation::Point);
        en.paste(0, 0, "12,500.5\n1,000", 11);
        let mut tr = Actuals::new(Notation::Comma);
        tr.paste(0, 0, "₺12.500,5\n1.000 TL", 11);
        for a in [sv, en, tr] {
            let r = outcome(&a, Some(&case())).result.unwrap();
            assert_eq!((r.periods[0].actual_benefits[0], r.periods[1].actual_benefits[0]), (Some(12_500.5), Some(1_000.0)));
        }
    }

    #[test]
    fn bad_actuals_are_named_on_their_cell_and_beyond_the_horizon_is_kept_not_counted() {
        let mut a = Actuals::new(Notation::Point);
        a.change(RealiseChange::Start("2027-13".into()), 11);
        a.change(RealiseChange::Driver(0, true), 11);
        a.set(0, COSTS, "-5");
        a.set(0, 0, "20"); // 85% + 20 points of retention is more than 100%.
        a.set(1, 1, "abc");
        a.set(2, 1, "5000");
        a.set(40, 1, "5000");
        let o = outcome(&a, Some(&case()));
        assert!(o.bad_start && o.is_stale());
        assert_eq!(
            (o.problem(0, COSTS), o.problem(0, 0), o.problem(1, 1)),
            (Some(Problem::Negative), Some(Problem::RateAtLeastOne), Some(Problem::NotANumber))
        );
        assert_eq!((o.beyond.as_slice(), o.count), ([40].as_slice(), 12));
        assert_eq!(a.text(40, 1), "5000", "kept");
        assert_eq!(o.result.unwrap().periods_to_date, 3);
        assert_eq!(outcome(&a, None).result, None, "no case, no plan");
    }

    #[test]
    fn a_driver_in_the_cases_units_is_the_cases_value() {
        let mut a = Actuals::new(Notation::Point);
        a.change(RealiseChange::Driver(0, true), 11);
        a.set(4, 0, "2"); // The default likely retention uplift: 2 points.
        let r = outcome(&a, Some(&case())).result.unwrap();
        assert_eq!(r.periods[4].drivers[0], Some(0.02));
    }

    #[test]
    fn the_period_length_changes_only_while_nothing_is_recorded() {
        let mut a = Actuals::new(Notation::Point);
        a.change(RealiseChange::Period(Period::Month), 11);
        a.set(0, 0, "1");
        a.change(RealiseChange::Period(Period::Quarter), 35);
        assert_eq!(a.period, Period::Month);
        a.change(RealiseChange::Clear, 35);
        assert!(a.is_empty());
        assert_eq!(month_after((2027, 11), 3), "2028-02");
        assert_eq!((start_month("2027-01"), start_month("27-01"), start_month("2027-00")), (Some((2027, 1)), None, None));
    }
}
