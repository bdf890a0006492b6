//! Everything that touches the world outside the app, in one place. `Effect`s are what a
//! component asks for that needs the browser first (storage, the clipboard, a file, a download,
//! printing); each runs here and sends its outcome to the reducer as an `Action`. `use_effects`
//! keeps the outside in line with the state after each render: the address, the document's
//! language, language packs, the host page's events, the next frame of a first visit, the
//! helper a lever card asked for, the open page's tab kept in view, and the keyboard shortcuts
//! and address bar it listens to. `use_fit` measures the width a chart has.

use super::browser;
pub use super::effect::Effect;
use super::events::{detail, detail_of, headline};
use super::state::{Action, AppState, Helper, Notice, Tab};
use super::{files, storage, texts, years};
use crate::forms::scenario::MAX_FILE_BYTES;
use crate::state::link;
use crate::text::{Lang, Texts};
use gloo_events::{EventListener, EventListenerOptions};
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::platform::spawn_local;
use yew::prelude::*;

/// Run `effect` against `state` (the state on screen); outcomes go to `act`.
pub fn run(state: &AppState, act: &Callback<Action>, effect: Effect) {
    match effect {
        Effect::ChooseLanguage(lang) => {
            storage::remember("rox.lang", lang.code());
            act.emit(Action::SetLanguage(lang));
        }
        Effect::ChooseCurrency(c) => {
            storage::remember("rox.currency", c.code());
            act.emit(Action::SetCurrency(c));
        }
        Effect::CopyLink => {
            let here = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
            let url = [here.split('#').next().unwrap_or_default(), "#", &link::encode(state)].concat();
            let act = act.clone();
            spawn_local(async move {
                let copied = JsFuture::from(browser::copy_text(&url)).await.is_ok_and(|v| v.is_truthy());
                act.emit(Action::Notify(if copied { Notice::Copied } else { Notice::CopyFailed }));
            });
        }
        Effect::Save => {
            act.emit(Action::SetDraftName(String::new()));
            finish(act, storage::save(state));
        }
        Effect::Rename(name) => {
            act.emit(Action::StartRename(None));
            if let Some(done) = state.renaming.as_deref().and_then(|key| storage::rename(state, key, &name)) {
                finish(act, done);
            }
        }
        Effect::Duplicate(key) => {
            if let Some(done) = storage::duplicate(state, &key) {
                finish(act, done);
            }
        }
        Effect::Delete(key) => {
            act.emit(Action::AskDelete(None));
            act.emit(storage::delete(&key));
        }
        Effect::ExportJson => {
            let mut head = storage::head_now(state);
            head.name = state.t.scenario_file_name.to_owned();
            let (act, scenario) = (act.clone(), state.scenario.clone());
            spawn_local(async move {
                match files::write(&scenario, &head, None).await {
                    Some(text) => browser::download("rox-scenario.json", "application/json", &text),
                    None => act.emit(Action::Notify(Notice::FilesUnavailable)),
                }
            });
        }
        Effect::ExportCsv(tab) => export_csv(state, tab),
        Effect::ExportSimulation(summary) => {
            let csv = super::panels::simulation_csv(state.t, state.lang.notation(), &summary);
            browser::download("rox-monte-carlo.csv", "text/csv;charset=utf-8", &csv);
        }
        Effect::DownloadSlides => download_slides(state, act),
        Effect::Print => {
            browser::emit("rox:report", &detail(state, &[]));
            if let Some(w) = web_sys::window() {
                let _ = w.print();
            }
        }
        Effect::Import(input) => {
            let (act, notation) = (act.clone(), state.lang.notation());
            spawn_local(async move {
                let Ok(value) = JsFuture::from(browser::read_file(&input, MAX_FILE_BYTES as u32)).await else { return };
                match value.as_string() {
                    Some(text) => act.emit(match files::read(&text, notation).await {
                        Ok(Some(opened)) => Action::Open(Rc::new(opened)),
                        Ok(None) => Action::Notify(Notice::FileRefused),
                        Err(files::Unavailable) => Action::Notify(Notice::FilesUnavailable),
                    }),
                    // Nothing chosen.
                    None if value.is_null() => {}
                    None => act.emit(Action::Notify(Notice::FileRefused)),
                }
            });
        }
    }
}

