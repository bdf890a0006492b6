//! The panels module's own texts (`ui::panels`: uncertainty, self-assessment), one file per
//! language beside this module (`panels/en.txt` …, `key = value` lines, every key in every
//! file; a native test checks it). They are compiled into the panels module, which the page
//! loads only when a panel is shown, so they cost the first load nothing; the panels read the
//! page's catalogue (`Texts`) for everything the page already names (fields, levers, sources).

use super::Lang;

macro_rules! panel_texts {
    ($($k:ident),* $(,)?) => {
        /// Every text of the panels, by key.
        #[derive(Debug, PartialEq)]
        pub struct PanelTexts {
            $(pub $k: &'static str,)*
        }

        impl PanelTexts {
            /// The keys, in declaration order.
            pub const KEYS: &'static [&'static str] = &[$(stringify!($k)),*];

            /// The texts of a `key = value` file; `None` when a key is missing or empty.
            fn parse(source: &'static str) -> Option<Self> {
                let pairs: Vec<(&str, &'static str)> = source
                    .lines()
                    .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
                    .filter_map(|l| l.split_once(" = ").map(|(k, v)| (k.trim(), v.trim())))
                    .collect();
                let get = |key: &str| pairs.iter().find(|(k, _)| *k == key).map(|(_, v)| *v).filter(|v| !v.is_empty());
                Some(Self { $($k: get(stringify!($k))?,)* })
            }
        }
    };
}

const SOURCES: [&str; 4] = [include_str!("panels/en.txt"), include_str!("panels/nl.txt"), include_str!("panels/sv.txt"), include_str!("panels/tr.txt")];

impl PanelTexts {
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

    /// The texts of `lang` (English where a file is not this build's, which a test rules out).
    pub fn of(lang: Lang) -> &'static PanelTexts {
        thread_local! {
            static ALL: [&'static PanelTexts; 4] = {
                let en: &'static PanelTexts = Box::leak(Box::new(PanelTexts::parse(SOURCES[0]).expect("panels/en.txt has every key")));
                [0, 1, 2, 3].map(|i| PanelTexts::parse(SOURCES[i]).map_or(en, |t| &*Box::leak(Box::new(t))))
            };
        }
        ALL.with(|all| all[lang as usize])
    }

    /// `text` with `{a}`, `{b}`, … replaced by `values` in order.
    pub fn fill(text: &str, values: &[&str]) -> String {
        let mut out = text.to_owned();
        for (i, v) in values.iter().enumerate() {
            out = out.replace(&["{", &((b'a' + i as u8) as char).to_string(), "}"].concat(), v);
        }
        out
    }
}

panel_texts! {
    unc_title, unc_intro,
    tornado_title, tornado_intro, as_table, npv_at_low, npv_at_high, swing,
    mc_title, mc_intro, trials, seed, cost_spread, new_seed, running, mc_summary, mc_invalid,
    p10, p50, p90, mean, chance_npv, chance_payback, roi_range, histogram_title, roi_histogram_title, range_from, range_to, bad_trials, bad_seed, bad_spread,
    goal_title, goal_intro, goal_field, goal_target, target_npv, target_roi, target_bcr, goal_value, target_profit, goal_found, goal_not, goal_invalid, bad_target,
    claims_title, claim_uplift, claim_unreached, claim_return, claim_no_return, claim_firm,
    guards_title, guard_lifetime, guard_purchases, guard_roi, guard_payback, guard_preset, guard_horizon, go_to, no_guards,
    inv_title, inv_intro, saturation, inv_under, inv_over, inv_balanced, spend_axis, plan, best, inv_invalid, bad_saturation,
    report_uncertainty, panel_stale, panel_skipped,
    as_title, as_intro, as_progress, as_incomplete, as_clear,
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
    suggest_title, suggest_intro, lever, now, suggested, npv_now, npv_suggested, apply, applied, suggest_invalid, readiness,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_panel_file_has_every_key_and_no_other() {
        for (i, source) in SOURCES.iter().enumerate() {
            assert!(PanelTexts::parse(source).is_some(), "panels file {i} misses a key");
            let keys: Vec<&str> =
                source.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).map(|l| l.split_once(" = ").map_or(l, |(k, _)| k)).collect();
            assert_eq!(keys, PanelTexts::KEYS, "panels file {i}: keys in declaration order");
        }
        assert_eq!(PanelTexts::fill("{a} per {b}", &["$3", "$1"]), "$3 per $1");
    }
}
