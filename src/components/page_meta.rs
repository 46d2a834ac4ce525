//! A page's metadata as views: the tab title, the description, the
//! canonical link, Open Graph and Twitter cards for shared links, and
//! JSON-LD for search engines. Rendered into the `<head>` by `leptos_meta`
//! on both sides (the prerenderer writes the same tags into the HTML that
//! crawlers read), and removed when the reader moves to another page.

use crate::{
    domain::{html::json_for_script, seo},
    routes::{self, Link},
    site::use_site,
};
use leptos::prelude::*;
use leptos_meta::{Link as HeadLink, Meta, Script, Title};

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

#[component]
pub fn PageMeta(info: PageInfo) -> impl IntoView {
    let site = use_site();
    let site_name = site.name().unwrap_or_default();
    let url = info.link.absolute();
    let page_path = info.link.page();
    let image = routes::file_url(&routes::share_card(&page_path, info.image.is_some()));
    let shared_title = if info.title.is_empty() {
        site_name.clone()
    } else {
        info.title.clone()
    };
    let breadcrumb = (!info.trail.is_empty()).then(|| {
        let items: Vec<(String, String)> = info
            .trail
            .iter()
            .map(|(name, link)| (name.clone(), link.absolute()))
            .collect();
        json_for_script(&seo::breadcrumb_list(&items))
    });
    let article = info
        .article
        .as_ref()
        .map(|facts| json_for_script(&seo::news_article(facts, &url, &image, &site_name)));
    view! {
        <Title text=info.title.clone() />
        <Meta name="description" content=info.description.clone() />
        <HeadLink rel="canonical" href=url.clone() />
        <Meta property="og:type" content=info.kind.key() />
        <Meta property="og:site_name" content=site_name />
        <Meta property="og:locale" content="vi_VN" />
        <Meta property="og:title" content=shared_title.clone() />
        <Meta property="og:description" content=info.description.clone() />
        <Meta property="og:url" content=url />
        <Meta property="og:image" content=image.clone() />
        <Meta property="og:image:width" content=seo::CARD_WIDTH.to_string() />
        <Meta property="og:image:height" content=seo::CARD_HEIGHT.to_string() />
        <Meta name="twitter:card" content="summary_large_image" />
        <Meta name="twitter:title" content=shared_title />
        <Meta name="twitter:description" content=info.description />
        <Meta name="twitter:image" content=image />
        {breadcrumb.map(|json| view! { <Script type_="application/ld+json">{json}</Script> })}
        {article.map(|json| view! { <Script type_="application/ld+json">{json}</Script> })}
    }
}