/// Download the year table of page `tab` as `rox-<page>.csv` (built on request, not on every
/// keystroke).
fn export_csv(state: &AppState, tab: Tab) {
    let (t, s) = (state.t, &state.scenario);
    let n = state.lang.notation();
    let text = match tab {
        Tab::Retention => s.retention.result().map(|r| years::retention(t, r).csv(n)),
        Tab::Payback => s.payback.result().map(|r| years::payback(t, r).csv(n)),
        Tab::Case => s.case.result().map(|r| years::case(t, r).csv(n)),
        // One row per period and lever.
        Tab::Realisation => crate::forms::realisation::csv(t, &s.realisation, &s.case, n),
        Tab::Metrics | Tab::Scenarios | Tab::Report | Tab::Sources | Tab::Assessment => None,
    };
    if let Some(text) = text {
        let name = ["rox-", tab.key(), ".csv"].concat();
        browser::download(&name, "text/csv;charset=utf-8", &text);
    }
}

/// Send what `done` ends with to the reducer.
fn finish(act: &Callback<Action>, done: impl std::future::Future<Output = Action> + 'static) {
    let act = act.clone();
    spawn_local(async move { act.emit(done.await) });
}

/// Fetch language `lang`'s pack and hand it to the reducer (nothing happens if it cannot load:
/// the page stays in the language it has).
fn load_pack(lang: Lang, act: Callback<Action>) {
    spawn_local(async move {
        let text = JsFuture::from(browser::fetch_text(&texts::url(lang))).await.ok().and_then(|v| v.as_string());
        if let Some(t) = text.and_then(Texts::from_pack) {
            act.emit(Action::TextsLoaded(lang, t));
        }
    });
}

/// The address's fragment, without `#`.
pub fn fragment() -> String {
    let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
    hash.strip_prefix('#').unwrap_or(&hash).to_owned()
}

/// Keys: Alt+1…9 open a page, Alt+[ and Alt+] the previous or next saved scenario, Alt+Z
/// undoes, Alt+R resets the open calculator, Alt+D toggles demo mode — physical keys (`code`),
/// so they work on any layout, always with Alt, so typing is never taken over.
fn shortcut(e: &KeyboardEvent) -> Option<Action> {
    if !e.alt_key() || e.ctrl_key() || e.meta_key() {
        return None;
    }
    let code = e.code();
    Some(match code.as_str() {
        "KeyZ" => Action::Undo,
        "KeyR" => Action::ResetOpen,
        "KeyD" => Action::ToggleDemo,
        "BracketRight" => Action::Step(1),
        "BracketLeft" => Action::Step(-1),
        _ => {
            let digit = code.strip_prefix("Digit")?.parse::<usize>().ok()?;
            Action::SelectTab(*Tab::ALL.get(digit.wrapping_sub(1))?)
        }
    })
}

/// The business case on screen as a `.pptx` download, in its language and currency. A case
/// that does not compute has no slides (the page shows its errors already); a slides module
/// that cannot load is said in a notice.
fn download_slides(state: &AppState, act: &Callback<Action>) {
    let s = &state.scenario;
    let Some(simulation) = super::panels::simulation_of(&s.case, &s.panels) else { return };
    let locale = state.locale();
    let num = super::format::Numbers::new(&locale, state.currency.code());
    let t = texts::in_money(state.t, &num, &locale);
    let date = super::format::date(&locale, js_sys::Date::now(), false);
    let input = crate::slides::DeckInput {
        t,
        num: &num,
        lang: state.lang,
        simulation,
        prepared_for: &s.prepared_for,
        prepared_by: &s.prepared_by,
        date: &date,
        assessment: crate::forms::panels::assessment_of(s),
    };
    let Ok(deck) = crate::slides::deck(&input) else { return };
    let Ok(deck) = serde_wasm_bindgen::to_value(&deck) else { return };
    let name = [t.slides_file_name, ".pptx"].concat();
    let act = act.clone();
    spawn_local(async move {
        match JsFuture::from(crate::slides::make_slides(deck)).await {
            Ok(bytes) => browser::download_bytes(&name, "application/vnd.openxmlformats-officedocument.presentationml.presentation", &bytes),
            Err(_) => act.emit(Action::Notify(Notice::SlidesFailed)),
        }
    });
}

