//! Where the API lives. The built app is configured without recompiling:
//!
//! 1. `<meta name="ocop-api-base" content="https://cms.example.vn/api/">` in
//!    the served `index.html` points it at another back end (a relative
//!    value resolves against the page's base URL);
//! 2. otherwise it reads `api/` next to `index.html`: the embedded data set,
//!    or whatever `trunk serve --proxy-backend` forwards there.

/// The `<meta name>` operators set to override the API base URL.
pub const API_BASE_META: &str = "ocop-api-base";

/// The default base, relative to the document's base URL.
pub const DEFAULT_API_BASE: &str = "api/";

/// The API base URL of this page: the override `<meta>` if present, else
/// [`DEFAULT_API_BASE`], resolved against the document's base URL.
#[cfg(target_arch = "wasm32")]
pub fn api_base() -> String {
    use std::sync::OnceLock;
    static BASE: OnceLock<String> = OnceLock::new();
    BASE.get_or_init(|| {
        let wanted =
            crate::web::meta_content(API_BASE_META).unwrap_or_else(|| DEFAULT_API_BASE.to_owned());
        let document_base = crate::web::document()
            .and_then(|d| d.base_uri().ok().flatten())
            .unwrap_or_default();
        web_sys::Url::new_with_base(&wanted, &document_base)
            .map(|url| url.href())
            .unwrap_or(wanted)
    })
    .clone()
}

/// An API image as `(src, alt)` ready for `<img>`, or `None` when its
/// source is unusable (see [`resolve_asset`]).
#[cfg(target_arch = "wasm32")]
pub fn image_src(image: &super::models::Image) -> Option<(String, String)> {
    resolve_asset(&api_base(), &image.src).map(|src| (src, image.alt.clone()))
}

/// Joins an API path (`news/page-2.json`) to a base, with exactly one `/`
/// between them.
pub fn endpoint(base: &str, path: &str) -> String {
    let base = base.trim_end_matches('/');
    let path = path.trim_start_matches('/');
    if base.is_empty() {
        return path.to_owned();
    }
    format!("{base}/{path}")
}

/// Resolves an image `src` from the API: an absolute `http(s)` URL is kept,
/// a relative path is taken relative to the API base. Anything else
/// (`javascript:`, `data:`, protocol-relative, `file:`) gives `None`, so the
/// image is left out.
pub fn resolve_asset(base: &str, src: &str) -> Option<String> {
    let src = src.trim();
    if src.is_empty() || src.starts_with("//") || src.starts_with('\\') {
        return None;
    }
    match scheme_of(src) {
        Some(s) if s == "http" || s == "https" => Some(src.to_owned()),
        Some(_) => None,
        None => Some(endpoint(base, src)),
    }
}

/// The lowercase URL scheme, if `url` has one (`"HTTPS://x"` → `"https"`).
/// Browsers ignore tabs and newlines inside a scheme, so they are ignored
/// here too (`"java\tscript:"` is a `javascript:` URL).
pub fn scheme_of(url: &str) -> Option<String> {
    let cleaned: String = url
        .trim_start_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let colon = cleaned.find(':')?;
    let scheme = &cleaned[..colon];
    let mut chars = scheme.chars();
    let first = chars.next()?;
    if !first.is_ascii_alphabetic()
        || !chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    {
        return None;
    }
    // A `/`, `?` or `#` before the colon makes it a relative path.
    Some(scheme.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_with_one_slash() {
        assert_eq!(endpoint("api/", "site.json"), "api/site.json");
        assert_eq!(endpoint("api", "/site.json"), "api/site.json");
        assert_eq!(
            endpoint("https://cms.example.vn/ocop/api//", "news/page-2.json"),
            "https://cms.example.vn/ocop/api/news/page-2.json"
        );
        assert_eq!(endpoint("", "site.json"), "site.json");
    }

    #[test]
    fn assets_resolve_against_the_api_base() {
        let base = "/ocop/api/";
        assert_eq!(
            resolve_asset(base, "images/products/a.svg").as_deref(),
            Some("/ocop/api/images/products/a.svg")
        );
        assert_eq!(
            resolve_asset(base, "https://cdn.example.vn/a.jpg").as_deref(),
            Some("https://cdn.example.vn/a.jpg")
        );
        for bad in [
            "javascript:alert(1)",
            " JaVaScRiPt:alert(1)",
            "java\tscript:alert(1)",
            "data:image/svg+xml,<svg onload=alert(1)>",
            "//evil.example/a.png",
            "file:///etc/passwd",
            "",
        ] {
            assert_eq!(resolve_asset(base, bad), None, "{bad:?}");
        }
    }

    #[test]
    fn schemes() {
        assert_eq!(scheme_of("mailto:a@b.vn").as_deref(), Some("mailto"));
        assert_eq!(scheme_of("/tin-tuc?x=a:b"), None);
        assert_eq!(scheme_of("tin-tuc/a:b"), None);
        assert_eq!(scheme_of("1abc:x"), None);
    }
}
