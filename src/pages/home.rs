//! `/`: the lead story, the latest news and the featured OCOP products.
//! The links block and the visitor statistics are in every page's footer.

use crate::components::Placeholder;
use crate::{
    api::{endpoints, models::NewsPage, remote::Remote},
    components::{
        article_card::{ArticleCard, ArticleMeta},
        lead_image::LeadImage,
        page_meta::{PageInfo, PageMeta},
        Loaded,
    },
    domain::catalog::products_title,
    env::image_src,
    gallery::Featured,
    routes,
    site::use_site,
};
use leptos::prelude::*;
use std::sync::Arc;

/// How many products the home page features.
const FEATURED: usize = 8;

#[component]
pub fn HomePage() -> impl IntoView {
    let news = Remote::new(|| endpoints::news_page(1));
    let catalog = Remote::new(endpoints::catalog);
    let site = use_site();
    let meta = move || {
        let place = site.locality().map(|l| format!(" {l}")).unwrap_or_default();
        let description = format!(
            "Tin tức Chương trình Mỗi xã một sản phẩm (OCOP) và danh mục sản phẩm OCOP{place}."
        );
        view! { <PageMeta info=PageInfo::new("", description, routes::home()) /> }
    };
    view! {
        {meta}
        <div class="page home">
            <h1 class="visually-hidden">"Trang chủ"</h1>
            <section class="home__news" aria-labelledby="home-news">
                <h2 id="home-news" class="section-title">"Tin tức – Sự kiện"</h2>
                <Loaded remote=news placeholder=Placeholder::Cards(5) let:news>
                    <LeadAndLatest news />
                </Loaded>
                <p><a class="more-link" href=routes::news(1).href()>"Xem tất cả tin tức ›"</a></p>
            </section>
            <section class="home__products" aria-labelledby="home-products">
                <h2 id="home-products" class="section-title">
                    {move || format!("{} tiêu biểu", products_title(site.locality().as_deref()))}
                </h2>
                <Loaded remote=catalog placeholder=Placeholder::Lines(4, "Đang tải sản phẩm…") let:catalog>
                    <Featured catalog count=FEATURED />
                </Loaded>
                {
                    let all = routes::gallery(&Default::default());
                    view! { <p><a class="more-link" href=all.href()>"Xem tất cả sản phẩm OCOP ›"</a></p> }
                }
            </section>
        </div>
    }
}

/// The newest article large, with its picture; the next ones as cards.
#[component]
fn LeadAndLatest(news: Arc<NewsPage>) -> impl IntoView {
    let mut items = news.items.iter().cloned();
    let lead = items.next();
    let rest: Vec<_> = items.take(4).collect();
    view! {
        {lead.map(|lead| {
            let link = routes::article(&lead.slug).href();
            let image = lead.thumbnail.as_ref().and_then(image_src);
            view! {
                <article class="lead-story">
                    {image.map(|(src, alt)| view! {
                        <LeadImage class="lead-story__image" src=src alt=alt width=960 height=600 />
                    })}
                    <div class="lead-story__body">
                        <h3 class="lead-story__title"><a href=link>{lead.title}</a></h3>
                        <ArticleMeta published_at=lead.published_at views=lead.views />
                        <p>{lead.summary}</p>
                    </div>
                </article>
            }
        })}
        <div class="card-list card-list--compact">
            {rest.into_iter().map(|article| view! { <ArticleCard article /> }).collect_view()}
        </div>
    }
}