/// Bring the world outside in line with `state` after each render; `act` is the reducer's.
#[hook]
/// `link` is the state's share link (`link::encode`), made once a render.
pub fn use_effects(state: &AppState, act: &Callback<Action>, link: &AttrValue) {
    // Listen, for the life of the page: a link or page name typed into the address bar (or
    // Back), and the keyboard shortcuts.
    {
        let (act, notation) = (act.clone(), state.lang.notation());
        use_effect_with((), move |_| {
            browser::started();
            // The saved scenarios, read by the scenario-file module after the first render. If
            // it cannot load (offline before it was ever fetched), the person is told once, and
            // it is tried again when the browser is back online, or in a while.
            {
                let act = act.clone();
                spawn_local(async move {
                    let mut told = false;
                    while let Err(files::Unavailable) = storage::load_saved(notation, &act).await {
                        if !std::mem::replace(&mut told, true) {
                            act.emit(Action::Notify(Notice::FilesUnavailable));
                        }
                        let _ = JsFuture::from(browser::retry_later()).await;
                    }
                });
            }
            let listeners = web_sys::window().map(|w| {
                let on_hash = {
                    let act = act.clone();
                    EventListener::new(&w, "hashchange", move |_| act.emit(Action::OpenFragment(fragment())))
                };
                // Not passive: a shortcut keeps the browser from acting on the key too.
                let on_key = EventListener::new_with_options(&w, "keydown", EventListenerOptions::enable_prevent_default(), move |e| {
                    if let Some(action) = e.dyn_ref::<KeyboardEvent>().and_then(shortcut) {
                        e.prevent_default();
                        act.emit(action);
                    }
                });
                (on_hash, on_key)
            });
            move || drop(listeners)
        });
    }
    // The address follows every change, but not the first render: a plain visit keeps a plain
    // address, and a damaged link stays visible until the person changes something. Handed
    // over as the render is made, not in an effect: Yew may yield to the browser between a
    // render and its effects, and a reload in that gap would lose the change.
    let shown = use_mut_ref(|| link.clone());
    if *shown.borrow() != *link {
        *shown.borrow_mut() = link.clone();
        browser::show_address(link);
    }
    // `<html lang>`, and the crash notice (a panic hook, outside the app) in the language on
    // screen: its pack changes with the language only.
    let t = state.t;
    use_effect_with(state.lang, move |lang| {
        texts::set_current(t);
        if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
            let _ = root.set_attribute("lang", lang.code());
        }
    });
    {
        let act = act.clone();
        use_effect_with(state.loading, move |loading| {
            if let Some(lang) = *loading {
                load_pack(lang, act);
            }
        });
    }
    // The open page's tab in the tab bar's visible part (on a phone the bar scrolls sideways),
    // on arrival and whenever the page changes. Measured once the frame is on screen, when the
    // layout is done, not inside the render (where reading it makes the browser lay out the
    // page there and then); and before the next stage is drawn (this effect comes first, so its
    // frame's wait ends first), while the layout is still the one on screen.
    use_effect_with(state.tab, |&tab| {
        spawn_local(async move {
            let _ = JsFuture::from(browser::after_paint()).await;
            show_tab(tab);
        })
    });
    // Once a stage's frame is on screen, the next is drawn (see `AppState::stage`).
    {
        let act = act.clone();
        use_effect_with((state.stage, state.complete()), move |&(_, complete)| {
            if !complete {
                spawn_local(async move {
                    let _ = JsFuture::from(browser::after_paint()).await;
                    act.emit(Action::DrawMore);
                });
            }
        });
    }
    // What a host page hears: the calculator opened, then its headline results as they change.
    let (tab, currency) = (state.tab, state.currency);
    use_effect_with(tab, move |&tab| browser::emit("rox:opened", &detail_of(tab, currency, &[])));
    use_effect_with(headline(state), move |results| {
        if !results.is_empty() {
            browser::emit("rox:result", &detail_of(tab, currency, results));
        }
    });
    use_effect_with(state.open_helper, |helper| {
        if let Some(id) = *helper {
            show_helper(id);
        }
    });
}

