//! The message catalogue: every user-facing string, one struct per language, so Dutch, Swedish
//! and Turkish can be added as further `Texts` values without touching a component.

use crate::finance::Problem;

/// Label and one-line help of an input field.
pub struct FieldText {
    pub label: &'static str,
    pub help: &'static str,
}

/// How strong a piece of evidence is, weakest last.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grade {
    PeerReviewed,
    AnalystStudy,
    VendorSurvey,
    IndustryClaim,
    Illustrative,
}

/// A cited source for a default or benchmark, with how strong that evidence is.
pub struct SourceText {
    pub claim: &'static str,
    pub source: &'static str,
    pub grade: Grade,
    pub caveat: &'static str,
}

/// A benefit lever's name, what it means and its formula in words.
pub struct LeverText {
    pub title: &'static str,
    pub what: &'static str,
    pub formula: &'static str,
}

/// A metric helper's name and what it computes.
pub struct HelperText {
    pub title: &'static str,
    pub what: &'static str,
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
    pub notice_newer: &'static str,
    pub notice_damaged: &'static str,
    pub notice_partial: &'static str,
    pub notice_unknown_part: &'static str,
    pub dismiss: &'static str,
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

    // Business case
    pub tab_case: &'static str,
    pub tab_metrics: &'static str,
    pub tab_sources: &'static str,
    pub case_title: &'static str,
    pub case_intro: &'static str,
    pub company: &'static str,
    pub costs_and_timing: &'static str,
    pub levers_title: &'static str,
    pub preset: &'static str,
    pub preset_none: &'static str,
    pub preset_note: &'static str,
    pub industries: [&'static str; 7],
    pub levers: [LeverText; 8],
    pub lever_on: &'static str,
    pub lever_result: &'static str,
    pub lever_share: &'static str,
    pub show_formula: &'static str,
    pub low: &'static str,
    pub likely: &'static str,
    pub high: &'static str,
    pub risk_adjusted: &'static str,
    pub unadjusted: &'static str,
    pub scenarios: &'static str,
    pub scenario_names: [&'static str; 3],
    pub scenario_note: &'static str,
    pub by_year_title: &'static str,
    pub costs: &'static str,
    pub benefits: &'static str,
    pub net: &'static str,
    pub waterfall_title: &'static str,
    pub case_convention: &'static str,
    pub helper_link: &'static str,
    pub metrics_title: &'static str,
    pub metrics_intro: &'static str,
    pub helpers: [HelperText; 9],
    pub use_in_case: &'static str,
    pub sent_to_case: &'static str,
    pub sources_title: &'static str,
    pub sources_intro: &'static str,
    pub grade_peer_reviewed: &'static str,
    pub grade_analyst_study: &'static str,
    pub grade_vendor_survey: &'static str,
    pub grade_industry_claim: &'static str,
    pub grade_illustrative: &'static str,
    pub growth_5x: SourceText,
    pub growth_17: SourceText,
    pub reputation_68: SourceText,
    pub engaged_15: SourceText,
    pub managers_40: SourceText,
    pub nps_source: SourceText,
    pub illustrative: SourceText,

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
    pub problem_ces_range: &'static str,
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
            Problem::CesRange => self.problem_ces_range,
        }
    }

    /// Label and help of a field by its key; `None` for a key with no text (a test checks
    /// every form field has one).
    pub fn field(&self, key: &str) -> Option<&FieldText> {
        self.fields.iter().find(|(k, _)| *k == key).map(|(_, t)| t)
    }

    /// Label and help of a field of form `scope`: the scope's own text (`"case:years"`) wins
    /// over the shared one (`"years"`); lever fields share texts by their last name
    /// (`levers.spend.risk` → `risk`) and a low/likely/high triple shares one text.
    pub fn field_in(&self, scope: &str, key: &str) -> Option<&FieldText> {
        let short = short_key(key);
        let mut scoped = String::with_capacity(scope.len() + short.len() + 1);
        scoped.push_str(scope);
        scoped.push(':');
        scoped.push_str(short);
        self.field(&scoped).or_else(|| self.field(short))
    }

