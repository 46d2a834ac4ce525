//! The JSON shapes of `../shared/API.md`, one type per shape.
//!
//! Decoding is deliberately forgiving, because a district's back end is
//! written by someone else: unknown fields are ignored, optional fields may be
//! absent or `null`, and a malformed item inside a list drops that item alone
//! (with a warning, see [`take_warnings`]) instead of failing the whole page.
//! These types are shared by the app, the data generator and the tests.

use serde::{de::DeserializeOwned, Deserialize, Deserializer, Serialize};
use std::cell::RefCell;

/// `site.json`: the portal's identity and its "Liên kết website" block.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Site {
    pub name: String,
    #[serde(default, deserialize_with = "null_default")]
    pub tagline: String,
    #[serde(default, deserialize_with = "lenient_vec")]
    pub links: Vec<SiteLink>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Contact>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SiteLink {
    pub title: String,
    pub url: String,
    #[serde(default)]
    pub logo: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Contact {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

/// `stats.json`: visitor statistics.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Stats {
    pub online: u64,
    pub total_visits: u64,
    #[serde(default)]
    pub updated_at: Option<String>,
}

/// `news/page-{n}.json`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct NewsPage {
    pub page: u32,
    pub total_pages: u32,
    #[serde(default, deserialize_with = "null_default")]
    pub total_items: u32,
    /// Required: a page without `items` is not a news page.
    #[serde(deserialize_with = "lenient_unique")]
    pub items: Vec<ArticleSummary>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Category {
    pub slug: String,
    pub name: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Image {
    pub src: String,
    #[serde(default, deserialize_with = "null_default")]
    pub alt: String,
}

/// An article as lists show it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ArticleSummary {
    pub slug: String,
    pub title: String,
    #[serde(default, deserialize_with = "null_default")]
    pub summary: String,
    pub published_at: String,
    #[serde(default, deserialize_with = "null_default")]
    pub views: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<Category>,
    #[serde(default, deserialize_with = "lenient_vec")]
    pub tags: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thumbnail: Option<Image>,
}

/// `news/index.json`: every article, compact, for search and tag views.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct NewsIndex {
    #[serde(deserialize_with = "lenient_unique")]
    pub items: Vec<IndexEntry>,
    /// The categories' display names. Not in API.md's example: a back end
    /// may send it; without it category views show the slug.
    #[serde(
        default,
        deserialize_with = "lenient_vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub categories: Vec<Category>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct IndexEntry {
    pub slug: String,
    pub title: String,
    pub published_at: String,
    /// A category slug (a `{slug, name}` object is accepted too).
    #[serde(default, deserialize_with = "category_slug")]
    pub category: Option<String>,
    #[serde(default, deserialize_with = "lenient_vec")]
    pub tags: Vec<String>,
}

/// `articles/{slug}.json`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    #[serde(flatten)]
    pub summary: ArticleSummary,
    /// Untrusted HTML: rendered only through the sanitiser.
    #[serde(default, deserialize_with = "null_default")]
    pub body_html: String,
    #[serde(default)]
    pub author: Option<String>,
    #[serde(default)]
    pub source: Option<Source>,
    #[serde(default)]
    pub updated_at: Option<String>,
    #[serde(default, deserialize_with = "lenient_vec")]
    pub related: Vec<ArticleSummary>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub name: String,
    #[serde(default)]
    pub url: Option<String>,
}

/// `products.json`: the gallery with its facets.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Catalog {
    #[serde(default)]
    pub updated_at: Option<String>,
    #[serde(default, deserialize_with = "lenient_unique")]
    pub communes: Vec<Commune>,
    #[serde(default, deserialize_with = "lenient_unique")]
    pub groups: Vec<Group>,
    /// Required: a catalogue without `items` is not a catalogue.
    #[serde(deserialize_with = "lenient_unique")]
    pub items: Vec<ProductSummary>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Commune {
    pub slug: String,
    pub name: String,
    /// "xã", "thị trấn", "phường".
    #[serde(default, deserialize_with = "null_default")]
    pub kind: String,
    /// The units that took this one over in a reorganisation.
    #[serde(
        default,
        deserialize_with = "lenient_vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub successors: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Group {
    pub slug: String,
    pub name: String,
}

/// A product as the gallery shows it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ProductSummary {
    pub id: String,
    pub name: String,
    #[serde(deserialize_with = "stars")]
    pub stars: u8,
    #[serde(default)]
    pub year: Option<u16>,
    pub commune: String,
    pub group: String,
    /// `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_on: Option<String>,
    pub producer: Producer,
    #[serde(default, deserialize_with = "null_default")]
    pub summary: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<Image>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Producer {
    pub name: String,
    /// `doanh-nghiep`, `htx`, `to-hop-tac`, `ho-kinh-doanh`, or anything else.
    #[serde(default, deserialize_with = "null_default")]
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
}

