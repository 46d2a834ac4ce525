use crate::{
    api::{
        client::get_shared,
        config::image_src,
        models::{Catalog, NewsPage},
    },
    components::{
        article_card::{article_href, ArticleCard, ArticleMeta},
        product_card::{product_href, ProductCard},
        Loaded, SkeletonLines,
    },
    domain::query::{Facet, GalleryQuery},
    pages::{gallery::shared_gallery, news_list::CardSkeletons},
    web::{href, set_title, today},
};
use leptos::prelude::*;
use std::sync::Arc;

/// How many products the home page features.
const FEATURED: usize = 8;

/// `/`: the lead story, the latest news and the featured OCOP products. The
/// links block and the visitor statistics are in the footer of every page.
#[component]
pub fn HomePage() -> impl IntoView {
    set_title("");
    let news = LocalResource::new(|| get_shared::<NewsPage>("news/page-1.json"));
    let catalog = LocalResource::new(|| get_shared::<Catalog>("products.json"));
    view! {
        <div class="page home">
            <h1 class="visually-hidden">"Trang chủ"</h1>
            <section class="home__news" aria-labelledby="home-news">
                <h2 id="home-news" class="section-title">"Tin tức – Sự kiện"</h2>
                <Loaded resource=news fallback=|| view! { <CardSkeletons /> } let:news>
                    <LeadAndLatest news />
                </Loaded>
                <p><a class="more-link" href=href("/tin-tuc")>"Xem tất cả tin tức ›"</a></p>
            </section>
            <section class="home__products" aria-labelledby="home-products">
                <h2 id="home-products" class="section-title">"Sản phẩm OCOP tiêu biểu"</h2>
                <Loaded resource=catalog fallback=|| view! { <SkeletonLines lines=4 label="Đang tải sản phẩm…" /> } let:catalog>
                    <FeaturedProducts catalog />
                </Loaded>
                <p><a class="more-link" href=href("/san-pham")>"Xem tất cả sản phẩm OCOP ›"</a></p>
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
            let link = article_href(&lead.slug);
            let image = lead.thumbnail.as_ref().and_then(image_src);
            view! {
                <article class="lead-story">
                    {image.map(|(src, alt)| view! {
                        <img class="lead-story__image" src=src alt=alt width="960" height="600" />
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

/// The highest-starred, most recently certified products.
#[component]
fn FeaturedProducts(catalog: Arc<Catalog>) -> impl IntoView {
    let gallery = shared_gallery(&catalog);
    let today = today();
    let cards = gallery
        .results(&GalleryQuery::default(), today)
        .into_iter()
        .take(FEATURED)
        .filter_map(|i| catalog.items.get(i))
        .map(|product| {
            let commune = gallery.label(Facet::Commune, &product.commune).to_owned();
            let link = product_href(&product.id, "");
            view! { <ProductCard product=product.clone() commune link /> }
        })
        .collect_view();
    view! { <div class="product-grid product-grid--strip">{cards}</div> }
}
