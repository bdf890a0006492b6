//! The Scenarios page: save the scenario on screen under a name, open, rename, duplicate or
//! delete saved ones, compare two to four side by side (differing inputs highlighted, results
//! and charts in columns), and move scenarios between browsers as JSON files.

use super::context::{use_ui, Ui};
use super::effect::Effect;
use super::format::date;
use super::panels::Comparison;
use super::state::{Action, Saved};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SavedItemProps {
    pub saved: Saved,
    /// Its place in the list, for ids.
    pub index: usize,
    pub picked: bool,
    /// Four are picked already, not this one.
    pub full: bool,
    pub renaming: bool,
    pub deleting: bool,
    pub locale: AttrValue,
}

/// One saved scenario in the list: name and date, open / rename / duplicate / delete (asked
/// once more, in place), and a switch to include it in the comparison.
#[component]
pub fn SavedItem(props: &SavedItemProps) -> Html {
    let ctl = use_ui();
    let t = ctl.t;
    let key = props.saved.key.clone();
    let name = props.saved.head.name.clone();
    let n = props.index;
    let rename_input = use_node_ref();
    let confirm = use_node_ref();
    // A form that opens in place takes the focus, so keyboard and screen reader users keep
    // their place.
    {
        let (rename_input, confirm) = (rename_input.clone(), confirm.clone());
        use_effect_with((props.renaming, props.deleting), move |_| {
            for node in [rename_input, confirm] {
                if let Some(el) = node.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }
    let onsubmit = {
        let (run, input) = (ctl.run.clone(), rename_input.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(input) = input.cast::<HtmlInputElement>() {
                run.emit(Effect::Rename(input.value()));
            }
        })
    };
    let button = |hook: &'static str, label: &'static str, onclick: Callback<MouseEvent>| {
        html! { <button type="button" class="tool" data-testid={(!hook.is_empty()).then_some(hook)} {onclick}>{ label }</button> }
    };
    html! {
        <li class="saved" data-testid="saved-item">
            <div class="saved-head">
                <input type="checkbox" id={format!("compare-{n}")} data-testid="compare-pick" checked={props.picked} disabled={props.full}
                    aria-describedby={format!("saved-{n}-name")} onchange={ctl.on(Action::ToggleCompare(key.clone()))} />
                <label for={format!("compare-{n}")}>{ t.compare }</label>
                <span class="saved-name" id={format!("saved-{n}-name")}>
                    <strong>{ name.clone() }</strong>{ " · " }{ date(&props.locale, props.saved.head.saved_at as f64, true) }
                </span>
            </div>
            if props.renaming {
                <form class="rename" {onsubmit}>
                    <label for="rename-input">{ t.new_name }</label>
                    <input ref={rename_input} id="rename-input" type="text" maxlength="80" data-testid="rename-input" value={name.clone()} />
                    <button type="submit" class="tool">{ t.save }</button>
                    { button("", t.cancel, ctl.on(Action::StartRename(None))) }
                </form>
            }
            <div class="saved-actions">
                if props.deleting {
                    <span role="status">{ crate::text::fill(t.confirm_delete, &name) }</span>
                    <button ref={confirm} type="button" class="tool" data-testid="confirm-delete" onclick={ctl.on_effect(Effect::Delete(key.clone()))}>{ t.delete }</button>
                    { button("", t.cancel, ctl.on(Action::AskDelete(None))) }
                } else {
                    { button("open-saved", t.open, ctl.on(Action::OpenSaved(key.clone()))) }
                    { button("track-saved", t.real_track, ctl.on(Action::TrackSaved(key.clone()))) }
                    { button("rename-saved", t.rename, ctl.on(Action::StartRename(Some(key.clone())))) }
                    { button("duplicate-saved", t.duplicate, ctl.on_effect(Effect::Duplicate(key.clone()))) }
                    { button("delete-saved", t.delete, ctl.on(Action::AskDelete(Some(key.clone())))) }
                }
            </div>
        </li>
    }
}

/// Download the scenario on screen, or open one from a file.
fn files(ctl: &Ui) -> Html {
    let t = ctl.t;
    let onchange = ctl.run.reform(|e: Event| Effect::Import(e.target_unchecked_into::<HtmlInputElement>()));
    html! {
        <>
            <h3>{ t.files }</h3>
            <div class="files">
                <button type="button" class="tool" data-testid="export-json" onclick={ctl.on_effect(Effect::ExportJson)}>{ t.download_json }</button>
                <input id="import-json" class="visually-hidden" type="file" accept=".json,application/json" data-testid="import-json"
                    aria-describedby="import-help" {onchange} />
                <label class="tool file-pick" for="import-json">{ t.import_json }</label>
            </div>
            <p class="help" id="import-help">{ t.import_help }</p>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct ScenariosPageProps {
    pub saved: Rc<Vec<Saved>>,
    /// Storage keys of the scenarios picked for comparison.
    pub compare: Vec<String>,
    pub renaming: Option<String>,
    pub deleting: Option<String>,
    pub draft_name: AttrValue,
    pub role: Option<&'static str>,
}

#[component]
pub fn ScenariosPage(props: &ScenariosPageProps) -> Html {
    let ui = use_ui();
    let ctl = &ui;
    let t = ui.t;
    let locale: AttrValue = ui.locale.to_string().into();
    let onsubmit = {
        let run = ctl.run.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            run.emit(Effect::Save);
        })
    };
    let oninput = ctl.act.reform(|e: InputEvent| Action::SetDraftName(e.target_unchecked_into::<HtmlInputElement>().value()));
    let items = props.saved.iter().enumerate().map(|(index, s)| {
        let picked = props.compare.contains(&s.key);
        html! {
            <SavedItem key={s.key.clone()} saved={s.clone()} {index} {picked} full={props.compare.len() >= 4 && !picked}
                renaming={props.renaming.as_ref() == Some(&s.key)} deleting={props.deleting.as_ref() == Some(&s.key)} locale={locale.clone()} />
        }
    });
    let picked: Vec<&Saved> = props.compare.iter().filter_map(|k| props.saved.iter().find(|s| &s.key == k)).collect();
    html! {
        <section class="scenarios" id="panel-scenarios" role={props.role} aria-labelledby={props.role.map(|_| "tab-scenarios")}>
            <h2>{ t.scenarios_title }</h2>
            <p class="intro">{ t.scenarios_intro }</p>
            <form class="save-form" {onsubmit}>
                <div class="field">
                    <label for="scenario-name">{ t.scenario_name }</label>
                    <div class="control">
                        <input id="scenario-name" type="text" maxlength="80" autocomplete="off" value={props.draft_name.clone()}
                            data-testid="scenario-name" aria-describedby="scenario-name-help" {oninput} />
                        <button type="submit" class="tool" data-testid="save-scenario">{ t.save }</button>
                    </div>
                    <p class="help" id="scenario-name-help">{ t.scenario_name_help }</p>
                </div>
            </form>
            if props.saved.is_empty() {
                <p data-testid="saved-empty">{ t.saved_empty }</p>
            } else {
                <ul class="saved-list" data-testid="saved-list">{ for items }</ul>
            }
            if picked.len() >= 2 {
                <Comparison picked={picked.into_iter().cloned().collect::<Vec<_>>()} />
            } else {
                <p class="help">{ t.compare_hint }</p>
            }
            { files(ctl) }
        </section>
    }
}
