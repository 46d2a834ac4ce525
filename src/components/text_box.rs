//! A text box whose shown text follows the app's state.

use crate::domain::query::normalize_text;
use leptos::prelude::*;

/// Keeps `input` showing `value` as `value` changes (the search page moves
/// to another query, a chip clears the gallery's text), but leaves it alone
/// when the app starts: a prerendered box is usable before the wasm
/// arrives, and what a reader typed into it then must still be there when
/// they press Enter. (A `prop:value` would be set at hydration, emptying
/// the box.) The box's first text is its `value` attribute.
pub fn follow_text(input: NodeRef<leptos::html::Input>, value: impl Fn() -> String + 'static) {
    Effect::new(move |shown: Option<String>| {
        let text = value();
        if shown.is_some_and(|shown| shown != text) {
            // Text the reader is typing, which the state only tidies
            // ("gốm " → "gốm"), is left as typed.
            let typed = |i: &web_sys::HtmlInputElement| normalize_text(&i.value()) == text;
            if let Some(input) = input.get_untracked().filter(|i| !typed(i)) {
                input.set_value(&text);
            }
        }
        text
    });
}
