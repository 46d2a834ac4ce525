//! Writing HTML: escaping text and attribute values, and serialising the
//! sanitiser's output. Every string of ours that ends up in markup (the
//! prerendered pages, the embed snippets, generated articles) goes
//! through here.

use crate::domain::sanitize::Clean;

/// `text` escaped for an element's content.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(text, &mut out, false);
    out
}

/// `value` escaped for a double-quoted attribute.
pub fn escape_attribute(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    escape_into(value, &mut out, true);
    out
}

/// JSON for a `<script>` element (JSON-LD, boot data): `<`, `>` and `&`
/// escaped as `\u003c`…, so no text of the data can close the element or
/// open a comment.
pub fn json_for_script(json: &str) -> String {
    json.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// Sanitised nodes as HTML: what the prerenderer writes where the browser
/// would build DOM nodes (the browser never re-parses a string of ours).
pub fn to_html(nodes: &[Clean]) -> String {
    let mut out = String::new();
    for node in nodes {
        write_html(node, &mut out);
    }
    out
}

fn write_html(node: &Clean, out: &mut String) {
    match node {
        Clean::Text(t) => escape_into(t, out, false),
        Clean::Element {
            tag,
            attrs,
            children,
        } => {
            out.push('<');
            out.push_str(tag);
            for (name, value) in attrs {
                out.push(' ');
                out.push_str(name);
                out.push_str("=\"");
                escape_into(value, out, true);
                out.push('"');
            }
            out.push('>');
            if matches!(*tag, "br" | "hr" | "img") {
                return;
            }
            for child in children {
                write_html(child, out);
            }
            out.push_str("</");
            out.push_str(tag);
            out.push('>');
        }
    }
}

fn escape_into(text: &str, out: &mut String, attribute: bool) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_cannot_close_its_script() {
        let v = serde_json::json!({ "t": "</script><!-- & -->" });
        let out = json_for_script(&v.to_string());
        assert!(
            !out.contains('<') && !out.contains('>') && !out.contains('&'),
            "{out}"
        );
        let back: serde_json::Value = serde_json::from_str(&out).expect("still JSON");
        assert_eq!(back, v);
    }

    #[test]
    fn escapes() {
        assert_eq!(
            escape_text("Công nghiệp & <Tiêu dùng>"),
            "Công nghiệp &amp; &lt;Tiêu dùng&gt;"
        );
        assert_eq!(escape_attribute("a\"b<c>&"), "a&quot;b&lt;c&gt;&amp;");
    }
}
