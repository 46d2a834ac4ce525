//! What search engines and link previews read: the Open Graph kind, where a
//! page's share card is, and the JSON-LD of a news article and of a
//! breadcrumb trail (schema.org).

use serde_json::{json, Value};

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

/// schema.org `NewsArticle`.
pub fn news_article(facts: &ArticleFacts, url: &str, image: &str, publisher: &str) -> Value {
    let mut article = json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": facts.headline,
        "description": facts.description,
        "datePublished": facts.published_at,
        "dateModified": facts.updated_at.as_deref().unwrap_or(&facts.published_at),
        "mainEntityOfPage": url,
        "url": url,
        "image": [image],
        "inLanguage": "vi",
        "publisher": { "@type": "Organization", "name": publisher },
    });
    if let Some(author) = facts.author.as_deref().filter(|a| !a.trim().is_empty()) {
        article["author"] = json!({ "@type": "Person", "name": author });
    }
    if let Some(section) = &facts.section {
        article["articleSection"] = json!(section);
    }
    if !facts.keywords.is_empty() {
        article["keywords"] = json!(facts.keywords.join(", "));
    }
    article
}

/// schema.org `BreadcrumbList` of (name, absolute URL) pairs.
pub fn breadcrumb_list(trail: &[(String, String)]) -> Value {
    let items: Vec<Value> = trail
        .iter()
        .enumerate()
        .map(|(i, (name, url))| {
            json!({ "@type": "ListItem", "position": i + 1, "name": name, "item": url })
        })
        .collect();
    json!({ "@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": items })
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
        let v = news_article(
            &facts,
            "https://x.vn/tin-tuc/a",
            "https://x.vn/og/a.png",
            "Cổng OCOP",
        );
        assert_eq!(v["@type"], "NewsArticle");
        assert_eq!(v["dateModified"], "2024-06-24T08:30:00+07:00");
        assert_eq!(v["author"]["name"], "Thanh Tuyền");
        assert_eq!(v["keywords"], "OCOP, Gốm");
        let crumbs = breadcrumb_list(&[("Trang chủ".into(), "https://x.vn/".into())]);
        assert_eq!(crumbs["itemListElement"][0]["position"], 1);
    }
}