    pub fn grade(&self, g: Grade) -> &'static str {
        match g {
            Grade::PeerReviewed => self.grade_peer_reviewed,
            Grade::AnalystStudy => self.grade_analyst_study,
            Grade::VendorSurvey => self.grade_vendor_survey,
            Grade::IndustryClaim => self.grade_industry_claim,
            Grade::Illustrative => self.grade_illustrative,
        }
    }

    /// Every source the app cites, for the Sources page.
    pub fn all_sources(&self) -> [&SourceText; 11] {
        [
            &self.reichheld,
            &self.gupta_lehmann,
            &self.three_per_dollar,
            &self.tei,
            &self.growth_5x,
            &self.growth_17,
            &self.reputation_68,
            &self.engaged_15,
            &self.managers_40,
            &self.nps_source,
            &self.illustrative,
        ]
    }
}

/// `levers.spend.spendUplift.low` → `spendUplift`; other keys unchanged.
pub fn short_key(key: &str) -> &str {
    let key = key.strip_suffix(".low").or_else(|| key.strip_suffix(".likely")).or_else(|| key.strip_suffix(".high")).unwrap_or(key);
    match key.strip_prefix("levers.") {
        Some(rest) => rest.split_once('.').map_or(rest, |(_, name)| name),
        None => key,
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

    ("case:years", FieldText { label: "Horizon", help: "Years of the business case (1 to 10; TEI studies often use 3)." }),
    ("case:retentionUplift", FieldText { label: "Retention uplift", help: "Rise in annual retention, percentage points." }),
    ("baseline.csat", FieldText { label: "CSAT today", help: "% of 4–5 answers (CSAT helper). Context for the case: no lever uses it directly." }),
    ("baseline.ces", FieldText { label: "Customer effort today", help: "Average answer on 1–7 (CES helper). Context for the case: no lever uses it directly." }),
    ("costs.oneOff", FieldText { label: "One-off costs", help: "Year 0: implementation, integration, training." }),
    ("costs.annual", FieldText { label: "Annual costs", help: "Each year after: licences, people, running costs." }),
    ("costs.risk", FieldText { label: "Cost risk adjustment", help: "TEI: costs are raised by this share to allow for overruns." }),
    ("risk", FieldText { label: "Risk adjustment", help: "TEI: this lever's benefits are reduced by this share (10% strong evidence … 20% weak)." }),
    ("averageTransactionSize", FieldText { label: "Average transaction size", help: "Average purchase or contract value." }),
    ("transactionsPerCustomer", FieldText { label: "Purchases per customer", help: "Purchases per customer a year." }),
    ("spendUplift", FieldText { label: "Spend uplift", help: "Rise in average transaction size or contract value." }),
    ("frequencyUplift", FieldText { label: "Frequency uplift", help: "Rise in how often customers buy." }),
    ("addonMargin", FieldText { label: "Add-on margin", help: "Yearly margin from one customer taking the add-on." }),
    ("takeRateUplift", FieldText { label: "Take-rate uplift", help: "Rise in the share of customers taking an add-on, points." }),
    ("currentNps", FieldText { label: "Current NPS", help: "Today's Net Promoter Score, −100 to 100." }),
    ("referralsPerPromoter", FieldText { label: "Referrals per promoter", help: "New customers each promoter brings in a year." }),
    ("referredCustomerValue", FieldText { label: "Value of a referred customer", help: "Lifetime margin of a new customer (try the CLV helper)." }),
    ("npsUplift", FieldText { label: "NPS uplift", help: "Rise in NPS, read as more promoters." }),
    ("contactsPerCustomer", FieldText { label: "Support contacts per customer", help: "Calls, chats and emails per customer a year." }),
    ("costPerContact", FieldText { label: "Cost per contact", help: "Fully loaded cost of handling one contact." }),
    ("contactReduction", FieldText { label: "Contact reduction", help: "Share of contacts avoided by better CX." }),
    ("premium", FieldText { label: "Price premium", help: "How much more customers pay for a better experience." }),
    ("visitors", FieldText { label: "Visitors at the touchpoint", help: "Visitors a year at e.g. checkout or sign-up." }),
    ("marginPerConversion", FieldText { label: "Margin per conversion", help: "Margin one extra conversion brings." }),
    ("conversionUplift", FieldText { label: "Conversion uplift", help: "Rise in conversion rate, points." }),
    ("employees", FieldText { label: "Employees", help: "Staff in customer-facing roles." }),
    ("staffTurnover", FieldText { label: "Staff turnover", help: "Share of staff leaving each year." }),
    ("replacementCost", FieldText { label: "Replacement cost", help: "Cost to hire and train one replacement." }),
    ("turnoverReduction", FieldText { label: "Turnover reduction", help: "Share of leavers kept by a better employee experience." }),
    ("helper:customers", FieldText { label: "Customers", help: "Customers served in the year." }),
    ("helper:retentionRate", FieldText { label: "Retention", help: "Share of customers who stay each year." }),
    ("lost", FieldText { label: "Customers lost", help: "During the period." }),
    ("start", FieldText { label: "Customers at start", help: "At the start of the period." }),
    ("end", FieldText { label: "Customers at end", help: "At the end, new customers included." }),
    ("new", FieldText { label: "New customers", help: "Won during the period." }),
    ("annualMargin", FieldText { label: "Annual margin per customer", help: "Revenue × gross margin, per year." }),
    ("revenue", FieldText { label: "Revenue", help: "Over the period." }),
    ("sales", FieldText { label: "Number of sales", help: "Transactions in the same period." }),
    ("contractValue", FieldText { label: "Total contract value", help: "Of contracts signed with new customers." }),
    ("newCustomers", FieldText { label: "New customers", help: "Who signed those contracts." }),
    ("supportCost", FieldText { label: "Annual support cost", help: "People, tools and outsourcing." }),
    ("contacts", FieldText { label: "Support contacts", help: "Calls, chats and emails a year." }),
    ("counts.0", FieldText { label: "0", help: "Number of answers scoring 0." }),
    ("counts.1", FieldText { label: "1", help: "Number of answers scoring 1." }),
    ("counts.2", FieldText { label: "2", help: "Number of answers scoring 2." }),
    ("counts.3", FieldText { label: "3", help: "Number of answers scoring 3." }),
    ("counts.4", FieldText { label: "4", help: "Number of answers scoring 4." }),
    ("counts.5", FieldText { label: "5", help: "Number of answers scoring 5." }),
    ("counts.6", FieldText { label: "6", help: "Number of answers scoring 6." }),
    ("counts.7", FieldText { label: "7", help: "Number of answers scoring 7." }),
    ("counts.8", FieldText { label: "8", help: "Number of answers scoring 8." }),
    ("counts.9", FieldText { label: "9", help: "Number of answers scoring 9." }),
    ("counts.10", FieldText { label: "10", help: "Number of answers scoring 10." }),
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
    notice_newer: "This link was made by a newer version of the calculator and cannot be opened here; showing the defaults.",
    notice_damaged: "This link is incomplete or was changed, so it could not be opened; showing the defaults.",
    notice_partial: "The link opened, but these values could not be restored and show their defaults:",
    notice_unknown_part: "parts from a newer version",
    dismiss: "Dismiss",
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
        grade: Grade::AnalystStudy,
        caveat: "Profit per customer over a lifetime in the cases studied — not a firm-wide promise.",
    },
    gupta_lehmann: SourceText {
        claim: "Customer lifetime value = m·r / (1 + d − r).",
        source: "Gupta & Lehmann, \"Customers as Assets\", Journal of Interactive Marketing (2003)",
        grade: Grade::PeerReviewed,
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
        grade: Grade::IndustryClaim,
        caveat: "No public primary study; treat 3 as a starting point and test the break-even return instead.",
    },
    tei: SourceText {
        claim: "NPV, ROI, payback on risk-adjusted cash flows, year 0 undiscounted.",
        source: "Forrester Total Economic Impact (TEI) methodology",
        grade: Grade::AnalystStudy,
        caveat: "A convention for presenting cash flows, not evidence of any particular return.",
    },

    tab_case: "Business case",
    tab_metrics: "CX metrics",
    tab_sources: "Sources",
    case_title: "The ROX business case",
    case_intro: "Every lever by which better customer experience pays, the costs, the risk and the time — risk-adjusted in the style of Forrester's Total Economic Impact studies.",
    company: "Your customers",
    costs_and_timing: "Costs and timing",
    levers_title: "Benefit levers",
    preset: "Industry preset",
    preset_none: "Choose an industry…",
    preset_note: "Default and preset values are illustrative orders of magnitude, not published benchmarks — replace them with your own data.",
    industries: ["Subscription / SaaS", "Retail & e-commerce", "Telecom", "Banking", "Insurance", "Hospitality & travel", "B2B services"],
    levers: [
        LeverText { title: "Retention", what: "Fewer customers leave, so more of them keep paying.", formula: "Year t: customers × margin per customer × ((r + uplift)ᵗ − rᵗ), the retention calculator's model with no new customers." },
        LeverText { title: "Spend", what: "Customers spend more per purchase and buy more often.", formula: "Customers × purchases per customer × average transaction size × ((1 + spend uplift)(1 + frequency uplift) − 1) × gross margin." },
        LeverText { title: "Cross-sell / upsell", what: "More customers take an add-on.", formula: "Customers × take-rate uplift × add-on margin." },
        LeverText { title: "Referrals", what: "A higher NPS means more promoters, who bring new customers.", formula: "Customers × NPS uplift (read as extra promoters) × referrals per promoter × value of a referred customer." },
        LeverText { title: "Cost to serve", what: "Fewer support contacts when things just work.", formula: "Customers × support contacts per customer × cost per contact × contact reduction." },
        LeverText { title: "Price premium", what: "Customers pay more for a better experience.", formula: "Customers × revenue per customer × price premium (all margin: the product costs the same)." },
        LeverText { title: "Journey conversion", what: "More visitors convert at a touchpoint such as checkout.", formula: "Visitors × conversion uplift × margin per conversion." },
        LeverText { title: "Employee experience", what: "Fewer staff leave, so less is spent replacing them.", formula: "Employees × staff turnover × turnover reduction × replacement cost." },
    ],
    lever_on: "Include this lever",
    lever_result: "Risk-adjusted benefit (present value)",
    lever_share: "of all benefits",
    show_formula: "Show the formula",
    low: "Low",
    likely: "Likely",
    high: "High",
    risk_adjusted: "Risk-adjusted",
    unadjusted: "Unadjusted",
    scenarios: "Scenarios",
    scenario_names: ["Conservative", "Likely", "Optimistic"],
    scenario_note: "Conservative uses every lever's low values and 10 more points of risk on benefits and costs; likely and optimistic use the likely and high values.",
    by_year_title: "Benefits by lever, costs and cumulative net cash flow by year (risk-adjusted)",
    costs: "Costs",
    benefits: "Benefits",
    net: "Net",
    waterfall_title: "From benefits to NPV (present values, risk-adjusted)",
    case_convention: "Each lever gives an annual run-rate benefit; in year t it is realised by the ramp-up factor (the share of year t after ramp-up, as in the payback calculator). TEI risk adjustment: each lever's benefits × (1 − its risk), costs × (1 + cost risk). One-off costs fall in year 0 (not discounted), annual costs and benefits in years 1..n, discounted by (1+d)ᵗ. NPV = PV benefits − PV costs; ROI = NPV ÷ PV costs; payback on the cumulative undiscounted net cash flow.",
    helper_link: "Work it out with a metric helper",
    metrics_title: "CX metric helpers",
    metrics_intro: "The everyday CX metrics as small calculators. Each can send its answer into the business case.",
    helpers: [
        HelperText { title: "Churn rate", what: "Customers lost ÷ customers at the start of the period." },
        HelperText { title: "Retention rate", what: "(Customers at end − new customers) ÷ customers at start." },
        HelperText { title: "Customer lifetime value", what: "Gupta & Lehmann: margin × r ÷ (1 + d − r(1+g))." },
        HelperText { title: "Average transaction size", what: "Revenue ÷ number of sales." },
        HelperText { title: "Average contract value", what: "Total contract value ÷ new customers." },
        HelperText { title: "Net Promoter Score", what: "% of answers 9–10 minus % of answers 0–6, from the count of each answer." },
        HelperText { title: "Customer satisfaction (CSAT)", what: "% of answers 4–5 on a 1–5 scale." },
        HelperText { title: "Customer effort score (CES)", what: "Average answer on a 1–7 scale (7 = very easy)." },
        HelperText { title: "Support cost per customer", what: "Support cost ÷ customers; also cost per contact and contacts per customer." },
    ],
    use_in_case: "Use in business case",
    sent_to_case: "Sent to the business case.",
    sources_title: "Sources and evidence",
    sources_intro: "Every default and benchmark this calculator shows, with its source and how strong that evidence is.",
    grade_peer_reviewed: "Peer-reviewed",
    grade_analyst_study: "Analyst study",
    grade_vendor_survey: "Vendor survey",
    grade_industry_claim: "Industry claim",
    grade_illustrative: "Illustrative",
    growth_5x: SourceText {
        claim: "Companies with excellent customer experience grow revenue 5× faster than those with poor CX.",
        source: "Cited by QuestionPro (attributed to Forrester CX research)",
        grade: Grade::IndustryClaim,
        caveat: "Secondary citation; correlation across companies, not the effect of one investment.",
    },
    growth_17: SourceText {
        claim: "CX leaders are 17% more likely to grow consistently year on year.",
        source: "Cited by QuestionPro",
        grade: Grade::IndustryClaim,
        caveat: "Secondary citation; primary study not public.",
    },
    reputation_68: SourceText {
        claim: "A 68% chance of improving online reputation within five years.",
        source: "Cited by QuestionPro",
        grade: Grade::IndustryClaim,
        caveat: "Secondary citation; primary study not public.",
    },
    engaged_15: SourceText {
        claim: "Companies with better CX have 1.5× more engaged employees.",
        source: "Cited by QuestionPro",
        grade: Grade::IndustryClaim,
        caveat: "Secondary citation; engagement is not turnover — the employee lever uses your own figures.",
    },
    managers_40: SourceText {
        claim: "Managers underestimate by 40% how far satisfaction drives complaints and loyalty.",
        source: "Academy of Marketing Science (as cited by QuestionPro)",
        grade: Grade::PeerReviewed,
        caveat: "Cited second-hand; read the paper before quoting the figure.",
    },
    nps_source: SourceText {
        claim: "Net Promoter Score = % promoters (9–10) − % detractors (0–6).",
        source: "Reichheld, \"The One Number You Need to Grow\", Harvard Business Review (2003)",
        grade: Grade::AnalystStudy,
        caveat: "A definition; reading an NPS rise as more promoters (detractors unchanged) is this calculator's assumption.",
    },
    illustrative: SourceText {
        claim: "Industry preset values and the business case's default inputs.",
        source: "ROX Calculator",
        grade: Grade::Illustrative,
        caveat: "Orders of magnitude to start from, not published benchmarks: replace them with your own data.",
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
    problem_ces_range: "Enter an effort score from 1 to 7.",
};
