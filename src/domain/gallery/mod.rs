//! The OCOP gallery over a whole `products.json`: the index, and from it
//! filtering (`filter`), facet counts (`facets`) and the sort orders
//! (`order`). Paging is `crate::domain::paging`.
//!
//! A query is answered on every filter change, so per-product work that does not
//! depend on the query (folding the search text, resolving facet values to
//! option numbers, sorting by each order) is done once, in [`Gallery::new`].
//! A query is then one linear pass over the products in the chosen order.
//!
//! Filter semantics: OR within a facet (`stars=4,5`), AND across facets, the
//! search text and "valid only". A facet option's count is the number of
//! results the query would have if that facet's selection were exactly that
//! option, so a reader sees what each click would give.

mod facets;
mod filter;
mod order;

pub use facets::{FacetOption, Facets};
pub use order::default_order;

use crate::api::models::{Catalog, ProductSummary};
use crate::domain::catalog::{commune_labels, expiry_date, KNOWN_KINDS, STAR_LEVELS};
use crate::domain::format::Date;
use crate::domain::query::{Facet, GalleryQuery};
use crate::domain::text_search::{Record, TextIndex};
use crate::domain::url::is_slug;
use filter::Matcher;
use std::collections::{HashMap, HashSet};

/// A facet's options for one catalog: `(value, label)` in display order,
/// and each value's position, since every product looks its values up.
#[derive(Clone, Debug, Default)]
pub(super) struct FacetOptions {
    pub(super) options: Vec<(String, String)>,
    positions: HashMap<String, usize>,
}

impl FacetOptions {
    fn new(options: Vec<(String, String)>) -> Self {
        let positions = options
            .iter()
            .enumerate()
            .map(|(i, (value, _))| (value.clone(), i))
            .collect();
        FacetOptions { options, positions }
    }

    pub(super) fn position(&self, value: &str) -> Option<usize> {
        self.positions.get(value).copied()
    }

    pub(super) fn len(&self) -> usize {
        self.options.len()
    }
}

/// What the gallery needs of one product, computed once.
#[derive(Clone, Debug)]
pub(super) struct IndexedProduct {
    /// The product's option number in each facet (by `Facet as usize`);
    /// `None` for a value no query can select (an invalid slug, 2 stars).
    pub(super) options: [Option<usize>; 4],
    pub(super) expires_on: Option<Date>,
    pub(super) year: Option<u16>,
}

/// A catalog prepared for fast queries. It owns everything it needs (no
/// borrow of the catalog, so UI code can keep it in a signal next to the
/// catalog); indices it returns point into the `catalog.items` it was built
/// from.
#[derive(Clone, Debug)]
pub struct Gallery {
    pub(super) products: Vec<IndexedProduct>,
    /// By `Facet as usize`.
    pub(super) options: [FacetOptions; 4],
    /// Every product index in each order, by `Sort as usize`.
    orders: [Vec<usize>; 3],
    /// The products' words: name; producer, commune, group and summary.
    text: TextIndex,
    last_text: filter::LastText,
}

impl Gallery {
    pub fn new(catalog: &Catalog) -> Self {
        let options = [
            commune_options(catalog),
            star_options(),
            group_options(catalog),
            kind_options(catalog),
        ];
        let products = catalog
            .items
            .iter()
            .map(|p| index_product(p, &options))
            .collect();
        let text = text_index(catalog);
        Gallery {
            products,
            options,
            orders: order::sort_orders(&catalog.items),
            text,
            last_text: Default::default(),
        }
    }

    /// The products' text index: what the header's suggestions and
    /// `/tim-kiem` search, and what the gallery's text box filters with.
    /// Its record numbers are indices into `catalog.items`.
    pub fn text(&self) -> &TextIndex {
        &self.text
    }

    /// Number of products (valid or not) in the catalog.
    pub fn len(&self) -> usize {
        self.products.len()
    }

    pub fn is_empty(&self) -> bool {
        self.products.is_empty()
    }

