//! Small browser services the views share: where the app is mounted, links
//! under that path, the document's title and description, a persisted
//! preference, and the last-resort panic screen.

use std::sync::OnceLock;
use wasm_bindgen::JsCast;

/// The path the app is served under, from `<base href>` (trunk's
/// `public_url`): `""` at the root, `"/ocop"` under a sub-path.
pub fn router_base() -> &'static str {
    static BASE: OnceLock<String> = OnceLock::new();
    BASE.get_or_init(|| {
        let path = document()
            .and_then(|d| d.base_uri().ok().flatten())
            .and_then(|uri| web_sys::Url::new(&uri).ok())
            .map(|url| url.pathname())
            .unwrap_or_default();
        path.trim_end_matches('/').to_owned()
    })
}

/// An in-app link: `href("/tin-tuc?page=2")` → `"/ocop/tin-tuc?page=2"`
/// under a sub-path. Every internal link goes through here, so the app
/// works wherever it is deployed.
pub fn href(path: &str) -> String {
    format!("{}{}", router_base(), path)
}

/// Today's date in Vietnam (certificates expire by the district's calendar).
pub fn today() -> crate::domain::format::Date {
    crate::domain::format::vietnam_date_at(js_sys::Date::now())
}

/// This page's origin (`https://ocop.gialam.example.vn`).
pub fn origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

/// An in-app link with the origin, for pages shown elsewhere (the embed's
/// cards, the snippets other sites paste).
pub fn absolute_href(path: &str) -> String {
    format!("{}{}", origin(), href(path))
}

/// A `tel:` link for a phone number as people write it ("0900 000 101").
pub fn tel_href(phone: &str) -> String {
    let dial: String = phone
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    format!("tel:{dial}")
}

pub fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// Sets the tab title: "Page — Site" (or just the site's name).
pub fn set_title(page: &str) {
    const SITE: &str = "Cổng thông tin OCOP huyện Gia Lâm";
    if let Some(doc) = document() {
        if page.is_empty() {
            doc.set_title(SITE);
        } else {
            doc.set_title(&format!("{page} — {SITE}"));
        }
    }
}

/// Sets `<meta name="description">`, creating it if needed.
pub fn set_meta_description(text: &str) {
    let Some(doc) = document() else { return };
    let meta = match doc.query_selector("meta[name=description]").ok().flatten() {
        Some(meta) => meta,
        None => {
            let Ok(meta) = doc.create_element("meta") else {
                return;
            };
            let _ = meta.set_attribute("name", "description");
            if let Some(head) = doc.head() {
                let _ = head.append_child(&meta);
            }
            meta
        }
    };
    let _ = meta.set_attribute("content", text);
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
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
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
