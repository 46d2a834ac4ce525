//! The embedded gallery's own options (`/embed/san-pham?…`), besides the
//! gallery filters: `theme`, `limit`, `filters` and the frame `id` its
//! resize messages carry. Unknown or malformed values fall back to the
//! defaults, like every other query value.

use super::html::{escape_attribute, escape_text};
use super::query::{to_query_string, GalleryQuery};
use super::url::query_pairs;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Light,
    Dark,
}

impl Theme {
    pub fn key(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// A frame id: `[A-Za-z0-9_-]`, 1 to 64 characters.
fn is_frame_id(value: &str) -> bool {
    (1..=64).contains(&value.len())
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Cards shown when the snippet does not say.
pub const DEFAULT_LIMIT: usize = 12;
/// A frame never holds more cards than this.
pub const MAX_LIMIT: usize = 48;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedOptions {
    pub theme: Theme,
    pub limit: usize,
    /// Show the filter controls inside the frame (`filters=1`).
    pub show_filters: bool,
    /// The frame's id, echoed in resize messages (`[A-Za-z0-9_-]`, ≤ 64).
    pub id: String,
}

impl Default for EmbedOptions {
    fn default() -> Self {
        EmbedOptions {
            theme: Theme::Light,
            limit: DEFAULT_LIMIT,
            show_filters: false,
            id: String::new(),
        }
    }
}

impl EmbedOptions {
    /// Reads the options from a raw query string; the last valid value of a
    /// repeated key wins.
    pub fn parse(query: &str) -> Self {
        let mut options = EmbedOptions::default();
        for (key, value) in query_pairs(query) {
            match key.as_str() {
                "theme" => match value.as_str() {
                    "light" => options.theme = Theme::Light,
                    "dark" => options.theme = Theme::Dark,
                    _ => {}
                },
                "limit" => {
                    if let Some(n) = value
                        .parse::<usize>()
                        .ok()
                        .filter(|n| (1..=MAX_LIMIT).contains(n))
                    {
                        options.limit = n;
                    }
                }
                "filters" => match value.as_str() {
                    "1" => options.show_filters = true,
                    "0" => options.show_filters = false,
                    _ => {}
                },
                "id" if is_frame_id(&value) => options.id = value,
                _ => {}
            }
        }
        options
    }

    /// The options as query parameters (defaults left out), to keep them
    /// when the reader changes filters inside the frame.
    pub fn to_query_string(&self) -> String {
        let mut parts = Vec::new();
        if self.theme != Theme::Light {
            parts.push(format!("theme={}", self.theme.key()));
        }
        if self.limit != DEFAULT_LIMIT {
            parts.push(format!("limit={}", self.limit));
        }
        if self.show_filters {
            parts.push("filters=1".to_owned());
        }
        if !self.id.is_empty() {
            parts.push(format!("id={}", self.id));
        }
        parts.join("&")
    }
}

/// Where a snippet points: the gallery page for its filters (the plain
/// link that stays when script is off), the embed page (the frame) and the
/// loader script, all absolute.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SnippetLinks {
    pub gallery: String,
    pub frame: String,
    pub loader: String,
}

/// The two snippets a web developer pastes: the script form (a marked
/// `<div>` with a plain link as fallback, and the loader) and the plain
/// `<iframe>` form for hosts that forbid scripts. `title` names the
/// gallery ("Sản phẩm OCOP huyện Gia Lâm").
pub fn snippets(
    links: &SnippetLinks,
    q: &GalleryQuery,
    limit: usize,
    theme: Theme,
    title: &str,
) -> (String, String) {
    let query = to_query_string(&q.with_page(1));
    let mut attributes = String::new();
    for (key, value) in query_pairs(&query) {
        attributes.push_str(&format!(" data-{key}=\"{}\"", escape_attribute(&value)));
    }
    if limit != DEFAULT_LIMIT {
        attributes.push_str(&format!(" data-limit=\"{limit}\""));
    }
    if theme != Theme::Light {
        attributes.push_str(&format!(" data-theme=\"{}\"", theme.key()));
    }
    let mut see = String::from("Xem ");
    let mut chars = title.chars();
    see.extend(chars.next().into_iter().flat_map(char::to_lowercase));
    see.extend(chars);
    let script = format!(
        "<div data-ocop-gallery{attributes}>\n  <a href=\"{}\">{}</a>\n</div>\n<script src=\"{}\" async></script>",
        escape_attribute(&links.gallery),
        escape_text(&see),
        escape_attribute(&links.loader),
    );
    let iframe = format!(
        "<iframe src=\"{}\" title=\"{}\" loading=\"lazy\" style=\"width:100%;height:{}px;border:0\"></iframe>",
        escape_attribute(&links.frame),
        escape_attribute(title),
        fixed_frame_height(limit)
    );
    (script, iframe)
}

/// A fixed frame has no loader to size it: about four cards fit a row on
/// a desktop page, each row about 330 px, plus the count and the link.
fn fixed_frame_height(limit: usize) -> usize {
    160 + limit.div_ceil(4) * 330
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::query::parse_query_string;

    fn links(portal: &str, query: &str) -> SnippetLinks {
        SnippetLinks {
            gallery: format!("{portal}san-pham{query}"),
            frame: format!("{portal}embed/san-pham{query}"),
            loader: format!("{portal}embed.js"),
        }
    }

    #[test]
    fn snippets_carry_the_filters() {
        let q = parse_query_string("commune=bat-trang&stars=4,5&q=gốm sứ&page=3");
        let (script, iframe) = snippets(
            &links(
                "https://ocop.example.vn/",
                "?commune=bat-trang&stars=4,5&q=g%E1%BB%91m",
            ),
            &q,
            8,
            Theme::Dark,
            "Sản phẩm OCOP huyện Đông Anh",
        );
        assert!(
            script.starts_with(
                "<div data-ocop-gallery data-commune=\"bat-trang\" data-stars=\"4,5\""
            ),
            "{script}"
        );
        assert!(script.contains(" data-q=\"gốm sứ\""), "{script}");
        assert!(
            script.contains(" data-limit=\"8\" data-theme=\"dark\""),
            "{script}"
        );
        assert!(script.contains("<script src=\"https://ocop.example.vn/embed.js\" async></script>"));
        assert!(
            !script.contains("page"),
            "the snippet starts on page 1: {script}"
        );
        assert!(iframe.contains("src=\"https://ocop.example.vn/embed/san-pham?commune=bat-trang&amp;stars=4,5&amp;q="), "{iframe}");
        assert!(iframe.contains("title=\"Sản phẩm OCOP huyện Đông Anh\""));
        assert!(
            script.contains(">Xem sản phẩm OCOP huyện Đông Anh</a>"),
            "{script}"
        );
    }

    #[test]
    fn default_snippets_are_bare() {
        let (script, iframe) = snippets(
            &links("https://x.vn/ocop/", ""),
            &GalleryQuery::default(),
            DEFAULT_LIMIT,
            Theme::Light,
            "Sản phẩm OCOP",
        );
        assert!(script.starts_with("<div data-ocop-gallery>"), "{script}");
        assert!(script.contains("href=\"https://x.vn/ocop/san-pham\""));
        assert!(iframe.contains("src=\"https://x.vn/ocop/embed/san-pham\""));
    }

    #[test]
    fn hostile_text_cannot_break_out_of_the_snippet() {
        let q = parse_query_string("q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E");
        let (script, iframe) = snippets(
            &links("https://x.vn/", "?q=%22%3E%3Cscript%3E"),
            &q,
            DEFAULT_LIMIT,
            Theme::Light,
            "<b>Sản phẩm</b>",
        );
        assert!(!script.contains("<script>"), "{script}");
        assert!(!iframe.contains("<script>"), "{iframe}");
    }

    #[test]
    fn defaults() {
        assert_eq!(EmbedOptions::parse(""), EmbedOptions::default());
        assert_eq!(EmbedOptions::default().to_query_string(), "");
    }

    #[test]
    fn reads_every_option_and_ignores_gallery_keys() {
        let o = EmbedOptions::parse("?stars=4,5&theme=dark&limit=8&filters=1&id=ocop-gallery-2");
        assert_eq!(o.theme, Theme::Dark);
        assert_eq!(o.limit, 8);
        assert!(o.show_filters);
        assert_eq!(o.id, "ocop-gallery-2");
        assert_eq!(
            o.to_query_string(),
            "theme=dark&limit=8&filters=1&id=ocop-gallery-2"
        );
        assert_eq!(EmbedOptions::parse(&o.to_query_string()), o);
    }

    #[test]
    fn malformed_values_fall_back() {
        let o = EmbedOptions::parse("theme=neon&limit=0&filters=yes&id=%3Cscript%3E");
        assert_eq!(o, EmbedOptions::default());
        assert_eq!(EmbedOptions::parse("limit=100000").limit, DEFAULT_LIMIT);
        assert_eq!(EmbedOptions::parse("limit=-1").limit, DEFAULT_LIMIT);
        assert_eq!(
            EmbedOptions::parse(&format!("id={}", "a".repeat(65))).id,
            ""
        );
        assert_eq!(EmbedOptions::parse("limit=5&limit=x").limit, 5);
    }
}
