//! `/san-pham`: the OCOP gallery. The URL is the state: every filter, the
//! text, the sort and the page live in the query string, so a link
//! reproduces the view and back/forward step through filter changes.

use crate::{
    api::{client::get_shared, models::Catalog},
    components::{
        breadcrumb::Breadcrumb,
        embed_dialog::EmbedDialog,
        pagination::Pagination,
        product_card::{product_href, ProductCard},
        Loaded, SkeletonLines,
    },
    domain::{
        filter::{is_expired, page_count, page_of, successor_note, Facets, Gallery},
        query::{parse_query_string, to_query_string, Facet, GalleryQuery, Sort},
    },
    web::{absolute_href, href, set_title, today},
};
use leptos::prelude::*;
use leptos_router::{
    hooks::{use_location, use_navigate},
    NavigateOptions,
};
use std::{
    cell::RefCell,
    sync::{Arc, Weak},
};

#[component]
pub fn GalleryPage() -> impl IntoView {
    set_title("Sản phẩm OCOP");
    let catalog = LocalResource::new(|| get_shared::<Catalog>("products.json"));
    view! {
        <section class="page gallery-page">
            <Breadcrumb trail=vec![("Trang chủ".into(), Some(href("/"))), ("Sản phẩm OCOP".into(), None)] />
            <h1>"Sản phẩm OCOP huyện Gia Lâm"</h1>
            <Loaded resource=catalog fallback=|| view! { <SkeletonLines lines=8 label="Đang tải danh mục sản phẩm…" /> } let:catalog>
                <GalleryView catalog />
            </Loaded>
        </section>
    }
}

/// The index of the shared catalogue, built once per visit (indexing 10,000
/// products takes a good part of a second in the browser): coming back to
/// the gallery, the embed and the home page's featured strip reuse it.
pub fn shared_gallery(catalog: &Arc<Catalog>) -> Arc<Gallery> {
    thread_local! {
        static INDEX: RefCell<Option<(Weak<Catalog>, Arc<Gallery>)>> = const { RefCell::new(None) };
    }
    INDEX.with(|index| {
        let mut index = index.borrow_mut();
        match &*index {
            Some((of, gallery)) if of.upgrade().is_some_and(|c| Arc::ptr_eq(&c, catalog)) => {
                gallery.clone()
            }
            _ => {
                let gallery = Arc::new(Gallery::new(catalog));
                *index = Some((Arc::downgrade(catalog), gallery.clone()));
                gallery
            }
        }
    })
}

/// The gallery's reactive state, shared by its parts.
#[derive(Clone)]
pub struct GalleryState {
    pub catalog: Arc<Catalog>,
    pub gallery: Arc<Gallery>,
    pub query: Memo<GalleryQuery>,
    pub results: Memo<Vec<usize>>,
    pub facets: Memo<Facets>,
    /// The route whose URL holds the state (`/san-pham`, `/embed/san-pham`).
    pub path: &'static str,
    /// Query parameters of the route that are not gallery filters (the
    /// embed's `theme`, `limit`, `filters`), kept across changes.
    pub extra: String,
    navigate: Callback<String>,
}

impl GalleryState {
    /// Builds the index once and derives everything else from the URL.
    pub fn new(catalog: Arc<Catalog>, path: &'static str, extra: String) -> Self {
        let navigate = use_navigate();
        // A new history entry per filter change (Back undoes it), without
        // scrolling the reader away from the filters.
        let navigate = Callback::new(move |url: String| {
            navigate(
                &url,
                NavigateOptions {
                    scroll: false,
                    ..Default::default()
                },
            )
        });
        let gallery = shared_gallery(&catalog);
        let location = use_location();
        let query = Memo::new(move |_| parse_query_string(&location.search.get()));
        let today = today();
        let results = {
            let gallery = gallery.clone();
            Memo::new(move |_| query.with(|q| gallery.results(q, today)))
        };
        let facets = {
            let gallery = gallery.clone();
            Memo::new(move |_| query.with(|q| gallery.facets(q, today)))
        };
        GalleryState {
            catalog,
            gallery,
            query,
            results,
            facets,
            path,
            extra,
            navigate,
        }
    }

