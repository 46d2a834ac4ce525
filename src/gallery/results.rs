//! The results: the count and sort, the chips of active filters, the grid
//! of the current page, pagination, and the empty state.

use super::{
    card,
    state::{use_gallery, use_show},
};
use crate::{
    components::pagination::Pagination,
    domain::{
        catalog::stars_label,
        gallery::Gallery,
        paging::{page_count, page_of},
        query::{Facet, GalleryQuery, Sort},
    },
    site::use_site,
};
use leptos::either::Either;
use leptos::prelude::*;

/// The count, the sort and the removable chips of active filters.
#[component]
pub fn Toolbar() -> impl IntoView {
    let state = use_gallery();
    let show = use_show();
    let query = state.query;
    let results = state.results;
    view! {
        <div class="toolbar">
            <p class="toolbar__count" role="status" aria-live="polite">
                {move || format!("{} sản phẩm", results.with(Vec::len))}
            </p>
            <label class="toolbar__sort">
                <span class="toolbar__sort-label">"Sắp xếp: "</span>
                <select on:change=move |ev| {
                    let sort = Sort::from_key(&event_target_value(&ev)).unwrap_or_default();
                    show(&query.get_untracked().with_sort(sort));
                }>
                    {Sort::ALL.into_iter().map(|sort| view! {
                        <option value=sort.key() selected=move || query.with(|q| q.sort == sort)>{sort.label()}</option>
                    }).collect_view()}
                </select>
            </label>
        </div>
        <Chips />
    }
}

#[component]
fn Chips() -> impl IntoView {
    let state = use_gallery();
    let show = use_show();
    let index = state.index();
    move || {
        let q = state.query.get();
        q.is_filtered().then(|| {
            let chips = removable(&q, &index);
            let cleared = q.cleared();
            let clear = show.clone();
            view! {
                <ul class="chips" aria-label="Bộ lọc đang dùng">
                    {chips.into_iter().map(|(label, without)| {
                        let show = show.clone();
                        view! {
                            <li>
                                <button type="button" class="chip" aria-label=format!("Bỏ lọc {label}")
                                    on:click=move |_| show(&without)>
                                    {label.clone()} <span aria-hidden="true">" ×"</span>
                                </button>
                            </li>
                        }
                    }).collect_view()}
                    <li>
                        <button type="button" class="chip chip--clear" on:click=move |_| clear(&cleared)>
                            "Xóa bộ lọc"
                        </button>
                    </li>
                </ul>
            }
        })
    }
}

/// Each active filter, named, with the query without it.
fn removable(q: &GalleryQuery, index: &Gallery) -> Vec<(String, GalleryQuery)> {
    let mut chips: Vec<(String, GalleryQuery)> = Vec::new();
    for facet in Facet::ALL {
        for value in q.selected(facet) {
            let label = match facet {
                Facet::Stars => value.parse().map_or(value.clone(), stars_label),
                _ => index.label(facet, &value).to_owned(),
            };
            chips.push((label, q.with_toggled(facet, &value)));
        }
    }
    if !q.text.is_empty() {
        chips.push((format!("“{}”", q.text), q.with_text("")));
    }
    if let Some(year) = q.year {
        chips.push((format!("Công nhận năm {year}"), q.with_year(None)));
    }
    if q.valid_only {
        chips.push(("Còn hiệu lực".to_owned(), q.with_valid_only(false)));
    }
    chips
}

/// No results: the nearest text that finds something, and each filter
/// with how many results dropping it would give.
#[component]
fn NoResults(q: GalleryQuery) -> impl IntoView {
    let state = use_gallery();
    let show = use_show();
    let today = use_site().today.get_untracked();
    let index = state.index();
    let did_you_mean = index
        .text()
        .did_you_mean(&q.text)
        .map(|text| (text.clone(), q.with_text(&text)))
        .filter(|(_, better)| !index.results(better, today).is_empty());
    let ways_out = removable(&q, &index)
        .into_iter()
        .map(|(label, without)| {
            let count = index.results(&without, today).len();
            (label, without, count)
        })
        .filter(|(_, _, count)| *count > 0)
        .collect::<Vec<_>>();
    let cleared = q.cleared();
    let button = move |text: String, to: GalleryQuery| {
        let show = show.clone();
        view! { <button type="button" class="chip" on:click=move |_| show(&to)>{text}</button> }
    };
    view! {
        <div class="empty-state" role="status">
            <p class="empty-state__title">"Không có sản phẩm nào khớp với bộ lọc."</p>
            {did_you_mean.map(|(text, better)| view! {
                <p class="did-you-mean">"Có phải bạn muốn tìm: " {button(text, better)} "?"</p>
            })}
            {(!ways_out.is_empty()).then(|| view! {
                <p>"Bỏ bớt một điều kiện:"</p>
                <ul class="chips" aria-label="Bỏ một điều kiện lọc">
                    {ways_out.into_iter().map(|(label, without, count)| view! {
                        <li>{button(format!("Bỏ {label}: {count} sản phẩm"), without)}</li>
                    }).collect_view()}
                </ul>
            })}
            {button("Xóa bộ lọc".to_owned(), cleared)}
        </div>
    }
}

/// The grid of the current page of results, pagination, or the empty
/// state. `limit` caps the cards (the embed's `limit=`); the embed's cards
/// open the portal in a new tab.
#[component]
pub fn Results(new_tab: bool, limit: Option<usize>) -> impl IntoView {
    let state = use_gallery();
    let today = use_site().today;
    let catalog = state.catalog();
    move || {
        let q = state.query.get();
        let all = state.results.get();
        if all.is_empty() {
            return Either::Left(view! { <NoResults q /> });
        }
        let (shown, pages) = match limit {
            Some(limit) => (&all[..all.len().min(limit)], 1),
            None => (page_of(&all, q.page), page_count(all.len())),
        };
        let today = today.get();
        let cards = shown
            .iter()
            .filter_map(|&i| catalog.items.get(i))
            .map(|product| {
                // A card in a frame opens the portal's page, not the frame's view.
                let from = if new_tab {
                    GalleryQuery::default()
                } else {
                    q.clone()
                };
                let link = crate::routes::product(&product.id, &from);
                view! { <li>{card(&catalog, product, link, today, new_tab)}</li> }
            })
            .collect_view();
        let page = q.page;
        let first_page = state.link(&q.with_page(1));
        Either::Right(view! {
            {shown.is_empty().then(|| view! {
                <div class="notice" role="status">
                    <p>{format!("Không có trang số {page}: kết quả chỉ có {pages} trang.")}</p>
                    <a class="button" href=first_page.href()>"Về trang đầu"</a>
                </div>
            })}
            <ul class="product-grid">{cards}</ul>
            {limit.is_none().then(|| view! {
                <Pagination
                    current=page.min(pages)
                    total=pages
                    link=move |n| state.link(&q.with_page(n))
                    label="Các trang sản phẩm"
                />
            })}
        })
    }
}
