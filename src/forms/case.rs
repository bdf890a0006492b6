//! The business-case form: every field of the ROX business case with its unit and default (the
//! "likely" case of a mid-sized subscription business), the lever switches, and the industry
//! presets that fill defaults.

use super::{field, position, FieldSpec, Model, Unit};
use crate::finance::business_case::{business_case, BusinessCaseInput, BusinessCaseResult, Company, Costs, Levers, Range};
use crate::finance::{InputError, Problem};

/// A low / likely / high triple of fields sharing one label.
macro_rules! range {
    ($lever:literal, $name:literal, $unit:expr, $low:literal, $likely:literal, $high:literal) => {
        [
            field(concat!("levers.", $lever, ".", $name, ".low"), $unit, $low),
            field(concat!("levers.", $lever, ".", $name, ".likely"), $unit, $likely),
            field(concat!("levers.", $lever, ".", $name, ".high"), $unit, $high),
        ]
    };
}

/// Flatten field groups into one `'static` list at compile time.
const fn concat_fields<const N: usize>(groups: &[&[FieldSpec]]) -> [FieldSpec; N] {
    let mut out = [field("", Unit::Count, ""); N];
    let (mut g, mut n) = (0, 0);
    while g < groups.len() {
        let mut i = 0;
        while i < groups[g].len() {
            out[n] = groups[g][i];
            n += 1;
            i += 1;
        }
        g += 1;
    }
    assert!(n == N, "field count");
    out
}

const BASICS: &[FieldSpec] = &[
    field("customers", Unit::Count, "20000"),
    field("revenuePerCustomer", Unit::Money, "1200"),
    field("grossMargin", Unit::Percent, "60"),
    field("retentionRate", Unit::Percent, "85"),
    // Survey baselines recorded with the case (from the CSAT and CES helpers); no lever uses
    // them, so they are context, checked for range but not in the math.
    field("baseline.csat", Unit::Score, "75"),
    field("baseline.ces", Unit::Score, "5"),
    field("years", Unit::Years, "3"),
    field("rampUpMonths", Unit::Months, "6"),
    field("discountRate", Unit::Percent, "10"),
    field("costs.oneOff", Unit::Money, "250000"),
    field("costs.annual", Unit::Money, "150000"),
    field("costs.risk", Unit::Percent, "10"),
];

// Default risk by the strength of each lever's evidence (TEI practice: 10% for benefits backed
// by strong or own operational data, 15% for moderate, 20% for weak evidence).
const RETENTION: &[FieldSpec] = &[field("levers.retention.risk", Unit::Percent, "10")];
const RETENTION_RANGE: [FieldSpec; 3] = range!("retention", "retentionUplift", Unit::Points, "1", "2", "4");
const SPEND: &[FieldSpec] = &[
    field("levers.spend.risk", Unit::Percent, "15"),
    field("levers.spend.averageTransactionSize", Unit::Money, "100"),
    field("levers.spend.transactionsPerCustomer", Unit::PerYear, "12"),
];
const SPEND_RANGE: [FieldSpec; 3] = range!("spend", "spendUplift", Unit::Percent, "1", "2", "4");
const FREQUENCY_RANGE: [FieldSpec; 3] = range!("spend", "frequencyUplift", Unit::Percent, "0", "1", "3");
const CROSS_SELL: &[FieldSpec] = &[field("levers.crossSell.risk", Unit::Percent, "15"), field("levers.crossSell.addonMargin", Unit::Money, "150")];
const CROSS_SELL_RANGE: [FieldSpec; 3] = range!("crossSell", "takeRateUplift", Unit::Points, "1", "2", "4");
const REFERRALS: &[FieldSpec] = &[
    field("levers.referrals.risk", Unit::Percent, "20"),
    field("levers.referrals.currentNps", Unit::NpsPoints, "20"),
    field("levers.referrals.referralsPerPromoter", Unit::PerYear, "0.1"),
    field("levers.referrals.referredCustomerValue", Unit::Money, "3000"),
];
const REFERRALS_RANGE: [FieldSpec; 3] = range!("referrals", "npsUplift", Unit::NpsPoints, "2", "5", "10");
const COST_TO_SERVE: &[FieldSpec] = &[
    field("levers.costToServe.risk", Unit::Percent, "10"),
    field("levers.costToServe.contactsPerCustomer", Unit::PerYear, "2"),
    field("levers.costToServe.costPerContact", Unit::Money, "8"),
];
const COST_TO_SERVE_RANGE: [FieldSpec; 3] = range!("costToServe", "contactReduction", Unit::Percent, "5", "10", "20");
const PRICE_PREMIUM: &[FieldSpec] = &[field("levers.pricePremium.risk", Unit::Percent, "20")];
const PRICE_PREMIUM_RANGE: [FieldSpec; 3] = range!("pricePremium", "premium", Unit::Percent, "0", "1", "3");
const CONVERSION: &[FieldSpec] = &[
    field("levers.conversion.risk", Unit::Percent, "15"),
    field("levers.conversion.visitors", Unit::PerYear, "200000"),
    field("levers.conversion.marginPerConversion", Unit::Money, "60"),
];
const CONVERSION_RANGE: [FieldSpec; 3] = range!("conversion", "conversionUplift", Unit::Points, "0.1", "0.2", "0.5");
const EMPLOYEE: &[FieldSpec] = &[
    field("levers.employee.risk", Unit::Percent, "20"),
    field("levers.employee.employees", Unit::People, "80"),
    field("levers.employee.staffTurnover", Unit::Percent, "25"),
    field("levers.employee.replacementCost", Unit::Money, "20000"),
];
const EMPLOYEE_RANGE: [FieldSpec; 3] = range!("employee", "turnoverReduction", Unit::Percent, "5", "10", "20");

