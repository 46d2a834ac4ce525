//! The header box's suggestions as you type: an ARIA combobox over the
//! portal's search (`find::across`), grouped into products and articles.
//!
//! The box stays a plain GET form to `/tim-kiem` (it works before and
//! without script); the list is drawn only once the reader types, and the
//! files it searches (`products.json`, `news/index.json`) are fetched only
//! then.

use crate::{
    api::{endpoints, remote::Remote},
    components::highlighted::Highlighted,
    domain::{catalog::stars_label, query::GalleryQuery},
    find,
    routes::{self, Link, SearchBy},
};
use leptos::prelude::*;

/// Products and articles the list shows at most (with "see all" last).
const PRODUCTS: usize = 5;
const ARTICLES: usize = 3;
/// Keystrokes closer than this are one query (cheap phones).
pub const DEBOUNCE_MS: u64 = 120;

/// The combobox's state, shared by the input (keys) and the list.
#[derive(Clone, Copy)]
pub struct Combobox {
    /// The text searched for (debounced).
    pub text: RwSignal<String>,
    pub open: RwSignal<bool>,
    /// The highlighted option, by position in `links`.
    pub active: RwSignal<Option<usize>>,
    /// Where each option leads, in list order.
    pub links: RwSignal<Vec<Link>>,
    /// The list's id (the input's `aria-controls`).
    pub list_id: &'static str,
}

impl Combobox {
    pub fn new(list_id: &'static str) -> Self {
        Combobox {
            text: RwSignal::new(String::new()),
            open: RwSignal::new(false),
            active: RwSignal::new(None),
            links: RwSignal::new(Vec::new()),
            list_id,
        }
    }

    pub fn option_id(&self, at: usize) -> String {
        format!("{}-{at}", self.list_id)
    }

    /// Moves the highlight by `step` (wrapping), opening the list.
    pub fn step(&self, step: isize) {
        let n = self.links.with_untracked(Vec::len);
        if n == 0 || self.text.with_untracked(|t| t.trim().is_empty()) {
            return;
        }
        self.open.set(true);
        let next = match self.active.get_untracked() {
            None if step > 0 => 0,
            None => n - 1,
            Some(at) => (at as isize + step).rem_euclid(n as isize) as usize,
        };
        self.active.set(Some(next));
    }

    pub fn close(&self) {
        self.open.set(false);
        self.active.set(None);
    }

    /// The highlighted option's link, if the list shows one.
    pub fn chosen(&self) -> Option<Link> {
        if !self.open.get_untracked() {
            return None;
        }
        let at = self.active.get_untracked()?;
        self.links.with_untracked(|links| links.get(at).cloned())
    }
}

/// The list under the box. Rendered once the reader has typed.
#[component]
pub fn Suggestions(combobox: Combobox) -> impl IntoView {
    let catalog = Remote::new(endpoints::catalog);
    let news = Remote::new(endpoints::news_index);
    let go = routes::use_go();
    let found = Memo::new(move |_| {
        let text = combobox.text.get();
        let gallery = catalog.data().map(|c| (find::catalog_index(&c), c));
        let index = news.data().map(|n| (find::news_search(&n), n));
        let across = find::across(
            &text,
            gallery.as_ref().map(|(g, _)| g.as_ref()),
            index.as_ref().map(|(n, _)| n.as_ref()),
        );
        let products: Vec<_> = gallery
            .iter()
            .flat_map(|(g, c)| {
                across.products.iter().take(PRODUCTS).filter_map(move |&i| {
                    let p = c.items.get(i)?;
                    let about = format!(
                        "{} · {}",
                        stars_label(p.stars),
                        g.label(crate::domain::query::Facet::Commune, &p.commune)
                    );
                    Some((
                        p.name.clone(),
                        about,
                        routes::product(&p.id, &GalleryQuery::default()),
                    ))
                })
            })
            .collect();
        let articles: Vec<_> = index
            .iter()
            .flat_map(|(_, n)| {
                across.articles.iter().take(ARTICLES).filter_map(move |&i| {
                    let e = n.items.get(i)?;
                    Some((
                        e.title.clone(),
                        crate::domain::format::format_date(&e.published_at),
                        routes::article(&e.slug),
                    ))
                })
            })
            .collect();
        let loading = catalog.data().is_none() || news.data().is_none();
        (
            text,
            across.marks,
            across.products_first,
            products,
            articles,
            loading,
        )
    });
    // The flat list of links, for the keys.
    Effect::new(move |_| {
        found.with(|(text, _, products_first, products, articles, _)| {
            let groups = if *products_first {
                [products, articles]
            } else {
                [articles, products]
            };
            let mut links: Vec<Link> = groups
                .iter()
                .flat_map(|g| g.iter().map(|(_, _, l)| l.clone()))
                .collect();
            links.push(routes::search(SearchBy::Text, text.trim()));
            combobox.links.set(links);
            combobox.active.set(None);
        })
    });
    let option = move |at: usize, title: String, about: String, link: Link, marks| {
        let id = combobox.option_id(at);
        let go = go.clone();
        let selected = move || combobox.active.get() == Some(at);
        // The option itself is what a pointer picks: a link inside an
        // option would nest one control in another.
        view! {
            <li role="option" id=id aria-selected=move || selected().to_string() class="suggestion" class:suggestion--active=selected
                on:click=move |_| {
                    combobox.close();
                    go(&link, routes::Move::Page);
                }>
                <span class="suggestion__title"><Highlighted text=title marks /></span>
                <span class="suggestion__about">{about}</span>
            </li>
        }
    };
    view! {
        <div class="suggestions" hidden=move || !combobox.open.get() on:mousedown=|ev| ev.prevent_default()>
            <ul role="listbox" id=combobox.list_id aria-label="Gợi ý tìm kiếm">
                {move || {
                    let (text, marks, products_first, products, articles, loading) = found.get();
                    let mut at = 0;
                    let mut group = |name: &'static str, rows: Vec<(String, String, Link)>| {
                        if rows.is_empty() {
                            return None;
                        }
                        let label_id = format!("{}-{name}", combobox.list_id);
                        let options = rows.into_iter().map(|(title, about, link)| {
                            at += 1;
                            option(at - 1, title, about, link, marks.clone())
                        }).collect_view();
                        let group_label = label_id.clone();
                        Some(view! {
                            <li role="presentation">
                                <ul role="group" aria-labelledby=group_label>
                                    <li role="presentation" class="suggestions__group" id=label_id>{if name == "san-pham" { "Sản phẩm OCOP" } else { "Tin tức" }}</li>
                                    {options}
                                </ul>
                            </li>
                        })
                    };
                    let (first, second) = if products_first {
                        (group("san-pham", products), group("tin-tuc", articles))
                    } else {
                        (group("tin-tuc", articles), group("san-pham", products))
                    };
                    let empty = first.is_none() && second.is_none();
                    let note = if loading {
                        Some("Đang tải dữ liệu tìm kiếm…")
                    } else if empty {
                        Some("Không có gợi ý. Nhấn Enter để tìm tất cả.")
                    } else {
                        None
                    };
                    let all = option(at, format!("Tìm tất cả: “{}”", text.trim()), String::new(), routes::search(SearchBy::Text, text.trim()), Default::default());
                    view! {
                        {first}
                        {second}
                        {note.map(|n| view! { <li role="presentation" class="suggestions__note">{n}</li> })}
                        {all}
                    }
                }}
            </ul>
        </div>
    }
}
