//! Start-up in the browser: adopt a prerendered page, or draw one.
//!
//! A prerendered page carries, on `<html>`, the URL it was drawn for
//! (`data-drawn-at`) and, in `<script id="ocop-page">`, the API files it
//! was drawn from with their fingerprints and the day it was drawn for.
//!
//! - Served for its own URL: fetch those files. If every one comes back
//!   unchanged, hydrate (the page's DOM is adopted as it is). If any
//!   changed or failed, draw the page afresh from what arrived, so the
//!   reader sees the API's current content, or the retryable message where
//!   a file is missing.
//! - Served for another URL (a host's fallback to `index.html`, a filtered
//!   gallery URL): draw afresh. The inline guard in the page's `<head>`
//!   has already hidden the misleading content until then.
//! - The bare shell (`trunk serve`): draw.
//!
//! Hydrating HTML drawn for another route or from other data would panic
//! and leave a dead page, so it is never tried.

use crate::{
    app::App,
    domain::format::parse_date,
    env::{self, BOOT_DATA_ID, DRAWN_AT},
};
use serde::Deserialize;
use std::sync::atomic::{AtomicBool, Ordering};
use wasm_bindgen::JsCast;

/// The class the inline guard sets on `<html>` when the page was drawn
/// for another URL.
const STALE_CLASS: &str = "stale";

/// What a prerendered page says about itself.
#[derive(Debug, Default, Deserialize)]
pub struct BootData {
    /// `YYYY-MM-DD`: the day the page was drawn for.
    pub drawn_for: String,
    /// `[path, fingerprint]` of every API file the page was drawn from.
    pub sources: Vec<(String, String)>,
}

pub fn start() {
    super::install_panic_hook();
    // The start-up fetches run before Leptos mounts (which would set this).
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let Some(document) = super::document() else {
        return;
    };
    let root: web_sys::HtmlElement = match document.get_element_by_id("app") {
        Some(root) => root.unchecked_into(),
        None => match document.body() {
            Some(body) => body,
            None => return,
        },
    };
    canonical_address();
    crate::components::page_moves::listen();
    let html = document.document_element();
    let drawn_at = html.as_ref().and_then(|h| h.get_attribute(DRAWN_AT));
    let boot = document
        .get_element_by_id(BOOT_DATA_ID)
        .and_then(|e| e.text_content())
        .and_then(|json| serde_json::from_str::<BootData>(&json).ok());
    let adopt_failed = take_draw_afresh_mark();
    match (drawn_at, boot) {
        (Some(_), _) if adopt_failed => draw_afresh(root),
        (Some(drawn_at), Some(boot)) if drawn_for_here(&drawn_at) => {
            leptos::task::spawn_local(async move {
                let unchanged = crate::api::remote::prefetch(&boot.sources).await;
                let drawn_for = parse_date(&boot.drawn_for).unwrap_or_else(env::today);
                if unchanged {
                    hydrate(root, drawn_for);
                } else {
                    draw_afresh(root);
                }
            });
        }
        (Some(_), _) => draw_afresh(root),
        (None, _) => {
            leptos::mount::mount_to(root, || leptos::view! { <App drawn_for=env::today() /> })
                .forget();
            mark_ready();
        }
    }
}

/// Spells the address bar's path as the router matches it: percent-encoded
/// letters (`/%74in-tuc/a`, which a host serves as `/tin-tuc/a`) decoded,
/// so the page is the one its path names, on load as after a click.
fn canonical_address() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let Ok(path) = location.pathname() else {
        return;
    };
    let Some(decoded) = js_sys::decode_uri(&path).ok().and_then(|d| d.as_string()) else {
        return;
    };
    if decoded != path && !decoded.contains(['?', '#']) {
        let rest = format!(
            "{}{}",
            location.search().unwrap_or_default(),
            location.hash().unwrap_or_default()
        );
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(
                &wasm_bindgen::JsValue::NULL,
                "",
                Some(&format!("{decoded}{rest}")),
            );
        }
    }
}

