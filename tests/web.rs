//! Components in a real browser (headless Chromium via wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use ocop_portal::{
    api::{models::Stats, ApiError},
    components::{footer::VisitorStats, ErrorPanel},
};
use std::sync::{
    atomic::{AtomicUsize, Ordering},
    Arc,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts a view into a fresh element and returns that element.
fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> web_sys::HtmlElement {
    let document = leptos::prelude::document();
    let root = document.create_element("section").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let root: web_sys::HtmlElement = root.unchecked_into();
    leptos::mount::mount_to(root.clone(), view).forget();
    root
}

#[wasm_bindgen_test]
fn visitor_stats_group_thousands_the_vietnamese_way() {
    let root = mount(|| {
        view! { <VisitorStats stats=Stats { online: 5954, total_visits: 3_219_712, updated_at: None } /> }
    });
    let text = root.text_content().unwrap();
    assert!(text.contains("Số người đang online:5.954"), "{text}");
    assert!(text.contains("Tổng lượt truy cập:3.219.712"), "{text}");
}

#[wasm_bindgen_test]
async fn error_panel_explains_and_retries() {
    let retries = Arc::new(AtomicUsize::new(0));
    let counter = retries.clone();
    let root = mount(move || {
        view! {
            <ErrorPanel
                error=ApiError::Status(503)
                on_retry=Callback::new(move |()| {
                    counter.fetch_add(1, Ordering::SeqCst);
                })
            />
        }
    });
    let panel = root
        .query_selector("[role=alert]")
        .unwrap()
        .expect("an alert");
    let text = panel.text_content().unwrap();
    assert!(text.contains("Máy chủ đang gặp sự cố"), "{text}");
    assert!(text.contains("503"), "{text}");
    let button: web_sys::HtmlElement = root
        .query_selector("button")
        .unwrap()
        .expect("a retry button")
        .unchecked_into();
    assert_eq!(button.text_content().unwrap(), "Thử lại");
    button.click();
    button.click();
    assert_eq!(retries.load(Ordering::SeqCst), 2);
}

#[wasm_bindgen_test]
fn crash_screen_replaces_the_page_with_a_reload_link() {
    let body = mount(|| view! { <p>"Nội dung cũ"</p> });
    ocop_portal::web::show_crash_screen(&body);
    let text = body.text_content().unwrap();
    assert!(text.contains("Trang gặp sự cố"), "{text}");
    assert!(!text.contains("Nội dung cũ"), "{text}");
    let link = body.query_selector("a").unwrap().expect("reload link");
    assert_eq!(link.text_content().unwrap(), "Tải lại trang");
}
