use super::card;
use crate::{
    api::models::Catalog, domain::gallery::default_order, domain::query::GalleryQuery, routes,
    site::use_site,
};
use leptos::prelude::*;
use std::sync::Arc;

/// The first `count` products in the gallery's default order (most stars,
/// newest certificate): the home page's "Sản phẩm OCOP tiêu biểu".
#[component]
pub fn Featured(catalog: Arc<Catalog>, count: usize) -> impl IntoView {
    let today = use_site().today;
    let order = default_order(&catalog.items);
    move || {
        let today = today.get();
        let cards = order
            .iter()
            .take(count)
            .filter_map(|&i| catalog.items.get(i))
            .map(|p| {
                let link = routes::product(&p.id, &GalleryQuery::default());
                view! { <li>{card(&catalog, p, link, today, false)}</li> }
            })
            .collect_view();
        view! { <ul class="product-grid product-grid--strip">{cards}</ul> }
    }
}
