//! The message catalogue: every user-facing string, one struct per language, so Dutch, Swedish
//! and Turkish can be added as further `Texts` values without touching a component.

use crate::finance::Problem;

/// Label and one-line help of an input field.
pub struct FieldText {
    pub label: &'static str,
    pub help: &'static str,
}

/// A cited source for a default or benchmark, with how strong that evidence is.
pub struct SourceText {
    pub claim: &'static str,
    pub source: &'static str,
    pub grade: &'static str,
    pub caveat: &'static str,
}

pub struct Texts {
    /// Label and help of every input, by field key (see `Texts::field`).
    pub fields: &'static [(&'static str, FieldText)],
    pub app_title: &'static str,
    pub tagline: &'static str,
    pub privacy: &'static str,
    pub tab_retention: &'static str,
    pub tab_payback: &'static str,
    pub calculators: &'static str,
    pub inputs: &'static str,
    pub results: &'static str,
    pub more_options: &'static str,
    pub reset: &'static str,
    pub stale_note: &'static str,
    pub not_available: &'static str,
    pub never: &'static str,
    pub months: &'static str,
    pub year: &'static str,
    pub before: &'static str,
    pub after: &'static str,
    pub how_computed: &'static str,
    pub sources: &'static str,
    pub crash_title: &'static str,
    pub crash_body: &'static str,
    pub crash_reload: &'static str,

    // Retention → profit
    pub retention_title: &'static str,
    pub retention_intro: &'static str,
    pub clv_before: &'static str,
    pub clv_after: &'static str,
    pub clv_change: &'static str,
    pub cumulative_profit_uplift: &'static str,
    pub discounted_profit_uplift: &'static str,
    pub reichheld_below: &'static str,
    pub reichheld_within: &'static str,
    pub reichheld_above: &'static str,
    pub customers_by_year: &'static str,
    pub profit_by_year: &'static str,
    pub retention_chart_title: &'static str,
    pub retention_convention: &'static str,
    pub reichheld: SourceText,
    pub gupta_lehmann: SourceText,

    // CX payback
    pub payback_title: &'static str,
    pub payback_intro: &'static str,
    pub npv: &'static str,
    pub roi: &'static str,
    pub irr: &'static str,
    pub payback_months: &'static str,
    pub break_even_return: &'static str,
    pub pv_costs: &'static str,
    pub pv_benefits: &'static str,
    pub total_benefit: &'static str,
    pub payback_chart_title: &'static str,
    pub break_even_label: &'static str,
    pub cumulative_net: &'static str,
    pub payback_convention: &'static str,
    pub three_per_dollar: SourceText,
    pub tei: SourceText,

    // Units shown after inputs
    pub unit_percent: &'static str,
    pub unit_points: &'static str,
    pub unit_customers: &'static str,
    pub unit_years: &'static str,
    pub unit_months: &'static str,
    pub unit_multiple: &'static str,
    pub unit_nps_points: &'static str,
    pub unit_per_year: &'static str,
    pub unit_people: &'static str,

    // Problems, shown beside the field
    pub problem_empty: &'static str,
    pub problem_not_a_number: &'static str,
    pub problem_negative: &'static str,
    pub problem_not_positive: &'static str,
    pub problem_rate_at_least_one: &'static str,
    pub problem_percent_range: &'static str,
    pub problem_years_range: &'static str,
    pub problem_not_whole: &'static str,
    pub problem_too_large: &'static str,
    pub problem_growth_too_high: &'static str,
    pub problem_length_mismatch: &'static str,
    pub problem_no_investment: &'static str,
    pub problem_rate_below_minus_one: &'static str,
    pub problem_case_years_range: &'static str,
    pub problem_range_order: &'static str,
    pub problem_zero: &'static str,
}

impl Texts {
    pub fn problem(&self, p: Problem) -> &'static str {
        match p {
            Problem::Empty => self.problem_empty,
            Problem::NotANumber => self.problem_not_a_number,
            Problem::Negative => self.problem_negative,
            Problem::NotPositive => self.problem_not_positive,
            Problem::RateAtLeastOne => self.problem_rate_at_least_one,
            Problem::PercentRange => self.problem_percent_range,
            Problem::YearsRange => self.problem_years_range,
            Problem::NotWhole => self.problem_not_whole,
            Problem::TooLarge => self.problem_too_large,
            Problem::GrowthTooHigh => self.problem_growth_too_high,
            Problem::LengthMismatch => self.problem_length_mismatch,
            Problem::NoInvestment => self.problem_no_investment,
            Problem::RateBelowMinusOne => self.problem_rate_below_minus_one,
            Problem::CaseYearsRange => self.problem_case_years_range,
            Problem::RangeOrder => self.problem_range_order,
            Problem::Zero => self.problem_zero,
        }
    }

    /// Label and help of a field by its key; `None` for a key with no text (a test checks
    /// every form field has one).
    pub fn field(&self, key: &str) -> Option<&FieldText> {
        self.fields.iter().find(|(k, _)| *k == key).map(|(_, t)| t)
    }
}

