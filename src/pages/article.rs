//! `/tin-tuc/{slug}`: one article, with its byline, tags, sharing, related
//! and latest news.

use crate::components::{LoadedPage, Placeholder};
use crate::{
    api::{
        endpoints,
        models::{Article, ArticleSummary, NewsPage, Source},
        remote::Remote,
    },
    components::{
        article_card::ArticleLink,
        breadcrumb::Breadcrumb,
        lead_image::LeadImage,
        page_meta::{PageInfo, PageMeta},
        safe_html::SafeHtml,
        Loaded,
    },
    domain::{
        format::{format_long_date, group_thousands},
        sanitize::is_safe_link,
        seo::{ArticleFacts, Kind},
        url::encode_component,
    },
    env::image_src,
    pages::not_found::NotFoundPage,
    routes::{self, SearchBy},
    web,
};
use leptos::either::Either;
use leptos::either::EitherOf3;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn ArticlePage(slug: String) -> impl IntoView {
    let article = Remote::new(move || endpoints::article(&slug));
    view! {
        <LoadedPage
            remote=article
            placeholder=Placeholder::Page
            missing=|| view! { <NotFoundPage /> }
            let:article
        >
            <ArticleView article />
        </LoadedPage>
    }
}

#[component]
fn ArticleView(article: Arc<Article>) -> impl IntoView {
    let summary = &article.summary;
    let link = routes::article(&summary.slug);
    let mut trail = vec![
        ("Trang chủ".to_owned(), routes::home()),
        ("Tin tức".to_owned(), routes::news(1)),
    ];
    if let Some(category) = &summary.category {
        trail.push((
            category.name.clone(),
            routes::search(SearchBy::Category, &category.slug),
        ));
    }
    trail.push((summary.title.clone(), link.clone()));
    let info = PageInfo {
        kind: Kind::Article,
        image: summary.thumbnail.as_ref().map(|t| t.src.clone()),
        trail: trail.clone(),
        article: Some(ArticleFacts {
            headline: summary.title.clone(),
            description: summary.summary.clone(),
            published_at: summary.published_at.clone(),
            updated_at: article.updated_at.clone(),
            author: article.author.clone(),
            section: summary.category.as_ref().map(|c| c.name.clone()),
            keywords: summary.tags.clone(),
        }),
        ..PageInfo::new(summary.title.clone(), summary.summary.clone(), link.clone())
    };
    let shown_trail = trail
        .into_iter()
        .map(|(label, link)| (label, Some(link)))
        .collect();
    let figure = summary.thumbnail.as_ref().and_then(image_src);
    // The saved size applies once the page runs: the HTML is drawn at 100 %.
    let text_scale = RwSignal::new(100);
    Effect::new(move |_| text_scale.set(saved_text_scale()));
    view! {
        <PageMeta info />
        <div class="article-layout">
            // A data attribute, not an inline style: the page's CSP allows
            // no inline styles, and the prerendered HTML must not need one.
            <article class="page article" data-text-scale=move || text_scale.get().to_string()>
                <Breadcrumb trail=shown_trail />
                <h1 class="article__title">{summary.title.clone()}</h1>
                <div class="article__toolbar no-print">
                    <p class="meta">
                        <time datetime=summary.published_at.clone()>{format_long_date(&summary.published_at)}</time>
                        <span aria-hidden="true">" · "</span>
                        <span>"Lượt xem: " {group_thousands(summary.views)}</span>
                    </p>
                    <TextSizeControls scale=text_scale />
                </div>
                <p class="meta print-only">{format_long_date(&summary.published_at)}</p>
                <p class="article__summary">{summary.summary.clone()}</p>
                {figure.map(|(src, alt)| view! {
                    <figure class="article__lead-image">
                        <LeadImage src=src alt=alt width=960 height=600 />
                    </figure>
                })}
                <SafeHtml html=article.body_html.clone() class="prose" />
                <Byline author=article.author.clone() source=article.source.clone() />
                <Tags tags=summary.tags.clone() />
                <ShareBar title=summary.title.clone() url=link.absolute() />
                <Related related=article.related.clone() />
            </article>
            <LatestNews current=summary.slug.clone() />
        </div>
    }
}