    /// The display label of a facet value (`bat-trang` → `Bát Tràng`,
    /// `htx` → `Hợp tác xã`); the value itself when the catalog has no name
    /// for it.
    pub fn label<'s>(&'s self, facet: Facet, value: &'s str) -> &'s str {
        let options = &self.options[facet as usize];
        options
            .position(value)
            .map_or(value, |i| options.options[i].1.as_str())
    }

    /// Indices into `catalog.items` of the products matching `q`, in
    /// `q.sort` order. (Paging is left to [`crate::domain::paging::page_of`].)
    pub fn results(&self, q: &GalleryQuery, today: Date) -> Vec<usize> {
        let matcher = Matcher::new(self, q, today);
        self.orders[q.sort as usize]
            .iter()
            .copied()
            .filter(|&i| matcher.passes_common(i, &self.products[i]))
            .filter(|&i| matcher.failed_facets(&self.products[i]) == 0)
            .collect()
    }

    /// `q` without the filter values this catalogue does not offer (a
    /// commune, group or kind no product has), so a stale or mistyped link
    /// shows the unfiltered view instead of an empty one. Star levels are
    /// always offered.
    pub fn known(&self, q: &GalleryQuery) -> GalleryQuery {
        let offered = |facet: Facet, values: &[String]| -> Vec<String> {
            let options = &self.options[facet as usize];
            values
                .iter()
                .filter(|v| options.position(v).is_some())
                .cloned()
                .collect()
        };
        GalleryQuery {
            communes: offered(Facet::Commune, &q.communes),
            groups: offered(Facet::Group, &q.groups),
            kinds: offered(Facet::Kind, &q.kinds),
            ..q.clone()
        }
    }
}

fn index_product(p: &ProductSummary, options: &[FacetOptions; 4]) -> IndexedProduct {
    let stars = p.stars.to_string();
    let values = [
        p.commune.as_str(),
        stars.as_str(),
        p.group.as_str(),
        p.producer.kind.as_str(),
    ];
    IndexedProduct {
        options: std::array::from_fn(|f| options[f].position(values[f])),
        expires_on: expiry_date(p),
        year: p.year,
    }
}

/// Each product under its name; its producer, its commune's and group's
/// names as the catalog lists them (the first entry of a slug; the value
/// itself when unlisted), and its summary as details; more stars ranking
/// first among equals.
fn text_index(catalog: &Catalog) -> TextIndex {
    // The first listed entry's name for a slug, else the slug.
    fn listed<'c>(mut entries: impl Iterator<Item = (&'c str, &'c str)>, slug: &str) -> String {
        entries
            .find(|(s, _)| *s == slug)
            .map_or(slug, |(_, name)| name)
            .to_owned()
    }
    let commune = |slug: &str| {
        listed(
            catalog
                .communes
                .iter()
                .map(|c| (c.slug.as_str(), c.name.as_str())),
            slug,
        )
    };
    let group = |slug: &str| {
        listed(
            catalog
                .groups
                .iter()
                .map(|g| (g.slug.as_str(), g.name.as_str())),
            slug,
        )
    };
    let details: Vec<[String; 4]> = catalog
        .items
        .iter()
        .map(|p| {
            [
                p.producer.name.clone(),
                commune(&p.commune),
                group(&p.group),
                p.summary.clone(),
            ]
        })
        .collect();
    let details: Vec<[&str; 4]> = details
        .iter()
        .map(|d| [&d[0], &d[1], &d[2], &d[3]].map(String::as_str))
        .collect();
    TextIndex::new(catalog.items.iter().zip(&details).map(|(p, d)| Record {
        name: &p.name,
        details: d,
        rank: p.stars,
    }))
}

