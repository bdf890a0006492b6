//! The CX metric helpers' forms: each a small calculator on its own, and what its result sends
//! into the business case (field key, value in the units a person types there).

use super::{field, FieldSpec, Model, Unit};
use crate::finance::clv::clv;
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

/// A helper's form as its card sees it: inputs plus the answer.
pub trait HelperView: super::FormView {
    fn answer(&self) -> Option<&Answer>;
}

impl<M: Model<Output = Answer>> HelperView for super::Form<M> {
    fn answer(&self) -> Option<&Answer> {
        self.result().map(|rc| &**rc)
    }
}

fn answer(value: f64, unit: Unit, sends: Vec<(&'static str, f64)>) -> Answer {
    Answer { value, unit, sends }
}

macro_rules! helper {
    ($name:ident, [$($field:expr),* $(,)?], |$v:ident| $body:expr) => {
        pub struct $name;
        impl Model for $name {
            type Output = Answer;
            const FIELDS: &'static [FieldSpec] = &[$($field),*];
            fn run($v: &[f64], _: &[bool]) -> Result<Answer, InputError> {
                $body
            }
        }
    };
}

helper!(Churn, [field("lost", Unit::Count, "300"), field("start", Unit::Count, "2000")], |v| {
    let churn = churn_rate(v[0], v[1])?;
    Ok(answer(churn, Unit::Percent, vec![("retentionRate", 100.0 * (1.0 - churn))]))
});

helper!(RetentionRate, [
    field("start", Unit::Count, "2000"),
    field("end", Unit::Count, "2100"),
    field("new", Unit::Count, "400"),
], |v| {
    let r = retention_rate(v[0], v[1], v[2])?;
    Ok(answer(r, Unit::Percent, vec![("retentionRate", 100.0 * r)]))
});

helper!(Clv, [
    field("annualMargin", Unit::Money, "500"),
    field("retentionRate", Unit::Percent, "85"),
    field("discountRate", Unit::Percent, "10"),
    field("marginGrowth", Unit::Percent, "0"),
], |v| {
    // Percent fields arrive as fractions already (the form scales them).
    let value = clv(v[0], v[1], v[2], v[3])?;
    Ok(answer(value, Unit::Money, vec![("levers.referrals.referredCustomerValue", value)]))
});

helper!(TransactionSize, [field("revenue", Unit::Money, "250000"), field("sales", Unit::Count, "5000")], |v| {
    let value = average_transaction_size(v[0], v[1])?;
    Ok(answer(value, Unit::Money, vec![("levers.spend.averageTransactionSize", value)]))
});

helper!(ContractValue, [field("contractValue", Unit::Money, "900000"), field("newCustomers", Unit::Count, "30")], |v| {
    let value = average_contract_value(v[0], v[1])?;
    Ok(answer(value, Unit::Money, vec![
        ("levers.spend.averageTransactionSize", value),
        ("levers.spend.transactionsPerCustomer", 1.0),
    ]))
});

helper!(Nps, [
    field("counts.0", Unit::Count, "3"), field("counts.1", Unit::Count, "2"), field("counts.2", Unit::Count, "3"),
    field("counts.3", Unit::Count, "4"), field("counts.4", Unit::Count, "5"), field("counts.5", Unit::Count, "8"),
    field("counts.6", Unit::Count, "10"), field("counts.7", Unit::Count, "20"), field("counts.8", Unit::Count, "25"),
    field("counts.9", Unit::Count, "30"), field("counts.10", Unit::Count, "40"),
], |v| {
    let value = nps(v)?;
    Ok(answer(value, Unit::Score, vec![("levers.referrals.currentNps", value)]))
});

helper!(Csat, [
    field("counts.1", Unit::Count, "5"), field("counts.2", Unit::Count, "10"), field("counts.3", Unit::Count, "20"),
    field("counts.4", Unit::Count, "40"), field("counts.5", Unit::Count, "25"),
], |v| {
    // CSAT is recorded as context with the case: it has no lever of its own.
    let value = csat(v)?;
    Ok(answer(value, Unit::Score, vec![("baseline.csat", value)]))
});

helper!(Ces, [
    field("counts.1", Unit::Count, "2"), field("counts.2", Unit::Count, "3"), field("counts.3", Unit::Count, "5"),
    field("counts.4", Unit::Count, "10"), field("counts.5", Unit::Count, "20"), field("counts.6", Unit::Count, "30"),
    field("counts.7", Unit::Count, "30"),
], |v| {
    let value = ces(v)?;
    Ok(answer(value, Unit::Score, vec![("baseline.ces", value)]))
});

helper!(SupportCost, [
    field("supportCost", Unit::Money, "400000"),
    field("customers", Unit::Count, "20000"),
    field("contacts", Unit::Count, "50000"),
], |v| {
    let per_customer = support_cost_per_customer(v[0], v[1])?;
    let per_contact = average_transaction_size(v[0], v[2]).map_err(|e| InputError::new("contacts", e.problem))?;
    Ok(answer(per_customer, Unit::Money, vec![
        ("levers.costToServe.contactsPerCustomer", v[2] / v[1]),
        ("levers.costToServe.costPerContact", per_contact),
    ]))
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forms::case::BusinessCase;
    use crate::forms::Form;

    fn sends_land<M: Model<Output = Answer>>() {
        let form = Form::<M>::default();
        let a = form.result().expect("defaults compute");
        let mut case = Form::<BusinessCase>::default();
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
        sends_land::<Churn>();
        sends_land::<RetentionRate>();
        sends_land::<Clv>();
        sends_land::<TransactionSize>();
        sends_land::<ContractValue>();
        sends_land::<Nps>();
        sends_land::<Csat>();
        sends_land::<Ces>();
        sends_land::<SupportCost>();
    }

    #[test]
    fn hand_checked_answers() {
        assert_eq!(Form::<Churn>::default().result().unwrap().value, 0.15);
        // (2 100 − 400) / 2 000 = 85%.
        assert_eq!(Form::<RetentionRate>::default().result().unwrap().value, 0.85);
        assert_eq!(Form::<SupportCost>::default().result().unwrap().value, 20.0);
        // 500 · 0.85 / (1.10 − 0.85) = 1 700.
        assert!((Form::<Clv>::default().result().unwrap().value - 1_700.0).abs() < 1e-9);
        // 150 answers: promoters 70, detractors 35 → NPS 23.33.
        let nps = Form::<Nps>::default().result().unwrap().value;
        assert!((nps - 100.0 * 35.0 / 150.0).abs() < 1e-9);
    }
}
