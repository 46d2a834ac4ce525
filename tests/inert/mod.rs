//! What a reader cares about in sanitised output, checked the same way by the
//! native tests (html5ever's parse) and the browser tests (the browser's
//! parse, read through `web::parsed_tree`), plus the hostile inputs both
//! run: DOMPurify's fixture vectors and the DOM-clobbering cases.
//!
//! The allow-list here is written out again on purpose rather than imported:
//! an oracle that shares the code under test would agree with its mistakes.
#![allow(dead_code)]

use ocop_portal::domain::html::to_html;
use ocop_portal::domain::sanitize::Clean;
use serde::Deserialize;

/// Elements a reader may ever get (docs/sanitiser.md), `div` included for
/// the table wrapper.
const ELEMENTS: &[&str] = &[
    "p",
    "br",
    "hr",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "strong",
    "b",
    "em",
    "i",
    "u",
    "s",
    "sub",
    "sup",
    "small",
    "mark",
    "abbr",
    "code",
    "pre",
    "blockquote",
    "q",
    "cite",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "a",
    "img",
    "figure",
    "figcaption",
    "table",
    "caption",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "th",
    "td",
    "span",
    "div",
];

/// The attributes the rules keep or add, per element.
fn attribute_allowed(tag: &str, attr: &str) -> bool {
    matches!(
        (tag, attr),
        ("a", "href" | "title" | "rel" | "target")
            | (
                "img",
                "src" | "alt" | "title" | "width" | "height" | "loading" | "decoding"
            )
            | ("abbr", "title")
            | ("ol", "start")
            | ("th", "colspan" | "rowspan" | "scope")
            | ("td", "colspan" | "rowspan")
            | ("div", "class")
    )
}

/// Panics, naming `what`, if `nodes` hold anything a reader must never get:
/// an element outside the allow-list, an event handler, a style, a script or
/// data URL (bar raster `data:image` on `img src`), or script-capable markup.
pub fn assert_inert(nodes: &[Clean], what: &str) {
    for node in nodes {
        check(node, what);
    }
    let html = to_html(nodes).to_ascii_lowercase();
    for bad in [
        "<script",
        "<iframe",
        "<svg",
        "<math",
        "<form",
        "<style",
        "<object",
        "<embed",
        "<input",
        "<button",
        "<select",
        "<textarea",
        "<template",
        "<base",
        "<meta",
        "<link",
    ] {
        assert!(!html.contains(bad), "{what}: {bad} in {html}");
    }
}

fn check(node: &Clean, what: &str) {
    let Clean::Element {
        tag,
        attrs,
        children,
    } = node
    else {
        return;
    };
    assert!(ELEMENTS.contains(tag), "{what}: <{tag}> is not allowed");
    for (name, value) in attrs {
        let lower = name.to_ascii_lowercase();
        assert!(!lower.starts_with("on"), "{what}: event handler {name}");
        assert!(lower != "style", "{what}: style attribute");
        assert!(
            attribute_allowed(tag, &lower),
            "{what}: {name} on <{tag}> is not allowed"
        );
        if lower == "href" || lower == "src" {
            assert!(
                url_allowed(tag, &lower, value),
                "{what}: {name}={value:?} on <{tag}>"
            );
        }
        if lower == "class" {
            assert_eq!(value, "table-scroll", "{what}: class on <{tag}>");
        }
    }
    for child in children {
        check(child, what);
    }
}

/// The scheme as a reader (or an older browser) would see it: invisible
/// characters anywhere are ignored, as DOMPurify's `ATTR_WHITESPACE` does,
/// so neither `java\tscript:` nor `\u{200B}javascript:` passes.
fn url_allowed(tag: &str, attr: &str, value: &str) -> bool {
    let seen: String = value
        .chars()
        .filter(|c| !invisible(*c))
        .collect::<String>()
        .to_ascii_lowercase();
    if seen.starts_with("javascript:") || seen.starts_with("vbscript:") {
        return false;
    }
    if seen.starts_with("data:") {
        return tag == "img"
            && attr == "src"
            && ["png", "jpeg", "jpg", "gif", "webp"]
                .iter()
                .any(|t| seen.starts_with(&format!("data:image/{t};base64,")));
    }
    true
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

/// One payload of the DOMPurify fixture.
#[derive(Deserialize)]
pub struct Vector {
    /// Its place in DOMPurify's `expect.mjs`, to find it there.
    pub index: usize,
    #[serde(default)]
    pub title: String,
    pub payload: String,
}

#[derive(Deserialize)]
struct Fixture {
    vectors: Vec<Vector>,
}

/// DOMPurify's fixture payloads (`tests/fixtures/README.md`).
pub fn dompurify_vectors() -> Vec<Vector> {
    let fixture: Fixture = serde_json::from_str(include_str!("../fixtures/dompurify-vectors.json"))
        .expect("tests/fixtures/dompurify-vectors.json is valid");
    fixture.vectors
}

/// A page of HTML with the words a reader must and must not get from it.
pub struct Case {
    pub html: String,
    pub keep: &'static [&'static str],
    pub drop: &'static [&'static str],
}