const ALL_FIELDS: [FieldSpec; 60] = concat_fields(&[
    BASICS,
    RETENTION,
    &RETENTION_RANGE,
    SPEND,
    &SPEND_RANGE,
    &FREQUENCY_RANGE,
    CROSS_SELL,
    &CROSS_SELL_RANGE,
    REFERRALS,
    &REFERRALS_RANGE,
    COST_TO_SERVE,
    &COST_TO_SERVE_RANGE,
    PRICE_PREMIUM,
    &PRICE_PREMIUM_RANGE,
    CONVERSION,
    &CONVERSION_RANGE,
    EMPLOYEE,
    &EMPLOYEE_RANGE,
]);

/// Field `$key`'s value, its index found at compile time (an unknown key fails the build).
macro_rules! at {
    ($v:expr, $key:expr) => {{
        const I: usize = position(&ALL_FIELDS, $key);
        $v[I]
    }};
}

/// The low / likely / high triple whose first field is `$base.low`.
macro_rules! range_at {
    ($v:expr, $base:literal) => {{
        const I: usize = position(&ALL_FIELDS, concat!($base, ".low"));
        Range::new($v[I], $v[I + 1], $v[I + 2])
    }};
}

pub static BUSINESS_CASE: Model<BusinessCaseResult> = Model {
    fields: &ALL_FIELDS,
    switches: &[
        ("levers.retention.enabled", true),
        ("levers.spend.enabled", true),
        ("levers.crossSell.enabled", true),
        ("levers.referrals.enabled", true),
        ("levers.costToServe.enabled", true),
        ("levers.pricePremium.enabled", false),
        ("levers.conversion.enabled", true),
        ("levers.employee.enabled", false),
        // Revenue per customer typed per month (×12 a year); shared with retention.
        ("revenuePerMonth", false),
    ],
    run: run_business_case,
};

fn run_business_case(values: &[f64], switches: &[bool]) -> Result<BusinessCaseResult, InputError> {
    business_case(&case_input(values, switches)?)
}

