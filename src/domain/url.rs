//! URLs and their parts, for every renderer: joining API paths, resolving
//! image sources, reading schemes, percent-encoding query values, and the
//! one rule of what a slug or id may be.

/// Longest slug or id accepted from a URL: long enough for any editor's
/// article slug, short enough that a hostile URL cannot cost much.
pub const MAX_SLUG_LEN: usize = 200;

/// `^[a-z0-9-]{1,200}$`: the API's slug and id alphabet, bounded. The one
/// rule for every slug and id the app reads from a URL or sends to the API.
pub fn is_slug(s: &str) -> bool {
    (1..=MAX_SLUG_LEN).contains(&s.len())
        && s.bytes()
            .all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'-'))
}

/// The `(key, value)` pairs of a raw query string (with or without its
/// `?`), split at `&` and the first `=`, both decoded; empty pairs are
/// skipped. The one reader of every query the app is given.
pub fn query_pairs(query: &str) -> impl DoubleEndedIterator<Item = (String, String)> + '_ {
    query
        .strip_prefix('?')
        .unwrap_or(query)
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode_component(key), decode_component(value))
        })
}

/// Whether a relative file path stays inside the folder it is joined to:
/// only plain names between the slashes (no `..`, `.`, root or drive).
/// The prerenderer reads an API folder and writes a site with paths that
/// come partly from the API.
pub fn stays_inside(relative: &str) -> bool {
    !relative.is_empty()
        && !relative.contains('\\')
        && std::path::Path::new(relative)
            .components()
            .all(|c| matches!(c, std::path::Component::Normal(_)))
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

/// Decodes one `application/x-www-form-urlencoded` component.
pub fn decode_component(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let escaped = bytes
                    .get(i + 1..i + 3)
                    .and_then(|hex| Some(hex_value(hex[0])? << 4 | hex_value(hex[1])?));
                if let Some(byte) = escaped {
                    out.push(byte);
                    i += 2;
                } else {
                    out.push(b'%');
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex_value(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Percent-encodes everything but the unreserved characters `A-Za-z0-9-_.~`.
pub fn encode_component(s: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0xF)]));
        }
    }
    out
}

/// A `tel:` link for a phone number as people write it ("0900 000 101");
/// `None` when there is nothing to dial ("liên hệ sau").
pub fn tel_href(phone: &str) -> Option<String> {
    let dial: String = phone
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    dial.bytes()
        .any(|b| b.is_ascii_digit())
        .then(|| format!("tel:{dial}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_with_parent_or_root_parts_does_not_stay_inside() {
        for inside in ["index.html", "tin-tuc/a/index.html", "images/p.svg"] {
            assert!(stays_inside(inside), "{inside}");
        }
        for outside in [
            "",
            "../x",
            "a/../../x",
            "/etc/passwd",
            "./a",
            "a\\..\\b",
            "tin-tuc/../../../x/index.html",
        ] {
            assert!(!stays_inside(outside), "{outside}");
        }
    }

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
    fn phone_links() {
        assert_eq!(tel_href("0900 000 101").as_deref(), Some("tel:0900000101"));
        assert_eq!(
            tel_href("+84 (24) 3827.6789").as_deref(),
            Some("tel:+842438276789")
        );
        assert_eq!(tel_href("liên hệ sau"), None);
        assert_eq!(tel_href("+"), None);
    }

    #[test]
    fn schemes() {
        assert_eq!(scheme_of("mailto:a@b.vn").as_deref(), Some("mailto"));
        assert_eq!(scheme_of("/tin-tuc?x=a:b"), None);
        assert_eq!(scheme_of("tin-tuc/a:b"), None);
        assert_eq!(scheme_of("1abc:x"), None);
    }
}
