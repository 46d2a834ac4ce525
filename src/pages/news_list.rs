//! `/tin-tuc`, `/tin-tuc/trang/N` (and `?page=N`): the news, newest first.

use crate::components::{LoadedPage, Placeholder};
use crate::{
    api::{endpoints, models::NewsPage, remote::Remote, ApiError},
    components::{
        article_card::ArticleCard,
        breadcrumb::Breadcrumb,
        page_meta::{PageInfo, PageMeta},
        pagination::Pagination,
        ErrorPanel,
    },
    routes,
};
use leptos::either::Either;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn NewsListPage(#[prop(into)] page: Signal<u32>) -> impl IntoView {
    let news = Remote::new(move || endpoints::news_page(page.get()));
    let meta = move || {
        let n = page.get();
        let title = if n <= 1 {
            "Tin tức".to_owned()
        } else {
            format!("Tin tức — trang {n}")
        };
        let description = format!("Tin tức Chương trình OCOP, trang {n}.");
        view! { <PageMeta info=PageInfo::new(title, description, routes::news(n)) /> }
    };
    view! {
        {meta}
        <section class="page news-list">
            <Breadcrumb trail=vec![("Trang chủ".into(), Some(routes::home())), ("Tin tức".into(), None)] />
            <h1>"Tin tức"</h1>
            <LoadedPage
                remote=news
                placeholder=Placeholder::Cards(6)
                missing=move || view! { <PageMissing page=page.get_untracked() news /> }
                let:news
            >
                <NewsCards news />
            </LoadedPage>
        </section>
    }
}

#[component]
fn NewsCards(news: Arc<NewsPage>) -> impl IntoView {
    let total = news.total_pages.max(1);
    let current = news.page;
    view! {
        <p class="result-count">
            {format!("{} bài viết · trang {current}/{total}", news.total_items)}
        </p>
        <h2 class="visually-hidden">"Danh sách bài viết"</h2>
        <div class="card-list">
            {news.items.iter().cloned().map(|article| view! { <ArticleCard article /> }).collect_view()}
        </div>
        <Pagination current total link=routes::news label="Các trang tin tức" />
    }
}

/// A page number past the last page: say so, and offer the first. (The
/// first page missing is the server's failure, not the reader's.)
#[component]
fn PageMissing(page: u32, news: Remote<NewsPage>) -> impl IntoView {
    if page <= 1 {
        return Either::Left(view! {
            <ErrorPanel error=ApiError::Status(404) on_retry=Callback::new(move |()| news.refetch()) />
        });
    }
    Either::Right(view! {
        <div class="notice" role="status">
            <p>{format!("Không có trang tin tức số {page}.")}</p>
            <a class="button" href=routes::news(1).href()>"Về trang tin mới nhất"</a>
        </div>
    })
}
