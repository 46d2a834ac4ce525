//! What search engines and link previews read: the Open Graph kind, the
//! share card's size, and the JSON-LD of a news article and of a
//! breadcrumb trail (schema.org).

/// Facebook and Zalo show share cards best at 1200 × 630.
pub const CARD_WIDTH: u32 = 1200;
pub const CARD_HEIGHT: u32 = 630;

/// The Open Graph type of a page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Article,
    Website,
}

impl Kind {
    pub fn key(self) -> &'static str {
        match self {
            Kind::Article => "article",
            Kind::Website => "website",
        }
    }
}

/// A news article's facts for `NewsArticle`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ArticleFacts {
    pub headline: String,
    pub description: String,
    /// RFC 3339.
    pub published_at: String,
    pub updated_at: Option<String>,
    pub author: Option<String>,
    pub section: Option<String>,
    pub keywords: Vec<String>,
}

/// schema.org `NewsArticle`, as JSON.
pub fn news_article(facts: &ArticleFacts, url: &str, image: &str, publisher: &str) -> String {
    let mut fields = vec![
        ("@context", string("https://schema.org")),
        ("@type", string("NewsArticle")),
        ("headline", string(&facts.headline)),
        ("description", string(&facts.description)),
        ("datePublished", string(&facts.published_at)),
        (
            "dateModified",
            string(facts.updated_at.as_deref().unwrap_or(&facts.published_at)),
        ),
        ("mainEntityOfPage", string(url)),
        ("url", string(url)),
        ("image", format!("[{}]", string(image))),
        ("inLanguage", string("vi")),
        (
            "publisher",
            object(&[
                ("@type", string("Organization")),
                ("name", string(publisher)),
            ]),
        ),
    ];
    if let Some(author) = facts.author.as_deref().filter(|a| !a.trim().is_empty()) {
        fields.push((
            "author",
            object(&[("@type", string("Person")), ("name", string(author))]),
        ));
    }
    if let Some(section) = &facts.section {
        fields.push(("articleSection", string(section)));
    }
    if !facts.keywords.is_empty() {
        fields.push(("keywords", string(&facts.keywords.join(", "))));
    }
    object(&fields)
}

/// schema.org `BreadcrumbList` of (name, absolute URL) pairs, as JSON.
pub fn breadcrumb_list(trail: &[(String, String)]) -> String {
    let items: Vec<String> = trail
        .iter()
        .enumerate()
        .map(|(i, (name, url))| {
            object(&[
                ("@type", string("ListItem")),
                ("position", (i + 1).to_string()),
                ("name", string(name)),
                ("item", string(url)),
            ])
        })
        .collect();
    object(&[
        ("@context", string("https://schema.org")),
        ("@type", string("BreadcrumbList")),
        ("itemListElement", format!("[{}]", items.join(","))),
    ])
}

/// A JSON object of already-written values. (A few lines of JSON do not
/// need a JSON library in the browser bundles.)
fn object(fields: &[(&str, String)]) -> String {
    let body: Vec<String> = fields
        .iter()
        .map(|(key, value)| format!("{}:{value}", string(key)))
        .collect();
    format!("{{{}}}", body.join(","))
}

/// A JSON string literal.
fn string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_json_ld() {
        let facts = ArticleFacts {
            headline: "Tiêu đề".into(),
            description: "Tóm tắt".into(),
            published_at: "2024-06-24T08:30:00+07:00".into(),
            author: Some("Thanh Tuyền".into()),
            keywords: vec!["OCOP".into(), "Gốm".into()],
            ..ArticleFacts::default()
        };
        let v: serde_json::Value = serde_json::from_str(&news_article(
            &facts,
            "https://x.vn/tin-tuc/a",
            "https://x.vn/og/a.png",
            "Cổng \"OCOP\"\n",
        ))
        .expect("valid JSON");
        assert_eq!(v["@type"], "NewsArticle");
        assert_eq!(v["dateModified"], "2024-06-24T08:30:00+07:00");
        assert_eq!(v["author"]["name"], "Thanh Tuyền");
        assert_eq!(v["keywords"], "OCOP, Gốm");
        assert_eq!(v["publisher"]["name"], "Cổng \"OCOP\"\n");
        let crumbs: serde_json::Value = serde_json::from_str(&breadcrumb_list(&[(
            "Trang chủ".into(),
            "https://x.vn/".into(),
        )]))
        .expect("valid JSON");
        assert_eq!(crumbs["itemListElement"][0]["position"], 1);
    }
}