/// The business case's model input from the form's values (model units, `fields` order) and
/// switches: what `BUSINESS_CASE` runs, and what the tornado, the simulation and goal seek take.
/// Inlined: the page runs it only inside the model, where a call of its own costs first-load bytes.
#[inline(always)]
pub fn case_input(values: &[f64], switches: &[bool]) -> Result<BusinessCaseInput, InputError> {
    let v: &[f64; ALL_FIELDS.len()] = values.try_into().map_err(|_| InputError::new("input", Problem::LengthMismatch))?;
    let csat = at!(v, "baseline.csat");
    if !(0.0..=100.0).contains(&csat) {
        return Err(InputError::new("baseline.csat", Problem::PercentRange));
    }
    let ces = at!(v, "baseline.ces");
    if !(1.0..=7.0).contains(&ces) {
        return Err(InputError::new("baseline.ces", Problem::CesRange));
    }
    // The switches are the levers' in `Lever::ALL` order (a test checks it).
    let mut enabled = [false; 8];
    for (on, &s) in enabled.iter_mut().zip(switches) {
        *on = s;
    }
    Ok(BusinessCaseInput {
        company: Company {
            customers: at!(v, "customers"),
            revenue_per_customer: at!(v, "revenuePerCustomer") * super::per_year(switches.get(8)),
            gross_margin: at!(v, "grossMargin"),
            retention_rate: at!(v, "retentionRate"),
        },
        levers: Levers {
            enabled,
            risk: [
                at!(v, "levers.retention.risk"),
                at!(v, "levers.spend.risk"),
                at!(v, "levers.crossSell.risk"),
                at!(v, "levers.referrals.risk"),
                at!(v, "levers.costToServe.risk"),
                at!(v, "levers.pricePremium.risk"),
                at!(v, "levers.conversion.risk"),
                at!(v, "levers.employee.risk"),
            ],
            retention_uplift: range_at!(v, "levers.retention.retentionUplift"),
            average_transaction_size: at!(v, "levers.spend.averageTransactionSize"),
            transactions_per_customer: at!(v, "levers.spend.transactionsPerCustomer"),
            spend_uplift: range_at!(v, "levers.spend.spendUplift"),
            frequency_uplift: range_at!(v, "levers.spend.frequencyUplift"),
            addon_margin: at!(v, "levers.crossSell.addonMargin"),
            take_rate_uplift: range_at!(v, "levers.crossSell.takeRateUplift"),
            current_nps: at!(v, "levers.referrals.currentNps"),
            referrals_per_promoter: at!(v, "levers.referrals.referralsPerPromoter"),
            referred_customer_value: at!(v, "levers.referrals.referredCustomerValue"),
            nps_uplift: range_at!(v, "levers.referrals.npsUplift"),
            contacts_per_customer: at!(v, "levers.costToServe.contactsPerCustomer"),
            cost_per_contact: at!(v, "levers.costToServe.costPerContact"),
            contact_reduction: range_at!(v, "levers.costToServe.contactReduction"),
            price_premium: range_at!(v, "levers.pricePremium.premium"),
            visitors: at!(v, "levers.conversion.visitors"),
            margin_per_conversion: at!(v, "levers.conversion.marginPerConversion"),
            conversion_uplift: range_at!(v, "levers.conversion.conversionUplift"),
            employees: at!(v, "levers.employee.employees"),
            staff_turnover: at!(v, "levers.employee.staffTurnover"),
            replacement_cost: at!(v, "levers.employee.replacementCost"),
            turnover_reduction: range_at!(v, "levers.employee.turnoverReduction"),
        },
        costs: Costs { one_off: at!(v, "costs.oneOff"), annual: at!(v, "costs.annual"), risk: at!(v, "costs.risk") },
        years: at!(v, "years"),
        ramp_up_months: at!(v, "rampUpMonths"),
        discount_rate: at!(v, "discountRate"),
    })
}

/// A preset's one-off CX investment as a share of the company's annual revenue.
pub const ONE_OFF_SHARE: f64 = 0.012;
/// A preset's yearly CX running cost as a share of the company's annual revenue.
pub const ANNUAL_SHARE: f64 = 0.005;

/// The costs a preset sets in proportion to the company's annual revenue, with their shares.
pub const COST_SHARES: [(&str, f64); 2] = [("costs.oneOff", ONE_OFF_SHARE), ("costs.annual", ANNUAL_SHARE)];

/// The company's annual revenue as typed in the business-case form: customers × revenue per
/// customer (× 12 when typed per month); `None` while either is not a number.
pub fn annual_revenue(form: &dyn super::FormView) -> Option<f64> {
    let at = |key: &str| form.specs().iter().position(|f| f.key == key);
    let value = |key: &str| crate::finance::input::parse_in(form.text(at(key)?), form.notation()).ok();
    let per_month = form.switch_specs().iter().position(|s| s.0 == "revenuePerMonth").is_some_and(|j| form.switch_states()[j]);
    let revenue = value("customers")? * value("revenuePerCustomer")? * super::per_year(Some(&per_month));
    revenue.is_finite().then_some(revenue)
}

/// A cost that follows revenue: `share` of `revenue`, in whole units of currency (how the
/// presets' own costs are written).
pub fn cost_of(revenue: f64, share: f64) -> f64 {
    (revenue * share).round()
}