impl Case {
    /// Panics, naming the case, unless `nodes` (the sanitised `html`) are
    /// inert, keep every `keep` word and lose every `drop` word.
    pub fn check(&self, nodes: &[Clean]) {
        let what = &self.html;
        assert_inert(nodes, what);
        let text = plain_text(nodes);
        for word in self.keep {
            assert!(text.contains(word), "{what}: lost {word:?}, got {text:?}");
        }
        for word in self.drop {
            assert!(!text.contains(word), "{what}: kept {word:?}, got {text:?}");
        }
    }
}

/// Names a form control can shadow on its form ([LegacyOverrideBuiltIns]):
/// everything a tree walker might read from a node, an element, an attribute
/// map, an attribute or a text node.
pub const CLOBBERED: &[&str] = &[
    "namespaceURI",
    "localName",
    "nodeName",
    "tagName",
    "attributes",
    "childNodes",
    "firstChild",
    "nextSibling",
    "parentNode",
    "nodeType",
    "getAttribute",
    "hasAttribute",
    "children",
    "textContent",
    "data",
    "length",
    "item",
    "name",
    "value",
    "id",
];

/// The elements that become named properties of their form, as `property`:
/// `extra` goes into each start tag (a `form=` owner, say).
fn controls(property: &str, extra: &str) -> Vec<String> {
    let p = property;
    vec![
        format!("<input name={p}{extra}>"),
        format!("<img name={p} src=x.png{extra}>"),
        format!("<input id={p}{extra}>"),
        format!("<button name={p}{extra}>control</button>"),
        format!("<select name={p}{extra}><option>control</option></select>"),
        format!("<object name={p}{extra}>control</object>"),
        format!("<textarea name={p}{extra}>control</textarea>"),
        format!("<output name={p}{extra}>control</output>"),
        format!("<fieldset name={p}{extra}><p>control</p></fieldset>"),
        // Two of a name: the property becomes a RadioNodeList, which has a
        // `length` and an `item` of its own.
        format!("<input name={p}{extra}><input name={p}{extra}>"),
    ]
}

/// Every way a form gets a control named `property`, around text a reader
/// must keep: directly, around allowed content, in forms nested in the DOM
/// (a stray `</form>` inside a `<div>` leaves the parser able to open a
/// second form in the first), through table foster-parenting (the control
/// lands outside the form but still belongs to it) and through `form=`.
pub fn clobbering_cases(property: &str) -> Vec<Case> {
    let mut cases = Vec::new();
    for control in controls(property, "") {
        cases.push(Case {
            html: format!("<p>before</p><form>{control}</form><p>after</p>"),
            keep: &["before", "after"],
            drop: &["control"],
        });
        cases.push(Case {
            html: format!(
                "<p>before <strong>this</strong></p><form><h2>inside</h2><p>inside <em>too</em></p>\
                 {control}<ul><li>inside</li></ul><a href=\"/x\">inside</a></form><p>after</p>"
            ),
            keep: &["before this", "after"],
            drop: &["inside", "control"],
        });
        cases.push(Case {
            html: format!(
                "<p>before</p><form><div></form><form>{control}<p>inside</p></form>inside</div>\
                 <p>after</p>"
            ),
            keep: &["before", "after"],
            drop: &["inside", "control"],
        });
        cases.push(Case {
            html: format!("<p>before</p><form><form>{control}</form></form><p>after</p>"),
            keep: &["before", "after"],
            drop: &["control"],
        });
        cases.push(Case {
            html: format!(
                "<p>before</p><table><form>{control}<tr><td>cell</td></tr></table><p>after</p>"
            ),
            keep: &["before", "cell", "after"],
            drop: &["control"],
        });
    }
    for control in controls(property, " form=f") {
        cases.push(Case {
            html: format!(
                "<p>before</p><form id=f><p>inside</p></form><div>{control}</div><p>after</p>"
            ),
            keep: &["before", "after"],
            drop: &["inside", "control"],
        });
    }
    cases
}

/// Elements a `Document` exposes by name ([LegacyOverrideBuiltIns] on
/// `Document` too): named `body`, they would shadow the `body` the walk
/// starts from. Chromium exposes none on a `DOMParser` document today; these
/// keep the walk from depending on that.
pub fn document_clobbering_cases() -> Vec<Case> {
    [
        "<img name=body src=x.png>",
        "<img name=body src=x.png><img name=body src=y.png>",
        "<img id=body name=body src=x.png>",
        "<form name=body><p>inside</p></form>",
        "<form id=body><p>inside</p></form>",
        "<embed name=body>",
        "<object id=body>inside</object>",
        "<object name=body>inside</object>",
        "<iframe name=body></iframe>",
    ]
    .into_iter()
    .map(|hostile| Case {
        html: format!("<p>before</p>{hostile}<p>after</p>"),
        keep: &["before", "after"],
        drop: &["inside"],
    })
    .collect()
}

/// The words a reader would see in sanitised nodes.
pub fn plain_text(nodes: &[Clean]) -> String {
    let mut out = String::new();
    for node in nodes {
        match node {
            Clean::Text(t) => out.push_str(t),
            Clean::Element { children, tag, .. } => {
                out.push_str(&plain_text(children));
                if matches!(*tag, "p" | "li" | "h2" | "h3" | "h4" | "br" | "figcaption") {
                    out.push(' ');
                }
            }
        }
    }
    out
}
