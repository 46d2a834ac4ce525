//! The app's public URLs (`docs/api.md`, "Public URLs"): which page a path
//! shows, which bundle carries it, and one builder per link.
//!
//! Views never write a path by hand. A [`Link`] is a place in the app,
//! relative to the base path the app is served under; `<a href>` takes
//! [`Link::href`] (base path included) and `navigation::use_go` takes the
//! `Link` itself, so a path can never get the base path twice.

use crate::domain::embed::EmbedOptions;
use crate::domain::paging::parse_page;
use crate::domain::points::PointsQuery;
use crate::domain::query::{to_query_string, GalleryQuery};
use crate::domain::url::{decode_component, encode_component, is_slug, query_pairs};
use crate::env;

/// Every page of the app, with what its path names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Page {
    /// `/`
    Home,
    /// `/tin-tuc`, `/tin-tuc?page=N`, `/tin-tuc/trang/N`
    News { page: u32 },
    /// `/tin-tuc/{slug}`
    Article { slug: String },
    /// `/tim-kiem?q=…&tag=…&category=…`
    Search,
    /// `/san-pham?…filters…`
    Gallery,
    /// `/san-pham/{id}`
    Product { id: String },
    /// `/san-pham/{id}/tem`
    Label { id: String },
    /// `/diem-ban?commune=…`
    Points,
    /// `/embed/san-pham?…`
    Embed,
    /// Anything else.
    NotFound,
}

/// A production build's wasm bundles: navigating between pages of one
/// bundle stays in the page; moving to another bundle loads its page. Each
/// carries only what its pages need, so a reader of the news never
/// downloads the gallery's filter engine, nor a shopper the QR encoder.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Bundle {
    /// The home page and the news list (and the not-found page).
    Home,
    /// Articles and news search.
    Article,
    /// The gallery and its embed.
    Gallery,
    /// Products and sale points.
    Product,
    /// The printable QR label.
    Label,
}

impl Bundle {
    pub const ALL: [Bundle; 5] = [
        Bundle::Home,
        Bundle::Article,
        Bundle::Gallery,
        Bundle::Product,
        Bundle::Label,
    ];

    /// The bundle this build is, when it is one (`bundle-*` features).
    pub const COMPILED: Option<Bundle> = if cfg!(feature = "bundle-home") {
        Some(Bundle::Home)
    } else if cfg!(feature = "bundle-article") {
        Some(Bundle::Article)
    } else if cfg!(feature = "bundle-gallery") {
        Some(Bundle::Gallery)
    } else if cfg!(feature = "bundle-product") {
        Some(Bundle::Product)
    } else if cfg!(feature = "bundle-label") {
        Some(Bundle::Label)
    } else {
        None
    };

    /// Its name in file names and features (`bundle-home`).
    pub fn key(self) -> &'static str {
        match self {
            Bundle::Home => "home",
            Bundle::Article => "article",
            Bundle::Gallery => "gallery",
            Bundle::Product => "product",
            Bundle::Label => "label",
        }
    }

    /// The style sheets (`style/{name}.css`, in cascade order) its pages
    /// use. A prerendered page links only its bundle's sheets, since a
    /// link to another bundle's page loads that page; the pages a host
    /// serves for any URL (`index.html`, `404.html`) link them all.
    pub fn styles(self) -> Vec<&'static str> {
        let own: &[&str] = match self {
            Bundle::Home | Bundle::Product => &["gallery"],
            Bundle::Article => &[],
            Bundle::Gallery => &["gallery", "embed"],
            Bundle::Label => &["gallery", "label"],
        };
        let every = ["tokens", "base", "layout", "components", "pages"];
        [&every[..], own, &["print"]].concat()
    }
}

/// Which bundle draws a path, by its first segments (`*` is any one), for
/// the loader that picks a bundle before any wasm runs: the prerenderer
/// writes these rules into it. The first rule that matches wins; `exact`
/// rules match paths of exactly that many segments, the others every path
/// under them. No rule: [`DEFAULT_BUNDLE`].
pub const BUNDLE_RULES: &[(&[&str], bool, Bundle)] = &[
    (&["tin-tuc", "trang", "*"], true, Bundle::Home),
    (&["tin-tuc", "*"], true, Bundle::Article),
    (&["tim-kiem"], false, Bundle::Article),
    (&["san-pham"], true, Bundle::Gallery),
    (&["embed"], false, Bundle::Gallery),
    (&["san-pham", "*", "tem"], true, Bundle::Label),
    (&["san-pham"], false, Bundle::Product),
    (&["diem-ban"], false, Bundle::Product),
];

