use crate::components::suggestions::{Combobox, Suggestions, DEBOUNCE_MS};
use crate::routes::{self, SearchBy};
use leptos::prelude::*;
use std::time::Duration;

/// The portal's search box. A plain GET form to `/tim-kiem`, so it works
/// before (and without) script; with script the results are drawn in
/// place (`routes::use_go`), and with `suggest` it is a combobox that
/// suggests products and articles as the reader types.
#[component]
pub fn SearchForm(
    /// The input's id (two forms can share a page).
    id: &'static str,
    label: &'static str,
    /// The search landmark's name: unique per page.
    landmark: &'static str,
    #[prop(optional)] class: &'static str,
    #[prop(optional)] placeholder: &'static str,
    #[prop(default = "Tìm")] submit: &'static str,
    /// Hides the label (the header's compact box).
    #[prop(optional)]
    compact: bool,
    /// The text the box shows (the search page shows the current query).
    #[prop(optional, into)]
    value: Signal<String>,
    /// Suggests as the reader types (the header's box).
    #[prop(optional)]
    suggest: bool,
) -> impl IntoView {
    let go = crate::routes::use_go();
    let input = NodeRef::<leptos::html::Input>::new();
    let combobox = Combobox::new("search-suggestions");
    // The list (and the files it searches) only once the reader types.
    let typed = RwSignal::new(false);
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let on_input = move |ev: leptos::ev::Event| {
        if !suggest {
            return;
        }
        let text = event_target_value(&ev);
        typed.set(true);
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(
            move || {
                combobox.open.set(!text.trim().is_empty());
                combobox.text.set(text);
            },
            Duration::from_millis(DEBOUNCE_MS),
        );
        pending.set_value(handle.ok());
    };
    let on_keydown = {
        let go = go.clone();
        move |ev: leptos::ev::KeyboardEvent| {
            if !suggest {
                return;
            }
            match ev.key().as_str() {
                "ArrowDown" => {
                    ev.prevent_default();
                    combobox.step(1);
                }
                "ArrowUp" => {
                    ev.prevent_default();
                    combobox.step(-1);
                }
                // The first Escape closes the list (the box keeps its
                // text); with the list closed, the browser's own Escape
                // clears the box.
                "Escape" if combobox.open.get_untracked() => {
                    ev.prevent_default();
                    combobox.close();
                }
                "Enter" => {
                    if let Some(link) = combobox.chosen() {
                        ev.prevent_default();
                        combobox.close();
                        go(&link, routes::Move::Page);
                    }
                }
                _ => {}
            }
        }
    };
    let on_focus = move |_| {
        if suggest
            && typed.get_untracked()
            && !combobox.text.with_untracked(|t| t.trim().is_empty())
        {
            combobox.open.set(true);
        }
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        combobox.close();
        let text = input.get().map(|i| i.value()).unwrap_or_default();
        go(
            &routes::search(SearchBy::Text, text.trim()),
            routes::Move::Page,
        );
    };
    crate::components::text_box::follow_text(input, move || value.get());
    let action = routes::search(SearchBy::Text, "");
    view! {
        <form class=class role="search" aria-label=landmark action=action.href() on:submit=on_submit>
            <label class:visually-hidden=compact for=id>{label}</label>
            <div class="search-form__row">
                <input id=id node_ref=input type="search" name="q" placeholder=placeholder autocomplete="off" value=value.get_untracked()
                    role=suggest.then_some("combobox")
                    aria-autocomplete=suggest.then_some("list")
                    aria-controls=suggest.then_some(combobox.list_id)
                    aria-expanded=move || suggest.then(|| combobox.open.get().to_string())
                    aria-activedescendant=move || combobox.open.get().then(|| combobox.active.get().map(|at| combobox.option_id(at))).flatten()
                    on:input=on_input on:keydown=on_keydown on:focus=on_focus on:blur=move |_| combobox.close() />
                <button type="submit" class="button" class:button--quiet=compact>{submit}</button>
            </div>
            {move || (suggest && typed.get()).then(|| view! { <Suggestions combobox /> })}
        </form>
    }
}
