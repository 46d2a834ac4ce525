use crate::routes::{self, SearchBy};
use leptos::prelude::*;

/// A news search box. A plain GET form to `/tim-kiem`, so it works before
/// (and without) script; with script the results are drawn in place
/// (`routes::use_go`).
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
) -> impl IntoView {
    let go = crate::routes::use_go();
    let input = NodeRef::<leptos::html::Input>::new();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
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
                <input id=id node_ref=input type="search" name="q" placeholder=placeholder autocomplete="off" value=value.get_untracked() />
                <button type="submit" class="button" class:button--quiet=compact>{submit}</button>
            </div>
        </form>
    }
}