/// The error text the JS API throws: "field: problem".
pub fn api_error(field: &str, p: Problem) -> String {
    let mut s = String::from(field);
    s.push_str(": ");
    s.push_str(EN.problem(p));
    s
}

static EN_FIELDS: &[(&str, FieldText)] = &[
    ("customers", FieldText { label: "Customers", help: "Active customers today." }),
    ("revenuePerCustomer", FieldText { label: "Annual revenue per customer", help: "Average revenue one customer brings in a year." }),
    ("grossMargin", FieldText { label: "Gross margin", help: "Share of revenue left after direct costs." }),
    ("retentionRate", FieldText { label: "Current retention", help: "Share of customers who stay each year (100% minus churn)." }),
    ("retentionUplift", FieldText { label: "Retention uplift", help: "Rise in retention from better CX, in percentage points (5 = 80% → 85%). Default 5: the rise Reichheld/Bain studied." }),
    ("upliftIsRelative", FieldText { label: "Read the uplift as a relative %", help: "On: 5 means 80% × 1.05 = 84% instead of +5 points." }),
    ("discountRate", FieldText { label: "Discount rate", help: "Your cost of capital; future money is worth less today." }),
    ("years", FieldText { label: "Horizon", help: "Years to add up (1 to 50)." }),
    ("newCustomersPerYear", FieldText { label: "New customers per year", help: "Optional: customers won each year, the same before and after." }),
    ("acquisitionCost", FieldText { label: "Acquisition cost per new customer", help: "Optional: what winning one new customer costs." }),
    ("marginGrowth", FieldText { label: "Margin growth per year of tenure", help: "Optional: loyal customers often buy more each year they stay." }),
    ("upfrontInvestment", FieldText { label: "Up-front investment", help: "One-off cost today: implementation, training." }),
    ("annualCost", FieldText { label: "Annual running cost", help: "Yearly cost: licences, people." }),
    ("returnPerDollar", FieldText { label: "Return per $1 invested", help: "Industry claim: $3 back for every $1 (see source)." }),
    ("rampUpMonths", FieldText { label: "Ramp-up to full benefit", help: "Months until benefits reach their full rate (0 = from day one)." }),
    // BUSINESS_CASE_FIELDS
];