/// Industries with a preset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Industry {
    Saas,
    Retail,
    Telecom,
    Banking,
    Insurance,
    Hospitality,
    B2bServices,
}

impl Industry {
    pub const ALL: [Industry; 7] =
        [Industry::Saas, Industry::Retail, Industry::Telecom, Industry::Banking, Industry::Insurance, Industry::Hospitality, Industry::B2bServices];

    pub fn key(self) -> &'static str {
        match self {
            Industry::Saas => "saas",
            Industry::Retail => "retail",
            Industry::Telecom => "telecom",
            Industry::Banking => "banking",
            Industry::Insurance => "insurance",
            Industry::Hospitality => "hospitality",
            Industry::B2bServices => "b2b",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|i| i.key() == key)
    }

    /// The preset's values, typed as a person would type them. Every value here is
    /// illustrative — an order of magnitude for the industry, not a published benchmark — and
    /// the UI says so beside the preset. Costs follow one rule, in proportion to the company
    /// the preset describes: one-off `ONE_OFF_SHARE` and yearly `ANNUAL_SHARE` of its annual
    /// revenue (customers × revenue per customer); a test keeps every preset to it.
    pub fn values(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Industry::Saas => &[
                ("customers", "2000"),
                ("revenuePerCustomer", "12000"),
                ("grossMargin", "75"),
                ("retentionRate", "88"),
                ("costs.oneOff", "288000"),
                ("costs.annual", "120000"),
                ("levers.spend.averageTransactionSize", "12000"),
                ("levers.spend.transactionsPerCustomer", "1"),
                ("levers.crossSell.addonMargin", "2400"),
                ("levers.referrals.referredCustomerValue", "45000"),
                ("levers.costToServe.contactsPerCustomer", "6"),
                ("levers.costToServe.costPerContact", "25"),
                ("levers.conversion.visitors", "50000"),
                ("levers.conversion.marginPerConversion", "900"),
                ("levers.employee.employees", "120"),
                ("levers.employee.staffTurnover", "15"),
                ("levers.employee.replacementCost", "30000"),
            ],
            Industry::Retail => &[
                ("customers", "150000"),
                ("revenuePerCustomer", "300"),
                ("grossMargin", "35"),
                ("retentionRate", "60"),
                ("costs.oneOff", "540000"),
                ("costs.annual", "225000"),
                ("levers.spend.averageTransactionSize", "50"),
                ("levers.spend.transactionsPerCustomer", "6"),
                ("levers.crossSell.addonMargin", "20"),
                ("levers.referrals.referredCustomerValue", "200"),
                ("levers.costToServe.contactsPerCustomer", "0.5"),
                ("levers.costToServe.costPerContact", "6"),
                ("levers.conversion.visitors", "3000000"),
                ("levers.conversion.marginPerConversion", "18"),
                ("levers.employee.employees", "400"),
                ("levers.employee.staffTurnover", "50"),
                ("levers.employee.replacementCost", "4000"),
            ],
            Industry::Telecom => &[
                ("customers", "500000"),
                ("revenuePerCustomer", "480"),
                ("grossMargin", "55"),
                ("retentionRate", "82"),
                ("costs.oneOff", "2880000"),
                ("costs.annual", "1200000"),
                ("levers.spend.averageTransactionSize", "40"),
                ("levers.spend.transactionsPerCustomer", "12"),
                ("levers.crossSell.addonMargin", "60"),
                ("levers.referrals.referredCustomerValue", "900"),
                ("levers.costToServe.contactsPerCustomer", "1.5"),
                ("levers.costToServe.costPerContact", "7"),
                ("levers.conversion.visitors", "2000000"),
                ("levers.conversion.marginPerConversion", "120"),
                ("levers.employee.employees", "1500"),
                ("levers.employee.staffTurnover", "30"),
                ("levers.employee.replacementCost", "8000"),
            ],
            Industry::Banking => &[
                ("customers", "300000"),
                ("revenuePerCustomer", "600"),
                ("grossMargin", "50"),
                ("retentionRate", "90"),
                ("costs.oneOff", "2160000"),
                ("costs.annual", "900000"),
                ("levers.spend.averageTransactionSize", "600"),
                ("levers.spend.transactionsPerCustomer", "1"),
                ("levers.crossSell.addonMargin", "150"),
                ("levers.referrals.referredCustomerValue", "2500"),
                ("levers.costToServe.contactsPerCustomer", "2"),
                ("levers.costToServe.costPerContact", "9"),
                ("levers.conversion.visitors", "1000000"),
                ("levers.conversion.marginPerConversion", "200"),
                ("levers.employee.employees", "2000"),
                ("levers.employee.staffTurnover", "15"),
                ("levers.employee.replacementCost", "25000"),
            ],
            Industry::Insurance => &[
                ("customers", "200000"),
                ("revenuePerCustomer", "900"),
                ("grossMargin", "25"),
                ("retentionRate", "85"),
                ("costs.oneOff", "2160000"),
                ("costs.annual", "900000"),
                ("levers.spend.averageTransactionSize", "900"),
                ("levers.spend.transactionsPerCustomer", "1"),
                ("levers.crossSell.addonMargin", "80"),
                ("levers.referrals.referredCustomerValue", "1200"),
                ("levers.costToServe.contactsPerCustomer", "1.2"),
                ("levers.costToServe.costPerContact", "12"),
                ("levers.conversion.visitors", "800000"),
                ("levers.conversion.marginPerConversion", "150"),
                ("levers.employee.employees", "900"),
                ("levers.employee.staffTurnover", "14"),
                ("levers.employee.replacementCost", "20000"),
            ],
            Industry::Hospitality => &[
                ("customers", "80000"),
                ("revenuePerCustomer", "700"),
                ("grossMargin", "30"),
                ("retentionRate", "45"),
                ("costs.oneOff", "672000"),
                ("costs.annual", "280000"),
                ("levers.spend.averageTransactionSize", "350"),
                ("levers.spend.transactionsPerCustomer", "2"),
                ("levers.crossSell.addonMargin", "40"),
                ("levers.referrals.referredCustomerValue", "300"),
                ("levers.costToServe.contactsPerCustomer", "1"),
                ("levers.costToServe.costPerContact", "5"),
                ("levers.conversion.visitors", "1500000"),
                ("levers.conversion.marginPerConversion", "70"),
                ("levers.employee.employees", "600"),
                ("levers.employee.staffTurnover", "70"),
                ("levers.employee.replacementCost", "5000"),
            ],
            Industry::B2bServices => &[
                ("customers", "400"),
                ("revenuePerCustomer", "60000"),
                ("grossMargin", "40"),
                ("retentionRate", "85"),
                ("costs.oneOff", "288000"),
                ("costs.annual", "120000"),
                ("levers.spend.averageTransactionSize", "60000"),
                ("levers.spend.transactionsPerCustomer", "1"),
                ("levers.crossSell.addonMargin", "8000"),
                ("levers.referrals.referredCustomerValue", "120000"),
                ("levers.costToServe.contactsPerCustomer", "20"),
                ("levers.costToServe.costPerContact", "40"),
                ("levers.conversion.visitors", "20000"),
                ("levers.conversion.marginPerConversion", "5000"),
                ("levers.employee.employees", "250"),
                ("levers.employee.staffTurnover", "18"),
                ("levers.employee.replacementCost", "35000"),
            ],
        }
    }
}

