use crate::{
    api::{
        client::{get, get_shared},
        config::image_src,
        models::{Article, NewsPage},
    },
    components::{
        article_card::ArticleLink, breadcrumb::Breadcrumb, safe_html::SafeHtml, Loaded,
        SkeletonLines,
    },
    domain::{format::format_long_date, sanitize::is_safe_link},
    pages::{not_found::NotFoundPage, search::search_href},
    web::{self, href, set_meta_description, set_title},
};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// `/tin-tuc/{slug}`: one article.
#[component]
pub fn ArticlePage() -> impl IntoView {
    let params = use_params_map();
    let slug = Memo::new(move |_| params.read().get("slug").unwrap_or_default());
    let article = LocalResource::new(move || {
        let slug = slug.get();
        async move {
            // A slug outside the API's alphabet cannot exist: skip the
            // request. (No length limit: editors write long slugs.)
            let valid = !slug.is_empty()
                && slug
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            if !valid {
                return Err(crate::api::ApiError::Status(404));
            }
            get::<Article>(&format!("articles/{slug}.json")).await
        }
    });
    view! {
        <Loaded
            resource=article
            fallback=|| view! { <section class="page"><SkeletonLines lines=8 /></section> }
            not_found=|| view! { <NotFoundPage /> }
            let:article
        >
            <ArticleView article />
        </Loaded>
    }
}

#[component]
fn ArticleView(article: Article) -> impl IntoView {
    let summary = article.summary.clone();
    set_title(&summary.title);
    set_meta_description(&summary.summary);
    let category = summary.category.clone();
    let mut trail = vec![
        ("Trang chủ".to_owned(), Some(href("/"))),
        ("Tin tức".to_owned(), Some(href("/tin-tuc"))),
    ];
    if let Some(category) = &category {
        trail.push((
            category.name.clone(),
            Some(search_href("category", &category.slug)),
        ));
    }
    trail.push((summary.title.clone(), None));
    let figure = summary.thumbnail.as_ref().and_then(image_src);
    let text_scale = RwSignal::new(saved_text_scale());
    view! {
        <div class="article-layout">
            <article class="page article" style:--text-scale=move || format!("{}", f64::from(text_scale.get()) / 100.0)>
                <Breadcrumb trail />
                <h1 class="article__title">{summary.title.clone()}</h1>
                <div class="article__toolbar no-print">
                    <p class="meta">
                        <time datetime=summary.published_at.clone()>{format_long_date(&summary.published_at)}</time>
                        <span aria-hidden="true">" · "</span>
                        <span>"Lượt xem: " {crate::domain::format::group_thousands(summary.views)}</span>
                    </p>
                    <TextSizeControls scale=text_scale />
                </div>
                <p class="meta print-only">{format_long_date(&summary.published_at)}</p>
                <p class="article__summary">{summary.summary.clone()}</p>
                {figure.map(|(src, alt)| view! {
                    <figure class="article__lead-image">
                        <img src=src alt=alt width="960" height="600" />
                    </figure>
                })}
                <SafeHtml html=article.body_html class="prose" />
                <Byline author=article.author source=article.source />
                <Tags tags=summary.tags.clone() />
                <ShareBar title=summary.title.clone() />
                <Related related=article.related />
            </article>
            <LatestNews current=summary.slug.clone() />
        </div>
    }
}

/// "Tổng hợp: Thanh Tuyền (Nguồn: Tạp chí Công nghiệp & Tiêu dùng)".
#[component]
fn Byline(author: Option<String>, source: Option<crate::api::models::Source>) -> impl IntoView {
    let author = author.filter(|a| !a.trim().is_empty());
    let source = source.filter(|s| !s.name.trim().is_empty());
    if author.is_none() && source.is_none() {
        return ().into_any();
    }
    let source_view = source.map(|source| {
        let name = source.name.clone();
        match source.url.filter(|u| is_safe_link(u)) {
            Some(url) => view! { <a href=url target="_blank" rel="noopener noreferrer">{name}</a> }
                .into_any(),
            None => view! { <span>{name}</span> }.into_any(),
        }
    });
    view! {
        <p class="byline">
            {match (author, source_view) {
                (Some(author), Some(source)) => view! { "Tổng hợp: " <strong>{author}</strong> " (Nguồn: " {source} ")" }.into_any(),
                (Some(author), None) => view! { "Tác giả: " <strong>{author}</strong> }.into_any(),
                (None, Some(source)) => view! { "Nguồn: " {source} }.into_any(),
                (None, None) => ().into_any(),
            }}
        </p>
    }
    .into_any()
}