/// The bundle of a path no rule of [`BUNDLE_RULES`] matches (`/`, the news
/// list, an unknown section).
pub const DEFAULT_BUNDLE: Bundle = Bundle::Home;

/// The bundle [`BUNDLE_RULES`] pick for `path` (relative to the base
/// path). It agrees with [`Page::bundle`] on every page; a path that names
/// no page goes to the bundle of its section, which shows it as not found;
/// no rule: the home bundle.
pub fn bundle_of_path(path: &str) -> Bundle {
    let parts: Vec<String> = path
        .split('/')
        .filter(|s| !s.is_empty())
        .map(decode_component)
        .collect();
    BUNDLE_RULES
        .iter()
        .find(|(pattern, exact, _)| {
            let fits = if *exact {
                parts.len() == pattern.len()
            } else {
                parts.len() >= pattern.len()
            };
            fits && pattern
                .iter()
                .zip(&parts)
                .all(|(p, s)| *p == "*" || *p == s.as_str())
        })
        .map_or(DEFAULT_BUNDLE, |(_, _, bundle)| *bundle)
}

impl Page {
    /// The page at `path` (relative to the base path, `/`-rooted, already
    /// percent-decoded or not: segments are decoded here) with the raw
    /// `query` string (`?` optional).
    pub fn at(path: &str, query: &str) -> Page {
        let segments: Vec<String> = path
            .split('/')
            .filter(|s| !s.is_empty())
            .map(decode_component)
            .collect();
        let segments: Vec<&str> = segments.iter().map(String::as_str).collect();
        match segments.as_slice() {
            [] => Page::Home,
            ["tin-tuc"] => Page::News {
                page: query_value(query, "page")
                    .and_then(|p| parse_page(&p))
                    .unwrap_or(1),
            },
            // `/tin-tuc/trang/1` is the first page too; `/tin-tuc/trang/x`
            // names nothing.
            ["tin-tuc", "trang", n] => match parse_page(n) {
                Some(page) => Page::News { page },
                None => Page::NotFound,
            },
            ["tin-tuc", slug] if is_slug(slug) => Page::Article {
                slug: (*slug).to_owned(),
            },
            ["tim-kiem"] => Page::Search,
            ["san-pham"] => Page::Gallery,
            ["san-pham", id] if is_slug(id) => Page::Product {
                id: (*id).to_owned(),
            },
            ["san-pham", id, "tem"] if is_slug(id) => Page::Label {
                id: (*id).to_owned(),
            },
            ["diem-ban"] => Page::Points,
            ["embed", "san-pham"] => Page::Embed,
            _ => Page::NotFound,
        }
    }

    pub fn bundle(&self) -> Bundle {
        match self {
            Page::Home | Page::News { .. } | Page::NotFound => Bundle::Home,
            Page::Article { .. } | Page::Search => Bundle::Article,
            Page::Gallery | Page::Embed => Bundle::Gallery,
            Page::Product { .. } | Page::Points => Bundle::Product,
            Page::Label { .. } => Bundle::Label,
        }
    }

    /// Pages drawn inside the header and footer; the embed and the label
    /// stand alone (a frame on another site, a sheet of stickers).
    pub fn has_shell(&self) -> bool {
        !matches!(self, Page::Embed | Page::Label { .. })
    }
}

/// A URL as a prerendered page records the one it was drawn for, and as the
/// browser compares it with its own: the path without a trailing slash
/// (the root stays `/`), then the query as sent. The page's inline guard
/// (in `index.html`) spells the same rule in JavaScript.
pub fn drawn_at(path: &str, query: &str) -> String {
    let path = path.trim_end_matches('/');
    let path = if path.is_empty() { "/" } else { path };
    let query = query.trim_start_matches('?');
    if query.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{query}")
    }
}

/// The last value of `key` in a raw query string, decoded.
pub fn query_value(query: &str, key: &str) -> Option<String> {
    query_pairs(query)
        .filter(|(k, _)| k == key)
        .map(|(_, v)| v)
        .next_back()
}

/// A place in the app: a path from the base path, with its query.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Link(String);

impl Link {
    fn new(path: &str, query: &str) -> Link {
        if query.is_empty() {
            Link(path.to_owned())
        } else {
            Link(format!("{path}?{query}"))
        }
    }

    /// For `<a href>`: the base path, then the place.
    pub fn href(&self) -> String {
        format!("{}{}", env::base_path(), self.0)
    }

    /// The place without the base path: what the prerenderer draws and
    /// names its files by.
    pub fn path(&self) -> &str {
        &self.0
    }