/// Scroll the tab bar, and only it, so that `tab`'s tab is wholly in view, centred if it was not.
fn show_tab(tab: Tab) {
    let doc = web_sys::window().and_then(|w| w.document());
    let Some(el) = doc.and_then(|d| d.get_element_by_id(&["tab-", tab.key()].concat())) else { return };
    let Some(bar) = el.parent_element() else { return };
    let (b, t) = (bar.get_bounding_client_rect(), el.get_bounding_client_rect());
    if t.left() < b.left() || t.right() > b.right() {
        let centre = (t.left() + t.right()) / 2.0 - (b.left() + b.right()) / 2.0;
        bar.set_scroll_left(bar.scroll_left() + centre.round() as i32);
    }
}

/// The width a chart is drawn at, in its viewBox's units: the wide layout's own, or, where that
/// layout's text would be drawn too small, the box's width (in steps, so that a small change of
/// size draws nothing again, and no less than the narrow layout needs) for the narrow layout
/// (fewer ticks, names above their bars, labels wrapped). Chart text is then drawn at about the
/// size it is given, however wide the card.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Fit(pub i32);

impl Fit {
    pub const WIDE: i32 = 640;
    pub const NARROWEST: i32 = 300;
    /// The narrowest box, in CSS pixels, the wide layout is drawn in.
    const WIDE_FROM: f64 = 600.0;
    const STEP: i32 = 20;

    pub fn of(width: f64) -> Fit {
        if width >= Self::WIDE_FROM {
            Fit(Self::WIDE)
        } else {
            Fit((width.max(0.0) as i32 / Self::STEP * Self::STEP).max(Self::NARROWEST))
        }
    }

    pub fn wide(self) -> bool {
        self.0 == Self::WIDE
    }

    /// A chart's layout before its box is measured: that of the last box measured, or, for the
    /// first chart of the visit, of the results card on a `window`-wide page (the window less
    /// the page's and the card's side padding and border in style.css: 21 px a side up to 420
    /// px, 33 above). A right guess draws each chart once; a wrong one, twice.
    fn guess(window: impl FnOnce() -> f64) -> Fit {
        let width = MEASURED.get().unwrap_or_else(|| {
            let w = window();
            w - if w <= 420.0 { 42.0 } else { 66.0 }
        });
        Fit::of(width)
    }
}

thread_local! {
    /// The width of the chart box measured last (see `Fit::guess`).
    static MEASURED: std::cell::Cell<Option<f64>> = const { std::cell::Cell::new(None) };
}

/// The layout for the element the returned `NodeRef` is put on: first guessed (`Fit::guess`),
/// then measured when the element is drawn and again whenever its width changes (a
/// `ResizeObserver`, disconnected when the component goes). A change of size that keeps the
/// layout draws nothing again.
#[hook]
pub fn use_fit() -> (NodeRef, Fit) {
    let node = use_node_ref();
    let fit = use_state_eq(|| Fit::guess(|| web_sys::window().and_then(|w| w.inner_width().ok()).and_then(|w| w.as_f64()).unwrap_or_default()));
    {
        let (node, fit) = (node.clone(), fit.clone());
        use_effect_with((), move |_| {
            let watch = node.cast::<web_sys::Element>().and_then(|el| {
                let measured = el.clone();
                let on_resize = Closure::<dyn FnMut()>::new(move || {
                    let width = f64::from(measured.client_width());
                    // A hidden box (a closed disclosure) measures 0: no guide for the next.
                    if width > 0.0 {
                        MEASURED.set(Some(width));
                    }
                    fit.set(Fit::of(width));
                });
                let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
                observer.observe(&el);
                Some((observer, on_resize))
            });
            move || {
                if let Some((observer, _on_resize)) = watch {
                    observer.disconnect();
                }
            }
        });
    }
    (node, *fit)
}

/// Bring the helper a lever card asked for into view and focus its first input.
fn show_helper(id: Helper) {
    let doc = web_sys::window().and_then(|w| w.document());
    let el = doc.and_then(|d| d.get_element_by_id(&["helper-", id.key()].concat()));
    if let Some(el) = el {
        el.scroll_into_view();
        if let Ok(Some(input)) = el.query_selector("input") {
            if let Ok(input) = input.dyn_into::<web_sys::HtmlElement>() {
                let _ = input.focus();
            }
        }
    }
}
