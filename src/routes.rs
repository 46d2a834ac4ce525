//! The app's public URLs (`docs/api.md`, "Public URLs"): which page a path
//! names, and one builder per link. The router (`app.rs`) shows them; a
//! test (`prerender::render::tests`) proves every builder's URL reaches
//! the view it names.
//!
//! Views never write a path by hand. A [`Link`] is a place in the app,
//! relative to the base path the app is served under; `<a href>` takes
//! [`Link::href`] (base path included) and [`use_go`] takes the `Link`
//! itself, so a path can never get the base path twice.

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
    /// `/thong-ke`: the programme in figures, and its open data.
    Figures,
    /// `/embed/san-pham?…`
    Embed,
    /// Anything else.
    NotFound,
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
            ["thong-ke"] => Page::Figures,
            ["embed", "san-pham"] => Page::Embed,
            _ => Page::NotFound,
        }
    }

    /// The page at a path of this site as the address bar spells it, base
    /// path included (`/ocop/tin-tuc/a`); a path outside the base path is
    /// [`Page::NotFound`], like a file (`/ocop/rss.xml`, an upload).
    pub fn at_address(path: &str, query: &str) -> Page {
        match path.strip_prefix(env::base_path()) {
            Some(rest) if rest.is_empty() || rest.starts_with('/') => Page::at(rest, query),
            _ => Page::NotFound,
        }
    }

    /// The API files the page draws from, beyond what every page shares
    /// (`site.json`, `stats.json`, `points.json`): what to fetch as soon as
    /// a reader shows they are going there.
    pub fn api_files(&self) -> Vec<String> {
        use crate::api::endpoints::{self, Endpoint};
        fn path<T>(endpoint: Endpoint<T>) -> Option<String> {
            endpoint.path().ok().map(str::to_owned)
        }
        let files = match self {
            Page::Home => vec![path(endpoints::news_page(1)), path(endpoints::catalog())],
            Page::News { page } => vec![path(endpoints::news_page(*page))],
            Page::Article { slug } => {
                vec![
                    path(endpoints::article(slug)),
                    path(endpoints::news_page(1)),
                ]
            }
            Page::Search => vec![path(endpoints::news_index())],
            Page::Gallery | Page::Embed => vec![path(endpoints::catalog())],
            Page::Product { id } => vec![path(endpoints::product(id)), path(endpoints::catalog())],
            Page::Label { id } => vec![path(endpoints::product(id))],
            Page::Points => vec![path(endpoints::points()), path(endpoints::catalog())],
            Page::Figures => vec![path(endpoints::catalog())],
            Page::NotFound => Vec::new(),
        };
        files.into_iter().flatten().collect()
    }
}

impl Page {
    /// Whether what the page shows depends on the query. One that does not
    /// (an article shared as `…?fbclid=…`) is the same page whatever query
    /// it is opened with, so its prerendered HTML is adopted as it is.
    pub fn reads_query(&self) -> bool {
        !matches!(
            self,
            Page::Home | Page::Article { .. } | Page::Label { .. } | Page::Figures
        )
    }
}

/// What `data-drawn-at` ends with when the page reads no query.
pub const ANY_QUERY: &str = "?*";

/// What a prerendered page records of the URL it was drawn for (its
/// `data-drawn-at`): [`drawn_at`], or for a page that reads no query, the
/// path and [`ANY_QUERY`].
pub fn drawn_at_for(page: &Page, path: &str, query: &str) -> String {
    if page.reads_query() {
        drawn_at(path, query)
    } else {
        format!("{}{ANY_QUERY}", drawn_at(path, ""))
    }
}

/// Whether a page that records `recorded` was drawn for the address
/// `path` + `query`. The page's inline guard (in `index.html`) spells the
/// same rule in JavaScript.
pub fn drawn_for_address(recorded: &str, path: &str, query: &str) -> bool {
    match recorded.strip_suffix(ANY_QUERY) {
        Some(recorded_path) => recorded_path == drawn_at(path, ""),
        None => recorded == drawn_at(path, query),
    }
}

