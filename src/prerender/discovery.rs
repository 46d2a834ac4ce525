//! The files crawlers and feed readers look for: `sitemap.xml` (every
//! prerendered URL with its last change), `robots.txt` pointing at it, and
//! an RSS 2.0 feed of the latest news (`rss.xml`).

use crate::{
    api::models::ArticleSummary,
    domain::{
        format::parse_timestamp,
        html::{escape_attribute, escape_text},
    },
    routes::{self, Link},
};

/// Articles in the feed.
pub const FEED_ITEMS: usize = 20;

/// `sitemap.xml`: `(link, lastmod)` with `lastmod` as `YYYY-MM-DD` when
/// known.
pub fn sitemap(entries: &[(Link, Option<String>)]) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for (link, lastmod) in entries {
        xml.push_str("  <url><loc>");
        xml.push_str(&escape_text(&link.absolute()));
        xml.push_str("</loc>");
        if let Some(day) = lastmod {
            xml.push_str(&format!("<lastmod>{}</lastmod>", escape_text(day)));
        }
        xml.push_str("</url>\n");
    }
    xml.push_str("</urlset>\n");
    xml
}

pub fn robots() -> String {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}\n",
        routes::file_url("sitemap.xml")
    )
}

/// `rss.xml`: the latest articles, newest first (as the news pages list
/// them).
pub fn feed(site_name: &str, description: &str, articles: &[ArticleSummary]) -> String {
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\">\n<channel>\n\
         <title>{}</title>\n<link>{}</link>\n<description>{}</description>\n<language>vi</language>\n\
         <atom:link href=\"{}\" rel=\"self\" type=\"application/rss+xml\"/>\n",
        escape_text(site_name),
        escape_text(&routes::news(1).absolute()),
        escape_text(description),
        escape_attribute(&routes::file_url(routes::FEED)),
    );
    if let Some(newest) = articles.first().and_then(|a| rfc822(&a.published_at)) {
        xml.push_str(&format!("<lastBuildDate>{newest}</lastBuildDate>\n"));
    }
    for article in articles.iter().take(FEED_ITEMS) {
        let link = routes::article(&article.slug).absolute();
        xml.push_str("<item>\n");
        xml.push_str(&format!(
            "  <title>{}</title>\n",
            escape_text(&article.title)
        ));
        xml.push_str(&format!("  <link>{}</link>\n", escape_text(&link)));
        xml.push_str(&format!(
            "  <guid isPermaLink=\"true\">{}</guid>\n",
            escape_text(&link)
        ));
        if let Some(date) = rfc822(&article.published_at) {
            xml.push_str(&format!("  <pubDate>{date}</pubDate>\n"));
        }
        if let Some(category) = &article.category {
            xml.push_str(&format!(
                "  <category>{}</category>\n",
                escape_text(&category.name)
            ));
        }
        if !article.summary.is_empty() {
            xml.push_str(&format!(
                "  <description>{}</description>\n",
                escape_text(&article.summary)
            ));
        }
        xml.push_str("</item>\n");
    }
    xml.push_str("</channel>\n</rss>\n");
    xml
}

/// An RFC 3339 timestamp as RFC 822 (RSS dates), in Vietnam time:
/// `Mon, 24 Jun 2024 08:30:00 +0700`.
pub fn rfc822(timestamp: &str) -> Option<String> {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    let t = parse_timestamp(timestamp)?;
    let day = DAYS[t.date().weekday()];
    let month = MONTHS.get(usize::try_from(t.month).ok()?.checked_sub(1)?)?;
    Some(format!(
        "{day}, {:02} {month} {} {:02}:{:02}:00 +0700",
        t.day, t.year, t.hour, t.minute
    ))
}

/// The calendar day of an RFC 3339 timestamp (Vietnam time), for
/// `lastmod`.
pub fn day_of(timestamp: &str) -> Option<String> {
    Some(parse_timestamp(timestamp)?.date().iso())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rss_dates() {
        assert_eq!(
            rfc822("2024-06-24T08:30:00+07:00").as_deref(),
            Some("Mon, 24 Jun 2024 08:30:00 +0700")
        );
        assert_eq!(
            rfc822("2024-06-23T20:00:00Z").as_deref(),
            Some("Mon, 24 Jun 2024 03:00:00 +0700")
        );
        assert_eq!(rfc822("soon"), None);
        assert_eq!(
            day_of("2024-12-31T23:30:00-05:00").as_deref(),
            Some("2025-01-01")
        );
    }

    #[test]
    fn feed_escapes_and_caps() {
        let article = ArticleSummary {
            slug: "a".into(),
            title: "Gốm & <sứ>".into(),
            published_at: "2024-06-24T08:30:00+07:00".into(),
            summary: "x".into(),
            ..ArticleSummary::default()
        };
        let many = vec![article; 30];
        let xml = feed("Cổng OCOP", "Tin", &many);
        assert_eq!(xml.matches("<item>").count(), FEED_ITEMS);
        assert!(xml.contains("<title>Gốm &amp; &lt;sứ&gt;</title>"), "{xml}");
    }
}
