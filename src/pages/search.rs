use crate::{
    api::{client::get_shared, models::NewsIndex},
    components::{breadcrumb::Breadcrumb, Loaded, SkeletonLines},
    domain::{
        format::format_date,
        search::{highlight, search, terms, NewsQuery},
    },
    web::{href, set_title},
};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use std::sync::Arc;

/// The link to a search, tag or category view.
pub fn search_href(key: &str, value: &str) -> String {
    let value = String::from(js_sys::encode_uri_component(value));
    href(&format!("/tim-kiem?{key}={value}"))
}

/// `/tim-kiem?q=…&tag=…&category=…`: news search, tag and category views,
/// over the lazily loaded `news/index.json`.
#[component]
pub fn SearchPage() -> impl IntoView {
    let query_map = use_query_map();
    let query = Memo::new(move |_| {
        let map = query_map.read();
        let clean = |key: &str| {
            map.get(key)
                .map(|v| v.trim().chars().take(100).collect::<String>())
                .filter(|v| !v.is_empty())
        };
        NewsQuery {
            text: clean("q").unwrap_or_default(),
            tag: clean("tag"),
            category: clean("category"),
        }
    });
    let index = LocalResource::new(|| get_shared::<NewsIndex>("news/index.json"));
    Effect::new(move |_| set_title(&heading(&query.get(), None)));
    view! {
        <section class="page search">
            <Breadcrumb trail=vec![("Trang chủ".into(), Some(href("/"))), ("Tìm kiếm".into(), None)] />
            <SearchForm query />
            <Loaded resource=index fallback=|| view! { <SkeletonLines lines=6 label="Đang tải danh mục tin…" /> } let:index>
                <Results index query />
            </Loaded>
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

#[component]
fn SearchForm(query: Memo<NewsQuery>) -> impl IntoView {
    let navigate = use_navigate();
    let input = NodeRef::<leptos::html::Input>::new();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = input.get().map(|i| i.value()).unwrap_or_default();
        let text = text.trim();
        let target = if text.is_empty() {
            href("/tim-kiem")
        } else {
            search_href("q", text)
        };
        navigate(&target, Default::default());
    };
    view! {
        <form class="search-form" role="search" on:submit=on_submit>
            <label for="search-text">"Tìm tin tức (gõ có dấu hoặc không dấu)"</label>
            <div class="search-form__row">
                <input id="search-text" node_ref=input type="search" name="q" prop:value=move || query.get().text />
                <button type="submit" class="button">"Tìm kiếm"</button>
            </div>
        </form>
    }
}

#[component]
fn Results(index: Arc<NewsIndex>, query: Memo<NewsQuery>) -> impl IntoView {
    move || {
        let query = query.get();
        let category_name = query
            .category
            .as_deref()
            .and_then(|slug| index.categories.iter().find(|c| c.slug == slug))
            .map(|c| c.name.clone());
        let title = heading(&query, category_name.as_deref());
        set_title(&title);
        if query.is_empty() {
            return view! {
                <h1>{title}</h1>
                <p class="hint">"Nhập từ cần tìm, ví dụ: gom su bat trang, rau an toan, OCOP 5 sao."</p>
            }
            .into_any();
        }
        let words = terms(&query.text);
        let hits = search(&index.items, &query);
        let count = hits.len();
        let items = hits
            .into_iter()
            .map(|entry| {
                let runs = highlight(&entry.title, &words);
                view! {
                    <li class="search-hit">
                        <a href=href(&format!("/tin-tuc/{}", entry.slug))>
                            {runs.into_iter().map(|(text, hit)| if hit {
                                view! { <mark>{text}</mark> }.into_any()
                            } else {
                                text.into_any()
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
                view! { <p class="hint">"Không tìm thấy bài viết phù hợp. Hãy thử từ khóa ngắn hơn hoặc khác đi."</p> }.into_any()
            } else {
                view! { <ol class="search-hits">{items}</ol> }.into_any()
            }}
        }
        .into_any()
    }
}
