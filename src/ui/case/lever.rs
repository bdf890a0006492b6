//! One benefit lever as a card: on/off, its inputs (facts, low/likely/high ranges, risk), its
//! own risk-adjusted result, the formula on request, its evidence and a link to the helpers
//! that work out its inputs.

use super::super::field::{number_field, range_field};
use super::super::format::{fmt, raw, Style};
use super::super::markup::Markup;
use super::super::report::evidence;
use super::super::source::write_source;
use super::super::state::{AppState, Helper, Tab};
use crate::finance::business_case::{enabled_key, Lever};
use crate::text::{SourceText, Texts};

/// The helpers that work out this lever's inputs.
fn helpers(lever: Lever) -> &'static [Helper] {
    match lever {
        Lever::Retention => &[Helper::Churn, Helper::RetentionRate],
        Lever::Spend => &[Helper::TransactionSize, Helper::ContractValue],
        Lever::Referrals => &[Helper::Nps, Helper::Clv],
        Lever::CostToServe => &[Helper::SupportCost],
        _ => &[],
    }
}

/// Links to the helpers that work out this lever's inputs.
fn write_helper_links(m: &mut Markup, t: &Texts, lever: Lever) {
    if !helpers(lever).is_empty() {
        m.raw("<p class=\"helper-links\">").text(t.helper_link).raw(": ");
        for &h in helpers(lever) {
            m.raw("<button type=\"button\" class=\"link\" data-act=\"open-helper\" data-arg=\"").raw(h.key()).raw("\">");
            m.text(t.helpers[h as usize].title).raw("</button>");
        }
        m.raw("</p>");
    }
}

/// The lever's risk-adjusted present value and its share of all benefits.
fn write_result(m: &mut Markup, t: &Texts, key: &str, result: Option<(f64, f64)>) {
    m.raw("<div class=\"lever-result\">").el("span", "tile-label", t.lever_result);
    if let Some((pv, share)) = result {
        m.raw("<span class=\"lever-value\" data-testid=\"lever-").raw(key).raw("-pv\"").attr("data-value", &raw(Some(pv))).raw(">");
        m.text(&fmt(Style::Money, pv)).raw("</span>");
        m.el("span", "lever-share", &[fmt(Style::Percent, share).as_str(), " ", t.lever_share].concat());
    }
    m.raw("</div>");
}

/// The formula on request, and the lever's evidence where there is some.
fn write_formula(m: &mut Markup, t: &Texts, key: &str, formula: &str, evidence: Option<&SourceText>) {
    m.raw("<details class=\"convention\">").el("summary", "", t.show_formula);
    m.raw("<p data-testid=\"lever-").raw(key).raw("-formula\">").text(formula).raw("</p></details>");
    if let Some(s) = evidence {
        write_source(m, t, s);
    }
}

/// Lever `lever`'s card, written into the levers' held region (`markup::held_region`): its
/// inputs keep their nodes while typed in, and a folded formula stays open across renders.
pub fn write_lever(m: &mut Markup, state: &AppState, lever: Lever) {
    let t = state.t;
    let form = &state.scenario.case;
    let text = &t.levers[lever as usize];
    let key = lever.key();
    let prefix = format!("levers.{key}.");
    let on = form.switch(enabled_key(lever));
    let result = form.result().map(|r| (r.lever_pv.get(lever), r.benefit_mix.get(lever)));
    // Name, the switch that includes it, what it means, and its result.
    m.part().raw("<article class=\"lever\" data-on=\"").raw(if on { "true" } else { "false" }).raw("\" id=\"lever-").raw(key);
    m.raw("\" data-testid=\"lever-").raw(key).raw("\">");
    m.raw("<header class=\"lever-head\">").el("h3", "", text.title).raw("<div class=\"switch\"><input type=\"checkbox\" id=\"lever-");
    m.raw(key).raw("-on\" data-testid=\"input-").raw(enabled_key(lever)).raw("\" data-act=\"toggle\" data-arg=\"case:");
    m.raw(enabled_key(lever)).raw("\" aria-describedby=\"lever-").raw(key).raw(if on { "-what\" checked>" } else { "-what\">" });
    m.raw("<label for=\"lever-").raw(key).raw("-on\">").text(t.lever_on).raw("</label></div></header><p class=\"intro\" id=\"lever-");
    m.raw(key).raw("-what\">").text(text.what).raw("</p>");
    write_result(m, t, key, result);
    // Always there (empty when off), so the parts after it keep their nodes when it is switched.
    m.raw("<div class=\"lever-inputs\">");
    if on {
        // Inputs in spec order; a `.low` field starts a low/likely/high triple; risk goes last.
        let mut risk = Markup::default();
        let specs = form.fields();
        let view: &dyn crate::forms::FormView = form;
        let mut i = 0;
        while i < specs.len() {
            let k = specs[i].key;
            if !k.starts_with(&prefix) {
                i += 1;
                continue;
            }
            if k.ends_with(".low") {
                range_field(m, t, view, "case", i, Tab::Case.key());
                i += 3;
            } else {
                number_field(if k.ends_with(".risk") { &mut risk } else { &mut *m }, t, view, "case", i, Tab::Case.key());
                i += 1;
            }
        }
        m.raw(&risk.0);
    }
    m.raw("</div>");
    write_formula(m, t, key, text.formula, evidence(t, lever));
    write_helper_links(m, t, lever);
    m.raw("</article>");
}
