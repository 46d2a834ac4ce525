//! Reading the browser's parse of untrusted HTML for the allow-list of
//! [`crate::domain::sanitize`].
//!
//! The parsed tree is hostile data, and plain property reads on it are not
//! safe: on a `<form>` every named control becomes a property of the form
//! that shadows its built-in ones (`[LegacyOverrideBuiltIns]`), so
//! `form.namespaceURI` may be an `<input name=namespaceURI>`. A `Document`
//! may do the same with named `img`, `form`, `embed` and `object` elements
//! (Chromium does not on a `DOMParser` document today; nothing here relies
//! on that).
//! web-sys's getters are such plain reads, and a wasm-bindgen getter handed
//! an element where it expects a string or a number corrupts memory or
//! throws, killing the app.
//!
//! Every read here therefore calls the getter from the interface's prototype
//! with the node as `this` (`Node.prototype.nodeType`'s getter, and so on),
//! which a named property cannot reach. The getters are looked up once, from
//! the page's own globals (trusted: sanitised output never carries `id` or
//! `name`). A call that throws, or a value of an unexpected type, counts as
//! nothing: the node or attribute is skipped, never guessed at.

use crate::domain::sanitize::{sanitize, Clean, HtmlNode, NodeKind, DROP_WITH_CONTENT};
use js_sys::{Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Node;

const XHTML: &str = "http://www.w3.org/1999/xhtml";

/// Parses `html` in an inert document and sanitises its body; input that
/// cannot be parsed or read gives nothing.
pub fn clean(html: &str) -> Vec<Clean> {
    READERS.with(|readers| {
        let Some(readers) = readers else {
            return Vec::new();
        };
        let Ok(parser) = web_sys::DomParser::new() else {
            return Vec::new();
        };
        let Ok(document) = parser.parse_from_string(html, web_sys::SupportedType::TextHtml) else {
            return Vec::new();
        };
        let body = readers.read(&readers.body, &document);
        if !body.is_object() {
            return Vec::new();
        }
        sanitize(
            &DomNode {
                node: body,
                readers,
            },
            crate::env::api_base(),
        )
    })
}

thread_local! {
    static READERS: Option<Readers> = Readers::look_up();
}

/// The prototype getters (and `NamedNodeMap.prototype.item`), as found when
/// the page loaded, before any untrusted markup existed.
struct Readers {
    node_type: Function,
    first_child: Function,
    next_sibling: Function,
    namespace_uri: Function,
    local_name: Function,
    attributes: Function,
    map_length: Function,
    map_item: Function,
    attr_name: Function,
    attr_value: Function,
    data: Function,
    body: Function,
    /// Compared with `===`, so no string is copied out per element.
    xhtml: JsValue,
}

impl Readers {
    fn look_up() -> Option<Self> {
        let found = Self::find();
        if found.is_none() {
            // Without safe readers the only safe answer is to show nothing.
            leptos::logging::warn!("parsed_tree: DOM prototypes not found; HTML content hidden");
        }
        found
    }

    fn find() -> Option<Self> {
        Some(Self {
            node_type: getter("Node", "nodeType")?,
            first_child: getter("Node", "firstChild")?,
            next_sibling: getter("Node", "nextSibling")?,
            namespace_uri: getter("Element", "namespaceURI")?,
            local_name: getter("Element", "localName")?,
            attributes: getter("Element", "attributes")?,
            map_length: getter("NamedNodeMap", "length")?,
            map_item: method("NamedNodeMap", "item")?,
            attr_name: getter("Attr", "name")?,
            attr_value: getter("Attr", "value")?,
            data: getter("CharacterData", "data")?,
            body: getter("Document", "body")?,
            xhtml: JsValue::from_str(XHTML),
        })
    }

    /// Calls `getter` on `this`; a throw (wrong `this`) reads as `undefined`.
    fn read(&self, getter: &Function, this: &JsValue) -> JsValue {
        getter.call0(this).unwrap_or(JsValue::UNDEFINED)
    }

    fn string(&self, getter: &Function, this: &JsValue) -> Option<String> {
        self.read(getter, this).as_string()
    }

    fn number(&self, getter: &Function, this: &JsValue) -> Option<f64> {
        self.read(getter, this).as_f64()
    }
}

fn prototype(interface: &str) -> Option<Object> {
    let constructor = Reflect::get(&js_sys::global(), &JsValue::from_str(interface)).ok()?;
    Reflect::get(&constructor, &JsValue::from_str("prototype"))
        .ok()?
        .dyn_into::<Object>()
        .ok()
}

fn descriptor_part(interface: &str, property: &str, part: &str) -> Option<Function> {
    let descriptor =
        Object::get_own_property_descriptor(&prototype(interface)?, &JsValue::from_str(property));
    Reflect::get(&descriptor, &JsValue::from_str(part))
        .ok()?
        .dyn_into::<Function>()
        .ok()
}

fn getter(interface: &str, property: &str) -> Option<Function> {
    descriptor_part(interface, property, "get")
}

fn method(interface: &str, property: &str) -> Option<Function> {
    descriptor_part(interface, property, "value")
}

/// A node of the parsed tree, as the sanitiser sees it.
struct DomNode<'r> {
    node: JsValue,
    readers: &'r Readers,
}

impl DomNode<'_> {
    fn element(&self) -> NodeKind {
        let r = self.readers;
        if r.read(&r.namespace_uri, &self.node) != r.xhtml {
            return NodeKind::Foreign;
        }
        let Some(name) = r.string(&r.local_name, &self.node) else {
            return NodeKind::Other;
        };
        // The walk drops these without looking at their attributes, and
        // hostile ones tend to carry many.
        let attrs = if DROP_WITH_CONTENT.contains(&name.as_str()) {
            Vec::new()
        } else {
            self.attributes()
        };
        NodeKind::Element { name, attrs }
    }

    fn attributes(&self) -> Vec<(String, String)> {
        let r = self.readers;
        let map = r.read(&r.attributes, &self.node);
        let length = r.number(&r.map_length, &map).unwrap_or(0.0) as u32;
        let mut attrs = Vec::with_capacity(length.min(16) as usize);
        for i in 0..length {
            let Ok(attr) = r.map_item.call1(&map, &JsValue::from(i)) else {
                continue;
            };
            if let (Some(name), Some(value)) = (
                r.string(&r.attr_name, &attr),
                r.string(&r.attr_value, &attr),
            ) {
                attrs.push((name, value));
            }
        }
        attrs
    }
}

impl HtmlNode for DomNode<'_> {
    fn kind(&self) -> NodeKind {
        let r = self.readers;
        let Some(node_type) = r.number(&r.node_type, &self.node) else {
            return NodeKind::Other;
        };
        match node_type as u16 {
            Node::ELEMENT_NODE => self.element(),
            Node::TEXT_NODE | Node::CDATA_SECTION_NODE => match r.string(&r.data, &self.node) {
                Some(text) => NodeKind::Text(text),
                None => NodeKind::Other,
            },
            _ => NodeKind::Other,
        }
    }

    /// Sibling links rather than `childNodes`, which would build a live
    /// `NodeList` per element.
    fn children(&self) -> Vec<Self> {
        let r = self.readers;
        let mut children = Vec::new();
        let mut next = r.read(&r.first_child, &self.node);
        while next.is_object() {
            let after = r.read(&r.next_sibling, &next);
            children.push(DomNode {
                node: next,
                readers: r,
            });
            next = after;
        }
        children
    }
}
