//! The sanitiser's input outside the browser: html5ever parses as a browser
//! does (the HTML standard's algorithm), so the prerenderer and the native
//! tests walk the same tree the app's `DOMParser` would build.

use super::{sanitize, Clean, HtmlNode, NodeKind};
use html5ever::{parse_document, tendril::TendrilSink};
use markup5ever_rcdom::{Handle, NodeData, RcDom};

/// A node of html5ever's tree.
pub struct Node(pub Handle);

impl HtmlNode for Node {
    fn kind(&self) -> NodeKind {
        match &self.0.data {
            NodeData::Element { name, attrs, .. } if name.ns == html5ever::ns!(html) => {
                NodeKind::Element {
                    name: name.local.to_string(),
                    attrs: attrs
                        .borrow()
                        .iter()
                        .map(|a| (a.name.local.to_string(), a.value.to_string()))
                        .collect(),
                }
            }
            NodeData::Element { .. } => NodeKind::Foreign,
            NodeData::Text { contents } => NodeKind::Text(contents.borrow().to_string()),
            _ => NodeKind::Other,
        }
    }

    fn children(&self) -> Vec<Self> {
        self.0.children.borrow().iter().cloned().map(Node).collect()
    }
}

/// Parses `html` as a browser would. Keep the `RcDom` while reading the
/// tree: dropping it empties the document.
pub fn parse(html: &str) -> RcDom {
    parse_document(RcDom::default(), Default::default()).one(html)
}

/// Parses and sanitises `html` as the app does in the browser, with
/// relative images resolved against `asset_base`.
pub fn clean(html: &str, asset_base: &str) -> Vec<Clean> {
    let dom = parse(html);
    let body = body_of(&dom.document).unwrap_or_else(|| dom.document.clone());
    sanitize(&Node(body), asset_base)
}

fn body_of(handle: &Handle) -> Option<Handle> {
    if let NodeData::Element { name, .. } = &handle.data {
        if &*name.local == "body" {
            return Some(handle.clone());
        }
    }
    handle.children.borrow().iter().find_map(body_of)
}