/// Listed entries used by some product, in list order (first entry wins for
/// a repeated slug), then slugs used but not listed, sorted and labelled by
/// themselves. Values that are not slugs are left out: no URL could select
/// them.
fn listed_then_unlisted<'c>(
    listed: impl Iterator<Item = (&'c str, &'c str)>,
    used: impl Iterator<Item = &'c str>,
) -> FacetOptions {
    let used: HashSet<&str> = used.filter(|v| is_slug(v)).collect();
    let mut offered: HashSet<&str> = HashSet::new();
    let mut options: Vec<(String, String)> = Vec::new();
    for (slug, name) in listed {
        if used.contains(slug) && offered.insert(slug) {
            options.push((slug.to_owned(), name.to_owned()));
        }
    }
    let mut unlisted: Vec<&str> = used.difference(&offered).copied().collect();
    unlisted.sort_unstable();
    options.extend(
        unlisted
            .iter()
            .map(|slug| (slug.to_string(), slug.to_string())),
    );
    FacetOptions::new(options)
}

fn commune_options(catalog: &Catalog) -> FacetOptions {
    let labels = commune_labels(&catalog.communes);
    listed_then_unlisted(
        labels.iter().map(|(slug, label)| (*slug, label.as_str())),
        catalog.items.iter().map(|p| p.commune.as_str()),
    )
}

fn group_options(catalog: &Catalog) -> FacetOptions {
    listed_then_unlisted(
        catalog
            .groups
            .iter()
            .map(|g| (g.slug.as_str(), g.name.as_str())),
        catalog.items.iter().map(|p| p.group.as_str()),
    )
}

/// The API's known kinds first, in their fixed order, then any others.
fn kind_options(catalog: &Catalog) -> FacetOptions {
    listed_then_unlisted(
        KNOWN_KINDS.iter().copied(),
        catalog.items.iter().map(|p| p.producer.kind.as_str()),
    )
}

