use crate::{api::models::ProductSummary, components::stars::Stars, env::image_src, routes::Link};
use leptos::either::Either;
use leptos::prelude::*;

/// A product card: image, name, stars, commune and producer, and the
/// "expired" badge when the certificate has lapsed. `link` is the product
/// page (the gallery's carries the reader's filters so the way back keeps
/// them); `new_tab` and a link with the frame's own address are for the
/// embedded gallery.
#[component]
pub fn ProductCard(
    product: ProductSummary,
    /// The commune's display name.
    commune: String,
    link: Link,
    expired: bool,
    #[prop(optional)] new_tab: bool,
) -> impl IntoView {
    let image = product.image.as_ref().and_then(image_src);
    let (href, target, rel) = if new_tab {
        (link.served(), Some("_blank"), Some("noopener"))
    } else {
        (link.href(), None, None)
    };
    view! {
        <article class="product-card" class:product-card--expired=expired>
            {match image {
                Some((src, alt)) => Either::Left(view! {
                    <img class="product-card__image" src=src alt=alt loading="lazy" decoding="async" width="320" height="240" />
                }),
                None => Either::Right(view! { <span class="product-card__image product-card__image--empty" aria-hidden="true"></span> }),
            }}
            <div class="product-card__body">
                <h3 class="product-card__name">
                    <a href=href target=target rel=rel>{product.name}</a>
                </h3>
                <Stars stars=product.stars />
                <p class="product-card__place">{commune}</p>
                <p class="product-card__producer">{product.producer.name}</p>
                {expired.then(|| view! { <p class="badge badge--expired">"Chứng nhận đã hết hạn"</p> })}
            </div>
        </article>
    }
}
