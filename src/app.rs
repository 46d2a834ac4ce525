//! The shell and the route table: the public URLs of `../shared/API.md`.

use crate::{
    api::{
        client::get,
        models::{Site, Stats},
        ApiError,
    },
    components::{footer::Footer, header::Header},
    pages::{
        article::ArticlePage, embed::EmbedGallery, gallery::GalleryPage, home::HomePage,
        news_list::NewsListPage, not_found::NotFoundPage, product::ProductPage, search::SearchPage,
    },
    web,
};
use leptos::prelude::*;
use leptos_router::{
    components::{Outlet, ParentRoute, Route, Router, Routes},
    path,
};

/// `site.json` and `stats.json`, loaded once and shared by the header and
/// footer of every page.
#[derive(Clone, Copy)]
pub struct SiteData {
    pub site: LocalResource<Result<Site, ApiError>>,
    pub stats: LocalResource<Result<Stats, ApiError>>,
}

#[component]
pub fn App() -> impl IntoView {
    provide_context(SiteData {
        site: LocalResource::new(|| get::<Site>("site.json")),
        stats: LocalResource::new(|| get::<Stats>("stats.json")),
    });
    view! {
        <Router base=web::router_base()>
            <Routes fallback=|| view! { <Shell><NotFoundPage /></Shell> }>
                // The embeddable gallery stands alone: no header or footer.
                <Route path=path!("/embed/san-pham") view=EmbedGallery />
                <ParentRoute path=path!("") view=|| view! { <Shell><Outlet /></Shell> }>
                    <Route path=path!("/") view=HomePage />
                    <Route path=path!("/tin-tuc") view=NewsListPage />
                    <Route path=path!("/tin-tuc/:slug") view=ArticlePage />
                    <Route path=path!("/tim-kiem") view=SearchPage />
                    <Route path=path!("/san-pham") view=GalleryPage />
                    <Route path=path!("/san-pham/:id") view=ProductPage />
                </ParentRoute>
            </Routes>
        </Router>
    }
}

/// Header, the page's content and footer, with a skip link first so
/// keyboard and screen-reader users can jump past the navigation.
#[component]
fn Shell(children: Children) -> impl IntoView {
    let main = NodeRef::<leptos::html::Main>::new();
    // With `<base href>` set, "#noi-dung" would resolve to the home page, so
    // the skip link moves focus itself.
    let skip = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        if let Some(main) = main.get() {
            let _ = main.focus();
            main.scroll_into_view();
        }
    };
    view! {
        <a class="skip-link" href="#noi-dung" on:click=skip>"Bỏ qua điều hướng, đến nội dung chính"</a>
        <Header />
        <main id="noi-dung" class="site-main" tabindex="-1" node_ref=main>
            {children()}
        </main>
        <Footer />
    }
}
