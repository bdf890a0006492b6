//! A disclosure (`<details>`) whose body is drawn the first time it is opened, so folded text —
//! formulas, sources, methods, tables behind a chart — costs a first visit nothing.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FoldProps {
    /// The summary line, always shown.
    pub summary: Html,
    #[prop_or_default]
    pub class: Classes,
    /// The `data-testid` of the `<details>`.
    #[prop_or_default]
    pub hook: Option<AttrValue>,
    /// The body, drawn once the fold has been opened (and kept, with whatever was typed in it).
    pub children: Html,
}

#[component]
pub fn Fold(props: &FoldProps) -> Html {
    let drawn = use_state_eq(|| false);
    // A click on the summary draws the body before the browser paints the opened box; opening
    // it any other way (find in page, a script) is only told by the toggle event.
    let onclick = {
        let drawn = drawn.setter();
        Callback::from(move |_: MouseEvent| drawn.set(true))
    };
    let ontoggle = {
        let drawn = drawn.setter();
        Callback::from(move |_: Event| drawn.set(true))
    };
    html! {
        <details class={props.class.clone()} data-testid={props.hook.clone()} {ontoggle}>
            <summary {onclick}>{ props.summary.clone() }</summary>
            if *drawn {
                { props.children.clone() }
            }
        </details>
    }
}
