//! Shared by the integration tests: a scratch folder, and a full check of a
//! generated API tree against the contract (`docs/api.md`), decoding
//! every file with the app's own models.

#![allow(dead_code)] // each test binary uses its own part of this module

use ocop_portal::api::lenient::take_warnings;
use ocop_portal::api::models::{
    Article, ArticleSummary, Catalog, NewsIndex, NewsPage, Points, ProductDetail, Site, Stats,
};
use ocop_portal::domain::format::{parse_date, parse_timestamp};
use serde::{de::DeserializeOwned, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// A fresh, empty folder under the system temp dir, removed on drop. Named
/// after the test and the process, so parallel tests and concurrent runs do
/// not collide.
pub struct Scratch(pub PathBuf);

impl Scratch {
    pub fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("datagen-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        Scratch(dir)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Every file of an API tree, decoded.
#[derive(Default)]
pub struct Api {
    pub files: BTreeMap<String, Vec<u8>>,
    pub site: Site,
    pub stats: Stats,
    pub pages: Vec<NewsPage>,
    pub index: NewsIndex,
    pub articles: BTreeMap<String, Article>,
    pub catalog: Catalog,
    pub products: BTreeMap<String, ProductDetail>,
    /// `points.json`, when the set has one (the file is optional).
    pub points: Option<Points>,
}

/// Reads `dir`, decodes every file with the app's models and checks the
/// rules of the contract. Panics with the full list of problems.
pub fn load_and_check(dir: &Path) -> Api {
    let files = datagen::output::Files::read_dir(dir)
        .unwrap_or_else(|e| panic!("{e}"))
        .0;
    let mut c = Checker {
        errors: Vec::new(),
        files: &files,
    };
    let mut api = Api::default();

    // Every file is one of the documented kinds.
    for path in files.keys() {
        let known = matches!(
            path.as_str(),
            "site.json" | "stats.json" | "products.json" | "news/index.json" | "points.json"
        ) || (path.starts_with("news/page-") && path.ends_with(".json"))
            || one_level(path, "articles/", ".json")
            || one_level(path, "products/", ".json")
            || (path.starts_with("images/") && path.ends_with(".svg"));
        if !known {
            c.err(format!("{path}: not a file the contract knows"));
        }
    }

    api.site = c.decode("site.json").unwrap_or_default();
    if api.site.name.is_empty() || api.site.links.is_empty() {
        c.err("site.json: name and links are required".into());
    }
    if let Some(locality) = &api.site.locality {
        if locality.trim().is_empty() || !api.site.name.contains(locality.as_str()) {
            c.err(format!(
                "site.json: locality {locality:?} is empty or not the place the name names"
            ));
        }
    }
    for link in &api.site.links {
        if !link.url.starts_with("https://") && !link.url.starts_with("http://") {
            c.err(format!("site.json: link {} is not http(s)", link.url));
        }
    }
    api.stats = c.decode("stats.json").unwrap_or_default();
    c.timestamp("stats.json", api.stats.updated_at.as_deref());

    check_news(&mut c, &mut api);
    check_products(&mut c, &mut api);
    check_points(&mut c, &mut api);
    check_svgs(&mut c);

    api.files = files.clone();
    assert!(
        c.errors.is_empty(),
        "{} contract problems in {}:\n  {}",
        c.errors.len(),
        dir.display(),
        c.errors.join("\n  ")
    );
    api
}

fn one_level(path: &str, prefix: &str, suffix: &str) -> bool {
    path.strip_prefix(prefix)
        .and_then(|p| p.strip_suffix(suffix))
        .is_some_and(|stem| !stem.contains('/'))
}

pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

struct Checker<'a> {
    errors: Vec<String>,
    files: &'a BTreeMap<String, Vec<u8>>,
}

impl Checker<'_> {
    fn err(&mut self, message: String) {
        self.errors.push(message);
    }

    /// Decodes `path` with the app's model. Nothing may be dropped or
    /// repaired (no warnings), and re-encoding gives the same bytes, so no
    /// field was unknown to the model either.
    fn decode<T: DeserializeOwned + Serialize>(&mut self, path: &str) -> Option<T> {
        let Some(bytes) = self.files.get(path) else {
            self.err(format!("{path}: missing"));
            return None;
        };
        let Ok(text) = std::str::from_utf8(bytes) else {
            self.err(format!("{path}: not UTF-8"));
            return None;
        };
        if !text.ends_with('\n') {
            self.err(format!("{path}: no trailing newline"));
        }
        take_warnings();
        let value: T = match serde_json::from_str(text) {
            Ok(v) => v,
            Err(e) => {
                self.err(format!("{path}: does not decode: {e}"));
                return None;
            }
        };
        let warnings = take_warnings();
        if !warnings.is_empty() {
            self.err(format!(
                "{path}: decoding dropped or repaired data: {warnings:?}"
            ));
        }
        let again = serde_json::to_string(&value).unwrap_or_default() + "\n";
        if again != text {
            self.err(format!(
                "{path}: re-encoding differs (a field the model does not know?)"
            ));
        }
        Some(value)
    }

    fn timestamp(&mut self, at: &str, value: Option<&str>) {
        match value {
            Some(v) if parse_timestamp(v).is_some() => {}
            Some(v) => self.err(format!("{at}: bad timestamp {v:?}")),
            None => self.err(format!("{at}: missing timestamp")),
        }
    }

    fn date(&mut self, at: &str, value: &str) {
        if parse_date(value).is_none() {
            self.err(format!("{at}: bad date {value:?}"));
        }
    }

    fn slug(&mut self, at: &str, value: &str) {
        if !is_slug(value) {
            self.err(format!("{at}: {value:?} is not a slug"));
        }
    }

    /// An image `src` must be a file of the tree (the generator only uses
    /// relative paths), and carry an alt text when it is the API's image.
    fn image(&mut self, at: &str, src: &str) {
        if !self.files.contains_key(src) {
            self.err(format!("{at}: image {src:?} is not in the tree"));
        }
    }

    fn html(&mut self, at: &str, html: &str) {
        for src in datagen::html::img_sources(html) {
            self.image(at, &src);
        }
        let lower = html.to_ascii_lowercase();
        for bad in [
            "<script",
            "javascript:",
            "<iframe",
            "<style",
            " onerror=",
            " onload=",
        ] {
            if lower.contains(bad) {
                self.err(format!("{at}: HTML contains {bad}"));
            }
        }
    }

    fn summary(&mut self, at: &str, s: &ArticleSummary) {
        self.slug(at, &s.slug);
        self.timestamp(at, Some(&s.published_at));
        if s.title.is_empty() {
            self.err(format!("{at}: {} has no title", s.slug));
        }
        if let Some(c) = &s.category {
            self.slug(at, &c.slug);
        }
        match &s.thumbnail {
            Some(t) => {
                self.image(at, &t.src);
                if t.alt.is_empty() {
                    self.err(format!("{at}: {} thumbnail has no alt", s.slug));
                }
            }
            None => self.err(format!("{at}: {} has no thumbnail", s.slug)),
        }
    }
}

fn check_news(c: &mut Checker, api: &mut Api) {
    // Pages: consecutive from 1, full except the last.
    let numbers: BTreeSet<usize> = c
        .files
        .keys()
        .filter_map(|p| {
            p.strip_prefix("news/page-")?
                .strip_suffix(".json")?
                .parse()
                .ok()
        })
        .collect();
    let page_count = numbers.len();
    if numbers != (1..=page_count).collect() {
        c.err(format!(
            "news/page-N.json files are not 1…{page_count}: {numbers:?}"
        ));
    }
    for n in 1..=page_count {
        let path = format!("news/page-{n}.json");
        let Some(page) = c.decode::<NewsPage>(&path) else {
            continue;
        };
        if page.page as usize != n || page.total_pages as usize != page_count {
            c.err(format!(
                "{path}: page {} of {} but {page_count} page files",
                page.page, page.total_pages
            ));
        }
        let full = n < page_count;
        if (full && page.items.len() != 12) || page.items.len() > 12 {
            c.err(format!("{path}: {} items", page.items.len()));
        }
        for s in &page.items {
            c.summary(&path, s);
        }
        api.pages.push(page);
    }
    let listed: Vec<&ArticleSummary> = api.pages.iter().flat_map(|p| &p.items).collect();
    for p in &api.pages {
        if p.total_items as usize != listed.len() {
            c.err(format!(
                "news/page-{}: total_items {} but {} listed",
                p.page,
                p.total_items,
                listed.len()
            ));
        }
    }
    let times: Vec<_> = listed
        .iter()
        .map(|s| parse_timestamp(&s.published_at))
        .collect();
    if times.windows(2).any(|w| w[0] < w[1]) {
        c.err("news pages are not newest first".into());
    }

    api.index = c.decode("news/index.json").unwrap_or_default();
    let index_slugs: Vec<&str> = api.index.items.iter().map(|e| e.slug.as_str()).collect();
    let page_slugs: Vec<&str> = listed.iter().map(|s| s.slug.as_str()).collect();
    if index_slugs != page_slugs {
        c.err("news/index.json and the pages list different articles or orders".into());
    }
    for e in &api.index.items {
        c.timestamp("news/index.json", Some(&e.published_at));
        if let Some(cat) = &e.category {
            c.slug("news/index.json", cat);
        }
    }

    // Articles: one per listed slug and no other.
    let article_files: BTreeSet<String> = c
        .files
        .keys()
        .filter_map(|p| p.strip_prefix("articles/")?.strip_suffix(".json"))
        .map(str::to_owned)
        .collect();
    let listed_set: BTreeSet<String> = page_slugs.iter().map(|s| s.to_string()).collect();
    if article_files != listed_set || listed_set.len() != page_slugs.len() {
        c.err("articles/ and the news list disagree (missing, extra or repeated slugs)".into());
    }
    let listed_by_slug: BTreeMap<&str, &ArticleSummary> =
        listed.iter().map(|s| (s.slug.as_str(), *s)).collect();
    for slug in &article_files {
        let path = format!("articles/{slug}.json");
        let Some(article) = c.decode::<Article>(&path) else {
            continue;
        };
        if article.summary.slug != *slug {
            c.err(format!("{path}: slug {}", article.summary.slug));
        }
        if listed_by_slug.get(slug.as_str()) != Some(&&article.summary) {
            c.err(format!("{path}: summary differs from the news list's"));
        }
        c.summary(&path, &article.summary);
        c.html(&path, &article.body_html);
        if let Some(t) = &article.updated_at {
            c.timestamp(&path, Some(t));
        }
        if article.related.len() > 5 {
            c.err(format!("{path}: {} related", article.related.len()));
        }
        let mut seen = BTreeSet::new();
        for r in &article.related {
            if r.slug == *slug || !seen.insert(r.slug.clone()) {
                c.err(format!("{path}: related {} is itself or repeated", r.slug));
            }
            if listed_by_slug.get(r.slug.as_str()) != Some(&r) {
                c.err(format!(
                    "{path}: related {} is not the listed article",
                    r.slug
                ));
            }
        }
        api.articles.insert(slug.clone(), article);
    }
}

fn check_products(c: &mut Checker, api: &mut Api) {
    api.catalog = c.decode("products.json").unwrap_or_default();
    let catalog = &api.catalog;
    c.timestamp("products.json", catalog.updated_at.as_deref());
    let communes: BTreeSet<&str> = catalog.communes.iter().map(|x| x.slug.as_str()).collect();
    let groups: BTreeSet<&str> = catalog.groups.iter().map(|x| x.slug.as_str()).collect();
    if communes.len() != catalog.communes.len() || groups.len() != catalog.groups.len() {
        c.err("products.json: repeated commune or group slug".into());
    }
    for x in &catalog.communes {
        c.slug("products.json communes", &x.slug);
        for s in &x.successors {
            if !communes.contains(s.as_str()) {
                c.err(format!(
                    "products.json: {} successor {s} is not listed",
                    x.slug
                ));
            }
        }
    }
    for g in &catalog.groups {
        c.slug("products.json groups", &g.slug);
    }

    let product_files: BTreeSet<String> = c
        .files
        .keys()
        .filter_map(|p| p.strip_prefix("products/")?.strip_suffix(".json"))
        .map(str::to_owned)
        .collect();
    let ids: BTreeSet<String> = catalog.items.iter().map(|p| p.id.clone()).collect();
    if ids != product_files || ids.len() != catalog.items.len() {
        c.err("products.json items and products/ disagree (missing, extra or repeated ids)".into());
    }
    for item in &catalog.items {
        let at = format!("products.json {}", item.id);
        c.slug(&at, &item.id);
        if !(3..=5).contains(&item.stars) {
            c.err(format!("{at}: {} stars", item.stars));
        }
        if !communes.contains(item.commune.as_str()) || !groups.contains(item.group.as_str()) {
            c.err(format!(
                "{at}: commune {} or group {} not listed",
                item.commune, item.group
            ));
        }
        if let Some(d) = &item.expires_on {
            c.date(&at, d);
        }
        match &item.image {
            Some(img) if !img.alt.is_empty() => c.image(&at, &img.src),
            _ => c.err(format!("{at}: no image or no alt")),
        }
        if item.producer.address.is_some() || item.producer.phone.is_some() {
            c.err(format!("{at}: the list carries producer contact details"));
        }

        let path = format!("products/{}.json", item.id);
        let Some(detail) = c.decode::<ProductDetail>(&path) else {
            continue;
        };
        let mut listed = detail.summary.clone();
        listed.producer.address = None;
        listed.producer.phone = None;
        listed.producer.website = None;
        if &listed != item {
            c.err(format!("{path}: summary differs from products.json"));
        }
        c.html(&path, &detail.description_html);
        if !(2..=3).contains(&detail.images.len()) {
            c.err(format!("{path}: {} images", detail.images.len()));
        }
        for img in &detail.images {
            c.image(&path, &img.src);
            if img.alt.is_empty() {
                c.err(format!("{path}: image without alt"));
            }
        }
        if let Some(cert) = &detail.certificate {
            if let Some(d) = &cert.issued_on {
                c.date(&path, d);
            }
            if let Some(d) = &cert.valid_until {
                c.date(&path, d);
            }
            if cert.valid_until != item.expires_on {
                c.err(format!("{path}: valid_until and expires_on differ"));
            }
        } else if item.expires_on.is_some() {
            c.err(format!("{path}: expires without a certificate"));
        }
        for shop in &detail.shops {
            if shop.name.trim().is_empty() || !shop.url.starts_with("https://") {
                c.err(format!(
                    "{path}: shop {:?} needs a name and an https URL",
                    shop.url
                ));
            }
        }
        api.products.insert(item.id.clone(), detail);
    }
}

/// `points.json` (optional): every reference resolves against
/// `products.json`, dates parse, positions are on the globe.
fn check_points(c: &mut Checker, api: &mut Api) {
    if !c.files.contains_key("points.json") {
        return;
    }
    let Some(points) = c.decode::<Points>("points.json") else {
        return;
    };
    let catalog = &api.catalog;
    let communes: BTreeSet<&str> = catalog.communes.iter().map(|x| x.slug.as_str()).collect();
    let groups: BTreeSet<&str> = catalog.groups.iter().map(|x| x.slug.as_str()).collect();
    let products: BTreeMap<&str, &str> = catalog
        .items
        .iter()
        .map(|p| (p.id.as_str(), p.group.as_str()))
        .collect();
    if points.items.is_empty() {
        c.err("points.json: no points (a set without points has no points.json)".into());
    }
    let mut ids = BTreeSet::new();
    for p in &points.items {
        let at = format!("points.json {}", p.id);
        c.slug(&at, &p.id);
        if !ids.insert(p.id.as_str()) {
            c.err(format!("{at}: repeated id"));
        }
        if p.name.trim().is_empty() {
            c.err(format!("{at}: no name"));
        }
        if !matches!(p.kind.as_str(), "trung-tam" | "diem-ban") {
            c.err(format!("{at}: kind {:?}", p.kind));
        }
        if !communes.contains(p.commune.as_str()) {
            c.err(format!("{at}: commune {} not listed", p.commune));
        }
        for g in &p.groups {
            if !groups.contains(g.as_str()) {
                c.err(format!("{at}: group {g} not listed"));
            }
        }
        let mut seen = BTreeSet::new();
        for id in &p.products {
            match products.get(id.as_str()) {
                None => c.err(format!("{at}: product {id} not in products.json")),
                Some(group) if !p.groups.iter().any(|g| g == group) => {
                    c.err(format!("{at}: product {id}'s group {group} is not carried"))
                }
                Some(_) => {}
            }
            if !seen.insert(id.as_str()) {
                c.err(format!("{at}: product {id} repeated"));
            }
        }
        if let Some(d) = &p.opened_on {
            c.date(&at, d);
        }
        if p.planned && (p.opened_on.is_some() || !p.products.is_empty()) {
            c.err(format!("{at}: planned, yet opened or selling"));
        }
        match p.geo {
            Some(g) if (-90.0..=90.0).contains(&g.lat) && (-180.0..=180.0).contains(&g.lng) => {}
            Some(g) => c.err(format!("{at}: geo {g:?} out of range")),
            None => c.err(format!("{at}: no geo")),
        }
    }
    api.points = Some(points);
}

/// The images are shown through `<img>`: plain, self-contained SVG.
fn check_svgs(c: &mut Checker) {
    let mut errors = Vec::new();
    for (path, bytes) in c.files.iter().filter(|(p, _)| p.ends_with(".svg")) {
        let text = String::from_utf8_lossy(bytes);
        let ok_head = text.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"")
            && text.contains(" width=\"")
            && text.contains(" height=\"");
        let lower = text.to_ascii_lowercase();
        let unsafe_or_text = ["<script", "href", "<text", "<foreignobject", "url(", " on"]
            .iter()
            .any(|bad| lower.contains(bad));
        if !ok_head || unsafe_or_text {
            errors.push(format!("{path}: not a plain, self-contained SVG"));
        }
    }
    c.errors.extend(errors);
}
