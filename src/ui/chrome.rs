//! The page's chrome: the header with its toolbar (language, currency, undo, copy link, demo
//! mode), the notice at the top, and the page tabs (WAI-ARIA tabs).

use super::context::use_ui;
use super::effect::Effect;
use super::field::{label, Select};
use super::state::{Action, Notice, Tab};
use crate::forms::metrics::HELPER_TAGS;
use crate::forms::scenario::Skipped;
use crate::text::{fill, Currency, Lang, Texts};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub lang: Lang,
    pub can_undo: bool,
    pub demo: bool,
}

/// Title, tagline, privacy line, toolbar and (in demo mode) the keyboard shortcuts.
#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let ui = use_ui();
    let ctl = &ui;
    let t = ui.t;
    let on_language = ctl.run.reform(|code: String| Effect::ChooseLanguage(Lang::from_tag(&code).unwrap_or_default()));
    let on_currency = {
        let (run, now) = (ctl.run.clone(), ui.currency);
        Callback::from(move |code: String| run.emit(Effect::ChooseCurrency(Currency::from_code(&code).unwrap_or(now))))
    };
    html! {
        <header class="app-header">
            <div>
                <h1>{ t.app_title }</h1>
                <p class="tagline">{ t.tagline }</p>
                <p class="privacy">{ t.privacy }</p>
            </div>
            <div class="toolbar">
                <Select id="language" label={t.language} inline=true selected={props.lang.code()}
                    options={Lang::ALL.iter().map(|l| (l.code(), l.name())).collect::<Vec<_>>()} onchange={on_language} />
                <Select id="currency" label={t.currency} inline=true selected={ui.currency.code()}
                    options={Currency::ALL.iter().map(|c| (c.code(), c.code())).collect::<Vec<_>>()} onchange={on_currency} />
                <button type="button" class="tool" id="undo" data-testid="undo" aria-keyshortcuts="Alt+Z" disabled={!props.can_undo}
                    onclick={ctl.on(Action::Undo)}>{ t.undo }</button>
                <button type="button" class="tool" id="copy-link" data-testid="copy-link" onclick={ctl.on_effect(Effect::CopyLink)}>{ t.copy_link }</button>
                <button type="button" class="tool" id="demo" data-testid="demo" aria-keyshortcuts="Alt+D"
                    aria-pressed={if props.demo { "true" } else { "false" }} onclick={ctl.on(Action::ToggleDemo)}>{ t.demo_mode }</button>
            </div>
            if props.demo {
                <p class="shortcuts" data-testid="shortcuts">{ t.shortcuts }</p>
                <button type="button" class="tool" data-testid="slides-demo" onclick={ctl.on_effect(Effect::DownloadSlides)}>{ t.slides_download }</button>
            }
        </header>
    }
}

/// The names of values that could not be restored, for a notice, each with the page it is on:
/// "CX business case · Retention · Retention uplift (Likely)".
fn skipped_names(t: &Texts, keys: &[Skipped]) -> String {
    let mut s = String::new();
    for (i, &(scope, key)) in keys.iter().enumerate() {
        s.push_str(if i == 0 { " " } else { ", " });
        let helper = HELPER_TAGS.iter().position(|h| h.2 == scope);
        let page: &[&str] = match (scope, helper) {
            ("retention", _) => &[t.tab_retention],
            ("payback", _) => &[t.tab_payback],
            ("case", _) => &[t.tab_case],
            (_, Some(h)) => &[t.tab_metrics, " · ", t.helpers[h].title],
            _ => {
                s.push_str(t.notice_unknown_part);
                continue;
            }
        };
        s.extend(page.iter().copied());
        s.extend([" · ", &label(t, scope, key)]);
    }
    s
}

#[derive(Properties, PartialEq)]
pub struct NoticeBarProps {
    pub notice: Notice,
}

/// The notice at the top of the page, with a way to dismiss it.
#[component]
pub fn NoticeBar(props: &NoticeBarProps) -> Html {
    let ui = use_ui();
    let (t, ctl) = (ui.t, &ui);
    let text = match &props.notice {
        Notice::LinkNewer => t.notice_newer.to_owned(),
        Notice::LinkDamaged => t.notice_damaged.to_owned(),
        Notice::Partial { file, keys } => (if *file { t.notice_partial_file } else { t.notice_partial }).to_owned() + &skipped_names(t, keys),
        Notice::Facts(from) => fill(t.notice_facts, if *from == "retention" { t.tab_retention } else { t.tab_case }),
        Notice::FileRefused => t.notice_file_refused.to_owned(),
        Notice::StorageOff => t.notice_storage_off.to_owned(),
        Notice::StorageFull => t.notice_storage_full.to_owned(),
        Notice::FilesUnavailable => t.notice_files_unavailable.to_owned(),
        Notice::StorageDamaged(n) => {
            let one = super::format::plural_is_one(&ui.locale, *n as f64);
            fill(if one { t.notice_storage_damaged_one } else { t.notice_storage_damaged }, &n.to_string())
        }
        Notice::Saved(name) => fill(t.notice_saved, name),
        Notice::Opened(name) => fill(t.notice_opened, name),
        Notice::Copied => t.notice_copied.to_owned(),
        Notice::CopyFailed => t.notice_copy_failed.to_owned(),
        Notice::SlidesFailed => t.slides_failed.to_owned(),
    };
    html! {
        <div class="notice" role="status" data-testid="notice">
            <p>{ text }</p>
            <button type="button" class="link" id="dismiss" onclick={ctl.on(Action::DismissNotice)}>{ t.dismiss }</button>
        </div>
    }
}

/// The tab the arrow keys, Home and End move to from `tab`.
fn moved(tab: Tab, key: &str) -> Option<Tab> {
    let i = Tab::ALL.iter().position(|&x| x == tab)?;
    let n = Tab::ALL.len();
    Some(match key {
        "ArrowRight" => Tab::ALL[(i + 1) % n],
        "ArrowLeft" => Tab::ALL[(i + n - 1) % n],
        "Home" => Tab::ALL[0],
        "End" => Tab::ALL[n - 1],
        _ => return None,
    })
}

#[derive(Properties, PartialEq)]
pub struct TabsProps {
    pub selected: Tab,
}

/// The page tabs: a click opens a page; on a tab, the arrow keys, Home and End move between
/// tabs and take the focus along.
#[component]
pub fn Tabs(props: &TabsProps) -> Html {
    let ctl = use_ui();
    let t = ctl.t;
    let tabs = Tab::ALL.into_iter().map(|tab| {
        let selected = tab == props.selected;
        let onkeydown = {
            let act = ctl.act.clone();
            Callback::from(move |e: KeyboardEvent| {
                if e.alt_key() {
                    return;
                }
                if let Some(next) = moved(tab, &e.key()) {
                    e.prevent_default();
                    act.emit(Action::SelectTab(next));
                    // Every tab is always there: focus moves with the selection at once.
                    let el = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(&["tab-", next.key()].concat()));
                    if let Some(el) = el.and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok()) {
                        let _ = el.focus();
                    }
                }
            })
        };
        html! {
            <button key={tab.key()} type="button" role="tab" class="tab" id={["tab-", tab.key()].concat()} data-testid={["tab-", tab.key()].concat()}
                aria-controls={["panel-", tab.key()].concat()} aria-selected={if selected { "true" } else { "false" }}
                tabindex={if selected { "0" } else { "-1" }} onclick={ctl.on(Action::SelectTab(tab))} {onkeydown}>
                { tab.label(t) }
            </button>
        }
    });
    html! { <nav class="tabs" role="tablist" aria-label={t.calculators}>{ for tabs }</nav> }
}
