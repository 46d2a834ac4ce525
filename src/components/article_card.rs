use crate::{
    api::models::{ArticleSummary, Image},
    domain::format::{format_date, group_thousands},
    env::image_src,
    routes,
};
use leptos::either::Either;
use leptos::prelude::*;

/// A news card: thumbnail, title, date, views and summary.
#[component]
pub fn ArticleCard(article: ArticleSummary) -> impl IntoView {
    let link = routes::article(&article.slug).href();
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
            <a href=routes::article(&article.slug).href()>{article.title}</a>
            <span class="article-link__date">{format_date(&article.published_at)}</span>
        </li>
    }
}

/// "24/06/2024 · Lượt xem: 15".
#[component]
pub fn ArticleMeta(published_at: String, views: u64) -> impl IntoView {
    let date = format_date(&published_at);
    view! {
        <p class="meta">
            <time datetime=published_at>{date}</time>
            <span aria-hidden="true">" · "</span>
            <span>"Lượt xem: " {group_thousands(views)}</span>
        </p>
    }
}

/// A card's picture; decorative when the title beside it says the same
/// (the link is hidden from screen readers to avoid a duplicate stop).
#[component]
pub fn Thumbnail(image: Option<Image>, link: String) -> impl IntoView {
    match image.as_ref().and_then(image_src) {
        Some((src, alt)) => Either::Left(view! {
            <a class="thumb" href=link tabindex="-1" aria-hidden="true">
                <img src=src alt=alt loading="lazy" decoding="async" width="320" height="200" />
            </a>
        }),
        None => {
            Either::Right(view! { <span class="thumb thumb--empty" aria-hidden="true"></span> })
        }
    }
}