/// `products/{id}.json`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ProductDetail {
    #[serde(flatten)]
    pub summary: ProductSummary,
    /// Untrusted HTML: rendered only through the sanitiser.
    #[serde(default, deserialize_with = "null_default")]
    pub description_html: String,
    #[serde(default, deserialize_with = "lenient_vec")]
    pub images: Vec<Image>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate: Option<Certificate>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Certificate {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued_on: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<String>,
}

thread_local! {
    static WARNINGS: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    /// While set, lists decode directly (fast); see [`decode_lenient`].
    static STRICT: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Decodes `body` as `T`, fast when the data is well-formed, forgiving when
/// it is not: the first attempt reads lists directly; only if it fails is
/// the body read again with each list item buffered, so a malformed item
/// drops alone. (Buffering every item of a 10,000-product catalogue costs
/// more than twice the direct decode.)
pub fn decode_lenient<T: DeserializeOwned>(body: &str) -> Result<T, serde_json::Error> {
    STRICT.with(|s| s.set(true));
    let fast = serde_json::from_str::<T>(body);
    STRICT.with(|s| s.set(false));
    match fast {
        Ok(value) => Ok(value),
        Err(_) => {
            // The fast attempt's warnings describe a decode that was thrown away.
            take_warnings();
            serde_json::from_str::<T>(body)
        }
    }
}

/// What the last decodes skipped or repaired, for the console; clears the list.
pub fn take_warnings() -> Vec<String> {
    WARNINGS.with(|w| std::mem::take(&mut *w.borrow_mut()))
}

fn warn(message: String) {
    WARNINGS.with(|w| w.borrow_mut().push(message));
}

/// `null` (or absence, with `#[serde(default)]`) becomes the type's default.
fn null_default<'de, D, T>(de: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Ok(Option::<T>::deserialize(de)?.unwrap_or_default())
}

/// A list whose malformed items are dropped one by one, each with a warning.
/// `null` or a non-list counts as empty.
fn lenient_vec<'de, D, T>(de: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned,
{
    if STRICT.with(|s| s.get()) {
        return Ok(Option::<Vec<T>>::deserialize(de)?.unwrap_or_default());
    }
    let raw = match serde_json::Value::deserialize(de)? {
        serde_json::Value::Array(items) => items,
        serde_json::Value::Null => Vec::new(),
        other => {
            warn(format!("expected a list, got {}", kind_of(&other)));
            Vec::new()
        }
    };
    Ok(raw
        .into_iter()
        .enumerate()
        .filter_map(|(i, item)| match T::deserialize(item) {
            Ok(value) => Some(value),
            Err(e) => {
                warn(format!("skipped list item {i}: {e}"));
                None
            }
        })
        .collect())
}

/// OCOP certifies 3, 4 or 5 stars; anything else makes the product invalid
/// (dropped from its list). A number sent as text (`"5"`) is read, with a
/// warning.
fn stars<'de, D: Deserializer<'de>>(de: D) -> Result<u8, D::Error> {
    let value = serde_json::Value::deserialize(de)?;
    let n = match &value {
        serde_json::Value::Number(n) => n.as_u64(),
        serde_json::Value::String(s) => {
            let n = s.trim().parse::<u64>().ok();
            if n.is_some() {
                warn(format!("stars given as text: {s:?}"));
            }
            n
        }
        _ => None,
    };
    match n {
        Some(n @ 3..=5) => Ok(n as u8),
        _ => Err(serde::de::Error::custom(format!(
            "stars must be 3, 4 or 5, got {value}"
        ))),
    }
}

/// An index entry's category: a slug, or an object with one.
fn category_slug<'de, D: Deserializer<'de>>(de: D) -> Result<Option<String>, D::Error> {
    Ok(match serde_json::Value::deserialize(de)? {
        serde_json::Value::String(s) => Some(s),
        serde_json::Value::Object(o) => o.get("slug").and_then(|s| s.as_str()).map(str::to_owned),
        _ => None,
    })
}

/// Items with an identity (id or slug), so duplicates can be dropped.
trait Keyed {
    fn key(&self) -> &str;
}

impl Keyed for ArticleSummary {
    fn key(&self) -> &str {
        &self.slug
    }
}
impl Keyed for IndexEntry {
    fn key(&self) -> &str {
        &self.slug
    }
}
impl Keyed for ProductSummary {
    fn key(&self) -> &str {
        &self.id
    }
}
impl Keyed for Commune {
    fn key(&self) -> &str {
        &self.slug
    }
}
impl Keyed for Group {
    fn key(&self) -> &str {
        &self.slug
    }
}

/// [`lenient_vec`], then the first item of each id or slug wins; later
/// duplicates are dropped with a warning.
fn lenient_unique<'de, D, T>(de: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned + Keyed,
{
    let items: Vec<T> = lenient_vec(de)?;
    let mut seen = std::collections::HashSet::new();
    Ok(items
        .into_iter()
        .filter(|item| {
            let fresh = seen.insert(item.key().to_owned());
            if !fresh {
                warn(format!("skipped duplicate {:?}", item.key()));
            }
            fresh
        })
        .collect())
}

fn kind_of(value: &serde_json::Value) -> &'static str {
    match value {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "a list",
        serde_json::Value::Object(_) => "an object",
    }
}
