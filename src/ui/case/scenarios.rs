//! Conservative / likely / optimistic side by side (risk-adjusted).

use super::super::context::use_ui;
use super::super::format::{raw, Style};
use crate::finance::business_case::BusinessCaseResult;
use crate::finance::cashflow::CashflowSummary;
use std::rc::Rc;
use yew::prelude::*;

/// One row of the scenario table: label, test key, number style, the figure, its unit (if any),
/// text when it is missing.
type Row = (&'static str, &'static str, Style, fn(&CashflowSummary) -> Option<f64>, Option<&'static str>, &'static str);

#[derive(Properties, PartialEq)]
pub struct ScenarioTableProps {
    pub result: Rc<BusinessCaseResult>,
}

#[component]
pub fn ScenarioTable(props: &ScenarioTableProps) -> Html {
    let ui = use_ui();
    let t = ui.t;
    let num = &ui.num;
    let rows: [Row; 6] = [
        (t.npv, "npv", Style::Money, |s| Some(s.npv), None, t.not_available),
        (t.roi, "roi", Style::Percent, |s| s.roi, None, t.not_available),
        (t.irr, "irr", Style::Percent, |s| s.irr, None, t.not_available),
        (t.payback_months, "paybackMonths", Style::Decimal(1), |s| s.payback_months, Some(t.months), t.never),
        (t.pv_benefits, "pvBenefits", Style::Money, |s| Some(s.pv_benefits), None, t.not_available),
        (t.pv_costs, "pvCosts", Style::Money, |s| Some(s.pv_costs), None, t.not_available),
    ];
    let rows = rows.into_iter().map(|(label, key, style, pick, unit, missing)| {
        let cells = props.result.scenarios.iter().zip(["conservative", "likely", "optimistic"]).map(|(s, name)| {
            let v = pick(&s.summary);
            html! {
                <td data-testid={["scenario-", name, "-", key].concat()} data-value={raw(v)}>
                    { v.map_or_else(|| missing.to_owned(), |v| match unit {
                        Some(unit) => [num.fmt(style, v).as_str(), " ", unit].concat(),
                        None => num.fmt(style, v),
                    }) }
                </td>
            }
        });
        html! { <tr key={key}><th scope="row">{ label }</th>{ for cells }</tr> }
    });
    html! {
        <div class="table-wrap" tabindex="0" role="region" aria-label={t.scenarios}>
            <table class="year-table scenarios" data-testid="scenarios">
                <caption>{ t.scenarios }</caption>
                <thead><tr><td></td>{ for t.scenario_names.iter().map(|name| html! { <th scope="col">{ *name }</th> }) }</tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            <p class="help">{ t.scenario_note }</p>
        </div>
    }
}