    /// The URL of the gallery in state `q`.
    pub fn url(&self, q: &GalleryQuery) -> String {
        let query = to_query_string(q);
        let joined = match (query.is_empty(), self.extra.is_empty()) {
            (true, true) => String::new(),
            (false, true) => format!("?{query}"),
            (true, false) => format!("?{}", self.extra),
            (false, false) => format!("?{query}&{}", self.extra),
        };
        href(&format!("{}{joined}", self.path))
    }

    /// Shows the gallery in state `q`.
    pub fn go(&self, q: &GalleryQuery) {
        self.navigate.run(self.url(q));
    }

    /// Where a commune belongs since 2025 ("nay thuộc xã Bát Tràng").
    pub fn successor_note(&self, slug: &str) -> Option<String> {
        let communes = &self.catalog.communes;
        communes
            .iter()
            .find(|c| c.slug == slug)
            .and_then(|c| successor_note(c, communes))
    }
}

#[component]
fn GalleryView(catalog: Arc<Catalog>) -> impl IntoView {
    let state = GalleryState::new(catalog, "/san-pham", String::new());
    let (panel_open, set_panel_open) = signal(false);
    let count = state.results;
    view! {
        <div class="gallery">
            <div class="gallery__bar">
                <button
                    type="button"
                    class="button filter-toggle"
                    aria-controls="gallery-filters"
                    aria-expanded=move || panel_open.get().to_string()
                    on:click=move |_| set_panel_open.update(|o| *o = !*o)
                >
                    "Bộ lọc"
                    {move || {
                        let n = state.query.with(|q| q.active_filter_count());
                        (n > 0).then(|| format!(" ({n})"))
                    }}
                </button>
                <EmbedDialog query=state.query />
            </div>
            <div class="gallery__layout">
                <aside id="gallery-filters" class="filters" class:filters--open=move || panel_open.get() aria-label="Bộ lọc sản phẩm">
                    <Filters state=state.clone() />
                    <button type="button" class="button filters__done" on:click=move |_| set_panel_open.set(false)>
                        {move || format!("Xem {} sản phẩm", count.with(Vec::len))}
                    </button>
                </aside>
                <div class="gallery__results">
                    <Toolbar state=state.clone() />
                    <Results state=state.clone() new_tab=false limit=None />
                </div>
            </div>
        </div>
    }
}

/// Every facet as a group of checkboxes with live counts, the text box and
/// the "hide expired" switch.
#[component]
pub fn Filters(state: GalleryState) -> impl IntoView {
    let query = state.query;
    let state_for_text = state.clone();
    let state_for_switch = state.clone();
    let text_input = NodeRef::<leptos::html::Input>::new();
    let on_text = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = text_input.get().map(|i| i.value()).unwrap_or_default();
        state_for_text.go(&query.get_untracked().with_text(&text));
    };
    view! {
        <form class="filter-search" role="search" on:submit=on_text>
            <label for="gallery-text">"Tìm sản phẩm, nhà sản xuất, xã"</label>
            <div class="filter-search__row">
                <input id="gallery-text" node_ref=text_input type="search" prop:value=move || query.with(|q| q.text.clone()) placeholder="vd: gom su, mật ong" />
                <button type="submit" class="button">"Tìm"</button>
            </div>
        </form>
        <FacetGroup state=state.clone() facet=Facet::Stars title="Hạng sao" searchable=false />
        <FacetGroup state=state.clone() facet=Facet::Commune title="Xã, thị trấn" searchable=true />
        <FacetGroup state=state.clone() facet=Facet::Group title="Nhóm sản phẩm" searchable=false />
        <FacetGroup state=state.clone() facet=Facet::Kind title="Loại hình chủ thể" searchable=false />
        <label class="switch">
            <input
                type="checkbox"
                prop:checked=move || query.with(|q| q.valid_only)
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    state_for_switch.go(&query.get_untracked().with_valid_only(on));
                }
            />
            " Ẩn sản phẩm đã hết hạn chứng nhận"
        </label>
    }
}

