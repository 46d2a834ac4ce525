//! Components in a real browser (headless Chromium via wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

mod inert;

use leptos::prelude::*;
use ocop_portal::{
    api::{models::Stats, ApiError},
    components::{footer::VisitorStats, safe_html::SafeHtml, ErrorPanel},
    web::parsed_tree::clean,
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

/// Runs every clobbering case for `property` through the browser's parse and
/// the walk the app uses.
fn assert_form_cannot_clobber(property: &str) {
    for case in inert::clobbering_cases(property) {
        case.check(&clean(&case.html));
    }
}

/// One test per property, so a failure names what was shadowed; and a check
/// that the list covers every property the shared cases name.
macro_rules! clobbering_tests {
    ($($test:ident => $property:literal,)*) => {
        $(
            #[wasm_bindgen_test]
            fn $test() {
                assert_form_cannot_clobber($property);
            }
        )*

        #[wasm_bindgen_test]
        fn every_clobbered_property_has_its_test() {
            assert_eq!([$($property),*].as_slice(), inert::CLOBBERED);
        }
    };
}

clobbering_tests! {
    form_controls_named_namespace_uri_are_dropped_safely => "namespaceURI",
    form_controls_named_local_name_are_dropped_safely => "localName",
    form_controls_named_node_name_are_dropped_safely => "nodeName",
    form_controls_named_tag_name_are_dropped_safely => "tagName",
    form_controls_named_attributes_are_dropped_safely => "attributes",
    form_controls_named_child_nodes_are_dropped_safely => "childNodes",
    form_controls_named_first_child_are_dropped_safely => "firstChild",
    form_controls_named_next_sibling_are_dropped_safely => "nextSibling",
    form_controls_named_parent_node_are_dropped_safely => "parentNode",
    form_controls_named_node_type_are_dropped_safely => "nodeType",
    form_controls_named_get_attribute_are_dropped_safely => "getAttribute",
    form_controls_named_has_attribute_are_dropped_safely => "hasAttribute",
    form_controls_named_children_are_dropped_safely => "children",
    form_controls_named_text_content_are_dropped_safely => "textContent",
    form_controls_named_data_are_dropped_safely => "data",
    form_controls_named_length_are_dropped_safely => "length",
    form_controls_named_item_are_dropped_safely => "item",
    form_controls_named_name_are_dropped_safely => "name",
    form_controls_named_value_are_dropped_safely => "value",
    form_controls_named_id_are_dropped_safely => "id",
}

#[wasm_bindgen_test]
fn elements_named_body_do_not_hide_the_article() {
    for case in inert::document_clobbering_cases() {
        case.check(&clean(&case.html));
    }
}

#[wasm_bindgen_test]
fn dompurify_vectors_come_out_inert_in_the_browser() {
    let vectors = inert::dompurify_vectors();
    assert!(vectors.len() >= 200, "{} vectors", vectors.len());
    for vector in &vectors {
        let what = format!("DOMPurify #{} {}", vector.index, vector.title);
        inert::assert_inert(&clean(&vector.payload), &what);
        let nested = format!("<div><p><em>{}</em></p></div>", vector.payload);
        inert::assert_inert(&clean(&nested), &what);
    }
}

#[wasm_bindgen_test]
async fn an_article_with_a_clobbering_form_still_renders() {
    let html = "<p>Trước</p><form><input name=namespaceURI><input name=localName>\
                <p>biểu mẫu</p></form><p>Sau</p>"
        .to_owned();
    let root = mount(move || view! { <SafeHtml html=html /> });
    // The component fills its box once mounted, after this task yields.
    gloo_timers::future::TimeoutFuture::new(20).await;
    assert_eq!(root.text_content().unwrap_or_default(), "TrướcSau");
    assert!(root.query_selector("form, input").ok().flatten().is_none());
}

/// The premise of the tests above: in this browser a control really does
/// shadow its form's properties, so they do not pass vacuously.
#[wasm_bindgen_test]
fn controls_really_shadow_their_form_s_properties_here() {
    let parser = web_sys::DomParser::new().unwrap();
    let document = parser
        .parse_from_string(
            "<form><input name=namespaceURI><input name=localName></form>",
            web_sys::SupportedType::TextHtml,
        )
        .unwrap();
    let form = document.query_selector("form").unwrap().expect("a form");
    for property in ["namespaceURI", "localName"] {
        let value = js_sys::Reflect::get(&form, &property.into()).unwrap();
        assert!(value.is_object(), "{property} is not shadowed: {value:?}");
    }
}
