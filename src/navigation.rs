//! The URL as the app's state: where the reader is (path and query, as
//! signals), following the app's own links without a page load, and Back
//! and Forward.
//!
//! A few lines over the History API do what the app needs of a router: the
//! route table is `routes::Page::at` and `app::view_of`. (A general router
//! would be a good part of every browser bundle.)

use crate::{env, routes::Link};
use leptos::prelude::*;

/// Where the reader is: the path from the base path, and the raw query
/// (no `?`).
#[derive(Clone, Copy)]
pub struct Location {
    pub path: RwSignal<String>,
    pub search: RwSignal<String>,
}

/// The URL a native render draws (the prerenderer provides it).
#[derive(Clone, Debug)]
pub struct RenderedUrl(pub String);

/// Provides the location for the app, from the page's URL (or the URL a
/// native render draws), and, in the browser, starts following links and
/// Back/Forward.
pub fn provide_location() -> Location {
    let (path, search) = split(&initial_url());
    let location = Location {
        path: RwSignal::new(path),
        search: RwSignal::new(search),
    };
    provide_context(location);
    #[cfg(feature = "browser")]
    browser::listen(location);
    location
}

pub fn use_location() -> Location {
    expect_context()
}

/// Goes to a place in the app, as a new history entry (Back undoes it).
/// `keep_scroll` leaves the reader where they are (a filter change).
pub fn use_go() -> impl Fn(&Link, bool) + Clone + Send + Sync + 'static {
    let location = use_location();
    move |link: &Link, keep_scroll: bool| {
        #[cfg(feature = "browser")]
        browser::go(location, &link.href(), !keep_scroll);
        #[cfg(not(feature = "browser"))]
        let _ = (location, link, keep_scroll);
    }
}

/// `"/ocop/san-pham?stars=5"` → (`"/san-pham"`, `"stars=5"`): the path from
/// the base path, and the query.
fn split(href: &str) -> (String, String) {
    let href = href.split('#').next().unwrap_or("");
    let (path, query) = href.split_once('?').unwrap_or((href, ""));
    let path = path.strip_prefix(env::base_path()).unwrap_or(path);
    let path = if path.is_empty() { "/" } else { path };
    (path.to_owned(), query.to_owned())
}

#[cfg(feature = "browser")]
fn initial_url() -> String {
    crate::web::address()
}

#[cfg(not(feature = "browser"))]
fn initial_url() -> String {
    use_context::<RenderedUrl>()
        .map(|u| u.0)
        .unwrap_or_else(|| "/".to_owned())
}

#[cfg(feature = "browser")]
mod browser {
    use super::{split, Location};
    use crate::env;
    use crate::routes::{Bundle, Page};
    use leptos::prelude::*;
    use wasm_bindgen::{closure::Closure, JsCast};

    /// Shows `href` (base path included): a new history entry, the signals
    /// updated, and the page scrolled to the top unless told otherwise.
    pub fn go(location: Location, href: &str, scroll: bool) {
        let Some(window) = web_sys::window() else {
            return;
        };
        if !carried(href) {
            let _ = window.location().assign(href);
            return;
        }
        if let Ok(history) = window.history() {
            let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href));
        }
        show(location, href);
        if scroll {
            window.scroll_to_with_x_and_y(0.0, 0.0);
        }
    }

    fn show(location: Location, href: &str) {
        let (path, search) = split(href);
        if location.path.get_untracked() != path {
            location.path.set(path);
        }
        if location.search.get_untracked() != search {
            location.search.set(search);
        }
    }

    /// Whether this bundle draws the page at `href` (base path included);
    /// a build with every page (`trunk serve`) draws them all. An address
    /// that names no page (a file such as `/rss.xml` or an upload, a
    /// mistyped link) is the server's to answer.
    fn carried(href: &str) -> bool {
        let (path, search) = split(href);
        let page = Page::at(&path, &search);
        page != Page::NotFound && Bundle::COMPILED.is_none_or(|carried| page.bundle() == carried)
    }

    /// Follows clicks on the app's own links, and Back/Forward, for the
    /// page's life.
    pub fn listen(location: Location) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let on_click =
            Closure::<dyn FnMut(web_sys::MouseEvent)>::new(move |ev: web_sys::MouseEvent| {
                if let Some(href) = own_link(&ev) {
                    ev.prevent_default();
                    go(location, &href, true);
                }
            });
        let on_popstate =
            Closure::<dyn FnMut()>::new(move || show(location, &crate::web::address()));
        if let Some(document) = window.document() {
            let _ = document
                .add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
        }
        let _ = window
            .add_event_listener_with_callback("popstate", on_popstate.as_ref().unchecked_ref());
        // Both live as long as the page.
        on_click.forget();
        on_popstate.forget();
    }

    /// The address a plain left click on one of the app's own links goes
    /// to, if the app should show it itself: same origin, under the base
    /// path, a page this bundle carries (another bundle's page, or a file,
    /// is a plain load, whoever wrote the link: a component or an
    /// article's body), no new tab or download, not `rel="external"`, and
    /// not just a jump within the page.
    fn own_link(ev: &web_sys::MouseEvent) -> Option<String> {
        if ev.default_prevented()
            || ev.button() != 0
            || ev.meta_key()
            || ev.ctrl_key()
            || ev.shift_key()
            || ev.alt_key()
        {
            return None;
        }
        let target: web_sys::Element = ev.target()?.dyn_into().ok()?;
        let anchor: web_sys::HtmlAnchorElement =
            target.closest("a[href]").ok()??.dyn_into().ok()?;
        let external = anchor
            .get_attribute("rel")
            .is_some_and(|rel| rel.split_ascii_whitespace().any(|r| r == "external"));
        if !anchor.target().is_empty() || anchor.has_attribute("download") || external {
            return None;
        }
        let url = web_sys::Url::new(&anchor.href()).ok()?;
        let here = web_sys::window()?.location();
        if url.origin() != here.origin().ok()? {
            return None;
        }
        let path = url.pathname();
        let base = env::base_path();
        if !base.is_empty() && path != base && !path.starts_with(&format!("{base}/")) {
            return None;
        }
        if !carried(&path) {
            return None;
        }
        let same_page = path == here.pathname().ok()? && url.search() == here.search().ok()?;
        if same_page && !url.hash().is_empty() {
            return None;
        }
        Some(format!("{path}{}", url.search()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_hrefs() {
        assert_eq!(
            split("/san-pham?stars=5#top"),
            ("/san-pham".into(), "stars=5".into())
        );
        assert_eq!(split("/"), ("/".into(), String::new()));
        assert_eq!(split(""), ("/".into(), String::new()));
    }
}