pub static EN: Texts = Texts {
    fields: EN_FIELDS,
    app_title: "ROX Calculator",
    tagline: "What is better customer experience worth? Type your numbers — results update as you type.",
    privacy: "Everything is computed in your browser. Nothing you type leaves this page.",
    tab_retention: "Retention → profit",
    tab_payback: "CX payback ($3 per $1)",
    calculators: "Calculators",
    inputs: "Your numbers",
    results: "Results",
    more_options: "More options",
    reset: "Reset to defaults",
    stale_note: "Showing the last valid result — fix the highlighted field to update.",
    not_available: "n/a",
    never: "not within the horizon",
    months: "months",
    year: "Year",
    before: "Before",
    after: "After",
    how_computed: "How this is computed",
    sources: "Sources",
    crash_title: "Something went wrong — reload",
    crash_body: "The calculator hit an unexpected error. Nothing was sent anywhere. Reload to continue; your scenario comes back with the page address.",
    crash_reload: "Reload the calculator",

    retention_title: "Retention → profit",
    retention_intro: "A higher share of customers who stay each year is worth more lifetime margin per customer and more profit every year.",
    clv_before: "Lifetime value now",
    clv_after: "Lifetime value after",
    clv_change: "Change in lifetime value",
    cumulative_profit_uplift: "Extra profit over the horizon",
    discounted_profit_uplift: "Extra profit, discounted",
    reichheld_below: "Below Reichheld/Bain's 25–95% range for a 5-point rise.",
    reichheld_within: "Within Reichheld/Bain's 25–95% range for a 5-point rise.",
    reichheld_above: "Above Reichheld/Bain's 25–95% range for a 5-point rise.",
    customers_by_year: "Customers at year end",
    profit_by_year: "Profit by year",
    retention_chart_title: "Customers and profit by year, before and after the uplift",
    retention_convention: "Lifetime value (Gupta & Lehmann): CLV = m·r / (1 + d − r(1+g)), with m = revenue × gross margin earned at the end of each year a customer stays, r = retention, d = discount rate, g = margin growth per year of tenure. Year by year: each cohort shrinks by the retention rate every year and earns m·(1+g)^(tenure−1); new customers join at the start of a year and pay their acquisition cost that year; profit of year t is discounted by (1+d)^t.",
    reichheld: SourceText {
        claim: "A 5% increase in customer retention raises profits by 25% to 95%.",
        source: "Reichheld & Sasser (Harvard Business Review, 1990); Bain & Company",
        grade: "Analyst study",
        caveat: "Profit per customer over a lifetime in the cases studied — not a firm-wide promise.",
    },
    gupta_lehmann: SourceText {
        claim: "Customer lifetime value = m·r / (1 + d − r).",
        source: "Gupta & Lehmann, \"Customers as Assets\", Journal of Interactive Marketing (2003)",
        grade: "Peer-reviewed",
        caveat: "Assumes constant retention and margin; a multiple of 4.09 at r = 90%, d = 12%.",
    },

    payback_title: "CX payback",
    payback_intro: "If every $1 spent on customer experience brings back $k, when does the investment pay for itself?",
    npv: "Net present value",
    roi: "Return on investment",
    irr: "Internal rate of return",
    payback_months: "Payback",
    break_even_return: "Break-even return per $1",
    pv_costs: "Costs (present value)",
    pv_benefits: "Benefits (present value)",
    total_benefit: "Benefits (undiscounted)",
    payback_chart_title: "Cumulative net cash flow by month",
    break_even_label: "break-even",
    cumulative_net: "Cumulative net cash flow",
    payback_convention: "Run-rate benefit per year B = k·(up-front ÷ years + annual cost). At month τ after go-live benefit accrues at B·min(1, τ/R) per year, R = ramp-up months, so with no ramp-up the undiscounted benefits equal k × total cost. Year 0 holds the up-front cost; annual costs fall in years 1..n. Cash-flow summary (Forrester TEI): year 0 is today and not discounted, year t is discounted by (1+d)^t; NPV = PV benefits − PV costs; ROI = NPV ÷ PV costs; IRR of the net flows; payback = months until the cumulative undiscounted net cash flow reaches zero, each year's net flow accruing evenly over its 12 months. The chart's break-even point follows the month-by-month curve, ramp-up included. Break-even return = the k at which NPV = 0.",
    three_per_dollar: SourceText {
        claim: "Companies get $3 back for every $1 invested in customer experience.",
        source: "Reported by QuestionPro, citing Avanade and Sitecore",
        grade: "Industry claim",
        caveat: "No public primary study; treat 3 as a starting point and test the break-even return instead.",
    },
    tei: SourceText {
        claim: "NPV, ROI, payback on risk-adjusted cash flows, year 0 undiscounted.",
        source: "Forrester Total Economic Impact (TEI) methodology",
        grade: "Analyst study",
        caveat: "A convention for presenting cash flows, not evidence of any particular return.",
    },

    unit_percent: "%",
    unit_points: "pts",
    unit_customers: "customers",
    unit_years: "years",
    unit_months: "months",
    unit_multiple: "× per $1",
    unit_nps_points: "NPS pts",
    unit_per_year: "per year",
    unit_people: "people",

    problem_empty: "Enter a number.",
    problem_not_a_number: "That is not a number — use digits, e.g. 1250.5.",
    problem_negative: "Cannot be negative.",
    problem_not_positive: "Must be more than zero.",
    problem_rate_at_least_one: "Retention must stay below 100% (including after the uplift).",
    problem_percent_range: "Enter a percentage from 0 to 100.",
    problem_years_range: "Enter a whole number of years from 1 to 50.",
    problem_not_whole: "Enter a whole number.",
    problem_too_large: "Too large to compute — enter a smaller value.",
    problem_growth_too_high: "Margin growth this high makes lifetime value infinite: retention × (1 + growth) must stay below 1 + discount rate.",
    problem_length_mismatch: "Costs and benefits need one value per year, the same number of years.",
    problem_no_investment: "Enter an up-front investment or an annual cost.",
    problem_rate_below_minus_one: "A rate cannot be below −100%.",
    problem_case_years_range: "Enter a whole number of years from 1 to 10.",
    problem_range_order: "Keep low ≤ likely ≤ high.",
    problem_zero: "Cannot be zero: nothing to divide by.",
};
