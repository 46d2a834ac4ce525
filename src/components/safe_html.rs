//! Untrusted HTML (article bodies, product descriptions) on the page, only
//! through the allow-list of [`crate::domain::sanitize`].
//!
//! In the browser, its own parser builds an inert document (`DOMParser`:
//! scripts there never run, images never load); the allow-list walks it,
//! read through [`crate::web::parsed_tree`] so that the markup cannot shadow
//! the properties the walk reads; the result becomes fresh DOM nodes, never
//! an HTML string, so nothing is re-parsed. The prerenderer walks
//! html5ever's parse (the same algorithm) and writes the result as markup.

use leptos::prelude::*;

/// Renders `html` through the sanitiser into a `<div class=…>`.
#[cfg(feature = "ssr")]
#[component]
pub fn SafeHtml(html: String, #[prop(optional)] class: &'static str) -> impl IntoView {
    let clean = crate::domain::sanitize::native_tree::clean(&html, crate::env::api_base());
    view! { <div class=class data-sanitized="" inner_html=crate::domain::html::to_html(&clean)></div> }
}

/// Renders `html` through the sanitiser into a `<div class=…>`. A
/// prerendered `<div>` (marked `data-sanitized`) already holds it and is
/// left as it is.
#[cfg(not(feature = "ssr"))]
#[component]
pub fn SafeHtml(html: String, #[prop(optional)] class: &'static str) -> impl IntoView {
    let container = NodeRef::<leptos::html::Div>::new();
    container.on_load(move |div| {
        if div.has_attribute("data-sanitized") {
            return;
        }
        let Some(document) = crate::web::document() else {
            return;
        };
        for node in &crate::web::parsed_tree::clean(&html) {
            if let Some(dom) = build(&document, node) {
                let _ = div.append_child(&dom);
            }
        }
    });
    view! { <div class=class node_ref=container></div> }
}

/// Sanitised nodes become live DOM nodes of `document`.
#[cfg(not(feature = "ssr"))]
fn build(
    document: &web_sys::Document,
    node: &crate::domain::sanitize::Clean,
) -> Option<web_sys::Node> {
    use crate::domain::sanitize::Clean;
    match node {
        Clean::Text(text) => Some(document.create_text_node(text).into()),
        Clean::Element {
            tag,
            attrs,
            children,
        } => {
            let element = document.create_element(tag).ok()?;
            for (name, value) in attrs {
                let _ = element.set_attribute(name, value);
            }
            for child in children {
                if let Some(child) = build(document, child) {
                    let _ = element.append_child(&child);
                }
            }
            Some(element.into())
        }
    }
}
