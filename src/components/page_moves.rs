//! What the router leaves to the app when the reader moves from page to
//! page (leptos_router 0.8 moves no focus, announces nothing and restores
//! no scroll position on Back):
//! - the new page's heading takes the focus, and its title is announced to
//!   screen readers ([`PageMoves`] draws the live region);
//! - Back and Forward return to where the reader was on that page;
//! - what a page draws from is fetched as soon as the reader shows intent
//!   (a pointer over its link, a touch, keyboard focus), into the one
//!   response store (`api::remote::fetch_ahead`).
//!
//! A change of the query alone (a gallery filter) is no move: focus and
//! scroll stay with the reader.

use leptos::prelude::*;

/// The live region that announces each new page, and (in the browser) the
/// listeners above. Inside the `<Router>`.
#[component]
pub fn PageMoves() -> impl IntoView {
    let announcement = RwSignal::new(String::new());
    #[cfg(feature = "browser")]
    browser::follow(announcement);
    view! {
        <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
            {move || announcement.get()}
        </p>
    }
}

/// Starts following the reader's moves (before the app starts: see
/// `browser::listen`).
#[cfg(feature = "browser")]
pub use browser::listen;

#[cfg(feature = "browser")]
mod browser {
    use crate::{api::remote, routes::Page};
    use leptos::prelude::*;
    use leptos_router::hooks::use_location;
    use std::{cell::RefCell, collections::HashMap};
    use wasm_bindgen::{closure::Closure, JsCast};

    /// How long a new page may take to show its heading (its data still
    /// loading) before the focus goes to the main region instead.
    const HEADING_WAIT_MS: f64 = 3_000.0;

    #[derive(Default)]
    struct Places {
        /// The address (path and query) on screen, once drawn.
        current: String,
        /// Where the reader was on each address they left, by address.
        scroll: HashMap<String, f64>,
        /// A Back or Forward step is under way: restore its position.
        restoring: bool,
    }

    thread_local! {
        static PLACES: RefCell<Places> = RefCell::new(Places::default());
    }

    /// Starts the listeners, before the app (and its router) starts: they
    /// must run before the router's, while the page being left is still
    /// on screen.
    pub fn listen() {
        let Some(window) = web_sys::window() else {
            return;
        };
        if let Ok(history) = window.history() {
            // The browser would restore before the app has drawn the page.
            let _ = history.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
        }
        PLACES.with(|places| places.borrow_mut().current = crate::web::address());
        add_listeners(&window);
    }

    pub fn follow(announcement: RwSignal<String>) {
        let location = use_location();
        let path = location.pathname;
        Effect::new(move |previous: Option<String>| {
            let path = path.get();
            let address = format!("{path}{}", search_of(&location.search.get()));
            let moved = previous.as_ref().is_some_and(|p| *p != path);
            let restore = PLACES.with(|places| {
                let mut places = places.borrow_mut();
                places.current = address.clone();
                std::mem::take(&mut places.restoring)
                    .then(|| places.scroll.get(&address).copied().unwrap_or(0.0))
            });
            if let Some(top) = restore {
                after_draw(move || {
                    if let Some(window) = web_sys::window() {
                        window.scroll_to_with_x_and_y(0.0, top);
                    }
                });
            }
            if moved {
                focus_heading(announcement, js_sys::Date::now());
            }
            path
        });
    }

    fn search_of(search: &str) -> String {
        if search.is_empty() {
            String::new()
        } else {
            format!("?{search}")
        }
    }