/// "Tổng hợp: Thanh Tuyền (Nguồn: Tạp chí Công nghiệp & Tiêu dùng)".
#[component]
fn Byline(author: Option<String>, source: Option<Source>) -> impl IntoView {
    let author = author.filter(|a| !a.trim().is_empty());
    let source = source.filter(|s| !s.name.trim().is_empty()).map(|source| {
        let name = source.name.clone();
        match source.url.filter(|u| is_safe_link(u)) {
            Some(url) => Either::Left(
                view! { <a href=url target="_blank" rel="noopener noreferrer">{name}</a> },
            ),
            None => Either::Right(view! { <span>{name}</span> }),
        }
    });
    let line = match (author, source) {
        (Some(author), Some(source)) => Some(EitherOf3::A(
            view! { "Tổng hợp: " <strong>{author}</strong> " (Nguồn: " {source} ")" },
        )),
        (Some(author), None) => Some(EitherOf3::B(
            view! { "Tác giả: " <strong>{author}</strong> },
        )),
        (None, Some(source)) => Some(EitherOf3::C(view! { "Nguồn: " {source} })),
        (None, None) => None,
    };
    line.map(|line| view! { <p class="byline">{line}</p> })
}

#[component]
fn Tags(tags: Vec<String>) -> impl IntoView {
    (!tags.is_empty()).then(|| {
        view! {
            <div class="tags no-print">
                <h2 class="tags__title">"Từ khóa"</h2>
                <ul>
                    {tags
                        .into_iter()
                        .map(|tag| {
                            let link = routes::search(SearchBy::Tag, &tag);
                            view! { <li><a href=link.href()>{tag}</a></li> }
                        })
                        .collect_view()}
                </ul>
            </div>
        }
    })
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
/// Sizes go in steps of 15 % between these (each has its rule in
/// `style/pages.css`).
const MIN_SCALE: u32 = 85;
const MAX_SCALE: u32 = 160;

fn saved_text_scale() -> u32 {
    web::load(TEXT_SCALE_KEY)
        .and_then(|s| s.parse::<u32>().ok())
        .map_or(100, |s| {
            let s = s.clamp(MIN_SCALE, MAX_SCALE);
            // Back on the 15 % steps from 100 (a value saved by hand may not be).
            let steps = (i64::from(s) - 100).div_euclid(15);
            (100 + steps * 15).clamp(i64::from(MIN_SCALE), i64::from(MAX_SCALE)) as u32
        })
}

/// Copy link, Facebook, Zalo, print. `url` is the article's canonical
/// address, the same whichever way the reader came.
#[component]
fn ShareBar(title: String, url: String) -> impl IntoView {
    let encoded = encode_component(&url);
    let (copied, set_copied) = signal(None::<bool>);
    let copy = move |_| web::copy_to_clipboard(&url, move |ok| set_copied.set(Some(ok)));
    let print = move |_| web::print();
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
fn Related(related: Vec<ArticleSummary>) -> impl IntoView {
    (!related.is_empty()).then(|| {
        view! {
            <section class="related no-print" aria-labelledby="related-title">
                <h2 id="related-title">"Tin liên quan"</h2>
                <ul class="article-links">
                    {related.into_iter().map(|article| view! { <ArticleLink article /> }).collect_view()}
                </ul>
            </section>
        }
    })
}

/// "Tin mới nhất": the first news page, without the article being read.
#[component]
fn LatestNews(current: String) -> impl IntoView {
    let latest = Remote::new(|| endpoints::news_page(1));
    view! {
        <aside class="latest no-print" aria-labelledby="latest-title">
            <h2 id="latest-title">"Tin mới nhất"</h2>
            <Loaded remote=latest compact=true placeholder=Placeholder::lines(5) let:page>
                <LatestList page current=current.clone() />
            </Loaded>
        </aside>
    }
}

#[component]
fn LatestList(page: Arc<NewsPage>, current: String) -> impl IntoView {
    view! {
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
    }
}
