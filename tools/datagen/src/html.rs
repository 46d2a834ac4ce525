//! Markdown → HTML for article bodies and product descriptions, and the one
//! HTML question the generator and its tests ask: which images a fragment
//! uses.

use pulldown_cmark::{html, Options, Parser};

/// Renders CommonMark plus tables. Raw HTML blocks (the `<figure>`s of
/// `content/README.md`) pass through as written; the app sanitises
/// `body_html` anyway, since the API treats it as untrusted.
pub fn render_markdown(markdown: &str) -> String {
    let parser = Parser::new_ext(markdown, Options::ENABLE_TABLES);
    let mut out = String::with_capacity(markdown.len() * 5 / 4);
    html::push_html(&mut out, parser);
    out
}

/// The `src` of every `<img>` in an HTML fragment, in order. A plain scan,
/// enough for the generator's own output and the hand-written figures of
/// `content/` (double-quoted attributes), which is all it is used on.
pub fn img_sources(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<img") {
        let tag = &rest[start..];
        let end = tag.find('>').unwrap_or(tag.len());
        let tag_text = &tag[..end];
        if let Some(i) = tag_text.find(" src=\"") {
            let value = &tag_text[i + 6..];
            if let Some(close) = value.find('"') {
                out.push(value[..close].to_owned());
            }
        }
        rest = &tag[end..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_tables_and_keeps_figures() {
        let html = render_markdown(
            "A **b**\n\n| x | y |\n|---|---|\n| 1 | 2 |\n\n<figure><img src=\"images/illustrations/rau.svg\" alt=\"r\"><figcaption>c</figcaption></figure>\n",
        );
        assert!(html.contains("<p>A <strong>b</strong></p>"));
        assert!(html.contains("<table>"));
        assert!(html.contains("<td>2</td>"));
        assert!(html.contains("<figure><img src=\"images/illustrations/rau.svg\""));
        assert_eq!(img_sources(&html), ["images/illustrations/rau.svg"]);
    }

    #[test]
    fn finds_every_image() {
        let html = "<p><img alt=\"a\" src=\"a.svg\"></p><img src=\"b.svg\" alt=\"\"><img alt=x>";
        assert_eq!(img_sources(html), ["a.svg", "b.svg"]);
    }
}
