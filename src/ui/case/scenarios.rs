//! Conservative / likely / optimistic side by side (risk-adjusted), written as markup.

use super::super::format::{fmt, raw, Style};
use super::super::markup::Markup;
use crate::finance::business_case::BusinessCaseResult;
use crate::finance::cashflow::CashflowSummary;
use crate::text::Texts;
use yew::prelude::*;

pub fn table(t: &Texts, r: &BusinessCaseResult) -> Html {
    let mut m = Markup::default();
    write_table(&mut m, t, r);
    m.region("scenarios")
}

/// One row of the scenario table: label, test key, number style, the figure, text when it is missing.
type Row<'a> = (&'a str, &'a str, Style, fn(&CashflowSummary) -> Option<f64>, &'a str);

pub fn write_table(m: &mut Markup, t: &Texts, r: &BusinessCaseResult) {
    m.raw("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\"").attr("aria-label", t.scenarios);
    m.raw("><table class=\"year-table scenarios\" data-testid=\"scenarios\">").el("caption", "", t.scenarios).raw("<thead><tr><td></td>");
    for name in t.scenario_names {
        m.raw("<th scope=\"col\">").text(name).raw("</th>");
    }
    m.raw("</tr></thead><tbody>");
    let rows: [Row; 6] = [
        (t.npv, "npv", Style::Money, |s| Some(s.npv), t.not_available),
        (t.roi, "roi", Style::Percent, |s| s.roi, t.not_available),
        (t.irr, "irr", Style::Percent, |s| s.irr, t.not_available),
        (t.payback_months, "paybackMonths", Style::Decimal(1), |s| s.payback_months, t.never),
        (t.pv_benefits, "pvBenefits", Style::Money, |s| Some(s.pv_benefits), t.not_available),
        (t.pv_costs, "pvCosts", Style::Money, |s| Some(s.pv_costs), t.not_available),
    ];
    for (label, key, style, pick, missing) in rows {
        m.raw("<tr><th scope=\"row\">").text(label).raw("</th>");
        for (s, name) in r.scenarios.iter().zip(["conservative", "likely", "optimistic"]) {
            let v = pick(&s.summary);
            m.raw("<td data-testid=\"scenario-").raw(name).raw("-").raw(key).raw("\"").attr("data-value", &raw(v)).raw(">");
            m.text(&v.map_or_else(|| missing.to_owned(), |v| fmt(style, v))).raw("</td>");
        }
        m.raw("</tr>");
    }
    m.raw("</tbody></table>").el("p", "help", t.scenario_note).raw("</div>");
}