/// The levers of `industry`'s preset: what the guards compare a case that started from it with.
pub fn preset_levers(industry: Industry) -> Option<crate::finance::business_case::Levers> {
    let mut form = super::Form::new(&BUSINESS_CASE);
    form.apply(industry.values());
    Some(case_input(&form.values()?, super::FormView::switch_states(&form)).ok()?.levers)
}

/// The credibility guards (`finance::checks::guards`) that the business case in `form` sets
/// off, a case that started from a preset checked against that preset's levers (`preset`, from
/// `preset_levers`, which the caller works out once); none while a field is not a number. One
/// list for every place that shows them: the headline of the business case, the uncertainty
/// panel's details and the printed report.
pub fn firing_guards(form: &super::Form<BusinessCaseResult>, preset: Option<&crate::finance::business_case::Levers>) -> Vec<crate::finance::checks::Guard> {
    let Some(values) = form.values() else { return Vec::new() };
    let Ok(input) = case_input(&values, super::FormView::switch_states(form)) else { return Vec::new() };
    let Ok(result) = business_case(&input) else { return Vec::new() };
    crate::finance::checks::guards(&input, &result, preset)
}

/// Goal seek on any numeric input of the business case: the value of field `key` at which the
/// case meets `target`, every other value as in `values` (model units, `fields` order) and
/// `switches`. Bounds: the finance core's where it has them (company facts, costs, discount
/// rate, ramp-up, each lever's likely value), else by unit — amounts, counts and yearly numbers
/// 0 to 10¹², percentages and points 0–100%, NPS −100 to 100, CSAT 0–100, CES 1–7. A lever's
/// low, likely and high stay in order: the other two move along when the one sought passes them.
/// The horizon (whole years) is not sought; neither is a field the case does not have.
pub fn seek_field(values: &[f64], switches: &[bool], key: &str, target: crate::finance::goal::Target) -> Result<crate::finance::goal::Seek, InputError> {
    use crate::finance::goal::{bisect, bounds, miss};
    let case = case_input(values, switches)?;
    business_case(&case)?;
    let i = BUSINESS_CASE.fields.iter().position(|f| f.key == key && key != "years").ok_or(InputError::new("field", Problem::NotANumber))?;
    let (lo, hi) = bounds(&case, key).unwrap_or(match (key, BUSINESS_CASE.fields[i].unit) {
        ("baseline.csat", _) => (0.0, 100.0),
        ("baseline.ces", _) => (1.0, 7.0),
        (_, Unit::Percent | Unit::Points) => (0.0, 1.0),
        (_, Unit::NpsPoints) => (-1.0, 1.0),
        (_, Unit::Months) => (0.0, 120.0),
        (_, Unit::Multiple) => (0.0, 1e3),
        _ => (0.0, 1e12),
    });
    // The other two of a lever's low / likely / high, and how each must stay beside the one sought.
    let triple = ["low", "likely", "high"].into_iter().position(|end| key.rsplit('.').next() == Some(end)).map(|k| {
        let base = &key[..key.rfind('.').unwrap_or(0)];
        let at = |end: &str| BUSINESS_CASE.fields.iter().position(|f| f.key.strip_prefix(base).and_then(|r| r.strip_prefix('.')) == Some(end));
        (k, [at("low"), at("likely"), at("high")])
    });
    let mut trial = values.to_vec();
    Ok(bisect(lo, hi, |v: f64| {
        trial.copy_from_slice(values);
        trial[i] = v;
        if let Some((k, [Some(l), Some(m), Some(h)])) = triple {
            let idx = [l, m, h];
            for (j, &other) in idx.iter().enumerate() {
                if j < k {
                    trial[other] = trial[other].min(v);
                } else if j > k {
                    trial[other] = trial[other].max(v);
                }
            }
        }
        let s = business_case(&case_input(&trial, switches).ok()?).ok()?.risk_adjusted;
        miss(&s, target)
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finance::business_case::{enabled_key, risk_key, Lever};
    use crate::forms::Form;

    #[test]
    fn goal_seek_reaches_any_numeric_input() {
        use crate::finance::goal::{Seek, Target};
        let form = Form::new(&BUSINESS_CASE);
        let (values, switches) = (form.values().unwrap(), crate::forms::FormView::switch_states(&form).to_vec());
        let npv_with = |vals: &[f64]| business_case(&case_input(vals, &switches).unwrap()).unwrap().risk_adjusted.npv;
        let at = |key: &str| BUSINESS_CASE.fields.iter().position(|f| f.key == key).unwrap();
        // A lever's risk adjustment, which the finance core's own goal seek does not take.
        let target = npv_with(&values) - 1000.0;
        let Seek::Found { value } = seek_field(&values, &switches, "levers.spend.risk", Target::Npv(target)).unwrap() else { panic!("reachable") };
        let mut v = values.clone();
        v[at("levers.spend.risk")] = value;
        assert!((npv_with(&v) - target).abs() < 0.5);
        // A range's low end carries likely and high along past them.
        let likely = values[at("levers.retention.retentionUplift.likely")];
        let Seek::Found { value } = seek_field(&values, &switches, "levers.retention.retentionUplift.low", Target::Npv(npv_with(&values) * 1.5)).unwrap()
        else {
            panic!("reachable")
        };
        assert!(value > likely, "the low end carried the likely value along: {value} vs {likely}");
        assert_eq!(seek_field(&values, &switches, "years", Target::Npv(0.0)).unwrap_err().field, "field");
        assert_eq!(seek_field(&values, &switches, "nope", Target::Npv(0.0)).unwrap_err().field, "field");
    }

    #[test]
    fn defaults_compute_and_every_lever_has_a_switch() {
        let form = Form::new(&BUSINESS_CASE);
        assert!(!form.is_stale(), "{:?}", form.problem("customers"));
        let r = form.result().unwrap();
        assert_eq!(r.years.len(), 4);
        assert!(r.risk_adjusted.npv.is_finite());
        for (i, lever) in Lever::ALL.into_iter().enumerate() {
            assert_eq!(BUSINESS_CASE.switches[i].0, enabled_key(lever), "switches in lever order");
            assert!(BUSINESS_CASE.fields.iter().any(|f| f.key == risk_key(lever)));
        }
    }

    #[test]
    fn every_preset_key_is_a_field_and_every_preset_computes() {
        for industry in Industry::ALL {
            let mut form = Form::new(&BUSINESS_CASE);
            for (key, _) in industry.values() {
                assert!(form.index(key).is_some(), "{key}");
            }
            form.apply(industry.values());
            assert!(!form.is_stale(), "{industry:?}");
            assert_eq!(Industry::from_key(industry.key()), Some(industry));
        }
    }

    #[test]
    fn the_guards_that_fire_are_listed_once_for_every_page() {
        use crate::finance::checks::Guard;
        let mut form = Form::new(&BUSINESS_CASE);
        // The defaults: retention with referrals and spend with cross-sell.
        assert_eq!(firing_guards(&form, None), vec![Guard::LifetimeValueTwice, Guard::PurchasesTwice]);
        form.apply(Industry::Telecom.values());
        form.set_by_key("costs.oneOff", "1000".into());
        form.set_by_key("costs.annual", "1000".into());
        form.set_by_key("levers.spend.spendUplift.likely", "9".into());
        form.set_by_key("levers.spend.spendUplift.high", "9".into());
        let fired = firing_guards(&form, preset_levers(Industry::Telecom).as_ref());
        for g in [Guard::RoiAboveCeiling, Guard::PaybackUnderAMonth, Guard::AbovePresetHigh("levers.spend.spendUplift.likely")] {
            assert!(fired.contains(&g), "{g:?} in {fired:?}");
        }
        assert!(!firing_guards(&form, None).iter().any(|g| matches!(g, Guard::AbovePresetHigh(_))), "no preset, nothing to be above");
        form.set_by_key("customers", "x".into());
        assert!(firing_guards(&form, preset_levers(Industry::Telecom).as_ref()).is_empty(), "nothing while a field is not a number");
    }

    #[test]
    fn switching_levers_changes_the_result() {
        let mut form = Form::new(&BUSINESS_CASE);
        let before = form.result().unwrap().risk_adjusted.pv_benefits;
        form.set_switch("levers.employee.enabled", true);
        assert!(form.result().unwrap().risk_adjusted.pv_benefits > before);
        for lever in Lever::ALL {
            form.set_switch(enabled_key(lever), false);
        }
        assert_eq!(form.result().unwrap().risk_adjusted.pv_benefits, 0.0);
    }

    #[test]
    fn every_preset_costs_in_proportion_and_lands_where_published_tei_studies_do() {
        for ind in Industry::ALL {
            let v = |k: &str| ind.values().iter().find(|(key, _)| *key == k).map(|(_, v)| v.parse::<f64>().unwrap()).unwrap();
            let revenue = v("customers") * v("revenuePerCustomer");
            assert_eq!(v("costs.oneOff"), (revenue * ONE_OFF_SHARE).round(), "{ind:?} one-off");
            assert_eq!(v("costs.annual"), (revenue * ANNUAL_SHARE).round(), "{ind:?} yearly");
            let mut form = Form::new(&BUSINESS_CASE);
            form.apply(ind.values());
            let a = &form.result().unwrap().risk_adjusted;
            let (roi, payback) = (a.roi.unwrap(), a.payback_months.unwrap());
            // TEI studies' risk-adjusted ROI runs roughly 50–500%, payback 3–24 months.
            assert!((0.5..=5.0).contains(&roi), "{ind:?}: ROI {roi}");
            assert!((3.0..=24.0).contains(&payback), "{ind:?}: payback {payback} months");
            assert!(a.irr.is_some(), "{ind:?}: an IRR");
        }
    }
}
