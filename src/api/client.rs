//! The only code that talks HTTP: [`fetch_text`] in the browser and
//! [`read_blocking`] in the prerenderer read one API path; [`decode`] turns
//! the body into a model.
//!
//! Every request builds its URL from the API base, gives up after
//! [`TIMEOUT_MS`], can be aborted by the page that asked for it, checks the
//! status before reading the body, and maps every failure to one
//! [`ApiError`].

use super::error::ApiError;
use serde::de::DeserializeOwned;

/// How long a request may take before the reader is told the server is slow.
pub const TIMEOUT_MS: u32 = 10_000;

/// Maps an HTTP status to success or the error a reader sees.
pub fn check_status(status: u16) -> Result<(), ApiError> {
    if (200..300).contains(&status) {
        Ok(())
    } else {
        Err(ApiError::Status(status))
    }
}

/// Decodes a response body. Anything that is not the expected JSON (an HTML
/// error page, a truncated file, the wrong shape) is [`ApiError::BadData`].
pub fn decode<T: DeserializeOwned>(body: &str) -> Result<T, ApiError> {
    super::lenient::decode_lenient(body).map_err(|e| ApiError::BadData(e.to_string()))
}

/// A short fingerprint of a response body (FNV-1a, 64 bits, hex). A
/// prerendered page records the fingerprint of every file it was drawn
/// from; the browser compares them with what the API serves now, to adopt
/// the page only if nothing changed.
pub fn fingerprint(body: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in body.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// The URL of an API path under this page's API base.
pub fn url_of(path: &str) -> String {
    crate::domain::url::endpoint(crate::env::api_base(), path)
}

/// GETs an API path and returns its body. Aborting `controller` (the page
/// that asked went away) cancels it, and so does the timeout.
#[cfg(feature = "browser")]
pub async fn fetch_text(
    path: &str,
    controller: Option<web_sys::AbortController>,
) -> Result<String, ApiError> {
    use futures::future::{select, Either};
    let url = url_of(path);
    // A request that times out is aborted, never left hanging: Chromium
    // holds a second request for the same URL (the retry) until the first
    // one ends.
    let controller = controller.or_else(|| web_sys::AbortController::new().ok());
    let signal = controller.as_ref().map(|c| c.signal());
    let request = async {
        let response = gloo_net::http::Request::get(&url)
            .abort_signal(signal.as_ref())
            .send()
            .await
            .map_err(|_| ApiError::Network)?;
        check_status(response.status())?;
        response.text().await.map_err(|_| ApiError::Network)
    };
    let timeout = gloo_timers::future::TimeoutFuture::new(TIMEOUT_MS);
    let result = match select(Box::pin(request), timeout).await {
        Either::Left((result, _)) => result,
        Either::Right(((), _)) => {
            if let Some(controller) = &controller {
                controller.abort();
            }
            Err(ApiError::Timeout)
        }
    };
    if let Err(e) = &result {
        leptos::logging::warn!("{url}: {e}");
    }
    result
}

/// Where the prerenderer reads the API: a base URL, or a folder laid out
/// like one (the embedded data set).
#[cfg(feature = "ssr")]
#[derive(Clone, Debug)]
pub enum ApiSource {
    Http(String),
    Folder(std::path::PathBuf),
}

/// Reads an API path for the prerenderer, with the browser's rules: the
/// same timeout, the status checked, every failure an [`ApiError`].
#[cfg(feature = "ssr")]
pub fn read_blocking(source: &ApiSource, path: &str) -> Result<String, ApiError> {
    String::from_utf8(read_bytes(source, path)?)
        .map_err(|_| ApiError::BadData(format!("{path}: not UTF-8")))
}

/// Reads a file of the API (or, with an empty `Http` base, an absolute
/// URL) as bytes: pictures for share cards.
#[cfg(feature = "ssr")]
pub fn read_bytes(source: &ApiSource, path: &str) -> Result<Vec<u8>, ApiError> {
    match source {
        ApiSource::Folder(dir) => {
            let path = path.split(['?', '#']).next().unwrap_or(path);
            if !crate::domain::url::stays_inside(path) {
                return Err(ApiError::BadData(format!(
                    "{path}: not a file of the API folder"
                )));
            }
            let file = dir.join(path);
            match std::fs::read(&file) {
                Ok(body) => Ok(body),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(ApiError::Status(404)),
                Err(e) => Err(ApiError::BadData(format!("{}: {e}", file.display()))),
            }
        }
        ApiSource::Http(base) => {
            let url = crate::domain::url::endpoint(base, path);
            let agent: ureq::Agent = ureq::Agent::config_builder()
                .timeout_global(Some(std::time::Duration::from_millis(u64::from(
                    TIMEOUT_MS,
                ))))
                .http_status_as_error(false)
                .build()
                .into();
            let mut response = agent.get(&url).call().map_err(|e| match e {
                ureq::Error::Timeout(_) => ApiError::Timeout,
                _ => ApiError::Network,
            })?;
            check_status(response.status().as_u16())?;
            response
                .body_mut()
                .with_config()
                .limit(64 * 1024 * 1024)
                .read_to_vec()
                .map_err(|e| ApiError::BadData(e.to_string()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::lenient::take_warnings;
    use crate::api::models::{Catalog, NewsIndex, NewsPage, Site, Stats};

    #[test]
    fn fingerprints_tell_bodies_apart() {
        assert_eq!(fingerprint(""), "cbf29ce484222325");
        assert_eq!(fingerprint("{}"), fingerprint("{}"));
        assert_ne!(fingerprint(r#"{"a":1}"#), fingerprint(r#"{"a":2}"#));
        assert_eq!(fingerprint("x").len(), 16);
    }

    #[test]
    fn only_2xx_is_success() {
        assert_eq!(check_status(200), Ok(()));
        assert_eq!(check_status(204), Ok(()));
        assert_eq!(check_status(404), Err(ApiError::Status(404)));
        assert_eq!(check_status(500), Err(ApiError::Status(500)));
        assert_eq!(check_status(304), Err(ApiError::Status(304)));
        assert!(ApiError::Status(404).is_not_found());
        assert!(!ApiError::Status(503).is_not_found());
    }

    #[test]
    fn good_json_decodes_and_unknown_fields_are_ignored() {
        let site: Site = decode(
            r#"{"name":"Cổng OCOP","tagline":"Gửi trọn niềm tin tới cộng đồng",
                "links":[{"title":"Hà Nội","url":"https://hanoi.gov.vn","logo":null,"extra":1}],
                "future_field":{"a":1}}"#,
        )
        .expect("valid site.json");
        assert_eq!(site.name, "Cổng OCOP");
        assert_eq!(site.links.len(), 1);
        assert_eq!(site.contact, None);

        let stats: Stats =
            decode(r#"{"online":5954,"total_visits":3219712}"#).expect("stats without updated_at");
        assert_eq!(stats.total_visits, 3_219_712);
    }

    #[test]
    fn optional_fields_may_be_null() {
        let site: Site =
            decode(r#"{"name":"X","tagline":null,"links":null,"contact":null}"#).expect("nulls");
        assert_eq!(site.tagline, "");
        assert!(site.links.is_empty());
    }

    #[test]
    fn bad_bodies_are_bad_data() {
        for body in [
            "<!doctype html><html><body>502 Bad Gateway</body></html>",
            r#"{"online":5954,"total_vis"#,
            r#"{"online":"many","total_visits":1}"#,
            "[]",
            "{}",
            "",
        ] {
            assert!(
                matches!(decode::<Stats>(body), Err(ApiError::BadData(_))),
                "{body:?}"
            );
        }
    }

    #[test]
    fn one_bad_product_is_dropped_not_the_catalog() {
        take_warnings();
        let catalog: Catalog = decode(
            r#"{"communes":[{"slug":"bat-trang","name":"Bát Tràng","kind":"xã"}],
                "groups":[],
                "items":[
                  {"id":"a","name":"A","stars":5,"commune":"bat-trang","group":"g","producer":{"name":"P","kind":"htx"}},
                  {"id":"b","name":"B","stars":7,"commune":"bat-trang","group":"g","producer":{"name":"P","kind":"htx"}},
                  {"id":"c","stars":4},
                  null
                ]}"#,
        )
        .expect("catalog with bad items");
        assert_eq!(catalog.items.len(), 1);
        assert_eq!(catalog.items[0].id, "a");
        assert_eq!(take_warnings().len(), 3);
    }

    #[test]
    fn partial_data_rules() {
        take_warnings();
        let catalog: Catalog = decode(
            r#"{"items":[
                  {"id":"a","name":"A","stars":"5","commune":"x","group":"g","producer":{"name":"P"}},
                  {"id":"a","name":"A again","stars":4,"commune":"x","group":"g","producer":{"name":"P"}},
                  {"id":"b","name":"B","stars":4,"commune":"x","group":"g","producer":null},
                  {"id":"c","name":"C","stars":4.5,"commune":"x","group":"g","producer":{"name":"P"}},
                  {"id":"d","name":"Đ 🌸 عربي","stars":3,"commune":"không-có","group":"g","producer":{"name":"P","kind":"hợp tác"}}
                ]}"#,
        )
        .expect("catalog");
        let ids: Vec<_> = catalog.items.iter().map(|p| p.id.as_str()).collect();
        // "5" is read as 5; the duplicate "a", the null producer and the
        // fractional stars are dropped; odd text and unknown slugs stay.
        assert_eq!(ids, ["a", "d"]);
        assert_eq!(catalog.items[0].stars, 5);
        assert_eq!(catalog.items[0].name, "A");
        assert_eq!(take_warnings().len(), 4);
    }

    #[test]
    fn a_list_document_without_its_list_is_bad_data() {
        for body in ["{}", r#"{"data":[1,2,3],"ok":true}"#] {
            assert!(
                matches!(decode::<Catalog>(body), Err(ApiError::BadData(_))),
                "{body}"
            );
            assert!(
                matches!(decode::<NewsIndex>(body), Err(ApiError::BadData(_))),
                "{body}"
            );
            assert!(
                matches!(decode::<NewsPage>(body), Err(ApiError::BadData(_))),
                "{body}"
            );
        }
    }

    #[test]
    fn index_category_may_be_a_slug_or_an_object() {
        let index: NewsIndex = decode(
            r#"{"items":[
                {"slug":"a","title":"A","published_at":"2024-01-01T00:00:00+07:00","category":"ocop"},
                {"slug":"b","title":"B","published_at":"2024-01-01T00:00:00+07:00","category":{"slug":"ocop","name":"OCOP"}},
                {"slug":"c","title":"C","published_at":"2024-01-01T00:00:00+07:00","category":7}
            ]}"#,
        )
        .expect("index");
        let categories: Vec<_> = index.items.iter().map(|e| e.category.as_deref()).collect();
        assert_eq!(categories, [Some("ocop"), Some("ocop"), None]);
    }

    #[test]
    fn every_error_has_a_vietnamese_message() {
        for e in [
            ApiError::Network,
            ApiError::Timeout,
            ApiError::Status(404),
            ApiError::Status(500),
            ApiError::Status(403),
            ApiError::BadData("x".into()),
        ] {
            assert!(!e.title().is_empty());
            assert!(e.advice().ends_with('.'));
        }
        assert!(ApiError::Status(503).advice().contains("503"));
    }
}
