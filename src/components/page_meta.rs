//! A page's metadata: the tab title, the description, the canonical link,
//! Open Graph and Twitter cards for shared links, and JSON-LD for search
//! engines. Every page says what it is with one [`PageMeta`]; this is the
//! only code that writes `<head>`.
//!
//! The prerenderer writes the tags into the page's HTML (crawlers and link
//! previews read only that). In the browser, the tags of the page on
//! screen replace the previous page's when the reader moves on, and the
//! tab title follows. (Kept out of the hydrated tree: `<head>` needs no
//! reactivity, and a head manager's code would be a good part of a
//! bundle.)

use crate::{
    domain::{html::escape_attribute, html::escape_text, html::json_for_script, seo},
    routes::{self, Link},
    site::use_site,
};
use leptos::prelude::*;

/// What a shared link of the page shows.
#[derive(Clone, Debug, PartialEq)]
pub struct PageInfo {
    /// The page's own title; `""` on the home page (the tab then shows the
    /// site's name alone).
    pub title: String,
    pub description: String,
    pub link: Link,
    /// Open Graph `article` (a news article) or `website`.
    pub kind: seo::Kind,
    /// The picture that stands for the page, by API `src`; `None` for the
    /// site-wide card.
    pub image: Option<String>,
    /// The breadcrumb trail shown on the page (for `BreadcrumbList`).
    pub trail: Vec<(String, Link)>,
    /// A news article's facts (for `NewsArticle`).
    pub article: Option<seo::ArticleFacts>,
}

impl PageInfo {
    pub fn new(title: impl Into<String>, description: impl Into<String>, link: Link) -> Self {
        PageInfo {
            title: title.into(),
            description: description.into(),
            link,
            kind: seo::Kind::Website,
            image: None,
            trail: Vec::new(),
            article: None,
        }
    }
}

/// The portal's name while the site's own is unknown (`site.json` failed):
/// the template's title, naming no place.
pub const UNNAMED_SITE: &str = "Cổng thông tin OCOP";

/// The tab title: "Page — Site", or the site's name alone; never empty.
pub fn tab_title(page: &str, site_name: &str) -> String {
    let site_name = if site_name.is_empty() {
        UNNAMED_SITE
    } else {
        site_name
    };
    if page.is_empty() {
        site_name.to_owned()
    } else {
        format!("{page} — {site_name}")
    }
}

/// The page's `<head>` tags as HTML, each marked `data-page` so the next
/// page's replace them.
pub fn head_html(info: &PageInfo, site_name: &str) -> String {
    let url = info.link.absolute();
    let image = routes::file_url(&routes::share_card(&info.link.page(), info.image.is_some()));
    let shared_title = if info.title.is_empty() {
        site_name
    } else {
        info.title.as_str()
    };
    let mut head = format!(
        "<title data-page>{}</title><link data-page rel=\"canonical\" href=\"{}\">",
        escape_text(&tab_title(&info.title, site_name)),
        escape_attribute(&url)
    );
    let names = [
        ("description", info.description.as_str()),
        ("twitter:card", "summary_large_image"),
        ("twitter:title", shared_title),
        ("twitter:description", info.description.as_str()),
        ("twitter:image", image.as_str()),
    ];
    let width = seo::CARD_WIDTH.to_string();
    let height = seo::CARD_HEIGHT.to_string();
    let properties = [
        ("og:type", info.kind.key()),
        ("og:site_name", site_name),
        ("og:locale", "vi_VN"),
        ("og:title", shared_title),
        ("og:description", info.description.as_str()),
        ("og:url", url.as_str()),
        ("og:image", image.as_str()),
        ("og:image:width", width.as_str()),
        ("og:image:height", height.as_str()),
    ];
    for (attribute, pairs) in [("name", &names[..]), ("property", &properties[..])] {
        for (key, content) in pairs {
            head.push_str(&format!(
                "<meta data-page {attribute}=\"{}\" content=\"{}\">",
                escape_attribute(key),
                escape_attribute(content)
            ));
        }
    }
    let mut json_ld = Vec::new();
    if !info.trail.is_empty() {
        let items: Vec<(String, String)> = info
            .trail
            .iter()
            .map(|(name, link)| (name.clone(), link.absolute()))
            .collect();
        json_ld.push(seo::breadcrumb_list(&items));
    }
    if let Some(facts) = &info.article {
        json_ld.push(seo::news_article(facts, &url, &image, site_name));
    }
    for json in json_ld {
        head.push_str(&format!(
            "<script data-page type=\"application/ld+json\">{}</script>",
            json_for_script(&json)
        ));
    }
    head
}

/// Where a native render collects the page's `<head>` (the prerenderer
/// reads it after drawing).
#[derive(Clone, Default)]
pub struct ServerHead(pub std::sync::Arc<std::sync::Mutex<String>>);

/// Declares the page's metadata.
#[component]
pub fn PageMeta(info: PageInfo) -> impl IntoView {
    let site = use_site();
    if let Some(head) = use_context::<ServerHead>() {
        let html = head_html(&info, &site.name().unwrap_or_default());
        if let Ok(mut slot) = head.0.lock() {
            *slot = html;
        }
    }
    #[cfg(feature = "browser")]
    Effect::new(move |_| {
        let name = site.name().unwrap_or_default();
        crate::web::replace_page_head(&head_html(&info, &name), &tab_title(&info.title, &name));
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles() {
        assert_eq!(tab_title("", "Cổng OCOP"), "Cổng OCOP");
        assert_eq!(tab_title("Tin tức", "Cổng OCOP"), "Tin tức — Cổng OCOP");
        // With the site's name unknown, still a title, naming no place.
        assert_eq!(tab_title("Tin tức", ""), "Tin tức — Cổng thông tin OCOP");
        assert_eq!(tab_title("", ""), "Cổng thông tin OCOP");
    }
}
