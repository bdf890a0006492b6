//! The app shell: header and toolbar (language, currency, undo, copy link, demo mode), notices,
//! the page tabs (WAI-ARIA tabs) and the open page. Written as markup whose controls send
//! commands (see `dispatch`); `sync` keeps the address, events and focus in line.

use super::markup::Markup;
use super::state::{AppState, Notice, Tab};
use super::{format, sync, texts};
use crate::text::{fill, Currency, Lang, Texts};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The state the page starts from (language, link, mode).
    pub start: AppState,
}

/// The field names of values that could not be restored, for a notice.
fn skipped_names(t: &Texts, keys: &[&'static str]) -> String {
    let mut s = String::new();
    for (i, key) in keys.iter().enumerate() {
        s.push_str(if i == 0 { " " } else { ", " });
        let label = ["retention", "payback", "case"].iter().find_map(|scope| t.field_in(scope, key));
        s.push_str(label.map_or(t.notice_unknown_part, |f| f.label));
    }
    s
}

/// The notice at the top of the page, with a way to dismiss it.
fn notice(m: &mut Markup, t: &Texts, notice: &Notice) {
    let text = match notice {
        Notice::LinkNewer => t.notice_newer.to_owned(),
        Notice::LinkDamaged => t.notice_damaged.to_owned(),
        Notice::Partial(keys) => t.notice_partial.to_owned() + &skipped_names(t, keys),
        Notice::FileRefused => t.notice_file_refused.to_owned(),
        Notice::StorageOff => t.notice_storage_off.to_owned(),
        Notice::StorageFull => t.notice_storage_full.to_owned(),
        Notice::StorageDamaged(n) => fill(t.notice_storage_damaged, &n.to_string()),
        Notice::Saved(name) => fill(t.notice_saved, name),
        Notice::Opened(name) => fill(t.notice_opened, name),
        Notice::Copied => t.notice_copied.to_owned(),
        Notice::CopyFailed => t.notice_copy_failed.to_owned(),
    };
    m.raw("<div class=\"notice\" role=\"status\" data-testid=\"notice\">").el("p", "", &text);
    m.raw("<button type=\"button\" class=\"link\" id=\"dismiss\" data-act=\"dismiss\">").text(t.dismiss).raw("</button></div>");
}

/// A labelled select whose change sends command `act`.
fn select<'a>(m: &mut Markup, id: &str, label: &str, options: impl Iterator<Item = (&'a str, &'a str, bool)>) {
    m.raw("<label class=\"inline\" for=\"").raw(id).raw("\">").text(label).raw("</label><select id=\"").raw(id);
    m.raw("\" data-testid=\"").raw(id).raw("\" data-act=\"").raw(id).raw("\">");
    for (value, name, selected) in options {
        m.raw("<option").attr("value", value).raw(if selected { " selected>" } else { ">" }).text(name).raw("</option>");
    }
    m.raw("</select>");
}

/// Title, toolbar, shortcuts (demo mode), notice and tabs; only the notice when embedded.
fn chrome(state: &AppState) -> Html {
    let t = state.t;
    let mut m = Markup::default();
    let embedded = state.mode.embed.is_some();
    if !embedded {
        m.raw("<header class=\"app-header\"><div>").el("h1", "", t.app_title).el("p", "tagline", t.tagline).el("p", "privacy", t.privacy);
        m.raw("</div><div class=\"toolbar\">");
        select(&mut m, "language", t.language, Lang::ALL.iter().map(|l| (l.code(), l.name(), *l == state.lang)));
        select(&mut m, "currency", t.currency, Currency::ALL.iter().map(|c| (c.code(), c.code(), *c == state.currency)));
        m.raw("<button type=\"button\" class=\"tool\" id=\"undo\" data-testid=\"undo\" data-act=\"undo\" aria-keyshortcuts=\"Alt+Z\"");
        m.raw(if state.history.can_undo() { ">" } else { " disabled>" }).text(t.undo).raw("</button>");
        m.raw("<button type=\"button\" class=\"tool\" id=\"copy-link\" data-testid=\"copy-link\" data-act=\"copy-link\">").text(t.copy_link);
        m.raw("</button><button type=\"button\" class=\"tool\" id=\"demo\" data-testid=\"demo\" data-act=\"demo\" aria-keyshortcuts=\"Alt+D\"");
        m.raw(if state.mode.demo { " aria-pressed=\"true\">" } else { " aria-pressed=\"false\">" }).text(t.demo_mode).raw("</button></div>");
        if state.mode.demo {
            m.raw("<p class=\"shortcuts\" data-testid=\"shortcuts\">").text(t.shortcuts).raw("</p>");
        }
        m.raw("</header>");
    }
    if embedded {
        // The embedded page's own title is its h2; the document still needs its h1.
        m.raw("<h1 class=\"visually-hidden\">").text(t.app_title).raw("</h1>");
    }
    if let Some(n) = &state.notice {
        notice(&mut m, t, n);
    }
    if !embedded {
        m.raw("<nav class=\"tabs\" role=\"tablist\"").attr("aria-label", t.calculators).raw(">");
        for tab in Tab::ALL {
            let (name, selected) = (tab.key(), tab == state.tab);
            m.raw("<button type=\"button\" role=\"tab\" class=\"tab\" id=\"tab-").raw(name).raw("\" data-testid=\"tab-").raw(name);
            m.raw("\" aria-controls=\"panel-").raw(name).raw("\" data-act=\"tab\" data-arg=\"").raw(name);
            m.raw(if selected { "\" aria-selected=\"true\" tabindex=\"0\">" } else { "\" aria-selected=\"false\" tabindex=\"-1\">" });
            m.text(tab.label(t)).raw("</button>");
        }
        m.raw("</nav>");
    }
    m.html()
}

/// The open page for `state`.
fn page(state: &AppState) -> Html {
    // Each page is a function of its own (`#[inline(never)]` here, and wasm-opt's one-caller
    // inlining capped in the Makefile), not inlined into this one: the browser compiles wasm a
    // function at a time on its first call, so a first visit compiles the open page only
    // (inlined, this was one 34 KB function: ~20 ms of a new tab's first render).
    match state.tab {
        Tab::Retention => super::retention::retention_page(state),
        Tab::Payback => super::payback::payback_page(state),
        Tab::Case => super::case::case_page(state),
        Tab::Metrics => super::metrics::metrics_page(state),
        Tab::Scenarios => super::scenarios::scenarios_page(state),
        Tab::Report => super::report::report_page(state),
        Tab::Sources => super::sources::sources_page(state),
    }
}

#[component]
pub fn App(props: &Props) -> Html {
    let state = use_reducer(|| props.start.clone());
    texts::set_current(state.t);
    format::configure(&state.locale(), state.currency.code());
    sync::use_sync(&state);
    // How the page is shown, for the stylesheet: embedded, demo mode, or plain.
    let mode = match (state.mode.embed.is_some(), state.mode.demo) {
        (true, _) => "embed",
        (false, true) => "demo",
        (false, false) => "page",
    };
    // Busy until every stage is drawn (see `AppState::stage`).
    let busy = (!state.complete()).then_some("true");
    html! {
        <div class="app" data-mode={mode} aria-busy={busy}>{ chrome(&state) }{ page(&state) }</div>
    }
}