    /// With the portal's public address, for what is read elsewhere: share
    /// links, canonical and Open Graph URLs, the sitemap, embed snippets.
    pub fn absolute(&self) -> String {
        format!("{}{}", env::site_url(), self.0)
    }

    /// The page this link opens.
    pub fn page(&self) -> Page {
        let (path, query) = self.0.split_once('?').unwrap_or((&self.0, ""));
        Page::at(path, query)
    }
}

/// The site-wide share card, for pages without a picture of their own.
pub const SITE_CARD: &str = "og/site.png";

/// Where the prerenderer writes a page's share card (a PNG, since Facebook
/// and Zalo show no SVG), relative to the base path: the page's own picture
/// when it has one, else the site-wide card.
pub fn share_card(page: &Page, has_image: bool) -> String {
    match page {
        Page::Article { slug } if has_image => format!("og/tin-tuc/{slug}.png"),
        Page::Product { id } | Page::Label { id } if has_image => format!("og/san-pham/{id}.png"),
        _ => SITE_CARD.to_owned(),
    }
}

/// A file the portal serves beside its pages (`rss.xml`, `embed.js`), for
/// `href`.
pub fn file_href(name: &str) -> String {
    format!("{}/{name}", env::base_path())
}

/// The same, with the portal's public address (what other sites load).
pub fn file_url(name: &str) -> String {
    format!("{}/{name}", env::site_url())
}

/// The RSS feed of the latest news, written by the prerenderer.
pub const FEED: &str = "rss.xml";

pub fn home() -> Link {
    Link::new("/", "")
}

/// Page `n` of the news list: a path, so a static host serves every page
/// prerendered (page 1 is the bare list).
pub fn news(n: u32) -> Link {
    if n <= 1 {
        Link::new("/tin-tuc", "")
    } else {
        Link::new(&format!("/tin-tuc/trang/{n}"), "")
    }
}

pub fn article(slug: &str) -> Link {
    Link::new(&format!("/tin-tuc/{slug}"), "")
}

/// What a search link looks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SearchBy {
    Text,
    Tag,
    Category,
}

impl SearchBy {
    pub fn key(self) -> &'static str {
        match self {
            SearchBy::Text => "q",
            SearchBy::Tag => "tag",
            SearchBy::Category => "category",
        }
    }
}

/// The search page; an empty `value` is the empty form.
pub fn search(by: SearchBy, value: &str) -> Link {
    if value.is_empty() {
        Link::new("/tim-kiem", "")
    } else {
        Link::new(
            "/tim-kiem",
            &format!("{}={}", by.key(), encode_component(value)),
        )
    }
}

pub fn gallery(q: &GalleryQuery) -> Link {
    Link::new("/san-pham", &to_query_string(q))
}

/// A product page, carrying the gallery view the reader came from so the
/// way back keeps the filters.
pub fn product(id: &str, from: &GalleryQuery) -> Link {
    Link::new(&format!("/san-pham/{id}"), &to_query_string(from))
}

/// A product's printable QR label.
pub fn label(id: &str) -> Link {
    Link::new(&format!("/san-pham/{id}/tem"), "")
}

pub fn points(q: &PointsQuery) -> Link {
    Link::new("/diem-ban", &q.to_query_string())
}