/// A URL as the browser compares it with the one a page was drawn for: the
/// path without a trailing slash (the root stays `/`), then the query as
/// sent.
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

    /// With the address this page was served from ([`env::served_url`]):
    /// the embedded gallery's links and the embed dialog's preview.
    pub fn served(&self) -> String {
        format!("{}{}", env::served_url(), self.0)
    }

    /// The page this link opens.
    pub fn page(&self) -> Page {
        let (path, query) = self.0.split_once('?').unwrap_or((&self.0, ""));
        Page::at(path, query)
    }
}

/// How a programmatic move ([`use_go`]) enters history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    /// A new page: a history entry, scrolled to the top.
    Page,
    /// A new state of the same page (a filter): a history entry, the
    /// reader left where they are.
    State,
    /// The same state, refined as the reader types: replaces the history
    /// entry (Back does not step through every letter).
    Refine,
}

/// Moves to a place in the app through the router (in the browser; a
/// native render never moves).
#[cfg(feature = "ui")]
pub fn use_go() -> impl Fn(&Link, Move) + Clone + Send + Sync + 'static {
    let navigate = leptos_router::hooks::use_navigate();
    let navigate = send_wrapper::SendWrapper::new(navigate);
    move |link: &Link, how: Move| {
        // `resolve: false`: the href carries the base path already, and the
        // router would add it a second time.
        (*navigate)(
            &link.href(),
            leptos_router::NavigateOptions {
                resolve: false,
                scroll: how == Move::Page,
                replace: how == Move::Refine,
                ..Default::default()
            },
        )
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

/// The programme in figures.
pub fn figures() -> Link {
    Link::new("/thong-ke", "")
}

/// The catalogue as open data, written by the prerenderer beside the pages
/// (`domain::open_data`).
pub const OPEN_DATA_CSV: &str = "du-lieu/san-pham-ocop.csv";
pub const OPEN_DATA_JSON: &str = "du-lieu/san-pham-ocop.json";

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
            (figures(), Page::Figures),
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
        assert_eq!(
            Page::at("/%74in-tuc/a", ""),
            Page::Article { slug: "a".into() }
        );
    }

    #[test]
    fn files_name_no_page() {
        for page in [
            "/tin-tuc/a",
            "/san-pham",
            "/",
            "",
            "/diem-ban",
            "/tin-tuc/trang/2",
        ] {
            assert_ne!(Page::at_address(page, ""), Page::NotFound, "{page}");
        }
        for file in [
            "/rss.xml",
            "/uploads/a.pdf",
            "/sitemap.xml",
            "/tin-tuc/a/b.pdf",
        ] {
            assert_eq!(Page::at_address(file, ""), Page::NotFound, "{file}");
        }
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
    fn a_page_that_reads_no_query_is_drawn_for_any() {
        let article = Page::Article { slug: "a".into() };
        let recorded = drawn_at_for(&article, "/tin-tuc/a", "");
        assert_eq!(recorded, "/tin-tuc/a?*");
        assert!(drawn_for_address(&recorded, "/tin-tuc/a/", "?fbclid=x"));
        assert!(drawn_for_address(&recorded, "/tin-tuc/a", ""));
        assert!(!drawn_for_address(&recorded, "/tin-tuc/b", ""));
        let home = drawn_at_for(&Page::Home, "/ocop/", "");
        assert_eq!(home, "/ocop?*");
        assert!(drawn_for_address(&home, "/ocop/", "?utm_source=zalo"));
        // The gallery, the news pages and a product read their query.
        let gallery = drawn_at_for(&Page::Gallery, "/san-pham", "");
        assert!(drawn_for_address(&gallery, "/san-pham", ""));
        assert!(!drawn_for_address(&gallery, "/san-pham", "?stars=5"));
        let product = Page::Product { id: "p".into() };
        assert!(!drawn_for_address(
            &drawn_at_for(&product, "/san-pham/p", ""),
            "/san-pham/p",
            "?stars=5"
        ));
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