/// One facet: a checkbox per option, with the number of products it would
/// give; options that would give none are disabled, not hidden.
#[component]
fn FacetGroup(
    state: GalleryState,
    facet: Facet,
    title: &'static str,
    /// A filter box for long lists (22 communes).
    searchable: bool,
) -> impl IntoView {
    let facets = state.facets;
    let query = state.query;
    let (needle, set_needle) = signal(String::new());
    // The option set is fixed for a catalog; counts and ticks are reactive.
    // (value, label, note): a commune's note says where it belongs since 2025.
    let options: Vec<(String, String, Option<String>)> = facets.with_untracked(|f| {
        f.get(facet)
            .iter()
            .map(|o| match facet {
                Facet::Commune => (
                    o.value.clone(),
                    o.label.clone(),
                    state.successor_note(&o.value),
                ),
                Facet::Stars => (o.value.clone(), format!("{} sao", o.value), None),
                _ => (o.value.clone(), o.label.clone(), None),
            })
            .collect()
    });
    let id_prefix = format!("f-{}", facet.key());
    let state_for_rows = state.clone();
    let rows = options
        .into_iter()
        .map(|(value, label, note)| {
            let id = format!("{id_prefix}-{value}");
            let folded = crate::domain::text::fold(&label);
            let note = note.clone();
            let lookup = {
                let value = value.clone();
                move || {
                    facets.with(|f| {
                        f.get(facet)
                            .iter()
                            .find(|o| o.value == value)
                            .map(|o| (o.count, o.selected))
                            .unwrap_or((0, false))
                    })
                }
            };
            let lookup2 = lookup.clone();
            let lookup3 = lookup.clone();
            let toggle_value = value.clone();
            let state = state_for_rows.clone();
            let visible = move || {
                let n = needle.get();
                n.is_empty() || folded.contains(&crate::domain::text::fold(&n))
            };
            let stars = (facet == Facet::Stars).then(|| {
                let n: usize = value.parse().unwrap_or(0);
                view! { <span class="stars" aria-hidden="true">{"★".repeat(n)}</span> " " }
            });
            view! {
                <li class="facet__option" class:facet__option--hidden=move || !visible()>
                    <input
                        type="checkbox"
                        id=id.clone()
                        prop:checked=move || lookup().1
                        disabled=move || { let (count, selected) = lookup2(); count == 0 && !selected }
                        on:change=move |_| {
                            state.go(&query.get_untracked().with_toggled(facet, &toggle_value));
                        }
                    />
                    <label for=id>
                        <span class="facet__label">
                            {stars}
                            {label}
                            {note.map(|n| view! { <small class="facet__note">{n}</small> })}
                        </span>
                        <span class="facet__count">{move || lookup3().0}</span>
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

/// The count, the sort and the removable chips of active filters.
#[component]
fn Toolbar(state: GalleryState) -> impl IntoView {
    let query = state.query;
    let results = state.results;
    let chips_state = state.clone();
    let sort_state = state.clone();
    view! {
        <div class="toolbar">
            <p class="toolbar__count" role="status" aria-live="polite">
                {move || format!("{} sản phẩm", results.with(Vec::len))}
            </p>
            <label class="toolbar__sort">
                "Sắp xếp: "
                <select on:change=move |ev| {
                    let sort = Sort::from_key(&event_target_value(&ev)).unwrap_or_default();
                    sort_state.go(&query.get_untracked().with_sort(sort));
                }>
                    {Sort::ALL.into_iter().map(|sort| view! {
                        <option value=sort.key() selected=move || query.with(|q| q.sort == sort)>{sort_name(sort)}</option>
                    }).collect_view()}
                </select>
            </label>
        </div>
        <Chips state=chips_state />
    }
}

pub fn sort_name(sort: Sort) -> &'static str {
    match sort {
        Sort::Stars => "Nhiều sao nhất",
        Sort::Newest => "Chứng nhận mới nhất",
        Sort::Name => "Tên A–Z",
    }
}

#[component]
fn Chips(state: GalleryState) -> impl IntoView {
    let query = state.query;
    move || {
        let q = query.get();
        if !q.is_filtered() {
            return ().into_any();
        }
        let mut chips: Vec<(String, GalleryQuery)> = Vec::new();
        for facet in Facet::ALL {
            for value in q.selected(facet) {
                let label = match facet {
                    Facet::Stars => format!("{value} sao"),
                    _ => state.gallery.label(facet, &value).to_owned(),
                };
                chips.push((label, q.with_toggled(facet, &value)));
            }
        }
        if !q.text.is_empty() {
            chips.push((format!("“{}”", q.text), q.with_text("")));
        }
        if q.valid_only {
            chips.push(("Còn hiệu lực".to_owned(), q.with_valid_only(false)));
        }
        let cleared = q.cleared();
        let clear_state = state.clone();
        view! {
            <ul class="chips" aria-label="Bộ lọc đang dùng">
                {chips.into_iter().map(|(label, without)| { let state = state.clone(); view! {
                    <li>
                        <button type="button" class="chip" aria-label=format!("Bỏ lọc {label}")
                            on:click=move |_| state.go(&without)>
                            {label.clone()} <span aria-hidden="true">" ×"</span>
                        </button>
                    </li>
                }}).collect_view()}
                <li>
                    <button type="button" class="chip chip--clear" on:click=move |_| clear_state.go(&cleared)>
                        "Xóa bộ lọc"
                    </button>
                </li>
            </ul>
        }
        .into_any()
    }
}

/// The grid of the current page of results, pagination, or the empty
/// state. `limit` caps the cards (the embed's `limit=`); `path` is the
/// route whose URL holds the state.
#[component]
pub fn Results(state: GalleryState, new_tab: bool, limit: Option<usize>) -> impl IntoView {
    let query = state.query;
    let results = state.results;
    let today = today();
    move || {
        let q = query.get();
        let all = results.get();
        if all.is_empty() {
            let cleared = q.cleared();
            let state = state.clone();
            return view! {
                <div class="empty-state" role="status">
                    <p class="empty-state__title">"Không có sản phẩm nào khớp với bộ lọc."</p>
                    <p>"Hãy bỏ bớt điều kiện lọc hoặc thử từ khóa khác."</p>
                    <button type="button" class="button" on:click=move |_| state.go(&cleared)>"Xóa bộ lọc"</button>
                </div>
            }
            .into_any();
        }
        let (shown, pages) = match limit {
            Some(limit) => (&all[..all.len().min(limit)], 1),
            None => (page_of(&all, q.page), page_count(all.len())),
        };
        let gallery_query = to_query_string(&q);
        let cards = shown
            .iter()
            .filter_map(|&i| state.catalog.items.get(i))
            .map(|product| {
                let commune = state.gallery.label(Facet::Commune, &product.commune).to_owned();
                let link = if new_tab {
                    absolute_href(&format!("/san-pham/{}", product.id))
                } else {
                    product_href(&product.id, &gallery_query)
                };
                let expired = is_expired(product, today);
                view! { <li><ProductCard product=product.clone() commune link new_tab expired /></li> }
            })
            .collect_view();
        let page = q.page;
        let beyond = shown.is_empty();
        let first_page = state.url(&q.with_page(1));
        let link_state = state.clone();
        view! {
            {beyond.then(|| view! {
                <div class="notice" role="status">
                    <p>{format!("Không có trang số {page}: kết quả chỉ có {pages} trang.")}</p>
                    <a class="button" href=first_page>"Về trang đầu"</a>
                </div>
            })}
            <ul class="product-grid">{cards}</ul>
            {limit.is_none().then(|| view! {
                <Pagination
                    current=page.min(pages)
                    total=pages
                    link=move |n| link_state.url(&q.with_page(n))
                    label="Các trang sản phẩm"
                />
            })}
        }
        .into_any()
    }
}