    /// Notes where the reader is before every move (a click, Back or
    /// Forward: these listeners run before the router's), and fetches
    /// ahead on intent.
    fn add_listeners(window: &web_sys::Window) {
        let Some(document) = window.document() else {
            return;
        };
        let note = |restoring: bool| {
            let top = web_sys::window()
                .and_then(|w| w.scroll_y().ok())
                .unwrap_or(0.0);
            PLACES.with(|places| {
                let mut places = places.borrow_mut();
                let current = places.current.clone();
                places.scroll.insert(current, top);
                places.restoring = restoring;
            });
        };
        let on_click = Closure::<dyn FnMut(web_sys::MouseEvent)>::new(move |ev| {
            leave_files_to_the_browser(&ev);
            note(false)
        });
        let on_popstate = Closure::<dyn FnMut()>::new(move || note(true));
        let on_intent = Closure::<dyn FnMut(web_sys::Event)>::new(fetch_ahead);
        let capture = web_sys::AddEventListenerOptions::new();
        capture.set_capture(true);
        capture.set_passive(true);
        let _ = document.add_event_listener_with_callback_and_add_event_listener_options(
            "click",
            on_click.as_ref().unchecked_ref(),
            &capture,
        );
        for kind in ["pointerover", "touchstart", "focusin"] {
            let _ = document.add_event_listener_with_callback_and_add_event_listener_options(
                kind,
                on_intent.as_ref().unchecked_ref(),
                &capture,
            );
        }
        let _ = window
            .add_event_listener_with_callback("popstate", on_popstate.as_ref().unchecked_ref());
        // They live as long as the page.
        on_click.forget();
        on_popstate.forget();
        on_intent.forget();
    }

    /// A link to this site that names no page of the app (`rss.xml`, an
    /// upload, a PDF, a mistyped address in an article) is the browser's to
    /// load: marked `rel="external"` before the router sees the click (the
    /// router would show its not-found view instead, and never fetch it).
    fn leave_files_to_the_browser(ev: &web_sys::MouseEvent) {
        let Some((anchor, page)) = link_of(ev) else {
            return;
        };
        if page == Page::NotFound {
            let rel = anchor.get_attribute("rel").unwrap_or_default();
            if !rel.split_ascii_whitespace().any(|r| r == "external") {
                let _ = anchor.set_attribute("rel", format!("{rel} external").trim());
            }
        }
    }

    /// The link to this site an event happened on, if any, and the page
    /// it names.
    fn link_of(ev: &web_sys::Event) -> Option<(web_sys::HtmlAnchorElement, Page)> {
        let anchor = ev
            .target()?
            .dyn_into::<web_sys::Element>()
            .ok()?
            .closest("a[href]")
            .ok()??
            .dyn_into::<web_sys::HtmlAnchorElement>()
            .ok()?;
        let url = web_sys::Url::new(&anchor.href()).ok()?;
        (url.origin() == crate::web::origin())
            .then(|| (anchor, Page::at_address(&url.pathname(), &url.search())))
    }

    /// The reader points at, touches or focuses a link to a page of the
    /// app: fetch what that page draws from.
    fn fetch_ahead(ev: web_sys::Event) {
        if let Some((anchor, page)) = link_of(&ev) {
            if anchor.target().is_empty() && !anchor.has_attribute("download") {
                remote::fetch_ahead(&page.api_files());
            }
        }
    }

    /// Once the new page has a heading (its data may still be loading),
    /// gives it the focus without scrolling, and announces the page's
    /// title.
    fn focus_heading(announcement: RwSignal<String>, since: f64) {
        after_draw(move || {
            let Some(document) = crate::web::document() else {
                return;
            };
            let main = document.query_selector("main").ok().flatten();
            let heading = main
                .as_ref()
                .and_then(|m| m.query_selector("h1").ok().flatten());
            let loading = main
                .as_ref()
                .and_then(|m| m.query_selector(".skeleton").ok().flatten())
                .is_some();
            let waited = js_sys::Date::now() - since;
            if (heading.is_none() || loading) && waited < HEADING_WAIT_MS {
                focus_heading(announcement, since);
                return;
            }
            if let Some(target) = heading.or(main) {
                if !target.has_attribute("tabindex") {
                    let _ = target.set_attribute("tabindex", "-1");
                }
                if let Ok(target) = target.dyn_into::<web_sys::HtmlElement>() {
                    let options = web_sys::FocusOptions::new();
                    options.set_prevent_scroll(true);
                    let _ = target.focus_with_options(&options);
                }
            }
            announcement.set(document.title());
        });
    }

    /// Runs `then` once the page has been drawn and laid out (the next
    /// animation frame after the reactive updates).
    fn after_draw(then: impl FnOnce() + 'static) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let callback = Closure::once_into_js(then);
        let _ = window.request_animation_frame(callback.unchecked_ref());
    }
}
