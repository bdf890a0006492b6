//! Display-only markup written as escaped text. A tile, a citation or a table needs no
//! per-element Yew nodes; writing it as text costs a fraction of the wasm (see docs/size.md).
//! Everything not written by this crate goes through `text`/`attr` (escaped), and the page's
//! Content-Security-Policy forbids inline script in any case.
//!
//! Markup that changes as the person types (tiles, charts, tables, forms) is a *region*. Its
//! nodes survive every render: Yew is handed the region's first markup again and again (an
//! unchanged string it leaves alone) and the after-render sync morphs the nodes into the new
//! markup, touching only what differs (see `browser.js`). So a keystroke updates numbers rather
//! than rebuilding tables and charts, and the field being typed in keeps focus and caret. One
//! root element of a fixed tag keeps Yew's record of the nodes true. A form costs one
//! `innerHTML` on first render instead of several Yew calls per element. A region written with
//! `Markup::parts` marks each top-level element as a part, and `morph` then parses only the
//! parts that changed: a keystroke re-reads one field rather than the whole form.

use std::cell::RefCell;
use yew::prelude::*;

/// Marks the start of a held region's top-level part (see `Markup::parts`). Never in text:
/// `escape` drops it.
pub const PART: char = '\u{1}';

thread_local! {
    /// Regions rendered since the last sync: (key, markup, whether it was first drawn).
    static REGIONS: RefCell<Vec<(String, String, bool)>> = const { RefCell::new(Vec::new()) };
    /// The first markup of each region on the page: what Yew is shown while it stays.
    static HELD: RefCell<Vec<(String, AttrValue)>> = const { RefCell::new(Vec::new()) };
}

/// `inner` in a `<div class="{class}">`, as a region under `key` (unique on a page).
pub fn held_region(key: &str, class: &str, inner: &str) -> Html {
    // Parts end with a mark too, so the last part does not take the closing tag with it.
    let end = if inner.contains(PART) { "\u{1}</div>" } else { "</div>" };
    let markup = ["<div class=\"", class, "\">", inner, end].concat();
    let first = HELD.with(|h| h.borrow().iter().find(|(k, _)| k == key).map(|(_, v)| v.clone()));
    let first = match first {
        Some(first) => {
            REGIONS.with(|r| r.borrow_mut().push((key.to_owned(), markup, false)));
            first
        }
        None => {
            let first = AttrValue::from(markup.replace(PART, ""));
            REGIONS.with(|r| r.borrow_mut().push((key.to_owned(), markup, true)));
            HELD.with(|h| h.borrow_mut().push((key.to_owned(), first.clone())));
            first
        }
    };
    html! { <div class="markup" data-region={key.to_owned()}>{ Html::from_html_unchecked(first) }</div> }
}

/// `markup` as a region under `key`, in a root that draws no box of its own.
pub fn region(key: &str, markup: String) -> Html {
    held_region(key, "region", &markup)
}

/// After a render: morph every region into its new markup, and forget the ones that are gone.
pub fn apply_regions(doc: &web_sys::Document) {
    let rendered = REGIONS.with(|r| std::mem::take(&mut *r.borrow_mut()));
    for (key, markup, new) in &rendered {
        let selector = ["[data-region=\"", key.as_str(), "\"]"].concat();
        if let Ok(Some(el)) = doc.query_selector(&selector) {
            // A new region was drawn with this markup already: `morph` only learns it, so the
            // next render does not parse it all again to find nothing changed.
            super::browser::morph(&el, markup, *new);
        }
    }
    // A region that was not rendered is gone; if it comes back it starts afresh.
    HELD.with(|h| h.borrow_mut().retain(|(k, _)| rendered.iter().any(|(r, _, _)| r == k)));
}

/// Append `s` with `&`, `<`, `>` and `"` escaped, so text can sit in markup and attributes.
pub fn escape(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            PART => {}
            c => out.push(c),
        }
    }
}

#[derive(Default)]
pub struct Markup(pub String, bool);

impl Markup {
    /// Markup for a held region whose top-level elements are marked as parts (`part`): later
    /// renders parse only the parts that changed (a keystroke: one field, not the whole form).
    /// Every top-level element must start a part, or the region is always patched whole.
    pub fn parts() -> Self {
        Markup(String::new(), true)
    }

    /// Start a top-level part, if this markup has parts.
    pub fn part(&mut self) -> &mut Self {
        if self.1 {
            self.0.push(PART);
        }
        self
    }

    /// Markup this crate writes itself: tags, attribute names, class names.
    pub fn raw(&mut self, s: &str) -> &mut Self {
        self.0.push_str(s);
        self
    }

    /// Text, escaped.
    pub fn text(&mut self, s: &str) -> &mut Self {
        escape(&mut self.0, s);
        self
    }

    /// ` name="value"`, the value escaped.
    pub fn attr(&mut self, name: &str, value: &str) -> &mut Self {
        self.0.push(' ');
        self.0.push_str(name);
        self.0.push_str("=\"");
        escape(&mut self.0, value);
        self.0.push('"');
        self
    }

    /// `<tag class="class">text</tag>`.
    pub fn el(&mut self, tag: &str, class: &str, text: &str) -> &mut Self {
        self.0.push('<');
        self.0.push_str(tag);
        if !class.is_empty() {
            self.attr("class", class);
        }
        self.0.push('>');
        self.text(text);
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    /// A button that sends command `act` with `arg` (see `dispatch`), test hook `hook`.
    pub fn button(&mut self, act: &str, arg: &str, hook: &str, label: &str) -> &mut Self {
        self.raw("<button type=\"button\" class=\"tool\" data-act=\"").raw(act).raw("\"").attr("data-arg", arg);
        if !hook.is_empty() {
            self.raw(" data-testid=\"").raw(hook).raw("\"");
        }
        self.raw(">").text(label).raw("</button>")
    }

    pub fn html(self) -> Html {
        Html::from_html_unchecked(self.0.into())
    }

    /// As a region (see above) under `key`.
    pub fn region(self, key: &str) -> Html {
        region(key, self.0)
    }
}
