//! Conservative / likely / optimistic side by side (risk-adjusted).

use super::super::format::{fmt, raw, Style};
use crate::finance::business_case::BusinessCaseResult;
use crate::finance::cashflow::CashflowSummary;
use crate::text::Texts;
use yew::prelude::*;

pub fn table(t: &Texts, r: &BusinessCaseResult) -> Html {
    let row = |label: &'static str, key: &'static str, style: Style, pick: fn(&CashflowSummary) -> Option<f64>, missing: &'static str| {
        html! {
            <tr>
                <th scope="row">{ label }</th>
                { for r.scenarios.iter().enumerate().map(|(i, s)| {
                    let v = pick(&s.summary);
                    let name = ["conservative", "likely", "optimistic"][i];
                    html! {
                        <td data-testid={format!("scenario-{name}-{key}")} data-value={raw(v)}>
                            { v.map_or_else(|| missing.to_owned(), |v| fmt(style, v)) }
                        </td>
                    }
                }) }
            </tr>
        }
    };
    html! {
        <div class="table-wrap" tabindex="0" role="region" aria-label={t.scenarios}>
            <table class="year-table scenarios" data-testid="scenarios">
                <caption>{ t.scenarios }</caption>
                <thead><tr>
                    <td></td>
                    { for t.scenario_names.iter().map(|n| html! { <th scope="col">{ *n }</th> }) }
                </tr></thead>
                <tbody>
                    { row(t.npv, "npv", Style::Money, |s| Some(s.npv), t.not_available) }
                    { row(t.roi, "roi", Style::Percent, |s| s.roi, t.not_available) }
                    { row(t.irr, "irr", Style::Percent, |s| s.irr, t.not_available) }
                    { row(t.payback_months, "paybackMonths", Style::Decimal(1), |s| s.payback_months, t.never) }
                    { row(t.pv_benefits, "pvBenefits", Style::Money, |s| Some(s.pv_benefits), t.not_available) }
                    { row(t.pv_costs, "pvCosts", Style::Money, |s| Some(s.pv_costs), t.not_available) }
                </tbody>
            </table>
            <p class="help">{ t.scenario_note }</p>
        </div>
    }
}