fn star_options() -> FacetOptions {
    FacetOptions::new(
        STAR_LEVELS
            .iter()
            .map(|s| (s.to_string(), crate::domain::catalog::stars_label(*s)))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::models::Group;
    use crate::domain::query::{parse_query_string, Sort};
    use crate::domain::url::is_slug;

    use crate::domain::fixtures::{commune, product, TODAY};

    fn fixture() -> Catalog {
        Catalog {
            updated_at: None,
            communes: vec![
                commune("kieu-ky", "Kiêu Kỵ"),
                commune("bat-trang", "Bát Tràng"),
                commune("unused", "Không dùng"),
            ],
            groups: vec![
                Group {
                    slug: "thuc-pham".into(),
                    name: "Thực phẩm".into(),
                },
                Group {
                    slug: "thu-cong-my-nghe".into(),
                    name: "Hàng thủ công mỹ nghệ".into(),
                },
            ],
            items: vec![
                product(
                    "men",
                    "Men suối ngọc",
                    5,
                    "bat-trang",
                    "thu-cong-my-nghe",
                    "htx",
                    Some(2023),
                    Some("2026-12-15"),
                ),
                product(
                    "binh",
                    "Bình gốm men rạn",
                    4,
                    "bat-trang",
                    "thu-cong-my-nghe",
                    "ho-kinh-doanh",
                    Some(2021),
                    Some("2024-05-01"),
                ),
                product(
                    "bi",
                    "Bì lợn Kiêu Kỵ",
                    3,
                    "kieu-ky",
                    "thuc-pham",
                    "doanh-nghiep",
                    Some(2022),
                    None,
                ),
                product(
                    "dua",
                    "Dưa chuột",
                    4,
                    "da-ton",
                    "thuc-pham",
                    "ca-nhan",
                    None,
                    None,
                ),
                product(
                    "nem",
                    "Nem",
                    4,
                    "kieu-ky",
                    "thuc-pham",
                    "htx",
                    Some(2022),
                    Some("garbage"),
                ),
            ],
        }
    }

    fn ids(catalog: &Catalog, indices: &[usize]) -> Vec<String> {
        indices
            .iter()
            .map(|&i| catalog.items[i].id.clone())
            .collect()
    }

    fn run(catalog: &Catalog, query: &str) -> Vec<String> {
        let gallery = Gallery::new(catalog);
        ids(catalog, &gallery.results(&parse_query_string(query), TODAY))
    }

    #[test]
    fn filters_combine_or_within_and_across() {
        let c = fixture();
        // Among the 4-star products nem (2022) is newer than binh (2021), and
        // dua, with no date at all, comes last.
        assert_eq!(run(&c, ""), ["men", "nem", "binh", "dua", "bi"]);
        assert_eq!(run(&c, "stars=4"), ["nem", "binh", "dua"]);
        assert_eq!(run(&c, "stars=4,5&commune=bat-trang"), ["men", "binh"]);
        assert_eq!(
            run(&c, "commune=bat-trang,kieu-ky&group=thuc-pham"),
            ["nem", "bi"]
        );
        assert_eq!(run(&c, "kind=htx"), ["men", "nem"]);
        assert_eq!(
            run(&c, "commune=da-ton"),
            ["dua"],
            "an unlisted commune still filters"
        );
        assert!(run(&c, "commune=nowhere").is_empty());
        assert_eq!(run(&c, "valid=1&commune=bat-trang"), ["men"]);
    }

    #[test]
    fn text_search_ignores_diacritics_and_covers_producer_and_commune() {
        let c = fixture();
        assert_eq!(run(&c, "q=GOM"), ["binh"]);
        assert_eq!(run(&c, "q=bat+trang"), ["men", "binh"], "commune name");
        assert_eq!(
            run(&c, "q=kieu+ky"),
            ["nem", "bi"],
            "commune name and product name"
        );
        assert_eq!(run(&c, "q=htx+d%C6%B0a"), ["dua"], "producer name");
        assert_eq!(run(&c, "q=ngoc+men"), ["men"], "every word, in any order");
        assert!(run(&c, "q=men+xyz").is_empty());
        assert_eq!(run(&c, "q=%2C%2C").len(), 5, "no words: no text filter");
    }

    #[test]
    fn sorts() {
        let c = fixture();
        assert_eq!(run(&c, "sort=name"), ["bi", "binh", "dua", "men", "nem"]);
        // Certified: men 2023-12-15, binh 2021-05-01, bi 2022, nem 2022 (its
        // date is unreadable, so its year counts), dua unknown.
        assert_eq!(run(&c, "sort=newest"), ["men", "bi", "nem", "binh", "dua"]);
        assert_eq!(run(&c, "sort=stars"), ["men", "nem", "binh", "dua", "bi"]);
    }

    #[test]
    fn name_order_is_vietnamese_and_total() {
        let names = [
            "Đường",
            "Dưa",
            "Ăn",
            "An",
            "Ấm",
            "Bánh",
            "Ba",
            "Ơi",
            "Ô",
            "O",
            "Bà",
            "Bá",
            "Ba",
        ];
        let c = Catalog {
            items: names
                .iter()
                .enumerate()
                .map(|(i, n)| product(&format!("p{:02}", 20 - i), n, 3, "a", "b", "c", None, None))
                .collect(),
            ..Catalog::default()
        };
        let gallery = Gallery::new(&c);
        let sorted: Vec<String> = gallery
            .results(&parse_query_string("sort=name"), TODAY)
            .iter()
            .map(|&i| format!("{}/{}", c.items[i].name, c.items[i].id))
            .collect();
        assert_eq!(
            sorted,
            [
                "An/p17",
                "Ăn/p18",
                "Ấm/p16",
                "Ba/p08",
                "Ba/p14",
                "Bà/p10",
                "Bá/p09",
                "Bánh/p15",
                "Dưa/p19",
                "Đường/p20",
                "O/p11",
                "Ô/p12",
                "Ơi/p13"
            ]
        );
    }

    #[test]
    fn facets_count_what_each_click_would_give() {
        let c = fixture();
        let gallery = Gallery::new(&c);
        let q = parse_query_string("stars=4&commune=bat-trang,nowhere");
        let facets = gallery.facets(&q, TODAY);
        assert_eq!(facets.total, 1);
        let summary = |opts: &[FacetOption]| -> Vec<(String, String, usize, bool)> {
            opts.iter()
                .map(|o| (o.value.clone(), o.label.clone(), o.count, o.selected))
                .collect()
        };
        let row = |v: &str, l: &str, n, s| (v.to_owned(), l.to_owned(), n, s);
        assert_eq!(
            summary(&facets.communes),
            [
                row("kieu-ky", "Kiêu Kỵ", 1, false),
                row("bat-trang", "Bát Tràng", 1, true),
                row("da-ton", "da-ton", 1, false),
                row("nowhere", "nowhere", 0, true),
            ]
        );
        assert_eq!(
            summary(&facets.stars),
            [
                row("3", "3 sao", 0, false),
                row("4", "4 sao", 1, true),
                row("5", "5 sao", 1, false)
            ]
        );
        assert_eq!(
            summary(&facets.groups),
            [
                row("thuc-pham", "Thực phẩm", 0, false),
                row("thu-cong-my-nghe", "Hàng thủ công mỹ nghệ", 1, false)
            ]
        );
        assert_eq!(
            summary(&facets.kinds),
            [
                row("doanh-nghiep", "Doanh nghiệp", 0, false),
                row("htx", "Hợp tác xã", 0, false),
                row("ho-kinh-doanh", "Hộ kinh doanh", 1, false),
                row("ca-nhan", "ca-nhan", 0, false),
            ]
        );
        assert_eq!(facets.get(Facet::Stars), facets.stars.as_slice());
    }

    #[test]
    fn labels() {
        let gallery = Gallery::new(&fixture());
        assert_eq!(gallery.label(Facet::Commune, "bat-trang"), "Bát Tràng");
        assert_eq!(gallery.label(Facet::Commune, "da-ton"), "da-ton");
        assert_eq!(
            gallery.label(Facet::Kind, "to-hop-tac"),
            "to-hop-tac",
            "unused kinds are no option"
        );
        assert_eq!(gallery.label(Facet::Group, "thuc-pham"), "Thực phẩm");
        assert_eq!(gallery.len(), 5);
    }

    #[test]
    fn invalid_values_are_shown_but_not_offered() {
        let mut c = fixture();
        c.items
            .push(product("odd", "Lạ", 2, "Bad Slug", "", "", None, None));
        let gallery = Gallery::new(&c);
        assert_eq!(gallery.results(&GalleryQuery::default(), TODAY).len(), 6);
        let facets = gallery.facets(&GalleryQuery::default(), TODAY);
        assert!(facets.communes.iter().all(|o| is_slug(&o.value)));
        assert!(facets.kinds.iter().all(|o| !o.value.is_empty()));
        assert_eq!(facets.stars.iter().map(|o| o.count).sum::<usize>(), 5);
        assert!(
            gallery
                .results(&parse_query_string("stars=3,4,5"), TODAY)
                .len()
                == 5
        );
    }

    #[test]
    fn orders_are_indexed_by_sort() {
        for (i, sort) in Sort::ALL.into_iter().enumerate() {
            assert_eq!(sort as usize, i);
        }
        for (i, facet) in Facet::ALL.into_iter().enumerate() {
            assert_eq!(facet as usize, i);
        }
    }

    #[test]
    fn unknown_filter_values_are_dropped() {
        let gallery = Gallery::new(&fixture());
        let q =
            parse_query_string("commune=nowhere,bat-trang&group=unused&kind=to-hop-tac&stars=5");
        let known = gallery.known(&q);
        assert_eq!(known.communes, ["bat-trang"]);
        assert!(known.groups.is_empty() && known.kinds.is_empty());
        assert_eq!(known.stars, [5]);
        let nowhere = gallery.known(&parse_query_string("commune=nowhere"));
        assert_eq!(nowhere, GalleryQuery::default());
    }
}
