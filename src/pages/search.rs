//! `/tim-kiem?q=…&tag=…&category=…`: the portal's search (products and
//! articles, through typos and missing accents), and the news' tag and
//! category views. Its files (`news/index.json`, `products.json`) are
//! fetched only once something is asked.

use crate::components::Placeholder;
use crate::{
    api::{
        endpoints,
        models::{Catalog, IndexEntry, NewsIndex},
        remote::Remote,
    },
    components::{
        breadcrumb::Breadcrumb,
        highlighted::Highlighted,
        page_meta::{PageInfo, PageMeta},
        search_form::SearchForm,
        stars::Stars,
        Loaded,
    },
    domain::{
        format::format_date,
        gallery::Gallery,
        query::{normalize_text, Facet, GalleryQuery},
        search::NewsQuery,
        text_search::Marks,
    },
    find,
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
                label="Tìm sản phẩm và tin tức (gõ có dấu hoặc không dấu)"
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
                        <p class="hint">"Nhập từ cần tìm, ví dụ: gom su, mat ong, rau an toan."</p>
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
        _ if query.text.is_empty() => "Tìm kiếm".to_owned(),
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
        let description = format!("Tin tức và sản phẩm OCOP: {title}.");
        view! { <PageMeta info=PageInfo::new(title, description, link_of(&query)) /> }
    };
    let by_text = move || query.with(|q| q.tag.is_none() && q.category.is_none());
    view! {
        {meta}
        <Loaded remote=index placeholder=Placeholder::Lines(6, "Đang tải danh mục tin…") let:index>
            {move || if by_text() {
                let index = index.clone();
                Either::Left(view! { <Across index query /> })
            } else {
                Either::Right(view! { <Listed index=index.clone() query /> })
            }}
        </Loaded>
    }
}

/// A text search: products, then articles (articles first when the text
/// names none of the products).
#[component]
fn Across(index: Arc<NewsIndex>, query: Memo<NewsQuery>) -> impl IntoView {
    let catalog = Remote::new(endpoints::catalog);
    let news = find::news_search(&index);
    view! {
        <Loaded remote=catalog placeholder=Placeholder::Lines(6, "Đang tải danh mục sản phẩm…") let:catalog>
            {
                let news = news.clone();
                let index = index.clone();
                move || {
                    let text = query.with(|q| q.text.clone());
                    let gallery = find::catalog_index(&catalog);
                    let found = find::across(&text, Some(&gallery), Some(&news));
                    let count = found.products.len() + found.articles.len();
                    let products = view! {
                        <ProductHits catalog=catalog.clone() gallery=gallery.clone() hits=found.products.clone() marks=found.marks.clone() text=text.clone() />
                    };
                    let articles = view! {
                        <ArticleHits index=index.clone() hits=found.articles.clone() marks=found.marks.clone() />
                    };
                    view! {
                        <h1>{format!("Kết quả tìm kiếm: {text}")}</h1>
                        <p class="result-count" role="status">{format!("{count} kết quả")}</p>
                        {(count == 0).then(|| view! { <NothingFound did_you_mean=find::did_you_mean(&text, Some(&gallery), Some(&news)) /> })}
                        {if found.products_first {
                            Either::Left(view! { {products} {articles} })
                        } else {
                            Either::Right(view! { {articles} {products} })
                        }}
                    }
                }
            }
        </Loaded>
    }
}

/// Zero results: say so, and offer the nearest text that finds something.
#[component]
fn NothingFound(did_you_mean: Option<String>) -> impl IntoView {
    view! {
        <p class="hint">"Không tìm thấy sản phẩm hay bài viết phù hợp. Hãy thử từ khóa ngắn hơn hoặc khác đi."</p>
        {did_you_mean.map(|text| view! {
            <p class="did-you-mean">"Có phải bạn muốn tìm: "
                <a href=routes::search(SearchBy::Text, &text).href()>{text.clone()}</a>"?"
            </p>
        })}
    }
}

/// How many products the search page lists before "see all".
const PRODUCTS_SHOWN: usize = 8;

#[component]
fn ProductHits(
    catalog: Arc<Catalog>,
    gallery: Arc<Gallery>,
    hits: Vec<usize>,
    marks: Marks,
    text: String,
) -> impl IntoView {
    let count = hits.len();
    (count > 0).then(|| {
        let rows = hits
            .iter()
            .take(PRODUCTS_SHOWN)
            .filter_map(|&i| catalog.items.get(i))
            .map(|p| {
                let commune = gallery.label(Facet::Commune, &p.commune).to_owned();
                view! {
                    <li class="search-hit">
                        <a href=routes::product(&p.id, &GalleryQuery::default()).href()>
                            <Highlighted text=p.name.clone() marks=marks.clone() />
                        </a>
                        <span class="search-hit__meta"><Stars stars=p.stars />" · "{commune}</span>
                    </li>
                }
            })
            .collect_view();
        let all = routes::gallery(&GalleryQuery { text: text.clone(), ..Default::default() });
        view! {
            <section class="search-group" aria-labelledby="search-products">
                <h2 id="search-products">"Sản phẩm OCOP "<span class="search-group__count">{format!("({count})")}</span></h2>
                <ol class="search-hits">{rows}</ol>
                <p><a class="more-link" href=all.href()>{format!("Xem {count} sản phẩm trong danh mục")}</a></p>
            </section>
        }
    })
}

#[component]
fn ArticleHits(index: Arc<NewsIndex>, hits: Vec<usize>, marks: Marks) -> impl IntoView {
    let count = hits.len();
    (count > 0).then(|| {
        let rows = hits
            .iter()
            .filter_map(|&i| index.items.get(i))
            .map(|entry| view! { <ArticleHit entry=entry.clone() marks=marks.clone() /> })
            .collect_view();
        view! {
            <section class="search-group" aria-labelledby="search-articles">
                <h2 id="search-articles">"Tin tức "<span class="search-group__count">{format!("({count})")}</span></h2>
                <ol class="search-hits">{rows}</ol>
            </section>
        }
    })
}

#[component]
fn ArticleHit(entry: IndexEntry, marks: Marks) -> impl IntoView {
    view! {
        <li class="search-hit">
            <a href=routes::article(&entry.slug).href()>
                <Highlighted text=entry.title.clone() marks />
            </a>
            <span class="search-hit__date">{format_date(&entry.published_at)}</span>
        </li>
    }
}

/// A tag's or a category's articles, newest first.
#[component]
fn Listed(index: Arc<NewsIndex>, query: Memo<NewsQuery>) -> impl IntoView {
    let news = find::news_search(&index);
    move || {
        let query = query.get();
        let title = heading(&query, category_name(Some(&index), &query).as_deref());
        let (hits, found) = news.search(&index.items, &query);
        let count = hits.len();
        let items = hits
            .into_iter()
            .map(|entry| view! { <ArticleHit entry=entry.clone() marks=found.marks.clone() /> })
            .collect_view();
        view! {
            <h1>{title}</h1>
            <p class="result-count" role="status">{format!("{count} kết quả")}</p>
            {if count == 0 {
                Either::Left(view! { <p class="hint">"Không có bài viết nào."</p> })
            } else {
                Either::Right(view! { <ol class="search-hits">{items}</ol> })
            }}
        }
    }
}