#[component]
fn Tags(tags: Vec<String>) -> impl IntoView {
    if tags.is_empty() {
        return ().into_any();
    }
    view! {
        <div class="tags no-print">
            <h2 class="tags__title">"Từ khóa"</h2>
            <ul>
                {tags.into_iter().map(|tag| { let link = search_href("tag", &tag); view! { <li><a href=link>{tag}</a></li> } }).collect_view()}
            </ul>
        </div>
    }
    .into_any()
}

/// A− / A+: the article's text size in percent, remembered on this device.
#[component]
fn TextSizeControls(scale: RwSignal<u32>) -> impl IntoView {
    let change = move |step: i32| {
        scale.update(|s| *s = s.saturating_add_signed(step).clamp(MIN_SCALE, MAX_SCALE));
        web::store(TEXT_SCALE_KEY, &scale.get_untracked().to_string());
    };
    view! {
        <div class="text-size" role="group" aria-label="Cỡ chữ">
            <button type="button" class="button button--quiet" on:click=move |_| change(-15) aria-label="A− giảm cỡ chữ" disabled=move || { scale.get() <= MIN_SCALE }>"A−"</button>
            <button type="button" class="button button--quiet" on:click=move |_| change(15) aria-label="A+ tăng cỡ chữ" disabled=move || { scale.get() >= MAX_SCALE }>"A+"</button>
        </div>
    }
}

const TEXT_SCALE_KEY: &str = "ocop.text-scale";
const MIN_SCALE: u32 = 85;
const MAX_SCALE: u32 = 160;

fn saved_text_scale() -> u32 {
    web::load(TEXT_SCALE_KEY)
        .and_then(|s| s.parse::<u32>().ok())
        .map_or(100, |s| s.clamp(MIN_SCALE, MAX_SCALE))
}

/// Copy link, Facebook, Zalo, print.
#[component]
fn ShareBar(title: String) -> impl IntoView {
    let url = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let encoded = String::from(js_sys::encode_uri_component(&url));
    let (copied, set_copied) = signal(None::<bool>);
    let copy_url = url.clone();
    let copy = move |_| web::copy_to_clipboard(&copy_url, move |ok| set_copied.set(Some(ok)));
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! {
        <div class="share no-print" aria-label=format!("Chia sẻ bài viết: {title}") role="group">
            <button type="button" class="button button--quiet" on:click=copy>"Sao chép liên kết"</button>
            <a class="button button--quiet" href=format!("https://www.facebook.com/sharer/sharer.php?u={encoded}") target="_blank" rel="noopener noreferrer">"Facebook"</a>
            <a class="button button--quiet" href=format!("https://sp.zalo.me/share?url={encoded}") target="_blank" rel="noopener noreferrer">"Zalo"</a>
            <button type="button" class="button button--quiet" on:click=print>"In bài viết"</button>
            <span class="share__status" role="status">
                {move || match copied.get() {
                    Some(true) => "Đã sao chép liên kết.",
                    Some(false) => "Không sao chép được; hãy sao chép địa chỉ trên thanh trình duyệt.",
                    None => "",
                }}
            </span>
        </div>
    }
}

#[component]
fn Related(related: Vec<crate::api::models::ArticleSummary>) -> impl IntoView {
    if related.is_empty() {
        return ().into_any();
    }
    view! {
        <section class="related no-print" aria-labelledby="related-title">
            <h2 id="related-title">"Tin liên quan"</h2>
            <ul class="article-links">
                {related.into_iter().map(|article| view! { <ArticleLink article /> }).collect_view()}
            </ul>
        </section>
    }
    .into_any()
}

/// "Tin mới nhất": the first news page, without the article being read.
#[component]
fn LatestNews(current: String) -> impl IntoView {
    let latest = LocalResource::new(|| get_shared::<NewsPage>("news/page-1.json"));
    view! {
        <aside class="latest no-print" aria-labelledby="latest-title">
            <h2 id="latest-title">"Tin mới nhất"</h2>
            <Loaded resource=latest compact=true fallback=|| view! { <SkeletonLines lines=5 /> } let:page>
                <ul class="article-links">
                    {page
                        .items
                        .iter()
                        .filter(|a| a.slug != current)
                        .take(6)
                        .cloned()
                        .map(|article| view! { <ArticleLink article /> })
                        .collect_view()}
                </ul>
            </Loaded>
        </aside>
    }
}
