//! The shell and the route table: which view each page of `routes::Page`
//! shows, inside the header and footer.

use crate::{
    components::{
        footer::Footer,
        header::{Header, Section},
    },
    domain::format::Date,
    env,
    navigation::{provide_location, use_location},
    routes::Page,
    site::{provide_site_context, use_site},
};
use leptos::either::Either;
use leptos::prelude::*;

/// The whole app. `drawn_for` is the day the page is drawn for: a hydrated
/// page starts from the day it was prerendered (so it matches its HTML),
/// then moves to the reader's today.
#[component]
pub fn App(drawn_for: Date) -> impl IntoView {
    provide_site_context(drawn_for);
    provide_location();
    let site = use_site();
    Effect::new(move |_| site.today.set(env::today()));
    view! { <Pages /> }
}

/// The page the URL names, inside the shell unless it stands alone.
#[component]
fn Pages() -> impl IntoView {
    let location = use_location();
    let page = Memo::new(move |_| Page::at(&location.path.get(), &location.search.get()));
    // A new page is drawn when the page changes, not when only its query
    // or the news page number does (the news list keeps its cards while
    // the next page loads; the gallery reads its filters itself).
    let shown = Memo::new(move |_| {
        page.with(|p| match p {
            Page::News { .. } => Page::News { page: 0 },
            other => other.clone(),
        })
    });
    let has_shell = Memo::new(move |_| shown.with(Page::has_shell));
    move || {
        if has_shell.get() {
            Either::Left(view! { <Shell page>{move || view_of(shown.get(), page)}</Shell> })
        } else {
            Either::Right(move || view_of(shown.get(), page))
        }
    }
}

/// A page this bundle draws, or, in a bundle that does not carry it,
/// [`Elsewhere`].
macro_rules! carried {
    ($bundle:meta, $view:expr) => {{
        #[cfg($bundle)]
        let view = $view;
        #[cfg(not($bundle))]
        let view = view! { <Elsewhere /> };
        view
    }};
}

/// The route table. Each page is its own type (no type-erased views: each
/// of those would carry code the browser never runs).
// A bundle reads only the parameters of the pages it carries.
#[allow(unused_variables)]
fn view_of(shown: Page, page: Memo<Page>) -> impl IntoView {
    #[allow(unused_imports)]
    use crate::pages::*;
    use leptos::either::either;
    either!(shown,
        Page::Home => carried!(carries_home, view! { <home::HomePage /> }),
        Page::News { .. } => carried!(carries_home, {
            let number = Signal::derive(move || match page.get() {
                Page::News { page } => page,
                _ => 1,
            });
            view! { <news_list::NewsListPage page=number /> }
        }),
        Page::Article { slug } => carried!(carries_article, view! { <article::ArticlePage slug /> }),
        Page::Search => carried!(carries_article, view! { <search::SearchPage /> }),
        Page::Gallery => carried!(carries_gallery, view! { <gallery::GalleryPage /> }),
        Page::Product { id } => carried!(carries_product, view! { <product::ProductPage id /> }),
        Page::Points => carried!(carries_product, view! { <points::PointsPage /> }),
        Page::Embed => carried!(carries_gallery, view! { <embed::EmbedPage /> }),
        Page::Label { id } => carried!(carries_label, view! { <label::LabelPage id /> }),
        // Every bundle shows "not found" itself: a mistyped URL under
        // another bundle's section must not send the reader round in
        // circles.
        Page::NotFound => view! { <not_found::NotFoundPage /> },
    )
}

/// A page another bundle draws (navigation loads those from the server
/// itself; this is the last resort): load it from the server.
#[component]
fn Elsewhere() -> impl IntoView {
    Effect::new(move |_| {
        if let Some(location) = web_sys::window().map(|w| w.location()) {
            let _ = location.reload();
        }
    });
    view! { <section class="page"><crate::components::SkeletonLines lines=6 label="Đang mở trang…" /></section> }
}

/// Header, the page's content and footer, with a skip link first so
/// keyboard and screen-reader users can jump past the navigation.
#[component]
fn Shell<C: IntoView + 'static>(page: Memo<Page>, children: TypedChildren<C>) -> impl IntoView {
    let site = use_site();
    let section = Signal::derive(move || match page.get() {
        Page::Home => Section::Home,
        Page::News { .. } | Page::Article { .. } | Page::Search => Section::News,
        Page::Gallery | Page::Product { .. } | Page::Embed | Page::Label { .. } => {
            Section::Products
        }
        Page::Points => Section::Points,
        Page::NotFound => Section::Other,
    });
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
        <Header section has_points />
        <main id="noi-dung" class="site-main" tabindex="-1" node_ref=main>
            {children.into_inner()()}
        </main>
        <Footer has_points />
    }
}
