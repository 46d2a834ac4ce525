//! Untrusted HTML (article bodies, product descriptions) on the page, only
//! through the allow-list of [`crate::domain::sanitize`].
//!
//! The browser's own parser builds an inert document (`DOMParser`: scripts
//! there never run, images never load); the allow-list walks it; the result
//! becomes fresh DOM nodes, never an HTML string, so nothing is re-parsed.

use crate::{
    api::config::api_base,
    domain::sanitize::{sanitize, Clean, HtmlNode, NodeKind},
};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Node};

const XHTML: &str = "http://www.w3.org/1999/xhtml";

/// Renders `html` through the sanitiser into a `<div class=…>`.
#[component]
pub fn SafeHtml(html: String, #[prop(optional)] class: &'static str) -> impl IntoView {
    let container = NodeRef::<leptos::html::Div>::new();
    container.on_load(move |div| {
        let Some(document) = crate::web::document() else {
            return;
        };
        let nodes = clean(&html);
        for node in &nodes {
            if let Some(dom) = build(&document, node) {
                let _ = div.append_child(&dom);
            }
        }
    });
    view! { <div class=class node_ref=container></div> }
}

/// Parses and sanitises; unparseable input gives nothing.
pub fn clean(html: &str) -> Vec<Clean> {
    let Ok(parser) = web_sys::DomParser::new() else {
        return Vec::new();
    };
    let Ok(doc) = parser.parse_from_string(html, web_sys::SupportedType::TextHtml) else {
        return Vec::new();
    };
    match doc.body() {
        Some(body) => sanitize(&DomNode(body.into()), &api_base()),
        None => Vec::new(),
    }
}

/// A parsed DOM node, as the sanitiser sees it.
struct DomNode(Node);

impl HtmlNode for DomNode {
    fn kind(&self) -> NodeKind {
        match self.0.node_type() {
            Node::ELEMENT_NODE => {
                let Some(element) = self.0.dyn_ref::<web_sys::Element>() else {
                    return NodeKind::Other;
                };
                if element.namespace_uri().as_deref() != Some(XHTML) {
                    return NodeKind::Foreign;
                }
                let attributes = element.attributes();
                let attrs = (0..attributes.length())
                    .filter_map(|i| attributes.item(i))
                    .map(|a| (a.name(), a.value()))
                    .collect();
                NodeKind::Element {
                    name: element.local_name(),
                    attrs,
                }
            }
            Node::TEXT_NODE | Node::CDATA_SECTION_NODE => {
                NodeKind::Text(self.0.text_content().unwrap_or_default())
            }
            _ => NodeKind::Other,
        }
    }

    fn children(&self) -> Vec<Self> {
        let list = self.0.child_nodes();
        (0..list.length())
            .filter_map(|i| list.item(i))
            .map(DomNode)
            .collect()
    }
}

/// Sanitised nodes become live DOM nodes of `document`.
fn build(document: &Document, node: &Clean) -> Option<Node> {
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
