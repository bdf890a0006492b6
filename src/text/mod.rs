//! The message catalogue: every user-facing string, typed here and written in one text file per
//! language beside this module (`en.txt`, `nl.txt`, `sv.txt`, `tr.txt`: `key = value` lines in
//! the order this module declares). `make dist` ships each file as a values-only pack that the
//! page loads for the chosen language, so the wasm carries no prose and each language costs only
//! its own download. A native test checks every file has every key, in order.

mod locale;

pub use locale::{Currency, Lang};

use crate::finance::Problem;

/// Label and one-line help of an input field.
#[derive(Clone, Copy)]
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

/// A cited source for a default or benchmark; how strong the evidence is comes from
/// `Strings::grade_of` (a grade is a fact about the source, not text to translate).
#[repr(C)]
pub struct SourceText {
    pub claim: &'static str,
    pub source: &'static str,
    pub caveat: &'static str,
}

/// A benefit lever's name, what it means and its formula in words.
#[repr(C)]
pub struct LeverText {
    pub title: &'static str,
    pub what: &'static str,
    pub formula: &'static str,
}

/// A metric helper's name and what it computes.
#[repr(C)]
pub struct HelperText {
    pub title: &'static str,
    pub what: &'static str,
}

/// Declares the catalogue's strings in pack order: plain texts, cited sources (claim, source,
/// caveat, with their grade), fixed lists and groups of records. Fields' labels and help follow
/// them in a pack (see `FIELD_KEYS`).
macro_rules! catalogue {
    (
        texts { $($t:ident),* $(,)? }
        sources { $($s:ident: $grade:ident),* $(,)? }
        lists { $($l:ident[$ln:literal]),* $(,)? }
        groups { $($g:ident: $gty:ident[$gn:literal] { $($gf:ident),* }),* $(,)? }
    ) => {
        /// Every string of the catalogue but the fields', in pack order. Only `&'static str`
        /// slots, laid out as C lays them out: the same memory as an array of the pack's
        /// values, so loading a pack is one checked cast (see `Texts::from_pack`).
        #[repr(C)]
        pub struct Strings {
            $(pub $t: &'static str,)*
            $(pub $s: SourceText,)*
            $(pub $l: [&'static str; $ln],)*
            $(pub $g: [$gty; $gn],)*
        }

        impl Strings {
            /// How many strings `Strings` holds.
            const COUNT: usize = [$(stringify!($t)),*].len()
                + 3 * [$(stringify!($s)),*].len()
                $(+ $ln)*
                $(+ $gn * [$(stringify!($gf)),*].len())*;

            /// How strong the evidence of source `s` (one of this catalogue's) is.
            pub fn grade_of(&self, s: &SourceText) -> Grade {
                $(if std::ptr::eq(s, &self.$s) {
                    return Grade::$grade;
                })*
                Grade::Illustrative
            }
        }

        impl Texts {
            /// The keys of a catalogue file, in order (the files are checked against these).
            pub fn keys() -> Vec<String> {
                let mut keys: Vec<String> = vec![$(stringify!($t).into()),*];
                $(for part in ["claim", "source", "caveat"] {
                    keys.push(format!("{}.{part}", stringify!($s)));
                })*
                $(for i in 0..$ln {
                    keys.push(format!("{}.{i}", stringify!($l)));
                })*
                $(for i in 0..$gn {
                    $(keys.push(format!("{}.{i}.{}", stringify!($g), stringify!($gf)));)*
                })*
                for key in FIELD_KEYS {
                    keys.push(format!("field.{key}.label"));
                    keys.push(format!("field.{key}.help"));
                }
                keys.push("field.counts.help".into());
                keys
            }
        }
    };
}

// `Strings` really is an array of `&'static str` (what `Texts::from_pack` relies on).
const _: () = assert!(std::mem::size_of::<Strings>() == Strings::COUNT * std::mem::size_of::<&str>());
const _: () = assert!(std::mem::align_of::<Strings>() == std::mem::align_of::<&str>());

/// The catalogue of one language, kept for the life of the page.
pub struct Texts {
    strings: &'static Strings,
    /// Label and help of every input, by field key (see `Texts::field`).
    fields: Vec<(&'static str, FieldText)>,
    /// Help of each survey-answer count field ("Number of answers scoring 7."), made from one
    /// template when the pack loads.
    counts_help: [&'static str; 11],
}

impl std::ops::Deref for Texts {
    type Target = Strings;

    fn deref(&self) -> &Strings {
        self.strings
    }
}

/// "Number of answers scoring {n}." for n = 0..=10, made once per language (and kept, like the
/// pack, for the life of the page).
fn counts_help(template: &'static str) -> [&'static str; 11] {
    let mut out = [""; 11];
    for (n, slot) in out.iter_mut().enumerate() {
        *slot = Box::leak(fill(template, COUNT_LABELS[n]).into_boxed_str());
    }
    out
}

const COUNT_LABELS: [&str; 11] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"];

/// First line of a pack as shipped: a format tag and the number of values that follow.
pub const PACK_TAG: &str = "rox-text 1 ";

impl PartialEq for SourceText {
    /// A source is one of a catalogue's, living for the whole page: the same source is the same
    /// value.
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl PartialEq for Texts {
    /// One catalogue per language lives for the whole page: the same language is the same value.
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Texts {
    /// How many values a pack of this build holds.
    pub const VALUES: usize = Strings::COUNT + 2 * FIELD_KEYS.len() + 1;

    /// The catalogue in a pack as shipped (`rox-text 1 <count>`, then one value a line), kept
    /// for the life of the page. `None` when the pack is not this build's (wrong count, an
    /// empty value): the caller falls back rather than show half a language.
    pub fn from_pack(pack: String) -> Option<&'static Texts> {
        let pack: &'static str = Box::leak(pack.into_boxed_str());
        let (head, body) = pack.split_once('\n')?;
        let count: usize = head.trim_end().strip_prefix(PACK_TAG)?.parse().ok()?;
        let values: Vec<&'static str> = body.lines().collect();
        if count != Self::VALUES || values.len() != count || values.iter().any(|v| v.is_empty()) {
            return None;
        }
        let (strings, rest) = values.split_at(Strings::COUNT);
        let strings: &'static [&'static str] = Box::leak(strings.to_vec().into_boxed_slice());
        // SAFETY: `Strings` is `repr(C)` with only `&'static str` slots (checked above: same
        // size and alignment as `Strings::COUNT` of them), and `strings` holds exactly that many
        // initialised values, leaked so they live as long as the page.
        let strings = unsafe { &*strings.as_ptr().cast::<Strings>() };
        let fields = FIELD_KEYS.iter().zip(rest.chunks_exact(2)).map(|(&k, v)| (k, FieldText { label: v[0], help: v[1] })).collect();
        let texts = Texts { strings, fields, counts_help: counts_help(rest[rest.len() - 1]) };
        Some(Box::leak(Box::new(texts)))
    }

    /// These texts with money named in the page's currency: `{$1}` and `{$3}` become `one` and
    /// `three` (1 and 3 written as the page writes money), so "per {$1}" reads "per €1" in euros.
    /// Kept for the life of the page, like the pack (`ui::texts` keeps one per currency).
    pub fn with_money(&'static self, one: &str, three: &str) -> &'static Texts {
        let swap = |s: &'static str| -> &'static str {
            match s.contains("{$") {
                true => Box::leak(s.replace("{$1}", one).replace("{$3}", three).into_boxed_str()),
                false => s,
            }
        };
        // SAFETY: as in `from_pack`, `Strings` is `Strings::COUNT` `&'static str` slots in a row.
        let all = unsafe { std::slice::from_raw_parts((self.strings as *const Strings).cast::<&'static str>(), Strings::COUNT) };
        let strings: &'static [&'static str] = Box::leak(all.iter().map(|&s| swap(s)).collect::<Vec<_>>().into_boxed_slice());
        // SAFETY: as in `from_pack`.
        let strings = unsafe { &*strings.as_ptr().cast::<Strings>() };
        let fields = self.fields.iter().map(|&(k, f)| (k, FieldText { label: swap(f.label), help: swap(f.help) })).collect();
        Box::leak(Box::new(Texts { strings, fields, counts_help: self.counts_help }))
    }

    /// Label and help of a field by its key.
    pub fn field(&self, key: &str) -> Option<FieldText> {
        if let Some(n) = key.strip_prefix("counts.") {
            let i = COUNT_LABELS.iter().position(|&l| l == n)?;
            return Some(FieldText { label: COUNT_LABELS[i], help: self.counts_help[i] });
        }
        self.fields.iter().find(|(k, _)| *k == key).map(|(_, t)| *t)
    }

    /// Label and help of a field of form `scope`: the scope's own text (`"case:years"`) wins
    /// over the shared one (`"years"`); lever fields share texts by their last name
    /// (`levers.spend.risk` → `risk`) and a low/likely/high triple shares one text.
    pub fn field_in(&self, scope: &str, key: &str) -> Option<FieldText> {
        let short = short_key(key);
        let mut scoped = String::with_capacity(scope.len() + short.len() + 1);
        scoped.push_str(scope);
        scoped.push(':');
        scoped.push_str(short);
        self.field(&scoped).or_else(|| self.field(short))
    }

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

/// What is wrong, in English, for developers calling the JS API: compiled in, because the API
/// also runs in Node, where no language pack is loaded. The same words as `en.txt` (tested).
pub fn problem_in_english(problem: Problem) -> &'static str {
    match problem {
        Problem::Empty => "required — pass a number.",
        Problem::NotANumber => "That is not a number — use digits, e.g. 1250.5.",
        Problem::Negative => "Cannot be negative.",
        Problem::NotPositive => "Must be more than zero.",
        Problem::RateAtLeastOne => "Retention must stay below 100% (including after the uplift).",
        Problem::PercentRange => "Enter a percentage from 0 to 100.",
        Problem::YearsRange => "Enter a whole number of years from 1 to 50.",
        Problem::NotWhole => "Enter a whole number.",
        Problem::TooLarge => "Too large to compute — enter a smaller value.",
        Problem::GrowthTooHigh => "Margin growth this high makes lifetime value infinite: retention × (1 + growth) must stay below 1 + discount rate.",
        Problem::LengthMismatch => "Costs and benefits need one value per year, the same number of years.",
        Problem::NoInvestment => "Enter an up-front investment or an annual cost.",
        Problem::RateBelowMinusOne => "A rate cannot be below −100%.",
        Problem::CaseYearsRange => "Enter a whole number of years from 1 to 10.",
        Problem::RangeOrder => "Keep low ≤ likely ≤ high.",
        Problem::Zero => "Cannot be zero: nothing to divide by.",
        Problem::CesRange => "Enter an effort score from 1 to 7.",
    }
}

/// `template` with its placeholder (`{n}`, `{name}`) replaced by `value`. (Char patterns only:
/// a string pattern would link a substring searcher into the wasm.)
pub fn fill(template: &str, value: &str) -> String {
    match template.split_once('{').and_then(|(head, rest)| Some((head, rest.split_once('}')?.1))) {
        Some((head, tail)) => [head, value, tail].concat(),
        None => template.to_owned(),
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

/// The evidence behind a lever, where there is published evidence.
pub fn evidence(t: &Texts, lever: crate::finance::business_case::Lever) -> Option<&SourceText> {
    use crate::finance::business_case::Lever;
    match lever {
        Lever::Retention => Some(&t.reichheld),
        Lever::Referrals => Some(&t.nps_source),
        Lever::Employee => Some(&t.engaged_15),
        Lever::Spend | Lever::CrossSell | Lever::CostToServe | Lever::PricePremium | Lever::Conversion => None,
    }
}

/// A catalogue file (`key = value` lines, `#` comments) as the pack `make dist` ships
/// (`www/tools/text.mjs` does the same for the page); for native tests and tools.
pub fn pack_from_source(source: &str) -> String {
    let values: Vec<&str> =
        source.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).map(|l| l.split_once(" = ").map_or("", |(_, v)| v.trim())).collect();
    format!("{PACK_TAG}{}\n{}\n", values.len(), values.join("\n"))
}

/// The catalogue of `lang` built in, for the JS API (the page loads its packs instead), made
/// once.
pub fn built_in(lang: Lang) -> &'static Texts {
    thread_local! {
        static BUILT: std::cell::Cell<[Option<&'static Texts>; 4]> = const { std::cell::Cell::new([None; 4]) };
    }
    BUILT.with(|built| {
        let mut all = built.get();
        let t = *all[lang as usize].get_or_insert_with(|| {
            let source = [include_str!("en.txt"), include_str!("nl.txt"), include_str!("sv.txt"), include_str!("tr.txt")][lang as usize];
            Texts::from_pack(pack_from_source(source)).expect("the catalogues match the build")
        });
        built.set(all);
        t
    })
}

/// The English catalogue, for native tests and tools (the page loads its packs instead).
pub fn english() -> &'static Texts {
    thread_local! {
        static EN: &'static Texts = Texts::from_pack(pack_from_source(include_str!("en.txt"))).expect("en.txt matches the catalogue");
    }
    EN.with(|t| *t)
}

catalogue! {
    texts {
        app_title, tagline, privacy, tab_retention, tab_payback, calculators, inputs, results,
        more_options, reset, stale_note, not_available, never, months, year, before, after,
        how_computed, sources, notice_newer, notice_damaged, notice_partial, notice_partial_file, notice_unknown_part, notice_facts,
        dismiss, crash_title, crash_body, crash_reload, loading, panel_failed, retention_title, retention_intro,
        clv_before, clv_after, clv_change, cumulative_profit_uplift, discounted_profit_uplift,
        reichheld_below, reichheld_within, reichheld_above, customers_by_year, profit_by_year,
        retention_chart_title, retention_convention, payback_title, payback_intro, npv, roi, irr,
        payback_months, break_even_return, pv_costs, pv_benefits, total_benefit,
        payback_chart_title, break_even_label, cumulative_net, payback_convention, tab_case,
        tab_metrics, tab_sources, tab_assessment, case_title, case_intro, company, costs_and_timing, levers_title,
        preset, preset_none, preset_note, lever_on, lever_result, lever_share, show_formula, low,
        likely, high, risk_adjusted, unadjusted, scenarios, scenario_note, by_year_title, costs,
        benefits, net, waterfall_title, case_convention, helper_link, metrics_title, metrics_intro,
        use_in_case, sent_to_case, sources_title, sources_intro, grade_peer_reviewed,
        grade_analyst_study, grade_vendor_survey, grade_industry_claim, grade_illustrative,
        unit_percent, unit_points, unit_customers, unit_years, unit_months, unit_multiple,
        unit_nps_points, unit_per_year, unit_people, problem_empty, problem_not_a_number,
        problem_negative, problem_not_positive, problem_rate_at_least_one, problem_percent_range,
        problem_years_range, problem_not_whole, problem_too_large, problem_growth_too_high,
        problem_length_mismatch, problem_no_investment, problem_rate_below_minus_one,
        problem_case_years_range, problem_range_order, problem_zero, problem_ces_range,
        tab_scenarios, tab_report, language, currency, undo, copy_link, demo_mode, shortcuts,
        notice_file_refused, notice_storage_off, notice_storage_full, notice_files_unavailable, notice_storage_damaged, notice_storage_damaged_one,
        notice_saved, notice_opened, notice_copied, notice_copy_failed, untitled, copy_of,
        download_csv, input, value, yes, no, scenarios_title, scenarios_intro, scenario_name,
        scenario_name_help, save, saved_empty, compare, compare_title, compare_hint,
        no_differences, inputs_that_differ, inputs_the_same, differs, open, rename, duplicate,
        delete, confirm_delete, new_name, cancel, files, download_json, import_json, import_help,
        scenario_file_name, report_title, report_intro, prepared_for, prepared_by, prepared_help,
        download_pdf, print_hint, date, assumptions, formulas,
        // The report's body, the uncertainty panel, goal seek and the self-assessment.
        unc_title, unc_intro,
        tornado_title, tornado_intro, as_table, npv_at_low, npv_at_high, swing,
        tornado_costs, cost_ends, n_points, n_nps_points, n_months, n_years, n_customers, n_people,
        mc_title, mc_intro, mc_method, trials, seed, cost_spread, new_seed, running, mc_summary, mc_invalid,
        p10, p50, p90, mean, p10_words, p50_words, p90_words, mc_words, chance_npv, chance_payback, roi_range, histogram_title, roi_histogram_title, histogram_axes, roi_histogram_axes, range_from, range_to, bad_trials, bad_seed, bad_spread,
        goal_title, goal_intro, goal_field, goal_target, target_npv, target_roi, target_bcr, goal_value, target_profit, goal_found, goal_not, goal_invalid, bad_target, goal_hint_money, goal_hint_roi, goal_hint_ratio, goal_choose, goal_choose_answer, goal_other,
        claims_title, claim_uplift, claim_unreached, claim_return, claim_no_return, claim_firm,
        guards_title, guard_lifetime, guard_purchases, guard_roi, guard_payback, guard_preset, guard_horizon, go_to, no_guards,
        guard_line_lifetime, guard_line_purchases, guard_line_roi, guard_line_payback, guard_line_preset, guard_line_horizon,
        cost_follows, cost_typed,
        inv_title, inv_intro, inv_formula, saturation, inv_under, inv_over, inv_balanced, spend_axis, plan, best, inv_invalid, bad_saturation,
        report_uncertainty, panel_stale, panel_skipped,
        as_title, as_intro, as_progress, as_incomplete, as_clear, as_open, as_overall, as_verdict,
        part_areas, part_chain, part_ladder, part_practice, part_measurement,
        q_focus_pride, q_focus_first, q_comm_employees, q_comm_customers, q_moments_known, q_moments_designed,
        q_behaviour_research, q_behaviour_analytics, q_data_consent, q_data_respect, q_winning_benchmark, q_winning_chosen,
        q_chain_leadership, q_chain_ambassadors, q_chain_value, q_ladder_excellence, q_ladder_product, q_ladder_experience,
        q_practice_journeys, q_practice_feedback, q_practice_personal, q_practice_channels, q_practice_joined, q_measurement,
        level_0, level_0_what, level_1, level_1_what, level_2, level_2_what, level_3, level_3_what, dont_know, dont_know_what,
        area_focus, area_communities, area_moments, area_behaviour, area_data, area_winning,
        step_focus, step_communities, step_moments, step_behaviour, step_data, step_winning,
        stage_0, stage_1, stage_2, stage_3, stage_0_what, stage_1_what, stage_2_what, stage_3_what,
        result_title, radar_title, area, score, stage_title, strongest, weakest, next_step, confidence, confidence_what, dont_know_flag,
        suggest_title, suggest_intro, suggest_risk_title, suggest_ramp_title, suggest_does, lever, now, suggested, npv_now, npv_suggested, apply, applied, suggest_invalid, readiness,
        // The report's first page.
        summary_title, summary_case, summary_payback, summary_no_payback, summary_sure, summary_unsure,
        // The slides.
        slides_download, slides_failed, slides_file_name, slides_title, slides_situation, slides_annual_revenue, slides_headline, slides_per_unit, slides_levers, slides_total, slides_cash, slides_trials, slides_grade, slides_sources, slides_assumptions, slides_next,
        // Value realisation.
        tab_realisation, real_title, real_intro, real_plan_from, real_start, real_start_help, real_bad_start, real_period, real_quarters, real_months, real_period_locked, real_quarter, real_month, real_pick, real_measured, real_costs, real_costs_help, real_plan_is, real_paste_help, real_by_driver, real_by_driver_help, real_clear, real_beyond, real_too_long, real_realised, real_share, real_roi, real_payback, real_not_yet, real_to_date, real_nothing, real_chart_title, real_plan_line, real_actual_line, real_forecast_line, real_levers_title, real_lagging, real_leading, real_on_track, real_not_measured, real_trend_title, real_table_title, real_actual, real_cumulative, real_convention, real_report_title, real_period_col, real_start_col, real_driver_col, real_unfinished, real_status, real_track,
    }
    sources {
        reichheld: AnalystStudy, gupta_lehmann: PeerReviewed, three_per_dollar: IndustryClaim,
        tei: AnalystStudy, growth_5x: IndustryClaim, growth_17: IndustryClaim,
        reputation_68: IndustryClaim, engaged_15: IndustryClaim, managers_40: PeerReviewed,
        nps_source: AnalystStudy, illustrative: Illustrative,
    }
    lists { industries[7], scenario_names[3], slides_steps[3] }
    groups {
        levers: LeverText[8] { title, what, formula },
        helpers: HelperText[9] { title, what },
    }
}

/// Fields with a label and help, in catalogue order. `scope:key` is a form's own text for a
/// key that other forms share (see `Texts::field_in`); `counts.N` fields have one template.
const FIELD_KEYS: &[&str] = &[
    "customers",
    "revenuePerCustomer",
    "grossMargin",
    "retentionRate",
    "retentionUplift",
    "upliftIsRelative",
    "revenuePerMonth",
    "discountRate",
    "years",
    "newCustomersPerYear",
    "acquisitionCost",
    "marginGrowth",
    "upfrontInvestment",
    "annualCost",
    "returnPerDollar",
    "rampUpMonths",
    "case:years",
    "case:retentionUplift",
    "baseline.csat",
    "baseline.ces",
    "costs.oneOff",
    "costs.annual",
    "costs.risk",
    "risk",
    "averageTransactionSize",
    "transactionsPerCustomer",
    "spendUplift",
    "frequencyUplift",
    "addonMargin",
    "takeRateUplift",
    "currentNps",
    "referralsPerPromoter",
    "referredCustomerValue",
    "npsUplift",
    "contactsPerCustomer",
    "costPerContact",
    "contactReduction",
    "premium",
    "visitors",
    "marginPerConversion",
    "conversionUplift",
    "employees",
    "staffTurnover",
    "replacementCost",
    "turnoverReduction",
    "helper:customers",
    "helper:retentionRate",
    "lost",
    "start",
    "end",
    "new",
    "annualMargin",
    "revenue",
    "sales",
    "contractValue",
    "newCustomers",
    "supportCost",
    "contacts",
];

impl Strings {
    /// The 24 statements, in `assessment::STATEMENTS` order.
    pub fn statements(&self) -> [&'static str; 24] {
        [
            self.q_focus_pride,
            self.q_focus_first,
            self.q_comm_employees,
            self.q_comm_customers,
            self.q_moments_known,
            self.q_moments_designed,
            self.q_behaviour_research,
            self.q_behaviour_analytics,
            self.q_data_consent,
            self.q_data_respect,
            self.q_winning_benchmark,
            self.q_winning_chosen,
            self.q_chain_leadership,
            self.q_chain_ambassadors,
            self.q_chain_value,
            self.q_ladder_excellence,
            self.q_ladder_product,
            self.q_ladder_experience,
            self.q_practice_journeys,
            self.q_practice_feedback,
            self.q_practice_personal,
            self.q_practice_channels,
            self.q_practice_joined,
            self.q_measurement,
        ]
    }

    /// The four levels' names and descriptions, lowest first.
    pub fn levels(&self) -> [(&'static str, &'static str); 4] {
        [(self.level_0, self.level_0_what), (self.level_1, self.level_1_what), (self.level_2, self.level_2_what), (self.level_3, self.level_3_what)]
    }

    /// The six areas' names and next steps, in `assessment::Area::ALL` order.
    pub fn areas(&self) -> [(&'static str, &'static str); 6] {
        [
            (self.area_focus, self.step_focus),
            (self.area_communities, self.step_communities),
            (self.area_moments, self.step_moments),
            (self.area_behaviour, self.step_behaviour),
            (self.area_data, self.step_data),
            (self.area_winning, self.step_winning),
        ]
    }

    /// The ladder's four stages: name and what it means.
    pub fn stages(&self) -> [(&'static str, &'static str); 4] {
        [(self.stage_0, self.stage_0_what), (self.stage_1, self.stage_1_what), (self.stage_2, self.stage_2_what), (self.stage_3, self.stage_3_what)]
    }
}

/// The form of `text` for a count of `n` (as shown, so 1.0 shown as "1" is one) in `lang`. A
/// text that changes with a count holds its forms separated by `|`, in the order of
/// `Lang::plural`; a text with one form is the same for every count.
pub fn plural(lang: Lang, text: &str, n: f64) -> &str {
    let mut forms = text.split('|');
    let first = forms.next().unwrap_or(text);
    match lang.plural(n) {
        0 => first,
        i => forms.nth(i - 1).unwrap_or(first),
    }
}

/// `plural` with its `{a}` filled with `shown`, the count as the page writes it.
pub fn count(lang: Lang, text: &str, n: f64, shown: &str) -> String {
    fill_values(plural(lang, text, n), &[shown])
}

/// `text` with `{a}`, `{b}`, … replaced by `values` in turn.
pub fn fill_values(text: &str, values: &[&str]) -> String {
    let mut out = text.to_owned();
    for (i, v) in values.iter().enumerate() {
        out = out.replace(&["{", &((b'a' + i as u8) as char).to_string(), "}"].concat(), v);
    }
    out
}

/// `text` with each number kept on one line with the words it belongs to: the space between a
/// word holding a digit and the word after it ("4,3 maanden", "$1 invested") becomes a no-break
/// space, and so does the one before it ("above 0"); after a word that ends a label or a clause
/// ("Unadjusted: $1", "P10 $1, P50 $2") a line may break. Nor does a line break inside such a
/// word at its dash ("25–95%", "5-point"): a word joiner follows the dash.
pub fn keep_numbers_together(text: &str) -> String {
    let words: Vec<&str> = text.split(' ').collect();
    let numeric = |w: &str| w.chars().any(|c| c.is_ascii_digit());
    let mut out = String::with_capacity(text.len() + words.len());
    // The word before was kept with the number before it, as its unit: a number after it starts
    // a group of its own, so prose ("0 in 100,000 of 100,000 trials") still wraps.
    let mut prev_is_unit = false;
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            let prev = words[i - 1];
            let open = !prev.is_empty() && !prev.ends_with([':', ',', '.', ';']);
            let unit_after = open && numeric(prev) && w.chars().next().is_some_and(char::is_alphabetic);
            let label_before = open && numeric(w) && !prev_is_unit;
            out.push(if unit_after || label_before { '\u{a0}' } else { ' ' });
            prev_is_unit = unit_after;
        }
        if numeric(w) {
            for c in w.chars() {
                out.push(c);
                if matches!(c, '-' | '–') {
                    out.push('\u{2060}');
                }
            }
        } else {
            out.push_str(w);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_keep_their_unit_and_the_word_before() {
        assert_eq!(keep_numbers_together("Ongecorrigeerd: 1,1 maanden"), "Ongecorrigeerd: 1,1\u{a0}maanden");
        assert_eq!(keep_numbers_together("Chance that NPV is above 0"), "Chance that NPV is above\u{a0}0");
        assert_eq!(keep_numbers_together("Kans dat de NCW boven 0 ligt"), "Kans dat de NCW boven\u{a0}0\u{a0}ligt");
        assert_eq!(keep_numbers_together("ROI: P10 12%, P50 40%"), "ROI: P10\u{a0}12%, P50\u{a0}40%");
        assert_eq!(keep_numbers_together("Break-even return per $1 invested"), "Break-even return per\u{a0}$1\u{a0}invested");
        assert_eq!(keep_numbers_together("their 25–95% range."), "their\u{a0}25–\u{2060}95%\u{a0}range.");
        assert_eq!(keep_numbers_together("A 5-point rise"), "A\u{a0}5-\u{2060}point\u{a0}rise");
        // In prose a group is a number with the word before and its unit, no longer.
        assert_eq!(
            keep_numbers_together("above 0 in 100,000 of 100,000 Monte Carlo trials"),
            "above\u{a0}0\u{a0}in 100,000\u{a0}of 100,000\u{a0}Monte Carlo trials"
        );
        // Nothing to keep together, and spaces as they were.
        assert_eq!(keep_numbers_together("Net present value"), "Net present value");
        assert_eq!(keep_numbers_together(" a  b "), " a  b ");
        assert_eq!(keep_numbers_together(""), "");
    }

    fn keys_of(source: &str) -> Vec<&str> {
        source.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).map(|l| l.split(" = ").next().unwrap_or("")).collect()
    }

    #[test]
    fn every_language_file_has_every_key_in_order_and_loads() {
        let expected = Texts::keys();
        assert_eq!(expected.len(), Texts::VALUES);
        for (lang, source) in [("en", include_str!("en.txt")), ("nl", include_str!("nl.txt")), ("sv", include_str!("sv.txt")), ("tr", include_str!("tr.txt"))] {
            let keys = keys_of(source);
            for (i, (have, want)) in keys.iter().zip(&expected).enumerate() {
                assert_eq!(have, want, "{lang}.txt line {} of the keys", i + 1);
            }
            assert_eq!(keys.len(), expected.len(), "{lang}.txt: number of keys");
            assert!(
                source.lines().all(|l| l.is_empty() || l.starts_with('#') || l.split_once(" = ").is_some_and(|(_, v)| !v.trim().is_empty())),
                "{lang}.txt: a key without a value"
            );
            assert!(Texts::from_pack(pack_from_source(source)).is_some(), "{lang}.txt loads");
        }
    }

    #[test]
    fn money_is_named_in_the_currency_on_screen() {
        for (lang, source) in [("en", include_str!("en.txt")), ("nl", include_str!("nl.txt")), ("sv", include_str!("sv.txt")), ("tr", include_str!("tr.txt"))] {
            let t = Texts::from_pack(pack_from_source(source)).unwrap();
            let m = t.with_money("€\u{a0}1", "€\u{a0}3");
            assert!(m.tab_payback.contains("€\u{a0}3") && m.tab_payback.contains("€\u{a0}1"), "{lang}: {}", m.tab_payback);
            for text in [m.payback_intro, m.break_even_return, m.field("returnPerDollar").unwrap().label] {
                assert!(text.contains("€\u{a0}1") && !text.contains("{$"), "{lang}: {text}");
            }
            assert!(std::ptr::eq(m.untitled, t.untitled), "{lang}: texts without money are shared");
        }
    }

    #[test]
    fn a_pack_that_is_not_this_builds_is_refused() {
        let pack = pack_from_source(include_str!("en.txt"));
        assert!(Texts::from_pack(pack.replacen("\n", "\n\n", 2)).is_none());
        assert!(Texts::from_pack(pack.replace(PACK_TAG, "rox-text 9 ")).is_none());
        assert!(Texts::from_pack(pack.lines().take(40).collect::<Vec<_>>().join("\n")).is_none());
        assert!(Texts::from_pack(String::new()).is_none());
    }

    #[test]
    fn the_apis_english_problems_are_the_catalogues() {
        use Problem::*;
        let all = [
            NotANumber,
            Negative,
            NotPositive,
            RateAtLeastOne,
            PercentRange,
            YearsRange,
            NotWhole,
            TooLarge,
            GrowthTooHigh,
            LengthMismatch,
            NoInvestment,
            RateBelowMinusOne,
            CaseYearsRange,
            RangeOrder,
            Zero,
            CesRange,
        ];
        for p in all {
            assert_eq!(problem_in_english(p), english().problem(p), "{p:?}");
        }
    }

    #[test]
    fn counts_take_their_languages_plural_form() {
        let en = english();
        assert_eq!(count(Lang::En, en.as_open, 1.0, "1"), "1 statement open, counted as “Don't know” until answered.");
        assert_eq!(count(Lang::En, en.as_open, 2.0, "2"), "2 statements open, counted as “Don't know” until answered.");
        assert_eq!(count(Lang::En, en.n_points, 0.0, "0"), "0 points");
        assert_eq!(count(Lang::En, en.n_points, 1.5, "1.5"), "1.5 points");
        assert_eq!(count(Lang::En, en.n_people, 1.0, "1"), "1 person");
        let pack = |source: &str| Texts::from_pack(pack_from_source(source)).unwrap();
        let nl = pack(include_str!("nl.txt"));
        assert_eq!(count(Lang::Nl, nl.dont_know_flag, 1.0, "1"), "U antwoordde “Weet ik niet” op 1 stelling; die telt als onontwikkeld.");
        assert_eq!(count(Lang::Nl, nl.as_open, 3.0, "3"), "3 stellingen open, tellen als “Weet ik niet” tot ze beantwoord zijn.");
        let sv = pack(include_str!("sv.txt"));
        assert_eq!(count(Lang::Sv, sv.n_customers, 2.0, "2"), "2 kunder");
        let tr = pack(include_str!("tr.txt"));
        assert_eq!((count(Lang::Tr, tr.n_months, 1.0, "1"), count(Lang::Tr, tr.n_months, 6.0, "6")), ("1 ay".into(), "6 ay".into()));
        // A text that counts has one form per plural category in every language (Turkish: one).
        let forms = [(Lang::En, en), (Lang::Nl, nl), (Lang::Sv, sv), (Lang::Tr, tr)];
        for text in [
            |t: &Texts| t.as_open,
            |t: &Texts| t.dont_know_flag,
            |t: &Texts| t.n_points,
            |t: &Texts| t.n_nps_points,
            |t: &Texts| t.n_months,
            |t: &Texts| t.n_years,
            |t: &Texts| t.n_customers,
            |t: &Texts| t.n_people,
        ] {
            for (lang, t) in forms {
                let n = text(t).split('|').count();
                assert_eq!(n, if lang == Lang::Tr { 1 } else { 2 }, "{}: {}", lang.code(), text(t));
            }
        }
    }

    #[test]
    fn placeholders_are_filled() {
        assert_eq!(fill_values("{a} per {b}", &["$3", "$1"]), "$3 per $1");
        assert_eq!(fill("Saved “{name}” here.", "Acme {x}"), "Saved “Acme {x}” here.");
        assert_eq!(fill("{n} left out", "3"), "3 left out");
        assert_eq!(fill("no placeholder", "x"), "no placeholder");
    }

    #[test]
    fn grades_belong_to_their_sources() {
        let t = english();
        assert_eq!(t.grade_of(&t.reichheld), Grade::AnalystStudy);
        assert_eq!(t.grade_of(&t.gupta_lehmann), Grade::PeerReviewed);
        assert_eq!(t.grade_of(&t.three_per_dollar), Grade::IndustryClaim);
        assert_eq!(t.grade_of(&t.managers_40), Grade::PeerReviewed);
        assert_eq!(t.grade_of(&t.illustrative), Grade::Illustrative);
    }

    #[test]
    fn survey_count_fields_share_one_template() {
        let t = english();
        let f = t.field_in("helper", "counts.7").unwrap();
        assert_eq!((f.label, f.help), ("7", "Number of answers scoring 7."));
        assert!(t.field("counts.11").is_none());
    }
}
