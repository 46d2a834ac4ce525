//! Reading `content/` (see `content/README.md`) into plain rows, and
//! checking it: a typo in a slug, a date or a reference must stop the
//! generator with a message naming the file, not produce a data set that
//! the app half-shows.
//!
//! Every TOML table is read with `deny_unknown_fields`, so a misspelt key
//! (`issue_on = …`) is an error instead of a silently missing certificate.

use crate::images::THEMES;
use crate::Result;
use ocop_portal::domain::format::{parse_date, parse_timestamp};
use serde::Deserialize;
use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

/// Everything in `content/`.
#[derive(Clone, Debug)]
pub struct Content {
    pub site: SiteFile,
    pub categories: Vec<CategoryRow>,
    pub communes: Vec<CommuneRow>,
    pub groups: Vec<GroupRow>,
    pub producers: Vec<ProducerRow>,
    pub products: Vec<ProductRow>,
    pub articles: Vec<ArticleRow>,
    /// `points.toml`; empty when the file is absent (then no `points.json`).
    pub points: Vec<PointRow>,
}

/// `content/site.toml`: identity, links, contact, and the two figures that
/// are not derived from other content (visitor stats, catalogue date).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteFile {
    pub name: String,
    /// The place as it reads inside a sentence ("huyện Gia Lâm").
    #[serde(default)]
    pub locality: Option<String>,
    pub tagline: String,
    #[serde(default)]
    pub contact: Option<ContactRow>,
    #[serde(default, rename = "link")]
    pub links: Vec<LinkRow>,
    pub stats: StatsRow,
    pub catalog: CatalogRow,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContactRow {
    pub address: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LinkRow {
    pub title: String,
    pub url: String,
    #[serde(default)]
    pub logo: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatsRow {
    pub online: u64,
    pub total_visits: u64,
    pub updated_at: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogRow {
    pub updated_at: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CategoryRow {
    pub slug: String,
    pub name: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CommuneRow {
    pub slug: String,
    pub name: String,
    pub kind: String,
    #[serde(default)]
    pub successors: Vec<String>,
    /// Set on the units created by the 2025 reorganisation. Not part of the
    /// API (the app tells old from new by `successors`); kept here so the
    /// scale set only files products under pre-2025 communes.
    #[serde(default)]
    pub since: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupRow {
    pub slug: String,
    pub name: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProducerRow {
    pub key: String,
    pub name: String,
    pub kind: String,
    #[serde(default)]
    pub address: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub website: Option<String>,
    pub reported: bool,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProductRow {
    pub id: String,
    pub name: String,
    pub stars: u8,
    pub year: u16,
    pub commune: String,
    pub group: String,
    pub producer: String,
    pub summary: String,
    /// Markdown.
    pub description: String,
    #[serde(default)]
    pub issued_on: Option<String>,
    #[serde(default)]
    pub decision: Option<String>,
    pub reported: bool,
    /// Online stores (`shops = [{ name = "…", url = "https://…" }]`).
    #[serde(default)]
    pub shops: Vec<ShopRow>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShopRow {
    pub name: String,
    pub url: String,
}

/// One `[[point]]` of `content/points.toml`: a display and sale point.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PointRow {
    pub id: String,
    pub name: String,
    /// `trung-tam` or `diem-ban` ([`POINT_KINDS`]).
    pub kind: String,
    pub commune: String,
    #[serde(default)]
    pub address: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub hours: Option<String>,
    #[serde(default)]
    pub opened_on: Option<String>,
    #[serde(default)]
    pub planned: bool,
    #[serde(default)]
    pub geo: Option<GeoRow>,
    #[serde(default)]
    pub groups: Vec<String>,
    #[serde(default)]
    pub products: Vec<String>,
}

#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GeoRow {
    pub lat: f64,
    pub lng: f64,
}

/// The point kinds the app names (API.md `points.json`).
pub const POINT_KINDS: [&str; 2] = ["trung-tam", "diem-ban"];

/// One `content/articles/<slug>.md`.
#[derive(Clone, Debug)]
pub struct ArticleRow {
    pub slug: String,
    pub front: FrontMatter,
    /// Markdown.
    pub body: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    pub title: String,
    pub summary: String,
    pub published_at: String,
    pub views: u64,
    pub category: String,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub author: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
    /// An illustration theme ([`THEMES`]).
    pub image: String,
    pub image_alt: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CategoriesFile {
    category: Vec<CategoryRow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CommunesFile {
    commune: Vec<CommuneRow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GroupsFile {
    group: Vec<GroupRow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProductsFile {
    producer: Vec<ProducerRow>,
    product: Vec<ProductRow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PointsFile {
    point: Vec<PointRow>,
}

/// True for the API's slug and id alphabet, `^[a-z0-9-]+$`.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

impl Content {
    /// Reads and checks `dir` (the repository's `content/`).
    pub fn load(dir: &Path) -> Result<Content> {
        let site: SiteFile = read_toml(&dir.join("site.toml"))?;
        let categories = read_toml::<CategoriesFile>(&dir.join("categories.toml"))?.category;
        let communes = read_toml::<CommunesFile>(&dir.join("communes.toml"))?.commune;
        let groups = read_toml::<GroupsFile>(&dir.join("groups.toml"))?.group;
        let products_file: ProductsFile = read_toml(&dir.join("products.toml"))?;
        let articles = read_articles(&dir.join("articles"))?;
        // Sale points are optional, like `points.json` in the API.
        let points_path = dir.join("points.toml");
        let points = if points_path.exists() {
            read_toml::<PointsFile>(&points_path)?.point
        } else {
            Vec::new()
        };
        let content = Content {
            site,
            categories,
            communes,
            groups,
            producers: products_file.producer,
            products: products_file.product,
            articles,
            points,
        };
        content.check()?;
        Ok(content)
    }

    pub fn category(&self, slug: &str) -> Option<&CategoryRow> {
        self.categories.iter().find(|c| c.slug == slug)
    }

    pub fn commune(&self, slug: &str) -> Option<&CommuneRow> {
        self.communes.iter().find(|c| c.slug == slug)
    }

    pub fn group(&self, slug: &str) -> Option<&GroupRow> {
        self.groups.iter().find(|g| g.slug == slug)
    }

    pub fn producer(&self, key: &str) -> Option<&ProducerRow> {
        self.producers.iter().find(|p| p.key == key)
    }

    pub fn product(&self, id: &str) -> Option<&ProductRow> {
        self.products.iter().find(|p| p.id == id)
    }

    /// Every cross-reference and format rule the API promises. [`Content::load`]
    /// runs it; content built in memory (the `--district` set) runs it too.
    pub fn check(&self) -> Result<()> {
        let mut errors = Vec::new();
        let site = &self.site;
        if site
            .locality
            .as_deref()
            .is_some_and(|l| l.trim().is_empty())
        {
            errors.push("site.toml: locality is empty (leave it out instead)".into());
        }
        check_timestamp(&mut errors, "site.toml [stats]", &site.stats.updated_at);
        check_timestamp(&mut errors, "site.toml [catalog]", &site.catalog.updated_at);
        for link in &site.links {
            if !link.url.starts_with("https://") && !link.url.starts_with("http://") {
                errors.push(format!(
                    "site.toml: link {:?} is not an http(s) URL",
                    link.url
                ));
            }
        }
        unique_slugs(
            &mut errors,
            "categories.toml",
            self.categories.iter().map(|c| &c.slug),
        );
        unique_slugs(
            &mut errors,
            "communes.toml",
            self.communes.iter().map(|c| &c.slug),
        );
        unique_slugs(
            &mut errors,
            "groups.toml",
            self.groups.iter().map(|g| &g.slug),
        );
        unique_slugs(
            &mut errors,
            "products.toml producers",
            self.producers.iter().map(|p| &p.key),
        );
        unique_slugs(
            &mut errors,
            "products.toml",
            self.products.iter().map(|p| &p.id),
        );
        unique_slugs(
            &mut errors,
            "articles/",
            self.articles.iter().map(|a| &a.slug),
        );
        for commune in &self.communes {
            for s in &commune.successors {
                if self.commune(s).is_none() {
                    errors.push(format!(
                        "communes.toml: {}: unknown successor {s}",
                        commune.slug
                    ));
                }
            }
            if let Some(since) = &commune.since {
                if parse_date(since).is_none() {
                    errors.push(format!(
                        "communes.toml: {}: bad date {since:?}",
                        commune.slug
                    ));
                }
            }
        }
        for p in &self.products {
            let at = format!("products.toml: {}", p.id);
            if !(3..=5).contains(&p.stars) {
                errors.push(format!("{at}: stars must be 3, 4 or 5"));
            }
            if self.commune(&p.commune).is_none() {
                errors.push(format!("{at}: unknown commune {}", p.commune));
            }
            if self.group(&p.group).is_none() {
                errors.push(format!("{at}: unknown group {}", p.group));
            }
            if self.producer(&p.producer).is_none() {
                errors.push(format!("{at}: unknown producer {}", p.producer));
            }
            if let Some(d) = &p.issued_on {
                if parse_date(d).is_none() {
                    errors.push(format!("{at}: bad issued_on {d:?}"));
                }
            }
            if p.reported && (p.issued_on.is_some() || p.decision.is_some()) {
                // Reported products' certificates are not public (see the
                // comment at the top of products.toml).
                errors.push(format!(
                    "{at}: a reported product carries no decision or date"
                ));
            }
            if p.reported && !p.shops.is_empty() {
                // No source says where the reported products sell online;
                // shops are sample data, so only sample products carry them.
                errors.push(format!("{at}: a reported product carries no shops"));
            }
            for shop in &p.shops {
                if shop.name.trim().is_empty() || !shop.url.starts_with("https://") {
                    errors.push(format!(
                        "{at}: shop {:?} needs a name and an https:// URL",
                        shop.url
                    ));
                }
            }
        }
        unique_slugs(
            &mut errors,
            "points.toml",
            self.points.iter().map(|p| &p.id),
        );
        for point in &self.points {
            self.check_point(&mut errors, point);
        }
        for a in &self.articles {
            let at = format!("articles/{}.md", a.slug);
            let f = &a.front;
            check_timestamp(&mut errors, &at, &f.published_at);
            if self.category(&f.category).is_none() {
                errors.push(format!("{at}: unknown category {}", f.category));
            }
            if !THEMES.contains(&f.image.as_str()) {
                errors.push(format!("{at}: unknown illustration theme {}", f.image));
            }
            for src in crate::html::img_sources(&a.body) {
                let known = src
                    .strip_prefix("images/illustrations/")
                    .and_then(|s| s.strip_suffix(".svg"))
                    .is_some_and(|theme| THEMES.contains(&theme));
                if !known {
                    errors.push(format!(
                        "{at}: figure image {src:?} is not a generated illustration"
                    ));
                }
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(format!("content/ has errors:\n  {}", errors.join("\n  ")))
        }
    }
}

impl Content {
    fn check_point(&self, errors: &mut Vec<String>, p: &PointRow) {
        let at = format!("points.toml: {}", p.id);
        if !POINT_KINDS.contains(&p.kind.as_str()) {
            errors.push(format!("{at}: kind must be one of {POINT_KINDS:?}"));
        }
        if self.commune(&p.commune).is_none() {
            errors.push(format!("{at}: unknown commune {}", p.commune));
        }
        for g in &p.groups {
            if self.group(g).is_none() {
                errors.push(format!("{at}: unknown group {g}"));
            }
        }
        let mut seen = BTreeSet::new();
        for id in &p.products {
            match self.product(id) {
                None => errors.push(format!("{at}: unknown product {id}")),
                // The groups are the ones the point carries: its products'.
                Some(product) if !p.groups.contains(&product.group) => errors.push(format!(
                    "{at}: product {id} is of group {}, not in the point's groups",
                    product.group
                )),
                Some(_) => {}
            }
            if !seen.insert(id) {
                errors.push(format!("{at}: product {id} listed twice"));
            }
        }
        if let Some(d) = &p.opened_on {
            if parse_date(d).is_none() {
                errors.push(format!("{at}: bad opened_on {d:?}"));
            }
        }
        if p.planned && (p.opened_on.is_some() || !p.products.is_empty()) {
            errors.push(format!(
                "{at}: a planned point has no opening date and sells nothing yet"
            ));
        }
        if let Some(g) = p.geo {
            if !(-90.0..=90.0).contains(&g.lat) || !(-180.0..=180.0).contains(&g.lng) {
                errors.push(format!("{at}: geo {}, {} is out of range", g.lat, g.lng));
            }
        }
    }
}

fn read_toml<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<T> {
    let text = read_text(path)?;
    toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

fn read_text(path: &Path) -> Result<String> {
    let text =
        fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    // Windows checkouts may bring CRLF; the output must not depend on it.
    Ok(text.replace("\r\n", "\n"))
}

/// Reads `articles/*.md` in file-name order (directory order is not stable
/// across file systems, and the output must be).
fn read_articles(dir: &Path) -> Result<Vec<ArticleRow>> {
    let mut paths = Vec::new();
    for entry in fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))? {
        let path = entry
            .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
            .path();
        if path.extension().is_some_and(|e| e == "md") {
            paths.push(path);
        }
    }
    paths.sort();
    let mut articles = Vec::new();
    for path in paths {
        let slug = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_owned();
        let text = read_text(&path)?;
        let (front, body) = split_front_matter(&text)
            .ok_or_else(|| format!("{}: no +++ front matter", path.display()))?;
        let front: FrontMatter =
            toml::from_str(front).map_err(|e| format!("{}: {e}", path.display()))?;
        articles.push(ArticleRow {
            slug,
            front,
            body: body.to_owned(),
        });
    }
    Ok(articles)
}

/// `+++\n<toml>\n+++\n<body>` → (toml, body).
fn split_front_matter(text: &str) -> Option<(&str, &str)> {
    let rest = text.strip_prefix("+++\n")?;
    let end = rest.find("\n+++\n").map(|i| (i, i + 5)).or_else(|| {
        // A file that is only front matter.
        rest.strip_suffix("\n+++").map(|r| (r.len(), rest.len()))
    })?;
    Some((&rest[..end.0], &rest[end.1..]))
}

fn check_timestamp(errors: &mut Vec<String>, at: &str, value: &str) {
    if parse_timestamp(value).is_none() {
        errors.push(format!(
            "{at}: {value:?} is not an RFC 3339 timestamp with offset"
        ));
    }
}

fn unique_slugs<'a>(errors: &mut Vec<String>, at: &str, slugs: impl Iterator<Item = &'a String>) {
    let mut seen = BTreeSet::new();
    for slug in slugs {
        if !is_slug(slug) {
            errors.push(format!("{at}: {slug:?} is not a slug (a-z, 0-9, -)"));
        }
        if !seen.insert(slug.as_str()) {
            errors.push(format!("{at}: {slug:?} appears twice"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_splits() {
        let (front, body) = split_front_matter("+++\ntitle = \"a\"\n+++\nBody\n").unwrap();
        assert_eq!(front, "title = \"a\"");
        assert_eq!(body, "Body\n");
        assert!(split_front_matter("title = 1\n").is_none());
        assert_eq!(split_front_matter("+++\na = 1\n+++"), Some(("a = 1", "")));
    }

    #[test]
    fn slugs() {
        assert!(is_slug("bat-trang-2"));
        assert!(!is_slug("Bat-trang"));
        assert!(!is_slug("bát"));
        assert!(!is_slug(""));
    }
}
