//! Where the app runs, for code that renders on both sides: the base path it
//! is served under, its public address, the API base URL, and today's date.
//!
//! In the browser these are read from the served page once. In the
//! prerenderer they are settings ([`set_for_prerender`]), so that both sides
//! compute the same links, image URLs and dates, and hydration finds what it
//! expects.

use crate::domain::format::Date;
use std::sync::OnceLock;

/// The `<meta name>` operators set to point a built app at another back end.
pub const API_BASE_META: &str = "ocop-api-base";
/// The `<meta name>` the prerenderer writes with the portal's public address.
pub const SITE_URL_META: &str = "ocop-site-url";
/// The attribute of `<html>` naming the URL a prerendered page shows.
pub const DRAWN_AT: &str = "data-drawn-at";
/// The attribute of `<html>` naming the catalogue the open-data files
/// beside the pages were written from (`domain::open_data::version`).
pub const OPEN_DATA: &str = "data-open-data";
/// The attribute of `<html>` naming a prerendered page's largest picture,
/// which the inline guard preloads when it shows the page
/// (`components::lead_image`).
pub const LEAD_IMAGE: &str = "data-lead-image";
/// The id of a prerendered page's boot data (`<script type="application/json">`).
pub const BOOT_DATA_ID: &str = "ocop-page";

/// The default API base, relative to the base path: the embedded data set.
pub const DEFAULT_API_BASE: &str = "api/";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Env {
    /// `""` at the root, `"/ocop"` under a sub-path (no trailing slash).
    pub base_path: String,
    /// Scheme, host and base path, no trailing slash:
    /// `https://ocop.gialam.example.vn/ocop`. Canonical links, Open Graph
    /// URLs and embed snippets start with it.
    pub site_url: String,
    /// Where the API lives, with a trailing slash; relative image paths
    /// resolve against it.
    pub api_base: String,
}

static ENV: OnceLock<Env> = OnceLock::new();

/// The API base a page uses: the override `<meta>` when it names one (kept
/// as written when absolute, under the base path when relative), else the
/// embedded data next to the app. Both renderers call this with what the
/// served page says, so image URLs come out byte for byte the same.
pub fn api_base_for(base_path: &str, meta: Option<&str>) -> String {
    let wanted = meta
        .map(str::trim)
        .filter(|m| !m.is_empty())
        .unwrap_or(DEFAULT_API_BASE);
    let joined = if crate::domain::url::scheme_of(wanted).is_some() || wanted.starts_with('/') {
        wanted.to_owned()
    } else {
        format!("{base_path}/{wanted}")
    };
    if joined.ends_with('/') {
        joined
    } else {
        format!("{joined}/")
    }
}

/// Sets the environment of a native render (the prerenderer, tests). The
/// first call wins.
pub fn set_for_prerender(env: Env) {
    let _ = ENV.set(env);
}

fn env() -> &'static Env {
    ENV.get_or_init(read)
}

#[cfg(all(target_arch = "wasm32", feature = "browser"))]
fn read() -> Env {
    let base_path = crate::web::page_base_path();
    let site_url = crate::web::meta_content(SITE_URL_META)
        .map(|url| url.trim_end_matches('/').to_owned())
        .unwrap_or_else(|| format!("{}{base_path}", crate::web::origin()));
    let api_base = api_base_for(
        &base_path,
        crate::web::meta_content(API_BASE_META).as_deref(),
    );
    Env {
        base_path,
        site_url,
        api_base,
    }
}

/// A native render nobody configured (unit tests): the root of a site
/// without an address.
#[cfg(not(all(target_arch = "wasm32", feature = "browser")))]
fn read() -> Env {
    Env {
        base_path: String::new(),
        site_url: String::new(),
        api_base: api_base_for("", None),
    }
}

pub fn base_path() -> &'static str {
    &env().base_path
}

pub fn site_url() -> &'static str {
    &env().site_url
}

/// The address this page was actually served from (scheme, host, base
/// path): for what the page itself opens, which must work wherever a copy
/// is served (a staging host, `www.` beside the bare name, a forgotten
/// `--site-url`), while what is shared or pasted elsewhere keeps the
/// public address ([`site_url`]). Natively, the public address. Only for
/// views that are never prerendered: the two would differ at hydration.
pub fn served_url() -> String {
    #[cfg(all(target_arch = "wasm32", feature = "browser"))]
    return format!("{}{}", crate::web::origin(), base_path());
    #[cfg(not(all(target_arch = "wasm32", feature = "browser")))]
    return site_url().to_owned();
}

pub fn api_base() -> &'static str {
    &env().api_base
}

/// An API image as `(src, alt)` ready for `<img>`, its source resolved
/// against this page's API base; `None` when the source is unusable
/// (`javascript:`, `data:`, protocol-relative: see
/// [`crate::domain::url::resolve_asset`]).
pub fn image_src(image: &crate::api::models::Image) -> Option<(String, String)> {
    crate::domain::url::resolve_asset(api_base(), &image.src).map(|src| (src, image.alt.clone()))
}

/// Whether the open-data files served beside the pages were written from
/// the catalogue of `version`. Natively, the page is the prerenderer's,
/// which writes them from the catalogue it draws.
pub fn open_data_written_from(version: &str) -> bool {
    #[cfg(all(target_arch = "wasm32", feature = "browser"))]
    {
        crate::web::document()
            .and_then(|d| d.document_element())
            .and_then(|html| html.get_attribute(OPEN_DATA))
            .is_some_and(|written| written == version)
    }
    #[cfg(not(all(target_arch = "wasm32", feature = "browser")))]
    {
        let _ = version;
        true
    }
}

/// Today in Vietnam, by the device's clock (the prerenderer's when native).
pub fn today() -> Date {
    crate::domain::format::vietnam_date_at(now_ms())
}

#[cfg(all(target_arch = "wasm32", feature = "browser"))]
fn now_ms() -> f64 {
    js_sys::Date::now()
}

#[cfg(not(all(target_arch = "wasm32", feature = "browser")))]
fn now_ms() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |d| d.as_millis() as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_base_is_the_same_string_on_both_sides() {
        assert_eq!(api_base_for("", None), "/api/");
        assert_eq!(api_base_for("/ocop", None), "/ocop/api/");
        assert_eq!(api_base_for("/ocop", Some("  ")), "/ocop/api/");
        assert_eq!(api_base_for("/ocop", Some("du-lieu")), "/ocop/du-lieu/");
        assert_eq!(
            api_base_for("/ocop", Some("https://cms.example.vn/api")),
            "https://cms.example.vn/api/"
        );
        assert_eq!(api_base_for("", Some("/data/api/")), "/data/api/");
    }
}
