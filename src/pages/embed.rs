//! `/embed/san-pham`: the gallery alone, for an `<iframe>` on another site
//! (see EMBEDDING.md). Same filter keys as `/san-pham`, plus `theme`,
//! `limit`, `filters` and the frame's `id`.
//!
//! The page reports its own height to the parent so the frame fits its
//! content; it accepts no message from the parent.

use crate::components::Placeholder;
use crate::{
    api::{endpoints, models::Catalog, remote::Remote},
    components::{
        page_meta::{PageInfo, PageMeta},
        Loaded,
    },
    domain::{catalog::products_title, embed::EmbedOptions},
    gallery::{provide_gallery, Filters, Place, Results},
    routes,
    site::use_site,
};
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use std::sync::Arc;
use wasm_bindgen::{closure::Closure, JsCast};

#[component]
pub fn EmbedPage() -> impl IntoView {
    let location = use_location();
    // Frame options are read once: they belong to the snippet, not to the
    // reader's navigation inside the frame.
    let options = EmbedOptions::parse(&location.search.get_untracked());
    let catalog = Remote::new(endpoints::catalog);
    let site = use_site();
    let wrapper = NodeRef::<leptos::html::Div>::new();
    let id = options.id.clone();
    wrapper.on_load(move |el| report_height(el.into(), id));
    let theme = options.theme.key();
    let title = move || products_title(site.locality().as_deref());
    let meta = move || {
        view! { <PageMeta info=PageInfo::new(title(), title(), routes::gallery(&Default::default())) /> }
    };
    view! {
        {meta}
        <div class="embed" data-theme=theme node_ref=wrapper>
            <Loaded remote=catalog placeholder=Placeholder::Lines(4, "Đang tải sản phẩm…") let:catalog>
                <EmbedView catalog options=options.clone() />
            </Loaded>
        </div>
    }
}

#[component]
fn EmbedView(catalog: Arc<Catalog>, options: EmbedOptions) -> impl IntoView {
    let site = use_site();
    let limit = options.limit;
    let show_filters = options.show_filters;
    let state = provide_gallery(catalog, Place::Embed(options));
    // The portal this frame was loaded from.
    let portal_link = move || routes::gallery(&state.query.get().with_page(1)).served();
    view! {
        // Named, so that on a host page (or in the portal's own preview) it
        // is not a second unnamed main landmark.
        <main class="embed__main" aria-labelledby="embed-title">
            <h1 id="embed-title" class="visually-hidden">{move || products_title(site.locality().as_deref())}</h1>
            {show_filters.then(|| view! {
                <details class="embed__filters">
                    <summary>"Bộ lọc"</summary>
                    <Filters />
                </details>
            })}
            <p class="embed__count" role="status">{move || format!("{} sản phẩm", state.results.with(Vec::len))}</p>
            <h2 class="visually-hidden">"Danh sách sản phẩm"</h2>
            <Results new_tab=true limit=Some(limit) />
            <p class="embed__more">
                <a href=portal_link target="_blank" rel="noopener">"Xem tất cả trên cổng OCOP ›"</a>
            </p>
        </main>
    }
}

/// Watches the wrapper's size and posts `{type: "ocop-gallery:resize", id,
/// height}` to the parent when the height changes by 2 px or more, once
/// layout has settled (the next animation frame).
fn report_height(element: web_sys::Element, id: String) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    let last = std::rc::Rc::new(std::cell::Cell::new(-1.0_f64));
    let post = {
        let element = element.clone();
        move || {
            // The loading placeholder's height is not the gallery's: wait
            // for the content, or the host page would jump twice.
            if element.query_selector(".skeleton").ok().flatten().is_some() {
                return;
            }
            let height = element.get_bounding_client_rect().height().ceil();
            if (height - last.get()).abs() < 2.0 {
                return;
            }
            last.set(height);
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &"ocop-gallery:resize".into());
            let _ = js_sys::Reflect::set(&message, &"id".into(), &id.as_str().into());
            let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
            // The height of a public gallery is no secret; the parent checks
            // our origin and frame before it acts on it.
            let _ = parent.post_message(&message, "*");
        }
    };
    let post = std::rc::Rc::new(post);
    let scheduled = std::rc::Rc::new(std::cell::Cell::new(false));
    let on_resize = {
        let post = post.clone();
        Closure::<dyn FnMut()>::new(move || {
            if scheduled.replace(true) {
                return;
            }
            let post = post.clone();
            let scheduled = scheduled.clone();
            let frame = Closure::once_into_js(move || {
                scheduled.set(false);
                post();
            });
            if let Some(w) = web_sys::window() {
                let _ = w.request_animation_frame(frame.unchecked_ref());
            }
        })
    };
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(&element);
        // The observer lives as long as the page: leak both on purpose.
        std::mem::forget(observer);
    }
    on_resize.forget();
}
