//! The retention → profit calculator: inputs, headline tiles against Reichheld's range, chart,
//! year table (with CSV), convention and sources.

use super::chart::retention_chart;
use super::field::fields;
use super::format::Style;
use super::panel;
use super::source::source;
use super::state::{AppState, Tab};
use super::table::{csv_button, Table};
use super::tile::{tiles, Tile};
use crate::finance::retention::{RetentionResult, REICHHELD_HIGH, REICHHELD_LOW};
use super::markup::{held_region, Markup};
use crate::text::{FieldText, Texts};
use yew::prelude::*;

fn reichheld_note(t: &Texts, change: Option<f64>) -> Option<String> {
    let c = change?;
    Some(String::from(if c < REICHHELD_LOW {
        t.reichheld_below
    } else if c > REICHHELD_HIGH {
        t.reichheld_above
    } else {
        t.reichheld_within
    }))
}

/// The switch that reads the uplift as a relative %.
fn write_switch(m: &mut Markup, text: Option<FieldText>, on: bool) {
    let text = text.unwrap_or(FieldText { label: "", help: "" });
    m.part().raw("<div class=\"switch\"><input type=\"checkbox\" id=\"retention-upliftIsRelative\" data-testid=\"input-upliftIsRelative\"");
    m.raw(" data-act=\"toggle\" data-arg=\"retention:upliftIsRelative\" aria-describedby=\"retention-upliftIsRelative-help\"");
    m.raw(if on { " checked>" } else { ">" }).raw("<label for=\"retention-upliftIsRelative\">").text(text.label).raw("</label>");
    m.raw("<p class=\"help\" id=\"retention-upliftIsRelative-help\">").text(text.help).raw("</p></div>");
}

pub fn year_table(t: &'static Texts, r: &RetentionResult) -> Table {
    let col = |a: &str, b: &str| [a, " · ", b].concat();
    Table {
        caption: t.retention_chart_title,
        hook: "retention-years",
        head: vec![
            t.year.into(),
            col(t.customers_by_year, t.before),
            col(t.customers_by_year, t.after),
            col(t.profit_by_year, t.before),
            col(t.profit_by_year, t.after),
        ],
        rows: r.years.iter().map(|y| (y.year, vec![y.customers_before, y.customers_after, y.profit_before, y.profit_after])).collect(),
        styles: vec![Style::Decimal(0), Style::Decimal(0), Style::Money, Style::Money],
    }
}

#[inline(never)] // compiled only when opened: see App
pub fn retention_page(state: &AppState) -> Html {
    let t = state.t;
    let form = &state.scenario.retention;
    let mut inputs = Markup::parts();
    fields(&mut inputs, t, form, "retention", |f| !f.advanced, Tab::Retention.key());
    write_switch(&mut inputs, t.field("upliftIsRelative"), form.switch("upliftIsRelative"));
    // The folded fields are one part (parts are top-level elements only).
    let mut advanced = Markup::default();
    fields(&mut advanced, t, form, "retention", |f| f.advanced, Tab::Retention.key());
    inputs.part().raw("<details class=\"advanced\">").el("summary", "", t.more_options).raw(&advanced.0).raw("</details>");
    html! {
        <section class="calc" id="panel-retention" role={state.panel_role()} aria-labelledby={state.panel_role().map(|_| "tab-retention")}>
            { panel::inputs(t, Tab::Retention, t.retention_title, t.retention_intro, held_region("form-retention", "fields", &inputs.0)) }
            { panel::results(t, form.is_stale(), state.drawn(1), Html::default(), form.result().map(|r| {
                html! {
                    <>
                        { tiles(&[
                            Tile::new("clvBefore", t.clv_before, Some(r.clv_before), Style::Money, t.not_available),
                            Tile::new("clvAfter", t.clv_after, Some(r.clv_after), Style::Money, t.not_available),
                            Tile::new("clvChange", t.clv_change, r.clv_change, Style::Percent, t.not_available).note(reichheld_note(t, r.clv_change)),
                            Tile::new("cumulativeProfitUplift", t.cumulative_profit_uplift, Some(r.cumulative_profit_uplift), Style::Money, t.not_available),
                            Tile::new("discountedProfitUplift", t.discounted_profit_uplift, Some(r.discounted_profit_uplift), Style::Money, t.not_available),
                        ]) }
                        { source(t, &t.reichheld) }
                        if state.drawn(1) {
                            { retention_chart(t, r.customers_start, &r.years) }
                            { year_table(t, r).view() }
                            { csv_button(t, Tab::Retention) }
                        }
                    </>
                }
            }), t.retention_convention, &t.gupta_lehmann) }
        </section>
    }
}