/// The embeddable gallery with these filters and frame options.
pub fn embed(q: &GalleryQuery, options: &EmbedOptions) -> Link {
    let query = [to_query_string(q), options.to_query_string()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("&");
    Link::new("/embed/san-pham", &query)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::query::parse_query_string;

    #[test]
    fn every_builder_opens_its_page() {
        let q = parse_query_string("stars=5&commune=bat-trang");
        let cases = [
            (home(), Page::Home),
            (news(1), Page::News { page: 1 }),
            (news(3), Page::News { page: 3 }),
            (
                article("gom-su"),
                Page::Article {
                    slug: "gom-su".into(),
                },
            ),
            (search(SearchBy::Tag, "Bát Tràng"), Page::Search),
            (search(SearchBy::Text, ""), Page::Search),
            (gallery(&q), Page::Gallery),
            (
                product("men-suoi-ngoc", &q),
                Page::Product {
                    id: "men-suoi-ngoc".into(),
                },
            ),
            (
                label("men-suoi-ngoc"),
                Page::Label {
                    id: "men-suoi-ngoc".into(),
                },
            ),
            (points(&PointsQuery::default()), Page::Points),
            (embed(&q, &EmbedOptions::default()), Page::Embed),
        ];
        for (link, page) in cases {
            assert_eq!(link.page(), page, "{link:?}");
        }
    }

    #[test]
    fn links_print_as_the_contract_spells_them() {
        let q = parse_query_string("stars=4,5&page=2");
        assert_eq!(news(1).path(), "/tin-tuc");
        assert_eq!(news(2).path(), "/tin-tuc/trang/2");
        assert_eq!(gallery(&q).path(), "/san-pham?stars=4,5&page=2");
        assert_eq!(product("a", &GalleryQuery::default()).path(), "/san-pham/a");
        assert_eq!(product("a", &q).path(), "/san-pham/a?stars=4,5&page=2");
        assert_eq!(
            search(SearchBy::Tag, "OCOP 5 sao").path(),
            "/tim-kiem?tag=OCOP%205%20sao"
        );
        assert_eq!(
            embed(&q, &EmbedOptions::parse("theme=dark&limit=8")).path(),
            "/embed/san-pham?stars=4,5&page=2&theme=dark&limit=8"
        );
    }

    #[test]
    fn the_loader_s_rules_agree_with_the_pages() {
        for path in [
            "/",
            "/tin-tuc",
            "/tin-tuc/trang/3",
            "/tin-tuc/a",
            "/tim-kiem",
            "/san-pham",
            "/san-pham/a",
            "/san-pham/a/tem",
            "/san-pham/a/tem/",
            "/diem-ban",
            "/embed/san-pham",
            // Percent-encoded letters name the same page, and bundle.
            "/%74in-tuc/a",
            "/san-pham/a/%74em",
            "/%64iem-ban",
        ] {
            assert_eq!(bundle_of_path(path), Page::at(path, "").bundle(), "{path}");
        }
        // Unknown paths under a section stay with it (shown as not found).
        assert_eq!(bundle_of_path("/san-pham/a/b/c"), Bundle::Product);
        assert_eq!(bundle_of_path("/tin-tuc/a/b"), Bundle::Home);
        assert_eq!(bundle_of_path("/khong-co"), Bundle::Home);
    }

    #[test]
    fn paths_name_pages_forgivingly() {
        assert_eq!(Page::at("/tin-tuc", "page=2"), Page::News { page: 2 });
        assert_eq!(Page::at("/tin-tuc/", "?page=abc"), Page::News { page: 1 });
        assert_eq!(Page::at("/tin-tuc/trang/4", ""), Page::News { page: 4 });
        assert_eq!(Page::at("/tin-tuc/trang/x", ""), Page::NotFound);
        assert_eq!(Page::at("/tin-tuc/Khong-Hop-Le", ""), Page::NotFound);
        assert_eq!(Page::at("/tin-tuc/..%2f..%2fsite", ""), Page::NotFound);
        assert_eq!(
            Page::at("/san-pham/a/tem/", ""),
            Page::Label { id: "a".into() }
        );
        assert_eq!(Page::at("/embed/san-pham", "theme=dark"), Page::Embed);
        assert_eq!(Page::at("/khong/co/trang/nay", ""), Page::NotFound);
        assert_eq!(Page::at("/tin-tuc/trang/2", "").bundle(), Bundle::Home);
        assert_eq!(Page::at("/tin-tuc/a", "").bundle(), Bundle::Article);
        assert_eq!(Page::at("/diem-ban", "").bundle(), Bundle::Product);
    }

    #[test]
    fn cards_by_page() {
        let article = Page::Article { slug: "a".into() };
        assert_eq!(share_card(&article, true), "og/tin-tuc/a.png");
        assert_eq!(share_card(&article, false), SITE_CARD);
        assert_eq!(
            share_card(&Page::Product { id: "p".into() }, true),
            "og/san-pham/p.png"
        );
        assert_eq!(share_card(&Page::Home, true), SITE_CARD);
    }

    #[test]
    fn drawn_at_ignores_the_trailing_slash_only() {
        assert_eq!(drawn_at("/", ""), "/");
        assert_eq!(drawn_at("/ocop/", ""), "/ocop");
        assert_eq!(drawn_at("/tin-tuc/a/", "?"), "/tin-tuc/a");
        assert_eq!(drawn_at("/san-pham", "?stars=5"), "/san-pham?stars=5");
        assert_ne!(drawn_at("/san-pham", "stars=5"), drawn_at("/san-pham", ""));
    }

    #[test]
    fn query_values_are_decoded_and_the_last_wins() {
        assert_eq!(
            query_value("?q=a&q=g%E1%BB%91m+s%E1%BB%A9", "q").as_deref(),
            Some("gốm sứ")
        );
        assert_eq!(query_value("tag=", "tag").as_deref(), Some(""));
        assert_eq!(query_value("x=1", "q"), None);
    }
}
