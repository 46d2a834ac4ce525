//! Browser services the views share: the page's base path and origin, a
//! `<meta>` value, the clipboard, a persisted preference, and the
//! last-resort panic screen. Only the browser calls these (event handlers,
//! effects and start-up), never a render the prerenderer also does.

#[cfg(feature = "browser")]
pub mod boot;
pub mod parsed_tree;

use wasm_bindgen::JsCast;

/// The path the app is served under, from `<base href>` (trunk's
/// `public_url`): `""` at the root, `"/ocop"` under a sub-path.
pub fn page_base_path() -> String {
    let path = document()
        .and_then(|d| d.base_uri().ok().flatten())
        .and_then(|uri| web_sys::Url::new(&uri).ok())
        .map(|url| url.pathname())
        .unwrap_or_default();
    path.trim_end_matches('/').to_owned()
}

/// The address bar's path (base path included) and query:
/// `/ocop/san-pham?stars=5`.
pub fn address() -> String {
    web_sys::window()
        .map(|w| w.location())
        .map(|l| {
            format!(
                "{}{}",
                l.pathname().unwrap_or_default(),
                l.search().unwrap_or_default()
            )
        })
        .unwrap_or_default()
}

/// This page's origin (`https://ocop.gialam.example.vn`).
pub fn origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

pub fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// Replaces the previous page's `<head>` tags (those marked `data-page`)
/// with `tags`, written by `components::page_meta` from escaped values,
/// and sets the tab title.
pub fn replace_page_head(tags: &str, title: &str) {
    let Some(document) = document() else { return };
    let Some(head) = document.head() else { return };
    if let Ok(old) = head.query_selector_all("[data-page]") {
        for i in 0..old.length() {
            if let Some(node) = old.item(i) {
                let _ = head.remove_child(&node);
            }
        }
    }
    let _ = head.insert_adjacent_html("beforeend", tags);
    document.set_title(title);
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// The `content` of `<meta name="…">` in the served page, if present.
pub fn meta_content(name: &str) -> Option<String> {
    document()?
        .query_selector(&format!("meta[name=\"{name}\"]"))
        .ok()
        .flatten()?
        .get_attribute("content")
        .map(|c| c.trim().to_owned())
        .filter(|c| !c.is_empty())
}

/// Offers `text` to the reader as a file named `name`, made here in the
/// browser.
pub fn save_file(name: &str, mime: &str, text: &str) {
    use wasm_bindgen::JsCast;
    let Some(document) = document() else {
        return;
    };
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Some(link) = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        link.set_href(&url);
        link.set_download(name);
        link.click();
    }
    // Revoked once the download has surely started.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(60),
    );
}

/// Copies `text` to the clipboard; `done` learns whether it worked (a page
/// without clipboard permission says so instead of failing silently).
pub fn copy_to_clipboard(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else {
        done(false);
        return;
    };
    let promise = clipboard.write_text(text);
    leptos::task::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}

/// Reads a preference saved by [`store`]; private browsing may refuse.
pub fn load(key: &str) -> Option<String> {
    web_sys::window()?
        .local_storage()
        .ok()??
        .get_item(key)
        .ok()?
}

pub fn store(key: &str, value: &str) {
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = storage.set_item(key, value);
    }
}

/// A wasm panic aborts the module: every handler on the page is dead. Rather
/// than leave a page that looks alive but ignores the reader, replace it with
/// an explanation and a way to reload.
///
/// A panic while a prerendered page is being adopted (its HTML and what
/// the app draws disagree, whatever the cause) is not the reader's
/// problem: the page is loaded again and drawn afresh instead
/// ([`boot::draw_afresh_after_reload`]), once.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        #[cfg(feature = "browser")]
        if boot::hydrating() && boot::draw_afresh_after_reload() {
            return;
        }
        if let Some(body) = document().and_then(|d| d.body()) {
            show_crash_screen(&body);
        }
    }));
}

/// The screen [`install_panic_hook`] shows, written over `into` (the body).
/// Plain DOM calls only: nothing reactive can be trusted after a panic.
pub fn show_crash_screen(into: &web_sys::HtmlElement) {
    let body = into;
    body.set_inner_html(
        "<main class=\"crash\" role=\"alert\">\
         <h1>Trang gặp sự cố</h1>\
         <p>Đã xảy ra lỗi ngoài dự kiến nên trang không thể tiếp tục hoạt động.</p>\
         <p><a class=\"button\" href=\"\">Tải lại trang</a></p>\
         </main>",
    );
    // `href=""` reloads the current URL even under a sub-path.
    if let Some(link) = body
        .query_selector("a")
        .ok()
        .flatten()
        .and_then(|a| a.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = link.focus();
    }
}
