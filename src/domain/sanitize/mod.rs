//! The HTML allow-list for untrusted content (article bodies, product
//! descriptions).
//!
//! The browser parses the HTML (so parsing matches exactly what it would
//! render: no parser differential, the root of mutation XSS); this module
//! walks that tree through the [`HtmlNode`] trait and rebuilds only what is
//! allowed, as [`Clean`] nodes that the view turns into DOM nodes directly,
//! never back into an HTML string. The prerenderer drives the same walk
//! over html5ever's spec-compliant parse (`native_tree`) and writes the
//! clean tree out escaped (`domain::html`); the native tests use it too.
//!
//! The rules (also in `docs/sanitiser.md`):
//! - allowed elements keep only their listed attributes; every other element
//!   is unwrapped (its text and allowed children stay);
//! - elements that are code, embedded content, forms or form controls
//!   ([`DROP_WITH_CONTENT`]) go with everything inside them; `<noscript>` is
//!   unwrapped like any unknown element (its content is parsed as ordinary
//!   markup, and is walked like the rest, since nothing is ever re-parsed);
//! - `href` keeps http, https, mailto and relative URLs; `src` keeps http,
//!   https, relative and `data:image/{png,jpeg,gif,webp}`; relative image
//!   paths resolve against the API base; a URL whose scheme invisible
//!   characters would change goes;
//! - links to other sites get `rel="noopener noreferrer"` and open in a new
//!   tab; images get `loading="lazy"` and always an `alt`;
//! - `<h1>` becomes `<h2>` (the page owns its one `<h1>`); a table is wrapped
//!   in a scrollable box for phones;
//! - nesting deeper than [`MAX_DEPTH`] is flattened to text.

use crate::domain::url::{resolve_asset, scheme_of};

#[cfg(not(target_arch = "wasm32"))]
pub mod native_tree;

/// What the walker needs to know about a parsed node.
pub enum NodeKind {
    /// An HTML element: its lowercase local name and attributes. Elements of
    /// other namespaces (SVG, MathML) must be reported as `Foreign`.
    Element {
        name: String,
        attrs: Vec<(String, String)>,
    },
    /// An element in a foreign namespace: dropped with its content.
    Foreign,
    Text(String),
    /// Comments, doctypes, processing instructions: dropped.
    Other,
}

/// A node of a parsed HTML tree (the browser's DOM, or html5ever's in tests).
pub trait HtmlNode: Sized {
    fn kind(&self) -> NodeKind;
    fn children(&self) -> Vec<Self>;
}

/// The sanitised tree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Clean {
    Element {
        tag: &'static str,
        attrs: Vec<(&'static str, String)>,
        children: Vec<Clean>,
    },
    Text(String),
}

/// Deeper nesting than this is flattened, so hostile input cannot exhaust
/// the stack.
pub const MAX_DEPTH: usize = 48;

/// Elements dropped together with everything inside them.
pub const DROP_WITH_CONTENT: &[&str] = &[
    "script",
    "style",
    "template",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "svg",
    "math",
    "head",
    "title",
    "meta",
    "link",
    "base",
    "form",
    "fieldset",
    "input",
    "button",
    "select",
    "textarea",
    "option",
    "optgroup",
    "datalist",
    "output",
    "canvas",
    "audio",
    "video",
    "source",
    "track",
    "param",
    "xmp",
    "plaintext",
    "noembed",
    "noframes",
    "dialog",
    "portal",
    "slot",
    "marquee",
];

/// Allowed elements and the attributes each keeps (`href`/`src` are further
/// checked by scheme).
const ALLOWED: &[(&str, &[&str])] = &[
    ("p", &[]),
    ("br", &[]),
    ("hr", &[]),
    ("h2", &[]),
    ("h3", &[]),
    ("h4", &[]),
    ("h5", &[]),
    ("h6", &[]),
    ("strong", &[]),
    ("b", &[]),
    ("em", &[]),
    ("i", &[]),
    ("u", &[]),
    ("s", &[]),
    ("sub", &[]),
    ("sup", &[]),
    ("small", &[]),
    ("mark", &[]),
    ("abbr", &["title"]),
    ("code", &[]),
    ("pre", &[]),
    ("blockquote", &[]),
    ("q", &[]),
    ("cite", &[]),
    ("ul", &[]),
    ("ol", &["start"]),
    ("li", &[]),
    ("dl", &[]),
    ("dt", &[]),
    ("dd", &[]),
    ("a", &["href", "title"]),
    ("img", &["src", "alt", "title", "width", "height"]),
    ("figure", &[]),
    ("figcaption", &[]),
    ("table", &[]),
    ("caption", &[]),
    ("thead", &[]),
    ("tbody", &[]),
    ("tfoot", &[]),
    ("tr", &[]),
    ("th", &["colspan", "rowspan", "scope"]),
    ("td", &["colspan", "rowspan"]),
    ("span", &[]),
    ("div", &[]),
];

/// Sanitises the children of `root` (a parsed `<body>`). `asset_base` is the
/// API base URL that relative image paths resolve against.
pub fn sanitize<N: HtmlNode>(root: &N, asset_base: &str) -> Vec<Clean> {
    let mut out = Vec::new();
    for child in root.children() {
        walk(&child, asset_base, 0, &mut out);
    }
    out
}

