//! The OCOP product gallery's views, shared by `/san-pham`, the embed, the
//! home page's featured strip and the product page's "more" strips: the
//! state (from the URL), the filter panel, the results, and the one way a
//! product card is built.

mod embed_dialog;
mod featured;
mod filters;
mod results;
mod state;

pub use embed_dialog::EmbedDialog;
pub use featured::Featured;
pub use filters::Filters;
pub use results::{Results, Toolbar};
pub use state::{provide_gallery, use_gallery, GalleryState, Place};

use crate::{
    api::models::{Catalog, ProductSummary},
    components::product_card::ProductCard,
    domain::{
        catalog::{commune_label, is_expired},
        format::Date,
    },
    routes::Link,
};
use leptos::prelude::*;
use std::sync::Arc;

/// A product's card, named and marked from the catalogue: its commune's
/// name, and the expired badge when its certificate lapsed before `today`.
pub fn card(
    catalog: &Catalog,
    product: &ProductSummary,
    link: Link,
    today: Date,
    new_tab: bool,
) -> impl IntoView {
    let commune = commune_label(&catalog.communes, &product.commune).to_owned();
    let expired = is_expired(product, today);
    view! { <ProductCard product=product.clone() commune link expired new_tab /> }
}

/// The whole gallery of `/san-pham`: the filter panel (a sheet on phones),
/// the toolbar and the results.
#[component]
pub fn GalleryView(catalog: Arc<Catalog>) -> impl IntoView {
    let state = provide_gallery(catalog, Place::Gallery);
    let (panel_open, set_panel_open) = signal(false);
    let count = state.results;
    view! {
        <div class="gallery">
            <div class="gallery__bar">
                <button
                    type="button"
                    class="button filter-toggle"
                    aria-controls="gallery-filters"
                    aria-expanded=move || panel_open.get().to_string()
                    on:click=move |_| set_panel_open.update(|o| *o = !*o)
                >
                    "Bộ lọc"
                    {move || {
                        let n = state.query.with(|q| q.active_filter_count());
                        (n > 0).then(|| format!(" ({n})"))
                    }}
                </button>
                <EmbedDialog query=state.query />
            </div>
            <div class="gallery__layout">
                <aside id="gallery-filters" class="filters" class:filters--open=move || panel_open.get() aria-label="Bộ lọc sản phẩm">
                    <Filters />
                    <button type="button" class="button filters__done" on:click=move |_| set_panel_open.set(false)>
                        {move || format!("Xem {} sản phẩm", count.with(Vec::len))}
                    </button>
                </aside>
                <section class="gallery__results" aria-labelledby="gallery-results-title">
                    <h2 id="gallery-results-title" class="visually-hidden">"Kết quả"</h2>
                    <Toolbar />
                    <Results new_tab=false limit=None />
                </section>
            </div>
        </div>
    }
}
