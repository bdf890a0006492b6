//! The panels module (feature `panels`, `dist/rox_panels.js`): what the page shows only now and
//! then — the report's body, the business case's uncertainty panel, the self-assessment —
//! built as a Yew app of its own so it costs the page's first load nothing. The page fetches
//! it when a panel is first shown and mounts it into a `ui::later::Later` element with the
//! scenario's share link; a panel that changes the scenario sends a new link back
//! (`rox-panel:open`), which the page opens like one typed into the address. It reuses the
//! page's components (tiles, charts, tables) and its language pack; its own texts are
//! `text::panels`. The Monte Carlo runs in a worker that loads this same module (`MonteCarlo`).

mod assessment;
mod assumptions;
mod charts;
mod compare;
mod report;
mod text_table;
mod uncertainty;
mod worker;

use super::context::Ui;
use super::format;
use super::link;
use super::state::{AppState, Mode};
use crate::finance::input::Notation;
use crate::text::{panels::PanelTexts, Currency, Lang, Texts};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

pub use worker::MonteCarlo;

thread_local! {
    /// The language packs handed over so far, by language.
    static PACKS: RefCell<Vec<(Lang, &'static Texts)>> = const { RefCell::new(Vec::new()) };
    /// How numbers are typed in the language on screen (set by `Root`).
    static NOTATION: std::cell::Cell<Notation> = const { std::cell::Cell::new(Notation::Point) };
}

/// How numbers are typed in the language on screen.
pub fn notation() -> Notation {
    NOTATION.with(std::cell::Cell::get)
}

/// Which panel an element shows.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Report,
    Case,
    Assessment,
    /// The panels' own entries on the Sources page.
    Sources,
    /// Goal seek under the payback and the retention calculators.
    Payback,
    Retention,
    /// The comparison of saved scenarios.
    Compare,
}

/// The page's share link in what the page hands over: its first line (a comparison adds the
/// scenarios it compares on lines of their own).
fn page_link(handover: &str) -> &str {
    handover.split('\n').next().unwrap_or_default()
}

#[derive(Properties, PartialEq)]
pub struct RootProps {
    pub kind: Kind,
    /// The scenario as the page's share link.
    pub link: Rc<str>,
    pub t: &'static Texts,
    pub lang: Lang,
    pub browser: Rc<str>,
}

/// The page's state as the link describes it: scenario, names, language, currency.
fn state_of(props: &RootProps) -> AppState {
    let currency = Currency::for_locale(&props.browser, props.lang);
    link::start(AppState::new(props.t, props.lang, currency, &props.browser, Mode::default()), page_link(&props.link))
}

/// Send a changed scenario to the page, as a share link.
pub fn open(link: &str) {
    if let Some(w) = web_sys::window() {
        let init = web_sys::CustomEventInit::new();
        init.set_detail(&link.into());
        if let Ok(e) = web_sys::CustomEvent::new_with_event_init_dict("rox-panel:open", &init) {
            let _ = w.dispatch_event(&e);
        }
    }
}

/// A panel: the same contexts as the page's components read (texts, number format), then the
/// panel itself.
#[component]
pub fn Root(props: &RootProps) -> Html {
    let state = use_memo((props.link.clone(), props.lang), |_| state_of(props));
    let locale = state.locale();
    format::configure(&locale, state.currency.code());
    super::texts::set_current(props.t);
    NOTATION.with(|n| n.set(props.lang.notation()));
    let ui = Ui {
        t: super::texts::in_money(props.t, state.currency.code(), &locale),
        currency: state.currency,
        locale: locale.into(),
        act: Callback::noop(),
        run: Callback::noop(),
    };
    let pt = PanelTexts::of(props.lang);
    html! {
        <ContextProvider<Ui> context={ui}>
            <ContextProvider<&'static PanelTexts> context={pt}>
                // A page with a field that is not a number yet hands over a link without it: the
                // panels show nothing computed from a default in its place, and send nothing back.
                { match props.kind {
                    Kind::Report | Kind::Case | Kind::Assessment | Kind::Payback | Kind::Retention if state.notice.is_some() => html! {
                        <article class={if props.kind == Kind::Report { "report" } else { "panel-card" }} data-testid={if props.kind == Kind::Report { "report" } else { "panel-stale" }}>
                            <p class="stale-note">{ pt.panel_stale }</p>
                        </article>
                    },
                    Kind::Report => html! { <report::ReportArticle state={state.clone()} /> },
                    Kind::Case => html! { <uncertainty::UncertaintyPanel state={state.clone()} /> },
                    Kind::Assessment => html! { <assessment::AssessmentPanel state={state.clone()} /> },
                    Kind::Sources => html! { <assessment::MappingSource /> },
                    Kind::Payback => html! { <uncertainty::CalculatorGoalSeek state={state.clone()} payback=true /> },
                    Kind::Retention => html! { <uncertainty::CalculatorGoalSeek state={state.clone()} payback=false /> },
                    Kind::Compare => html! { <compare::Comparison handover={props.link.clone()} /> },
                } }
            </ContextProvider<&'static PanelTexts>>
        </ContextProvider<Ui>>
    }
}