/// Whether a page recorded as drawn at `recorded` shows this URL.
fn drawn_for_here(recorded: &str) -> bool {
    let address = super::address();
    let (path, search) = address.split_once('?').unwrap_or((&address, ""));
    crate::routes::drawn_for_address(recorded, path, search)
}

/// This page's URL: path (no trailing slash but the root's) and query.
pub fn here() -> String {
    let address = super::address();
    let (path, search) = address.split_once('?').unwrap_or((&address, ""));
    crate::routes::drawn_at(path, search)
}

#[cfg(feature = "hydrate")]
fn hydrate(root: web_sys::HtmlElement, drawn_for: crate::domain::format::Date) {
    // Leptos's hydration context reads these (they hold server-side
    // resources, which this app does not use).
    if let Some(window) = web_sys::window() {
        for name in [
            "__RESOLVED_RESOURCES",
            "__SERIALIZED_ERRORS",
            "__INCOMPLETE_CHUNKS",
        ] {
            let _ = js_sys::Reflect::set(&window, &name.into(), &js_sys::Array::new());
        }
    }
    // Served for its own URL once spelled canonically (see
    // `canonical_address`): nothing to hide.
    unhide();
    HYDRATING.store(true, Ordering::Relaxed);
    leptos::mount::hydrate_from(root, move || leptos::view! { <App drawn_for /> }).forget();
    HYDRATING.store(false, Ordering::Relaxed);
    mark_ready();
}

#[cfg(not(feature = "hydrate"))]
fn hydrate(root: web_sys::HtmlElement, _drawn_for: crate::domain::format::Date) {
    draw_afresh(root);
}

/// Clears what the prerenderer drew and draws the page anew (its
/// `<head>` tags are replaced by the new page's, like on any page change).
fn draw_afresh(root: web_sys::HtmlElement) {
    unhide();
    root.set_inner_html("");
    leptos::mount::mount_to(root, || leptos::view! { <App drawn_for=env::today() /> }).forget();
    mark_ready();
}

/// True while a prerendered page is being adopted.
static HYDRATING: AtomicBool = AtomicBool::new(false);

/// The session-storage key that asks the next load of a URL to draw its
/// page afresh: adopting it panicked.
const DRAW_AFRESH_KEY: &str = "ocop-draw-afresh";

pub fn hydrating() -> bool {
    HYDRATING.load(Ordering::Relaxed)
}

/// Adopting this page failed: loads it again, asking that load to draw it
/// afresh. False (the crash screen is shown instead) when that was already
/// asked of this URL, or the session cannot keep the request.
pub fn draw_afresh_after_reload() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let Ok(Some(session)) = window.session_storage() else {
        return false;
    };
    let here = here();
    if session.get_item(DRAW_AFRESH_KEY).ok().flatten().as_deref() == Some(here.as_str()) {
        return false;
    }
    leptos::logging::warn!("{here}: the prerendered page and the app disagree; drawing it afresh");
    session.set_item(DRAW_AFRESH_KEY, &here).is_ok() && window.location().reload().is_ok()
}

/// Whether the last load of this URL asked for it to be drawn afresh (the
/// request is used up).
fn take_draw_afresh_mark() -> bool {
    let Some(session) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) else {
        return false;
    };
    let asked = session.get_item(DRAW_AFRESH_KEY).ok().flatten();
    if asked.as_deref() == Some(here().as_str()) {
        let _ = session.remove_item(DRAW_AFRESH_KEY);
        true
    } else {
        false
    }
}

/// Takes off the inline guard's mark of a page drawn for another URL.
fn unhide() {
    if let Some(html) = super::document().and_then(|d| d.document_element()) {
        let _ = html.class_list().remove_1(STALE_CLASS);
    }
}

/// `<html data-app="ready">`: the page now runs (tests and tools wait for
/// it; a prerendered page looks the same before).
fn mark_ready() {
    if let Some(html) = super::document().and_then(|d| d.document_element()) {
        let _ = html.set_attribute("data-app", "ready");
    }
}
