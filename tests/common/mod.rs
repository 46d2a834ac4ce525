//! html5ever as the sanitiser's parser in native tests: it parses exactly as
//! a browser does, so the walk sees the tree the app would see.
#![allow(dead_code)]

use html5ever::{parse_document, tendril::TendrilSink};
use markup5ever_rcdom::{Handle, NodeData, RcDom};
use ocop_portal::domain::sanitize::{sanitize, Clean, HtmlNode, NodeKind};

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

/// Parses and sanitises the `<body>`, as the app does, with relative
/// images resolved against `base`.
pub fn clean_nodes(html: &str, base: &str) -> Vec<Clean> {
    let dom = parse(html);
    let body = body_of(&dom.document).unwrap_or_else(|| dom.document.clone());
    sanitize(&Node(body), base)
}

fn body_of(handle: &Handle) -> Option<Handle> {
    if let NodeData::Element { name, .. } = &handle.data {
        if &*name.local == "body" {
            return Some(handle.clone());
        }
    }
    handle.children.borrow().iter().find_map(body_of)
}
