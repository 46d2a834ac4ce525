//! `/tim-kiem?q=…&tag=…&category=…`: news search, tag and category views,
//! over `news/index.json`, which is fetched only once something is asked.

use crate::components::Placeholder;
use crate::{
    api::{endpoints, models::NewsIndex, remote::Remote},
    components::{
        breadcrumb::Breadcrumb,
        page_meta::{PageInfo, PageMeta},
        search_form::SearchForm,
        Loaded,
    },
    domain::{
        format::format_date,
        query::normalize_text,
        search::{highlight, search, terms, NewsQuery},
    },
    routes::{self, query_value, SearchBy},
};
use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use std::sync::Arc;

#[component]
pub fn SearchPage() -> impl IntoView {
    let location = use_location();
    let query = Memo::new(move |_| {
        let search = location.search.get();
        let clean = |key: &str| {
            query_value(&search, key)
                .map(|v| normalize_text(&v))
                .filter(|v| !v.is_empty())
        };
        NewsQuery {
            text: clean("q").unwrap_or_default(),
            tag: clean("tag"),
            category: clean("category"),
        }
    });
    view! {
        <section class="page search">
            <Breadcrumb trail=vec![("Trang chủ".into(), Some(routes::home())), ("Tìm kiếm".into(), None)] />
            <SearchForm
                id="search-text"
                label="Tìm tin tức (gõ có dấu hoặc không dấu)"
                landmark="Tìm kiếm trên trang này"
                class="search-form"
                submit="Tìm kiếm"
                value=Signal::derive(move || query.with(|q| q.text.clone()))
            />
            {move || {
                if query.with(NewsQuery::is_empty) {
                    let title = heading(&NewsQuery::default(), None);
                    Either::Left(view! {
                        <PageMeta info=PageInfo::new(title.clone(), "Tìm tin tức theo từ khóa, chủ đề và chuyên mục.", routes::search(SearchBy::Text, "")) />
                        <h1>{title}</h1>
                        <p class="hint">"Nhập từ cần tìm, ví dụ: gom su bat trang, rau an toan, OCOP 5 sao."</p>
                    })
                } else {
                    Either::Right(view! { <Found query /> })
                }
            }}
        </section>
    }
}

fn heading(query: &NewsQuery, category_name: Option<&str>) -> String {
    match (&query.tag, &query.category) {
        (Some(tag), _) => format!("Từ khóa: {tag}"),
        (None, Some(category)) => format!("Chuyên mục: {}", category_name.unwrap_or(category)),
        _ if query.text.is_empty() => "Tìm kiếm tin tức".to_owned(),
        _ => format!("Kết quả tìm kiếm: {}", query.text),
    }
}

/// The display name of the category `query` asks for, when the index has it.
fn category_name(index: Option<&NewsIndex>, query: &NewsQuery) -> Option<String> {
    let slug = query.category.as_deref()?;
    index?
        .categories
        .iter()
        .find(|c| c.slug == slug)
        .map(|c| c.name.clone())
}

/// The link of the view `query` asks for.
fn link_of(query: &NewsQuery) -> routes::Link {
    match (&query.tag, &query.category) {
        (Some(tag), _) => routes::search(SearchBy::Tag, tag),
        (None, Some(category)) => routes::search(SearchBy::Category, category),
        _ => routes::search(SearchBy::Text, &query.text),
    }
}

#[component]
fn Found(query: Memo<NewsQuery>) -> impl IntoView {
    let index = Remote::new(endpoints::news_index);
    // The title is right while the index loads, and names the category
    // once it has arrived.
    let meta = move || {
        let query = query.get();
        let index = index.data();
        let title = heading(&query, category_name(index.as_deref(), &query).as_deref());
        let description = format!("Tin tức OCOP: {title}.");
        view! { <PageMeta info=PageInfo::new(title, description, link_of(&query)) /> }
    };
    view! {
        {meta}
        <Loaded remote=index placeholder=Placeholder::Lines(6, "Đang tải danh mục tin…") let:index>
            <Hits index query />
        </Loaded>
    }
}

#[component]
fn Hits(index: Arc<NewsIndex>, query: Memo<NewsQuery>) -> impl IntoView {
    move || {
        let query = query.get();
        let title = heading(&query, category_name(Some(&index), &query).as_deref());
        let words = terms(&query.text);
        let hits = search(&index.items, &query);
        let count = hits.len();
        let items = hits
            .into_iter()
            .map(|entry| {
                let runs = highlight(&entry.title, &words);
                view! {
                    <li class="search-hit">
                        <a href=routes::article(&entry.slug).href()>
                            {runs.into_iter().map(|(text, hit)| if hit {
                                Either::Left(view! { <mark>{text}</mark> })
                            } else {
                                Either::Right(text)
                            }).collect_view()}
                        </a>
                        <span class="search-hit__date">{format_date(&entry.published_at)}</span>
                    </li>
                }
            })
            .collect_view();
        view! {
            <h1>{title}</h1>
            <p class="result-count" role="status">{format!("{count} kết quả")}</p>
            {if count == 0 {
                Either::Left(view! { <p class="hint">"Không tìm thấy bài viết phù hợp. Hãy thử từ khóa ngắn hơn hoặc khác đi."</p> })
            } else {
                Either::Right(view! { <ol class="search-hits">{items}</ol> })
            }}
        }
    }
}
