//! The shell and the route table: which view each page of `routes::Page`
//! shows, inside the header and footer.

use crate::{
    components::{
        footer::Footer,
        header::{Header, Section},
    },
    domain::format::Date,
    env,
    routes::{Bundle, Page},
    site::{provide_site_context, use_site},
};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::{components::Router, hooks::use_location};

/// The whole app. `drawn_for` is the day the page is drawn for: a hydrated
/// page starts from the day it was prerendered (so it matches its HTML),
/// then moves to the reader's today.
#[component]
pub fn App(drawn_for: Date) -> impl IntoView {
    provide_meta_context();
    provide_site_context(drawn_for);
    let site = use_site();
    Effect::new(move |_| site.today.set(env::today()));
    // Every tab title ends with the site's name, from `site.json`.
    let formatter = move |page: String| {
        let name = site.name().unwrap_or_default();
        match (page.is_empty(), name.is_empty()) {
            (true, _) => name,
            (false, true) => page,
            (false, false) => format!("{page} — {name}"),
        }
    };
    view! {
        <Title formatter />
        <Router base=env::base_path()>
            <Pages />
        </Router>
    }
}

/// The page the URL names, inside the shell unless it stands alone.
#[component]
fn Pages() -> impl IntoView {
    let location = use_location();
    let page = Memo::new(move |_| {
        let path = location.pathname.get();
        let path = path.strip_prefix(env::base_path()).unwrap_or(&path);
        Page::at(path, &location.search.get())
    });
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
    // The router puts a new path in the address bar once the page that
    // shows it is drawn (its `<Routes>` would say so; this app draws pages
    // itself).
    #[cfg(feature = "browser")]
    {
        use leptos_router::location::LocationProvider;
        let browser = use_context::<leptos_router::location::BrowserUrl>();
        Effect::new(move |_| {
            page.track();
            if let Some(browser) = &browser {
                browser.ready_to_complete();
            }
        });
    }
    move || {
        let content = move || view_of(shown.get(), page);
        if has_shell.get() {
            view! { <Shell page>{content}</Shell> }.into_any()
        } else {
            content().into_any()
        }
    }
}

/// The route table.
#[cfg_attr(not(carries_news), allow(unused_variables))]
fn view_of(shown: Page, page: Memo<Page>) -> AnyView {
    #[allow(unused_imports)]
    use crate::pages::*;
    // Every bundle shows "not found" itself: a mistyped URL under another
    // bundle's section must not send the reader round in circles.
    if shown != Page::NotFound && !carries(shown.bundle()) {
        return view! { <Elsewhere /> }.into_any();
    }
    match shown {
        #[cfg(carries_news)]
        Page::Home => view! { <home::HomePage /> }.into_any(),
        #[cfg(carries_news)]
        Page::News { .. } => {
            let number = Signal::derive(move || match page.get() {
                Page::News { page } => page,
                _ => 1,
            });
            view! { <news_list::NewsListPage page=number /> }.into_any()
        }
        #[cfg(carries_news)]
        Page::Article { slug } => view! { <article::ArticlePage slug /> }.into_any(),
        #[cfg(carries_news)]
        Page::Search => view! { <search::SearchPage /> }.into_any(),
        #[cfg(carries_shop)]
        Page::Gallery => view! { <gallery::GalleryPage /> }.into_any(),
        #[cfg(carries_shop)]
        Page::Product { id } => view! { <product::ProductPage id /> }.into_any(),
        #[cfg(carries_shop)]
        Page::Points => view! { <points::PointsPage /> }.into_any(),
        #[cfg(carries_shop)]
        Page::Embed => view! { <embed::EmbedPage /> }.into_any(),
        #[cfg(carries_label)]
        Page::Label { id } => view! { <label::LabelPage id /> }.into_any(),
        Page::NotFound => view! { <not_found::NotFoundPage /> }.into_any(),
        #[allow(unreachable_patterns)]
        _ => view! { <Elsewhere /> }.into_any(),
    }
}

/// Whether this build draws pages of `bundle`.
fn carries(bundle: Bundle) -> bool {
    Bundle::COMPILED.is_none_or(|compiled| compiled == bundle)
}

/// A page another bundle draws, reached by a link inside content (the
/// app's own links to it load it directly): load it from the server.
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
fn Shell(page: Memo<Page>, children: ChildrenFn) -> impl IntoView {
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
            {children()}
        </main>
        <Footer has_points />
    }
}