fn walk<N: HtmlNode>(node: &N, base: &str, depth: usize, out: &mut Vec<Clean>) {
    match node.kind() {
        NodeKind::Text(text) => push_text(out, &text),
        NodeKind::Other | NodeKind::Foreign => {}
        NodeKind::Element { name, attrs } => {
            if DROP_WITH_CONTENT.contains(&name.as_str()) {
                return;
            }
            let tag = if name == "h1" { "h2" } else { name.as_str() };
            let rule = ALLOWED.iter().find(|(t, _)| *t == tag);
            let mut children = Vec::new();
            if depth >= MAX_DEPTH {
                // Too deep to trust: keep the words, not the structure.
                push_text(out, &text_of(node));
                return;
            }
            for child in node.children() {
                walk(&child, base, depth + 1, &mut children);
            }
            match rule {
                Some((tag, allowed)) => {
                    if let Some(element) = build(tag, allowed, &attrs, base, children) {
                        out.push(element);
                    }
                }
                // Not allowed: unwrap, keeping what is inside.
                None => {
                    for child in children {
                        match child {
                            Clean::Text(t) => push_text(out, &t),
                            element => out.push(element),
                        }
                    }
                }
            }
        }
    }
}

fn build(
    tag: &'static str,
    allowed: &[&'static str],
    attrs: &[(String, String)],
    base: &str,
    children: Vec<Clean>,
) -> Option<Clean> {
    let mut kept: Vec<(&'static str, String)> = Vec::new();
    for (name, value) in attrs {
        let Some(name) = allowed.iter().find(|a| a.eq_ignore_ascii_case(name)) else {
            continue;
        };
        if kept.iter().any(|(n, _)| n == name) {
            continue;
        }
        let value = match *name {
            "href" => clean_href(value),
            "src" => clean_src(value, base),
            "start" | "colspan" | "rowspan" | "width" | "height" => clean_number(value),
            "scope" => matches!(value.as_str(), "row" | "col" | "rowgroup" | "colgroup")
                .then(|| value.clone()),
            _ => Some(value.clone()),
        };
        if let Some(value) = value {
            kept.push((name, value));
        }
    }
    match tag {
        "img" => {
            // An image without a usable source is nothing to show.
            kept.iter().find(|(n, _)| *n == "src")?;
            if !kept.iter().any(|(n, _)| *n == "alt") {
                kept.push(("alt", String::new()));
            }
            kept.push(("loading", "lazy".to_owned()));
            kept.push(("decoding", "async".to_owned()));
        }
        "a" => {
            if let Some((_, href)) = kept.iter().find(|(n, _)| *n == "href") {
                if is_external(href) {
                    kept.push(("rel", "noopener noreferrer".to_owned()));
                    kept.push(("target", "_blank".to_owned()));
                }
            }
        }
        _ => {}
    }
    let element = Clean::Element {
        tag,
        attrs: kept,
        children,
    };
    if tag == "table" {
        return Some(Clean::Element {
            tag: "div",
            attrs: vec![("class", "table-scroll".to_owned())],
            children: vec![element],
        });
    }
    Some(element)
}

/// True for a URL a link may point to: http, https, mailto or relative.
pub fn is_safe_link(url: &str) -> bool {
    clean_href(url).is_some()
}

fn clean_href(value: &str) -> Option<String> {
    let value = value.trim();
    if value.is_empty() || hides_scheme(value) {
        return None;
    }
    match scheme_of(value).as_deref() {
        None | Some("http" | "https" | "mailto") => Some(value.to_owned()),
        Some(_) => None,
    }
}

fn clean_src(value: &str, base: &str) -> Option<String> {
    let value = value.trim();
    if hides_scheme(value) {
        return None;
    }
    if scheme_of(value).as_deref() == Some("data") {
        let lower = value.to_ascii_lowercase();
        let raster = ["png", "jpeg", "jpg", "gif", "webp"]
            .iter()
            .any(|t| lower.starts_with(&format!("data:image/{t};base64,")));
        return raster.then(|| value.to_owned());
    }
    resolve_asset(base, value)
}

/// True when invisible characters change the scheme `url` appears to have.
/// Today's browsers read `"\u{200B}javascript:…"` as a harmless relative
/// path, but a reader sees a script URL, older engines stripped such
/// characters, and no editor writes one on purpose.
fn hides_scheme(url: &str) -> bool {
    if !url.chars().any(invisible) {
        return false;
    }
    let visible: String = url.chars().filter(|c| !invisible(*c)).collect();
    scheme_of(&visible) != scheme_of(url)
}

fn invisible(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{180E}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{206F}'
                | '\u{FEFF}'
        )
}

fn clean_number(value: &str) -> Option<String> {
    let n: u32 = value.trim().parse().ok()?;
    (n <= 10_000).then(|| n.to_string())
}

fn is_external(href: &str) -> bool {
    href.starts_with("//") || matches!(scheme_of(href).as_deref(), Some("http" | "https"))
}

fn push_text(out: &mut Vec<Clean>, text: &str) {
    if text.is_empty() {
        return;
    }
    if let Some(Clean::Text(last)) = out.last_mut() {
        last.push_str(text);
    } else {
        out.push(Clean::Text(text.to_owned()));
    }
}

/// All the text under a node, with dropped elements' content left out.
fn text_of<N: HtmlNode>(node: &N) -> String {
    let mut text = String::new();
    let mut stack = vec![node.children()];
    while let Some(mut level) = stack.pop() {
        if level.is_empty() {
            continue;
        }
        let first = level.remove(0);
        stack.push(level);
        match first.kind() {
            NodeKind::Text(t) => text.push_str(&t),
            NodeKind::Element { name, .. } if !DROP_WITH_CONTENT.contains(&name.as_str()) => {
                stack.push(first.children())
            }
            _ => {}
        }
    }
    text
}
