//! The filter panel: every facet as a group of checkboxes with live counts,
//! the text box and the "hide expired" switch.

use super::state::{use_gallery, use_show};
use crate::domain::{catalog::successor_note, query::Facet, text::fold};
use crate::routes::Move;
use leptos::prelude::*;

#[component]
pub fn Filters() -> impl IntoView {
    let state = use_gallery();
    let show = use_show();
    let query = state.query;
    let text_input = NodeRef::<leptos::html::Input>::new();
    let on_text = {
        let show = show.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let text = text_input.get().map(|i| i.value()).unwrap_or_default();
            show(&query.get_untracked().with_text(&text));
        }
    };
    // Results follow the box as the reader types: the first letters make
    // a history entry, the rest refine it (Back does not step through every
    // letter).
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let on_input = {
        let go = crate::routes::use_go();
        move |ev: leptos::ev::Event| {
            let text = event_target_value(&ev);
            if let Some(handle) = pending.get_value() {
                handle.clear();
            }
            let go = go.clone();
            let handle = set_timeout_with_handle(
                move || {
                    let q = query.get_untracked();
                    let how = if q.text.is_empty() {
                        Move::State
                    } else {
                        Move::Refine
                    };
                    go(&state.link(&q.with_text(&text)), how);
                },
                std::time::Duration::from_millis(crate::components::suggestions::DEBOUNCE_MS),
            );
            pending.set_value(handle.ok());
        }
    };
    crate::components::text_box::follow_text(text_input, move || query.with(|q| q.text.clone()));
    view! {
        <form class="filter-search" role="search" aria-label="Tìm sản phẩm" on:submit=on_text>
            <label for="gallery-text">"Tìm sản phẩm, nhà sản xuất, xã"</label>
            <div class="filter-search__row">
                <input id="gallery-text" node_ref=text_input type="search" name="q" value=query.with_untracked(|q| q.text.clone()) placeholder="vd: gom su, mật ong" on:input=on_input />
                <button type="submit" class="button">"Tìm"</button>
            </div>
        </form>
        <FacetGroup facet=Facet::Stars title="Hạng sao" searchable=false />
        <FacetGroup facet=Facet::Commune title="Xã, thị trấn" searchable=true />
        <FacetGroup facet=Facet::Group title="Nhóm sản phẩm" searchable=false />
        <FacetGroup facet=Facet::Kind title="Loại hình chủ thể" searchable=false />
        <label class="switch">
            <input
                type="checkbox"
                prop:checked=move || query.with(|q| q.valid_only)
                on:change=move |ev| show(&query.get_untracked().with_valid_only(event_target_checked(&ev)))
            />
            " Ẩn sản phẩm đã hết hạn chứng nhận"
        </label>
    }
}

/// One facet: a checkbox per option, with the number of products it would
/// give; options that would give none are disabled, not hidden.
#[component]
fn FacetGroup(
    facet: Facet,
    title: &'static str,
    /// A filter box for long lists (22 communes).
    searchable: bool,
) -> impl IntoView {
    let state = use_gallery();
    let show = use_show();
    let facets = state.facets;
    let query = state.query;
    let (needle, set_needle) = signal(String::new());
    let catalog = state.catalog();
    // The option set is fixed for a catalogue; counts and ticks are
    // reactive. A commune's note says where it belongs since 2025.
    let rows = facets
        .with_untracked(|f| f.get(facet).to_vec())
        .into_iter()
        .map(|option| {
            let id = format!("f-{}-{}", facet.key(), option.value);
            let note = (facet == Facet::Commune)
                .then(|| catalog.communes.iter().find(|c| c.slug == option.value))
                .flatten()
                .and_then(|c| successor_note(c, &catalog.communes));
            let folded = fold(&option.label);
            let value = option.value.clone();
            let count_and_tick = Memo::new(move |_| {
                facets.with(|f| {
                    f.get(facet)
                        .iter()
                        .find(|o| o.value == value)
                        .map_or((0, false), |o| (o.count, o.selected))
                })
            });
            let visible = move || needle.with(|n| n.is_empty() || folded.contains(&fold(n)));
            let stars = (facet == Facet::Stars).then(|| {
                let n: usize = option.value.parse().unwrap_or(0);
                view! { <span class="stars" aria-hidden="true">{"★".repeat(n)}</span> " " }
            });
            let show = show.clone();
            let value = option.value.clone();
            view! {
                <li class="facet__option" class:facet__option--hidden=move || !visible()>
                    <input
                        type="checkbox"
                        id=id.clone()
                        prop:checked=move || count_and_tick.get().1
                        disabled=move || { let (count, ticked) = count_and_tick.get(); count == 0 && !ticked }
                        on:change=move |_| show(&query.get_untracked().with_toggled(facet, &value))
                    />
                    <label for=id>
                        <span class="facet__label">
                            {stars}
                            {option.label}
                            {note.map(|n| view! { <small class="facet__note">{n}</small> })}
                        </span>
                        <span class="facet__count">{move || count_and_tick.get().0}</span>
                    </label>
                </li>
            }
        })
        .collect_view();
    view! {
        <fieldset class="facet">
            <legend>{title}</legend>
            {searchable.then(|| view! {
                <input
                    type="search"
                    class="facet__search"
                    aria-label=format!("Lọc danh sách {}", title.to_lowercase())
                    placeholder="Gõ tên xã…"
                    on:input=move |ev| set_needle.set(event_target_value(&ev))
                />
            })}
            <ul class="facet__options">{rows}</ul>
        </fieldset>
    }
}
