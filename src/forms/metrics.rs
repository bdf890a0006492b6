//! The CX metric helpers' forms: each a small calculator on its own, and what its result sends
//! into the business case (field key, value in the units a person types there).

use super::{field, Form, Model, Unit};
use crate::finance::clv::clv;
use crate::finance::input::Notation;
use crate::finance::metrics::*;
use crate::finance::InputError;

/// A helper's answer and the business-case fields it can fill.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    pub value: f64,
    pub unit: Unit,
    /// (business-case field key, value as typed there).
    pub sends: Vec<(&'static str, f64)>,
}

fn answer(value: f64, unit: Unit, sends: Vec<(&'static str, f64)>) -> Answer {
    Answer { value, unit, sends }
}

/// A helper's model: `$name`, its fields, and how its answer is worked out from them.
macro_rules! helper {
    ($name:ident, [$($field:expr),* $(,)?], |$v:ident| $body:expr) => {
        pub static $name: Model<Answer> = Model {
            fields: &[$($field),*],
            switches: &[],
            run: |$v: &[f64], _: &[bool]| -> Result<Answer, InputError> { $body },
        };
    };
}

helper!(CHURN, [field("lost", Unit::Count, "300"), field("start", Unit::Count, "2000")], |v| {
    let churn = churn_rate(v[0], v[1])?;
    Ok(answer(churn, Unit::Percent, vec![("retentionRate", 100.0 * (1.0 - churn))]))
});

helper!(RETENTION_RATE, [field("start", Unit::Count, "2000"), field("end", Unit::Count, "2100"), field("new", Unit::Count, "400"),], |v| {
    let r = retention_rate(v[0], v[1], v[2])?;
    Ok(answer(r, Unit::Percent, vec![("retentionRate", 100.0 * r)]))
});

helper!(
    CLV,
    [
        field("annualMargin", Unit::Money, "500"),
        field("retentionRate", Unit::Percent, "85"),
        field("discountRate", Unit::Percent, "10"),
        field("marginGrowth", Unit::Percent, "0"),
    ],
    |v| {
        // Percent fields arrive as fractions already (the form scales them).
        let value = clv(v[0], v[1], v[2], v[3])?;
        Ok(answer(value, Unit::Money, vec![("levers.referrals.referredCustomerValue", value)]))
    }
);

helper!(TRANSACTION_SIZE, [field("revenue", Unit::Money, "250000"), field("sales", Unit::Count, "5000")], |v| {
    let value = average_transaction_size(v[0], v[1])?;
    Ok(answer(value, Unit::Money, vec![("levers.spend.averageTransactionSize", value)]))
});

helper!(CONTRACT_VALUE, [field("contractValue", Unit::Money, "900000"), field("newCustomers", Unit::Count, "30")], |v| {
    let value = average_contract_value(v[0], v[1])?;
    Ok(answer(value, Unit::Money, vec![("levers.spend.averageTransactionSize", value), ("levers.spend.transactionsPerCustomer", 1.0)]))
});

helper!(
    NPS,
    [
        field("counts.0", Unit::Count, "3"),
        field("counts.1", Unit::Count, "2"),
        field("counts.2", Unit::Count, "3"),
        field("counts.3", Unit::Count, "4"),
        field("counts.4", Unit::Count, "5"),
        field("counts.5", Unit::Count, "8"),
        field("counts.6", Unit::Count, "10"),
        field("counts.7", Unit::Count, "20"),
        field("counts.8", Unit::Count, "25"),
        field("counts.9", Unit::Count, "30"),
        field("counts.10", Unit::Count, "40"),
    ],
    |v| {
        let value = nps(v)?;
        Ok(answer(value, Unit::Score, vec![("levers.referrals.currentNps", value)]))
    }
);

helper!(
    CSAT,
    [
        field("counts.1", Unit::Count, "5"),
        field("counts.2", Unit::Count, "10"),
        field("counts.3", Unit::Count, "20"),
        field("counts.4", Unit::Count, "40"),
        field("counts.5", Unit::Count, "25"),
    ],
    |v| {
        // CSAT is recorded as context with the case: it has no lever of its own.
        let value = csat(v)?;
        Ok(answer(value, Unit::Score, vec![("baseline.csat", value)]))
    }
);

helper!(
    CES,
    [
        field("counts.1", Unit::Count, "2"),
        field("counts.2", Unit::Count, "3"),
        field("counts.3", Unit::Count, "5"),
        field("counts.4", Unit::Count, "10"),
        field("counts.5", Unit::Count, "20"),
        field("counts.6", Unit::Count, "30"),
        field("counts.7", Unit::Count, "30"),
    ],
    |v| {
        let value = ces(v)?;
        Ok(answer(value, Unit::Score, vec![("baseline.ces", value)]))
    }
);

helper!(
    SUPPORT_COST,
    [field("supportCost", Unit::Money, "400000"), field("customers", Unit::Count, "20000"), field("contacts", Unit::PerYear, "50000"),],
    |v| {
        let per_customer = support_cost_per_customer(v[0], v[1])?;
        let per_contact = average_transaction_size(v[0], v[2]).map_err(|e| InputError::new("contacts", e.problem))?;
        Ok(answer(per_customer, Unit::Money, vec![("levers.costToServe.contactsPerCustomer", v[2] / v[1]), ("levers.costToServe.costPerContact", per_contact)]))
    }
);

/// Every helper, in the catalogue's `helpers` order.
pub static HELPERS: [&Model<Answer>; 9] = [&CHURN, &RETENTION_RATE, &CLV, &TRANSACTION_SIZE, &CONTRACT_VALUE, &NPS, &CSAT, &CES, &SUPPORT_COST];

/// Each helper's tag in links (`h0=…`), its name (its section in files, `"helpers": {"churn":
/// …}`, and its page's ids) and its form scope (its texts; what a skipped value of it names), in
/// `HELPERS` order.
pub const HELPER_TAGS: [(&str, &str, &str); 9] = [
    ("h0", "churn", "helper/churn"),
    ("h1", "retentionRate", "helper/retentionRate"),
    ("h2", "clv", "helper/clv"),
    ("h3", "transactionSize", "helper/transactionSize"),
    ("h4", "contractValue", "helper/contractValue"),
    ("h5", "nps", "helper/nps"),
    ("h6", "csat", "helper/csat"),
    ("h7", "ces", "helper/ces"),
    ("h8", "supportCost", "helper/supportCost"),
];

/// The metric helpers' forms, in `HELPERS` order: part of the scenario, so their inputs travel
/// in links, files and saved scenarios like every other input.
#[derive(Clone, PartialEq)]
pub struct Helpers(pub [Form<Answer>; 9]);

impl Helpers {
    pub fn new(n: Notation) -> Self {
        Self(HELPERS.map(|model| Form::with_notation(model, n)))
    }

    pub fn set_notation(&mut self, n: Notation) {
        for form in &mut self.0 {
            form.set_notation(n);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forms::case::BUSINESS_CASE;

    fn sends_land(model: &'static Model<Answer>) {
        let form = Form::new(model);
        let a = form.result().expect("defaults compute");
        let mut case = Form::new(&BUSINESS_CASE);
        for (key, _) in &a.sends {
            assert!(case.index(key).is_some(), "{key}");
        }
        // The defaults' answers are valid business-case inputs.
        let texts: Vec<(&str, String)> = a.sends.iter().map(|(k, v)| (*k, v.to_string())).collect();
        let pairs: Vec<(&str, &str)> = texts.iter().map(|(k, v)| (*k, v.as_str())).collect();
        case.apply(&pairs);
        assert!(!case.is_stale());
    }

    #[test]
    fn every_helper_computes_and_its_sends_are_business_case_fields() {
        sends_land(&CHURN);
        sends_land(&RETENTION_RATE);
        sends_land(&CLV);
        sends_land(&TRANSACTION_SIZE);
        sends_land(&CONTRACT_VALUE);
        sends_land(&NPS);
        sends_land(&CSAT);
        sends_land(&CES);
        sends_land(&SUPPORT_COST);
    }

    #[test]
    fn hand_checked_answers() {
        assert_eq!(Form::new(&CHURN).result().unwrap().value, 0.15);
        // (2 100 − 400) / 2 000 = 85%.
        assert_eq!(Form::new(&RETENTION_RATE).result().unwrap().value, 0.85);
        assert_eq!(Form::new(&SUPPORT_COST).result().unwrap().value, 20.0);
        // 500 · 0.85 / (1.10 − 0.85) = 1 700.
        assert!((Form::new(&CLV).result().unwrap().value - 1_700.0).abs() < 1e-9);
        // 150 answers: promoters 70, detractors 35 → NPS 23.33.
        let nps = Form::new(&NPS).result().unwrap().value;
        assert!((nps - 100.0 * 35.0 / 150.0).abs() < 1e-9);
    }
}
