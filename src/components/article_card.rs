use crate::{
    api::{config::image_src, models::ArticleSummary},
    domain::format::{format_date, group_thousands},
    web::href,
};
use leptos::prelude::*;

/// The link to an article.
pub fn article_href(slug: &str) -> String {
    href(&format!("/tin-tuc/{slug}"))
}

/// A news card: thumbnail, title, date, views and summary.
#[component]
pub fn ArticleCard(article: ArticleSummary) -> impl IntoView {
    let link = article_href(&article.slug);
    view! {
        <article class="article-card">
            <Thumbnail image=article.thumbnail.clone() link=link.clone() />
            <div class="article-card__body">
                <h3 class="article-card__title"><a href=link>{article.title}</a></h3>
                <ArticleMeta published_at=article.published_at views=article.views />
                <p class="article-card__summary">{article.summary}</p>
            </div>
        </article>
    }
}

/// A one-line entry for side lists ("Tin mới nhất", related news).
#[component]
pub fn ArticleLink(article: ArticleSummary) -> impl IntoView {
    view! {
        <li class="article-link">
            <a href=article_href(&article.slug)>{article.title}</a>
            <span class="article-link__date">{format_date(&article.published_at)}</span>
        </li>
    }
}

/// "24/06/2024 · Lượt xem: 15".
#[component]
pub fn ArticleMeta(published_at: String, views: u64) -> impl IntoView {
    let date = format_date(&published_at);
    let datetime = published_at.clone();
    view! {
        <p class="meta">
            <time datetime=datetime>{date}</time>
            <span aria-hidden="true">" · "</span>
            <span>"Lượt xem: " {group_thousands(views)}</span>
        </p>
    }
}

/// A card's picture; decorative when the title beside it says the same
/// (the link is hidden from screen readers to avoid a duplicate stop).
#[component]
pub fn Thumbnail(image: Option<crate::api::models::Image>, link: String) -> impl IntoView {
    match image.as_ref().and_then(image_src) {
        Some((src, alt)) => view! {
            <a class="thumb" href=link tabindex="-1" aria-hidden="true">
                <img src=src alt=alt loading="lazy" decoding="async" width="320" height="200" />
            </a>
        }
        .into_any(),
        None => view! { <span class="thumb thumb--empty" aria-hidden="true"></span> }.into_any(),
    }
}
