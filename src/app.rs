//! The shell and the route table: which view each public URL shows
//! (`routes::Page` spells the same URLs for links and the prerenderer;
//! `prerender::render::tests::every_link_reaches_the_view_it_names` proves
//! the two agree).

use crate::{
    components::{footer::Footer, header::Header, page_moves::PageMoves, route_view::route},
    domain::format::Date,
    env,
    pages::{
        article::ArticlePage, embed::EmbedPage, figures::FiguresPage, gallery::GalleryPage,
        home::HomePage, label::LabelPage, news_list::NewsListPage, not_found::NotFoundPage,
        points::PointsPage, product::ProductPage, search::SearchPage,
    },
    routes::Page,
    site::{provide_site_context, use_site},
};
use leptos::prelude::*;
use leptos_router::{
    components::{Outlet, ParentRoute, Route, Router, Routes},
    hooks::{use_location, use_params_map},
    path,
};

/// The whole app. `drawn_for` is the day the page is drawn for: a hydrated
/// page starts from the day it was prerendered (so it matches its HTML),
/// then moves to the reader's today.
#[component]
pub fn App(drawn_for: Date) -> impl IntoView {
    provide_site_context(drawn_for);
    let site = use_site();
    Effect::new(move |_| site.today.set(env::today()));
    view! {
        <Router base=env::base_path()>
            <PageMoves />
            // The first match wins: the label and the embed stand alone,
            // before the shell's catch-all.
            <Routes fallback=|| view! { <NotFoundPage /> }>
                <Route path=path!("/san-pham/:id/tem") view=route(|| keyed("id", |id| view! { <LabelPage id /> })) />
                <Route path=path!("/embed/san-pham") view=route(EmbedPage) />
                <ParentRoute path=path!("") view=route(Shell)>
                    <Route path=path!("/") view=route(HomePage) />
                    <Route path=path!("/tin-tuc/:slug") view=route(|| keyed("slug", |slug| view! { <ArticlePage slug /> })) />
                    // One route for every news page (`/tin-tuc`,
                    // `/tin-tuc/trang/N`), so the list stays while the next
                    // page loads.
                    <Route path=path!("/tin-tuc/*rest") view=route(NewsRoute) />
                    <Route path=path!("/tim-kiem") view=route(SearchPage) />
                    <Route path=path!("/san-pham") view=route(GalleryPage) />
                    <Route path=path!("/san-pham/:id") view=route(|| keyed("id", |id| view! { <ProductPage id /> })) />
                    <Route path=path!("/diem-ban") view=route(PointsPage) />
                    <Route path=path!("/thong-ke") view=route(FiguresPage) />
                    <Route path=path!("/*any") view=route(NotFoundPage) />
                </ParentRoute>
            </Routes>
        </Router>
    }
}

/// The page `view` draws for the matched route's parameter `name` (`:slug`,
/// `:id`), drawn anew when it changes: moving from one article to another
/// shows the new one's placeholder, never the old one under a new URL.
fn keyed<V: IntoView + 'static>(
    name: &'static str,
    view: impl Fn(String) -> V + Send + Sync + 'static,
) -> impl IntoView {
    let params = use_params_map();
    let value = Memo::new(move |_| params.with(|p| p.get(name).unwrap_or_default()));
    move || view(value.get())
}

/// `/tin-tuc`, `/tin-tuc/trang/N`, `/tin-tuc?page=N`: the page number as
/// `routes::Page::at` reads it; a path that names no page is not found.
#[component]
fn NewsRoute() -> impl IntoView {
    let location = use_location();
    let page = Memo::new(move |shown: Option<&Option<u32>>| {
        match Page::at_address(&location.pathname.get(), &location.search.get()) {
            Page::News { page } => Some(page),
            Page::NotFound => None,
            // The address already names another route's page (a click on
            // an article): this view is about to give way, so it keeps
            // what it shows rather than flash the not-found page, and its
            // tab title, while that page loads.
            _ => shown.copied().flatten(),
        }
    });
    let found = Memo::new(move |_| page.get().is_some());
    move || {
        if found.get() {
            let number = Signal::derive(move || page.get().unwrap_or(1));
            leptos::either::Either::Left(view! { <NewsListPage page=number /> })
        } else {
            leptos::either::Either::Right(view! { <NotFoundPage /> })
        }
    }
}

/// Header, the page's content and footer, with a skip link first so
/// keyboard and screen-reader users can jump past the navigation.
#[component]
fn Shell() -> impl IntoView {
    let site = use_site();
    let has_points = Signal::derive(move || site.has_points());
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
        <Header has_points />
        <main id="noi-dung" class="site-main" tabindex="-1" node_ref=main>
            <Outlet />
        </main>
        <Footer has_points />
    }
}
