//! The JSON shapes of `docs/api.md`, one type per shape.
//!
//! Decoding is deliberately forgiving, because a district's back end is
//! written by someone else: unknown fields are ignored, optional fields may be
//! absent or `null`, and a malformed item inside a list drops that item alone
//! (with a warning, see [`super::lenient`]) instead of failing the whole page.
//! These types are shared by the app, the data generator and the tests.

use super::lenient::{
    category_slug, lenient_geo, lenient_unique, lenient_vec, null_default, stars, summary_and_rest,
};
use serde::{Deserialize, Deserializer, Serialize};

/// `site.json`: the portal's identity and its "Liên kết website" block.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Site {
    pub name: String,
    /// The place the portal serves, as it reads inside a sentence ("huyện
    /// Gia Lâm"). Every sentence that names the place takes it from here;
    /// without it, those sentences name no place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locality: Option<String>,
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
    /// The categories' display names. Not in the contract's example: a back end
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
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Article {
    #[serde(flatten)]
    pub summary: ArticleSummary,
    /// Untrusted HTML: rendered only through the sanitiser.
    pub body_html: String,
    pub author: Option<String>,
    pub source: Option<Source>,
    pub updated_at: Option<String>,
    pub related: Vec<ArticleSummary>,
}

/// Read as the summary and the rest, each from the same JSON (serde's
/// `flatten` would buffer the whole document in a generic form, and its
/// code is a good part of a browser bundle).
impl<'de> Deserialize<'de> for Article {
    fn deserialize<D: Deserializer<'de>>(de: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        struct Rest {
            #[serde(default, deserialize_with = "null_default")]
            body_html: String,
            #[serde(default)]
            author: Option<String>,
            #[serde(default)]
            source: Option<Source>,
            #[serde(default)]
            updated_at: Option<String>,
            #[serde(default, deserialize_with = "lenient_vec")]
            related: Vec<ArticleSummary>,
        }
        let (summary, rest): (ArticleSummary, Rest) = summary_and_rest(de)?;
        Ok(Article {
            summary,
            body_html: rest.body_html,
            author: rest.author,
            source: rest.source,
            updated_at: rest.updated_at,
            related: rest.related,
        })
    }
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
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ProductDetail {
    #[serde(flatten)]
    pub summary: ProductSummary,
    /// Untrusted HTML: rendered only through the sanitiser.
    pub description_html: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub images: Vec<Image>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub certificate: Option<Certificate>,
    /// The producer's online stores. Only http(s) links are shown.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub shops: Vec<Shop>,
}

/// Read as the summary and the rest, like [`Article`].
impl<'de> Deserialize<'de> for ProductDetail {
    fn deserialize<D: Deserializer<'de>>(de: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        struct Rest {
            #[serde(default, deserialize_with = "null_default")]
            description_html: String,
            #[serde(default, deserialize_with = "lenient_vec")]
            images: Vec<Image>,
            #[serde(default)]
            certificate: Option<Certificate>,
            #[serde(default, deserialize_with = "lenient_vec")]
            shops: Vec<Shop>,
        }
        let (summary, rest): (ProductSummary, Rest) = summary_and_rest(de)?;
        Ok(ProductDetail {
            summary,
            description_html: rest.description_html,
            images: rest.images,
            certificate: rest.certificate,
            shops: rest.shops,
        })
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shop {
    pub name: String,
    pub url: String,
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

/// `points.json` (optional: a 404 means the back end has no sale points).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Points {
    /// Required: a points file without `items` is not a points file.
    #[serde(deserialize_with = "lenient_unique")]
    pub items: Vec<Point>,
}

/// How many items a list file holds, without reading them (the header
/// and footer only ask whether sale points exist).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Listed {
    pub items: usize,
}

impl<'de> Deserialize<'de> for Listed {
    fn deserialize<D: Deserializer<'de>>(de: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        struct Items {
            items: Vec<serde::de::IgnoredAny>,
        }
        Ok(Listed {
            items: Items::deserialize(de)?.items.len(),
        })
    }
}

/// A display and sale point ("điểm giới thiệu và bán sản phẩm OCOP").
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Point {
    pub id: String,
    pub name: String,
    pub commune: String,
    /// `diem-ban`, `trung-tam`, or a value the app does not know.
    #[serde(default, deserialize_with = "null_default")]
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<String>,
    /// `YYYY-MM-DD`; a date after today means the point is planned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opened_on: Option<String>,
    /// Set when the back end marks the point as not open yet.
    #[serde(
        default,
        skip_serializing_if = "std::ops::Not::not",
        deserialize_with = "null_default"
    )]
    pub planned: bool,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "lenient_geo"
    )]
    pub geo: Option<Geo>,
    #[serde(
        default,
        deserialize_with = "lenient_vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub groups: Vec<String>,
    #[serde(
        default,
        deserialize_with = "lenient_vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub products: Vec<String>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Geo {
    pub lat: f64,
    pub lng: f64,
}
