use crate::{
    api::{client::get, models::NewsPage, ApiError},
    components::{
        article_card::ArticleCard, breadcrumb::Breadcrumb, pagination::Pagination, ErrorPanel,
        Loaded,
    },
    domain::paging::parse_page,
    web::{href, set_title},
};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The link to page `n` of the news list (page 1 is the bare URL).
pub fn news_page_href(n: u32) -> String {
    if n <= 1 {
        href("/tin-tuc")
    } else {
        href(&format!("/tin-tuc?page={n}"))
    }
}

/// `/tin-tuc?page=N`: the news, newest first, 12 a page.
#[component]
pub fn NewsListPage() -> impl IntoView {
    let query = use_query_map();
    let page = Memo::new(move |_| parse_page(query.read().get("page").as_deref()));
    let news = LocalResource::new(move || {
        let n = page.get();
        async move { get::<NewsPage>(&format!("news/page-{n}.json")).await }
    });
    Effect::new(move |_| match page.get() {
        1 => set_title("Tin tức"),
        n => set_title(&format!("Tin tức — trang {n}")),
    });
    view! {
        <section class="page news-list">
            <Breadcrumb trail=vec![("Trang chủ".into(), Some(href("/"))), ("Tin tức".into(), None)] />
            <h1>"Tin tức"</h1>
            <Loaded
                resource=news
                fallback=|| view! { <CardSkeletons /> }
                not_found=move || view! { <PageMissing page=page.get_untracked() news /> }
                let:news
            >
                <NewsCards news />
            </Loaded>
        </section>
    }
}

#[component]
fn NewsCards(news: NewsPage) -> impl IntoView {
    let total = news.total_pages.max(1);
    let current = news.page;
    view! {
        <p class="result-count">
            {format!("{} bài viết · trang {current}/{total}", news.total_items)}
        </p>
        <div class="card-list">
            {news.items.into_iter().map(|article| view! { <ArticleCard article /> }).collect_view()}
        </div>
        <Pagination current total link=news_page_href label="Các trang tin tức" />
    }
}

/// A page number past the last page: say so, and offer the first. (The
/// first page missing is the server's failure, not the reader's.)
#[component]
fn PageMissing(page: u32, news: LocalResource<Result<NewsPage, ApiError>>) -> impl IntoView {
    if page <= 1 {
        return view! {
            <ErrorPanel error=ApiError::Status(404) on_retry=Callback::new(move |()| news.refetch()) />
        }
        .into_any();
    }
    view! {
        <div class="notice" role="status">
            <p>{format!("Không có trang tin tức số {page}.")}</p>
            <a class="button" href=news_page_href(1)>"Về trang tin mới nhất"</a>
        </div>
    }
    .into_any()
}

/// Grey cards while the first page loads.
#[component]
pub fn CardSkeletons() -> impl IntoView {
    view! {
        <div class="card-list" role="status" aria-live="polite">
            <span class="visually-hidden">"Đang tải tin tức…"</span>
            {(0..6)
                .map(|_| view! {
                    <div class="article-card article-card--skeleton" aria-hidden="true">
                        <span class="thumb skeleton__line"></span>
                        <div class="article-card__body">
                            <span class="skeleton__line"></span>
                            <span class="skeleton__line"></span>
                            <span class="skeleton__line"></span>
                        </div>
                    </div>
                })
                .collect_view()}
        </div>
    }
}
