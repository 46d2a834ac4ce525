use crate::{
    api::{config::image_src, models::ProductSummary},
    components::stars::Stars,
    web::href,
};
use leptos::prelude::*;

/// A product card: image, name, stars, commune and producer. `link` is the
/// product page (the gallery adds the reader's filters so the way back
/// keeps them); `new_tab` is for the embedded gallery.
#[component]
pub fn ProductCard(
    product: ProductSummary,
    /// The commune's display name.
    commune: String,
    link: String,
    #[prop(optional)] new_tab: bool,
    #[prop(optional)] expired: bool,
) -> impl IntoView {
    let image = product.image.as_ref().and_then(image_src);
    let target = new_tab.then_some("_blank");
    let rel = new_tab.then_some("noopener");
    view! {
        <article class="product-card" class:product-card--expired=expired>
            {match image {
                Some((src, alt)) => view! {
                    <img class="product-card__image" src=src alt=alt loading="lazy" decoding="async" width="320" height="240" />
                }.into_any(),
                None => view! { <span class="product-card__image product-card__image--empty" aria-hidden="true"></span> }.into_any(),
            }}
            <div class="product-card__body">
                <h3 class="product-card__name">
                    <a href=link target=target rel=rel>{product.name}</a>
                </h3>
                <Stars stars=product.stars />
                <p class="product-card__place">{commune}</p>
                <p class="product-card__producer">{product.producer.name}</p>
                {expired.then(|| view! { <p class="badge badge--expired">"Chứng nhận đã hết hạn"</p> })}
            </div>
        </article>
    }
}

/// The link to a product page, optionally carrying the gallery's query so
/// the breadcrumb can lead back to the same view.
pub fn product_href(id: &str, gallery_query: &str) -> String {
    if gallery_query.is_empty() {
        href(&format!("/san-pham/{id}"))
    } else {
        href(&format!("/san-pham/{id}?{gallery_query}"))
    }
}