/// The panel texts (provided by `Root`).
#[hook]
pub fn use_pt() -> &'static PanelTexts {
    use_context::<&'static PanelTexts>().expect("Root provides the panel texts")
}

/// A panel drawn into an element of the page.
#[wasm_bindgen]
pub struct PanelApp {
    handle: Option<yew::AppHandle<Root>>,
    kind: Kind,
    t: &'static Texts,
    lang: Lang,
    browser: Rc<str>,
}

#[wasm_bindgen]
impl PanelApp {
    /// Show the scenario of share link `link`.
    pub fn update(&mut self, link: &str) {
        let props = RootProps { kind: self.kind, link: link.into(), t: self.t, lang: self.lang, browser: self.browser.clone() };
        if let Some(h) = self.handle.as_mut() {
            h.update(props);
        }
    }
}

impl Drop for PanelApp {
    fn drop(&mut self) {
        // Yew's handle has no Drop of its own: the app would live on, detached.
        if let Some(h) = self.handle.take() {
            h.destroy();
        }
    }
}

/// Mount panel `kind` ("report", "case", "assessment", "sources", "payback", "retention",
/// "compare") into `root` for share link `link`, with
/// the language pack `pack` of the link's language; `None` for an unknown kind or a pack that is
/// not this build's.
#[wasm_bindgen]
pub fn mount(root: web_sys::Element, kind: &str, pack: String, link: &str, browser: &str) -> Option<PanelApp> {
    let kind = match kind {
        "report" => Kind::Report,
        "case" => Kind::Case,
        "assessment" => Kind::Assessment,
        "sources" => Kind::Sources,
        "payback" => Kind::Payback,
        "retention" => Kind::Retention,
        "compare" => Kind::Compare,
        _ => return None,
    };
    let lang = crate::forms::share::decode(page_link(link)).ok().and_then(|l| l.lang).and_then(|l| Lang::from_tag(&l)).unwrap_or_default();
    let known = PACKS.with(|p| p.borrow().iter().find(|(l, _)| *l == lang).map(|(_, t)| *t));
    let t = match known {
        Some(t) => t,
        None => {
            let t = Texts::from_pack(pack)?;
            PACKS.with(|p| p.borrow_mut().push((lang, t)));
            t
        }
    };
    install_crash_notice();
    apart_from_the_page();
    let browser: Rc<str> = browser.into();
    let props = RootProps { kind, link: link.into(), t, lang, browser: browser.clone() };
    let handle = yew::Renderer::<Root>::with_root_and_props(root, props).render();
    Some(PanelApp { handle: Some(handle), kind, t, lang, browser })
}

#[component]
fn Nothing() -> Html {
    Html::default()
}

/// Keep this module's apps apart from the page's in Yew's event delegation. Each Yew instance
/// numbers its app roots from 1, and an event inside a panel reaches the page's listener too:
/// with the same number, the page's Yew takes the panel as its own and runs whichever of its
/// handlers has the listener number a panel element carries. So this module's first root, a
/// detached one drawn once, takes the number the page's app has, and panels are numbered after it.
fn apart_from_the_page() {
    thread_local! {
        static DONE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    if DONE.with(|d| d.replace(true)) {
        return;
    }
    if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.create_element("div").ok()) {
        yew::Renderer::<Nothing>::with_root(el).render().destroy();
    }
}

/// A panic in this module stops its panels, not the page: each says so where it was.
fn install_crash_notice() {
    yew::set_custom_panic_hook(Box::new(|_| {
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
        let Ok(list) = doc.query_selector_all(".later") else { return };
        let text = super::texts::current().map_or("", |t| t.crash_body);
        for i in 0..list.length() {
            if let Some(el) = list.item(i).and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok()) {
                el.set_text_content(Some(text));
            }
        }
    }));
}
