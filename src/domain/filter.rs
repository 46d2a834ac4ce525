//! The OCOP gallery over a whole `products.json`: filtering, facet counts,
//! sorting and paging.
//!
//! The gallery filters on every keystroke, so per-product work that does not
//! depend on the query (folding the search text, resolving facet values to
//! option numbers, sorting by each order) is done once, in [`Gallery::new`].
//! A query is then one linear pass over the products in the chosen order.
//!
//! Filter semantics: OR within a facet (`stars=4,5`), AND across facets, the
//! search text and "valid only". A facet option's count is the number of
//! results the query would have if that facet's selection were exactly that
//! option, so a reader sees what each click would give.

use crate::api::models::{Catalog, Commune, ProductSummary};
use crate::domain::format::{parse_date, Date};
use crate::domain::query::{is_slug, Facet, GalleryQuery};
use crate::domain::text::{collation_key, fold, words};
use std::cmp::Reverse;
use std::collections::{HashMap, HashSet};

/// Products per gallery page (a 4-, 3- or 2-column grid fills evenly).
pub const PAGE_SIZE: usize = 24;

/// Producer kinds the API names, in the order the gallery lists them.
const KNOWN_KINDS: [(&str, &str); 4] = [
    ("doanh-nghiep", "Doanh nghiệp"),
    ("htx", "Hợp tác xã"),
    ("to-hop-tac", "Tổ hợp tác"),
    ("ho-kinh-doanh", "Hộ kinh doanh"),
];

/// OCOP certified levels, the only `stars` options.
const STAR_LEVELS: [u8; 3] = [3, 4, 5];

/// A certificate is valid 36 months (API.md), so it was issued three years
/// before it expires.
const CERTIFICATE_YEARS: i32 = 3;

/// Whether the product's certificate expired before `today`. A missing or
/// unreadable `expires_on` is not treated as expired: the gallery only marks
/// what it knows.
pub fn is_expired(p: &ProductSummary, today: Date) -> bool {
    expiry_date(p).is_some_and(|d| d < today)
}

/// The display name of a producer kind; an unknown kind is shown as is.
pub fn kind_name(kind: &str) -> String {
    KNOWN_KINDS
        .iter()
        .find(|(slug, _)| *slug == kind)
        .map_or(kind, |(_, name)| name)
        .to_owned()
}

/// For a commune that a reorganisation merged into others: "nay thuộc xã
/// Bát Tràng" ("now part of …"), naming each successor by its kind and name
/// from `communes` (its slug when it is not listed). `None` when the commune
/// has no successors or only itself.
pub fn successor_note(commune: &Commune, communes: &[Commune]) -> Option<String> {
    let successors = &commune.successors;
    if successors.is_empty() || (successors.len() == 1 && successors[0] == commune.slug) {
        return None;
    }
    let names: Vec<String> = successors
        .iter()
        .map(|slug| match communes.iter().find(|c| c.slug == *slug) {
            Some(c) if c.kind.is_empty() => c.name.clone(),
            Some(c) => format!("{} {}", c.kind, c.name),
            None => slug.clone(),
        })
        .collect();
    Some(format!("nay thuộc {}", names.join(", ")))
}

/// Pages needed for `total` results; at least 1, since an empty gallery
/// still shows its first page (with the "no products" message).
pub fn page_count(total: usize) -> u32 {
    u32::try_from(total.div_ceil(PAGE_SIZE).max(1)).unwrap_or(u32::MAX)
}

/// The items of 1-based page `page`; empty when the page does not exist
/// (including page 0).
pub fn page_of<T>(items: &[T], page: u32) -> &[T] {
    let start = usize::try_from(page)
        .ok()
        .and_then(|p| p.checked_sub(1))
        .and_then(|p| p.checked_mul(PAGE_SIZE));
    match start {
        Some(start) if start < items.len() => &items[start..items.len().min(start + PAGE_SIZE)],
        _ => &[],
    }
}

/// One choice of a facet, as the filter panel shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FacetOption {
    /// The query value (`bat-trang`, `5`, `htx`).
    pub value: String,
    /// What the reader sees (`Bát Tràng`, `5 sao`, `Hợp tác xã`).
    pub label: String,
    /// Results if this facet's selection were exactly this option.
    pub count: usize,
    pub selected: bool,
}

/// Every facet's options with their counts, and the current result count.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Facets {
    pub communes: Vec<FacetOption>,
    pub stars: Vec<FacetOption>,
    pub groups: Vec<FacetOption>,
    pub kinds: Vec<FacetOption>,
    /// Results of the query itself.
    pub total: usize,
}

impl Facets {
    pub fn get(&self, facet: Facet) -> &[FacetOption] {
        match facet {
            Facet::Commune => &self.communes,
            Facet::Stars => &self.stars,
            Facet::Group => &self.groups,
            Facet::Kind => &self.kinds,
        }
    }

    fn get_mut(&mut self, facet: Facet) -> &mut Vec<FacetOption> {
        match facet {
            Facet::Commune => &mut self.communes,
            Facet::Stars => &mut self.stars,
            Facet::Group => &mut self.groups,
            Facet::Kind => &mut self.kinds,
        }
    }
}

/// A facet's options for one catalog: `(value, label)` in display order,
/// and each value's position, since every product looks its values up.
#[derive(Clone, Debug, Default)]
struct FacetOptions {
    options: Vec<(String, String)>,
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

    fn position(&self, value: &str) -> Option<usize> {
        self.positions.get(value).copied()
    }

    fn len(&self) -> usize {
        self.options.len()
    }
}

/// What the gallery needs of one product, computed once.
#[derive(Clone, Debug)]
struct IndexedProduct {
    /// Folded product name, producer name and commune name.
    search_text: String,
    /// The product's option number in each facet (by `Facet as usize`);
    /// `None` for a value no query can select (an invalid slug, 2 stars).
    options: [Option<usize>; 4],
    expires_on: Option<Date>,
}

/// A catalog prepared for fast queries. It owns everything it needs (no
/// borrow of the catalog, so UI code can keep it in a signal next to the
/// catalog); indices it returns point into the `catalog.items` it was built
/// from.
#[derive(Clone, Debug)]
pub struct Gallery {
    products: Vec<IndexedProduct>,
    /// By `Facet as usize`.
    options: [FacetOptions; 4],
    /// Every product index in each order, by `Sort as usize`.
    orders: [Vec<usize>; 3],
}

impl Gallery {
    pub fn new(catalog: &Catalog) -> Self {
        let options = [
            commune_options(catalog),
            star_options(),
            group_options(catalog),
            kind_options(catalog),
        ];
        let folded_communes = folded_commune_names(catalog);
        let products = catalog
            .items
            .iter()
            .map(|p| index_product(p, &options, &folded_communes))
            .collect();
        Gallery {
            products,
            options,
            orders: sort_orders(&catalog.items),
        }
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
    /// `q.sort` order. (Paging is left to [`page_of`].)
    pub fn results(&self, q: &GalleryQuery, today: Date) -> Vec<usize> {
        let matcher = Matcher::new(self, q, today);
        self.orders[q.sort as usize]
            .iter()
            .copied()
            .filter(|&i| matcher.passes_common(&self.products[i]))
            .filter(|&i| matcher.failed_facets(&self.products[i]) == 0)
            .collect()
    }

    /// Every facet's options with counts for `q` (see the module docs).
    /// Values selected in `q` that the catalog lacks are listed last, with
    /// count 0, so the reader can still unselect them.
    pub fn facets(&self, q: &GalleryQuery, today: Date) -> Facets {
        let matcher = Matcher::new(self, q, today);
        let mut counts: [Vec<usize>; 4] = std::array::from_fn(|f| vec![0; self.options[f].len()]);
        let mut total = 0;
        for product in &self.products {
            if !matcher.passes_common(product) {
                continue;
            }
            let failed = matcher.failed_facets(product);
            if failed == 0 {
                total += 1;
            }
            // A product counts for its own option of facet `f` when it
            // passes every other facet: replacing `f`'s selection by that
            // option is then the only change that matters.
            for (f, option) in product.options.iter().enumerate() {
                if failed & !(1 << f) == 0 {
                    if let Some(o) = option {
                        counts[f][*o] += 1;
                    }
                }
            }
        }
        let mut facets = Facets {
            total,
            ..Facets::default()
        };
        for facet in Facet::ALL {
            *facets.get_mut(facet) =
                self.facet_options(facet, &counts[facet as usize], &q.selected(facet));
        }
        facets
    }

    fn facet_options(
        &self,
        facet: Facet,
        counts: &[usize],
        selected: &[String],
    ) -> Vec<FacetOption> {
        let known = &self.options[facet as usize].options;
        let listed = known
            .iter()
            .zip(counts)
            .map(|((value, label), &count)| FacetOption {
                value: value.clone(),
                label: label.clone(),
                count,
                selected: selected.contains(value),
            });
        let unknown = selected
            .iter()
            .filter(|value| !known.iter().any(|(v, _)| v == *value))
            .map(|value| FacetOption {
                value: value.clone(),
                label: value.clone(),
                count: 0,
                selected: true,
            });
        listed.chain(unknown).collect()
    }
}

/// A query resolved against a gallery's options.
struct Matcher {
    /// Per facet, which option numbers are selected; `None`: no filter.
    selected: [Option<Vec<bool>>; 4],
    words: Vec<String>,
    valid_only: bool,
    today: Date,
}

impl Matcher {
    fn new(gallery: &Gallery, q: &GalleryQuery, today: Date) -> Self {
        let selected = Facet::ALL.map(|facet| {
            let values = q.selected(facet);
            let options = &gallery.options[facet as usize];
            (!values.is_empty()).then(|| {
                let mut chosen = vec![false; options.len()];
                for i in values.iter().filter_map(|v| options.position(v)) {
                    chosen[i] = true;
                }
                chosen
            })
        });
        Matcher {
            selected,
            words: words(&q.text),
            valid_only: q.valid_only,
            today,
        }
    }

    /// The filters that are not facets: "valid only" and the search text.
    fn passes_common(&self, p: &IndexedProduct) -> bool {
        !(self.valid_only && p.expires_on.is_some_and(|d| d < self.today))
            && self
                .words
                .iter()
                .all(|w| p.search_text.contains(w.as_str()))
    }

    /// Bit `f` set for each facet `f` whose selection excludes the product.
    fn failed_facets(&self, p: &IndexedProduct) -> u32 {
        let mut failed = 0;
        for (f, selected) in self.selected.iter().enumerate() {
            if let Some(chosen) = selected {
                if !p.options[f].is_some_and(|o| chosen[o]) {
                    failed |= 1 << f;
                }
            }
        }
        failed
    }
}

/// The folded name each commune is searched under: the first catalog entry
/// with its slug. Folded once per commune rather than once per product
/// (`fold` works character by character, so folding the parts and joining
/// them is folding the whole).
fn folded_commune_names(catalog: &Catalog) -> HashMap<&str, String> {
    let mut names = HashMap::new();
    for c in &catalog.communes {
        names
            .entry(c.slug.as_str())
            .or_insert_with(|| fold(&c.name));
    }
    names
}

fn index_product(
    p: &ProductSummary,
    options: &[FacetOptions; 4],
    folded_communes: &HashMap<&str, String>,
) -> IndexedProduct {
    let stars = p.stars.to_string();
    let values = [
        p.commune.as_str(),
        stars.as_str(),
        p.group.as_str(),
        p.producer.kind.as_str(),
    ];
    IndexedProduct {
        search_text: search_text(p, folded_communes),
        options: std::array::from_fn(|f| options[f].position(values[f])),
        expires_on: expiry_date(p),
    }
}

/// Folded product name, producer name and commune name (its slug when the
/// catalog does not list it, as the gallery then shows the slug).
fn search_text(p: &ProductSummary, folded_communes: &HashMap<&str, String>) -> String {
    let mut text = fold(&format!("{} {} ", p.name, p.producer.name));
    match folded_communes.get(p.commune.as_str()) {
        Some(name) => text.push_str(name),
        None => text.push_str(&fold(&p.commune)),
    }
    text
}

fn expiry_date(p: &ProductSummary) -> Option<Date> {
    p.expires_on.as_deref().and_then(parse_date)
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
    listed_then_unlisted(
        catalog
            .communes
            .iter()
            .map(|c| (c.slug.as_str(), c.name.as_str())),
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
            .map(|s| (s.to_string(), format!("{s} sao")))
            .collect(),
    )
}

/// When the product was certified, as far as known: the issue date implied
/// by `expires_on`, else its `year` (ranked after dated certificates of the
/// same year, whose date is known). `None` ranks below every date.
fn certified_on(p: &ProductSummary) -> Option<(i32, u32, u32)> {
    match (expiry_date(p), p.year) {
        (Some(d), _) => Some((d.year - CERTIFICATE_YEARS, d.month, d.day)),
        (None, Some(year)) => Some((i32::from(year), 0, 0)),
        (None, None) => None,
    }
}

/// Every product index in each order of `Sort::ALL`:
/// - name: Vietnamese alphabetical order (ties: the name's bytes), then id;
/// - newest: most recently certified first, unknown last, then name;
/// - stars: most stars first, then newest, then name.
///
/// Only the name order compares strings. The others end with each
/// product's rank in it, so they sort plain integers, and since ranks are
/// unique every order is total.
fn sort_orders(items: &[ProductSummary]) -> [Vec<usize>; 3] {
    let by_name = name_order(items);
    let mut name_rank = vec![0; items.len()];
    for (rank, &i) in by_name.iter().enumerate() {
        name_rank[i] = rank;
    }
    let newest: Vec<_> = items
        .iter()
        .zip(&name_rank)
        .map(|(p, &rank)| (Reverse(certified_on(p)), rank))
        .collect();
    let mut by_newest: Vec<usize> = (0..items.len()).collect();
    by_newest.sort_unstable_by_key(|&i| newest[i]);
    let mut by_stars: Vec<usize> = (0..items.len()).collect();
    by_stars.sort_unstable_by_key(|&i| (Reverse(items[i].stars), newest[i]));
    // Indexed by `Sort as usize`, the order of `Sort::ALL`.
    [by_stars, by_newest, by_name]
}

/// Product indices in Vietnamese alphabetical order of name, then id; a
/// stable sort, so products equal in both keep catalog order.
fn name_order(items: &[ProductSummary]) -> Vec<usize> {
    let keys: Vec<Vec<u32>> = items.iter().map(|p| collation_key(&p.name)).collect();
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by(|&a, &b| {
        keys[a]
            .cmp(&keys[b])
            .then_with(|| items[a].name.cmp(&items[b].name))
            .then_with(|| items[a].id.cmp(&items[b].id))
    });
    order
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::models::{Group, Producer};
    use crate::domain::query::{parse_query_string, Sort};
    use crate::domain::text::compare_vi;
    use std::cmp::Ordering;

    const TODAY: Date = Date {
        year: 2025,
        month: 7,
        day: 1,
    };

    fn commune(slug: &str, name: &str) -> Commune {
        Commune {
            slug: slug.into(),
            name: name.into(),
            kind: "xã".into(),
            successors: Vec::new(),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn product(
        id: &str,
        name: &str,
        stars: u8,
        commune: &str,
        group: &str,
        kind: &str,
        year: Option<u16>,
        expires_on: Option<&str>,
    ) -> ProductSummary {
        ProductSummary {
            id: id.into(),
            name: name.into(),
            stars,
            year,
            commune: commune.into(),
            group: group.into(),
            expires_on: expires_on.map(str::to_owned),
            producer: Producer {
                name: format!("HTX {name}"),
                kind: kind.into(),
                ..Producer::default()
            },
            ..ProductSummary::default()
        }
    }

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
    fn expiry() {
        let items = fixture().items;
        assert!(!is_expired(&items[0], TODAY));
        assert!(is_expired(&items[1], TODAY));
        assert!(!is_expired(&items[2], TODAY), "no date");
        assert!(!is_expired(&items[4], TODAY), "unreadable date");
        let on_the_day = product("x", "x", 3, "a", "b", "c", None, Some("2025-07-01"));
        assert!(!is_expired(&on_the_day, TODAY));
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
    fn labels_and_kind_names() {
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
        assert_eq!(kind_name("to-hop-tac"), "Tổ hợp tác");
        assert_eq!(kind_name("ho-kinh-doanh"), "Hộ kinh doanh");
        assert_eq!(kind_name("ca-nhan"), "ca-nhan");
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
    fn successor_notes() {
        let mut old = commune("kieu-ky", "Kiêu Kỵ");
        let communes = vec![
            commune("gia-lam", "Gia Lâm"),
            commune("bat-trang", "Bát Tràng"),
        ];
        assert_eq!(successor_note(&old, &communes), None);
        old.successors = vec!["kieu-ky".into()];
        assert_eq!(successor_note(&old, &communes), None);
        old.successors = vec!["bat-trang".into()];
        assert_eq!(
            successor_note(&old, &communes).as_deref(),
            Some("nay thuộc xã Bát Tràng")
        );
        old.successors = vec!["gia-lam".into(), "bat-trang".into()];
        assert_eq!(
            successor_note(&old, &communes).as_deref(),
            Some("nay thuộc xã Gia Lâm, xã Bát Tràng")
        );
        old.successors = vec!["kieu-ky".into(), "phuong-moi".into()];
        assert_eq!(
            successor_note(&old, &communes).as_deref(),
            Some("nay thuộc kieu-ky, phuong-moi")
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
    fn paging() {
        assert_eq!(page_count(0), 1);
        assert_eq!(page_count(1), 1);
        assert_eq!(page_count(24), 1);
        assert_eq!(page_count(25), 2);
        assert_eq!(page_count(usize::MAX), u32::MAX);
        let items: Vec<u32> = (0..50).collect();
        assert_eq!(page_of(&items, 1), &items[0..24]);
        assert_eq!(page_of(&items, 3), &items[48..50]);
        assert!(page_of(&items, 4).is_empty());
        assert!(page_of(&items, 0).is_empty());
        assert!(page_of(&items, u32::MAX).is_empty());
        assert!(page_of::<u32>(&[], 1).is_empty());
    }

    /// Builds a large random catalog (xorshift, no dependencies), for timing.
    fn random_catalog(n: usize, mut seed: u64) -> Catalog {
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let syllables = [
            "bát",
            "tràng",
            "gốm",
            "sứ",
            "men",
            "ngọc",
            "đường",
            "dưa",
            "ăn",
            "ấm",
            "bánh",
            "mật",
            "ong",
            "trà",
            "sen",
            "nếp",
            "cái",
            "hoa",
            "vàng",
            "lợn",
            "bì",
            "kiêu",
            "kỵ",
            "đa",
            "tốn",
            "phù",
            "đổng",
            "quả",
            "rượu",
        ];
        let communes: Vec<Commune> = (0..20)
            .map(|i| commune(&format!("xa-{i}"), &format!("Xã số {i}")))
            .collect();
        let kinds = [
            "doanh-nghiep",
            "htx",
            "to-hop-tac",
            "ho-kinh-doanh",
            "ca-nhan",
        ];
        let mut word = |k: u64| {
            (0..2 + k % 4)
                .map(|_| syllables[(next() % syllables.len() as u64) as usize])
                .collect::<Vec<_>>()
                .join(" ")
        };
        let items = (0..n)
            .map(|i| {
                let r = i as u64 * 2_654_435_761;
                let expires = format!("20{:02}-{:02}-{:02}", 22 + r % 6, 1 + r % 12, 1 + r % 28);
                product(
                    &format!("p{i}"),
                    &word(r),
                    3 + (r % 3) as u8,
                    &format!("xa-{}", r % 22),
                    ["thuc-pham", "do-uong", "duoc-lieu", "thu-cong-my-nghe"][(r % 4) as usize],
                    kinds[(r % 5) as usize],
                    Some(2019 + (r % 6) as u16),
                    (r % 7 != 0).then_some(expires.as_str()),
                )
            })
            .collect();
        Catalog {
            communes,
            items,
            ..Catalog::default()
        }
    }

    /// Best and median of `runs` timings of `f` (the machine may be busy).
    fn time<T>(
        runs: usize,
        mut f: impl FnMut() -> T,
    ) -> (std::time::Duration, std::time::Duration, T) {
        let mut times = Vec::new();
        let mut last = None;
        for _ in 0..runs {
            let started = std::time::Instant::now();
            last = Some(f());
            times.push(started.elapsed());
        }
        times.sort();
        (times[0], times[runs / 2], last.expect("runs > 0"))
    }

    /// `cargo test -p ocop-portal --lib --release -- --ignored --nocapture timing`
    #[test]
    #[ignore]
    fn timing_10k_products() {
        let catalog = random_catalog(10_000, 0x9E37_79B9_7F4A_7C15);
        let (best, median, gallery) = time(7, || Gallery::new(&catalog));
        println!(
            "Gallery::new on {} products: best {best:?}, median {median:?}",
            catalog.items.len()
        );
        let queries = [
            "",
            "sort=name",
            "stars=4,5&commune=xa-1,xa-2,xa-21&valid=1&sort=newest",
            "q=gom+su",
            "q=b&group=thuc-pham,do-uong&kind=htx",
        ];
        for query in queries {
            let q = parse_query_string(query);
            let (results_best, results_median, results) = time(21, || gallery.results(&q, TODAY));
            let (facets_best, facets_median, facets) = time(21, || gallery.facets(&q, TODAY));
            assert_eq!(facets.total, results.len());
            println!(
                "{query:?} ({} found): results best {results_best:?} median {results_median:?}; \
                 facets best {facets_best:?} median {facets_median:?}",
                results.len()
            );
        }
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        const COMMUNES: [(&str, &str); 8] = [
            ("bat-trang", "Bát Tràng"),
            ("kieu-ky", "Kiêu Kỵ"),
            ("da-ton", "Đa Tốn"),
            ("phu-dong", "Phù Đổng"),
            ("dang-xa", "Đặng Xá"),
            ("yen-vien", "Yên Viên"),
            ("Bad Slug", "Sai"),
            ("", "Rỗng"),
        ];
        const GROUPS: [&str; 5] = [
            "thuc-pham",
            "do-uong",
            "duoc-lieu",
            "thu-cong-my-nghe",
            "x y",
        ];
        const KINDS: [&str; 7] = [
            "doanh-nghiep",
            "htx",
            "to-hop-tac",
            "ho-kinh-doanh",
            "ca-nhan",
            "",
            "HTX",
        ];
        const VI_LETTERS: &str = "[aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵĐĂÂƠƯÔ ]{1,10}";

        fn expiry() -> impl Strategy<Value = Option<String>> {
            prop_oneof![
                2 => Just(None),
                6 => (2023i32..2028, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| Some(format!("{y}-{m:02}-{d:02}"))),
                1 => Just(Some("2025-07-01".to_owned())),
                1 => prop::sample::select(vec!["2025-02-30", "soon", ""]).prop_map(|s| Some(s.to_owned())),
            ]
        }

        fn any_product() -> impl Strategy<Value = ProductSummary> {
            (
                VI_LETTERS,
                VI_LETTERS,
                prop_oneof![9 => 3u8..=5, 1 => 0u8..=9],
                0..COMMUNES.len(),
                0..GROUPS.len(),
                0..KINDS.len(),
                prop::option::of(2018u16..2026),
                expiry(),
            )
                .prop_map(|(name, producer, stars, c, g, k, year, expires_on)| {
                    ProductSummary {
                        name,
                        stars,
                        year,
                        commune: COMMUNES[c].0.to_owned(),
                        group: GROUPS[g].to_owned(),
                        expires_on,
                        producer: Producer {
                            name: producer,
                            kind: KINDS[k].to_owned(),
                            ..Producer::default()
                        },
                        ..ProductSummary::default()
                    }
                })
        }

        prop_compose! {
            fn any_catalog()(
                items in prop::collection::vec(any_product(), 0..40),
                listed_communes in prop::collection::vec(0..COMMUNES.len(), 0..10),
                listed_groups in prop::collection::vec(0..GROUPS.len(), 0..6),
                id_shuffle in any::<u64>(),
            ) -> Catalog {
                let items = items
                    .into_iter()
                    .enumerate()
                    .map(|(i, p)| ProductSummary { id: format!("p{}", (i as u64 ^ id_shuffle) % 1000 + 1000 * i as u64), ..p })
                    .collect();
                Catalog {
                    updated_at: None,
                    communes: listed_communes.iter().map(|&i| commune(COMMUNES[i].0, COMMUNES[i].1)).collect(),
                    groups: listed_groups
                        .iter()
                        .map(|&i| Group { slug: GROUPS[i].to_owned(), name: format!("Nhóm {i}") })
                        .collect(),
                    items,
                }
            }
        }

        fn pick<T: Clone + std::fmt::Debug + 'static>(pool: &[T]) -> impl Strategy<Value = Vec<T>> {
            prop::collection::vec(prop::sample::select(pool.to_vec()), 0..3)
        }

        prop_compose! {
            fn any_query()(
                communes in pick(&["bat-trang", "kieu-ky", "da-ton", "yen-vien", "nowhere"]),
                stars in pick(&[3u8, 4, 5]),
                groups in pick(&["thuc-pham", "do-uong", "thu-cong-my-nghe", "nowhere"]),
                kinds in pick(&["doanh-nghiep", "htx", "ca-nhan", "to-hop-tac"]),
                text in prop::collection::vec("[aáàăắđdoóôốơbBtTnN]{1,2}|-", 0..3),
                sort in prop::sample::select(Sort::ALL.to_vec()),
                valid_only in any::<bool>(),
            ) -> GalleryQuery {
                GalleryQuery {
                    communes: communes.iter().map(|s| s.to_string()).collect(),
                    stars,
                    groups: groups.iter().map(|s| s.to_string()).collect(),
                    kinds: kinds.iter().map(|s| s.to_string()).collect(),
                    text: text.join(" "),
                    sort,
                    valid_only,
                    page: 1,
                }
                .normalized()
            }
        }

        fn commune_label<'c>(catalog: &'c Catalog, p: &'c ProductSummary) -> &'c str {
            catalog
                .communes
                .iter()
                .find(|c| c.slug == p.commune)
                .map_or(p.commune.as_str(), |c| c.name.as_str())
        }

        fn text_matches(catalog: &Catalog, p: &ProductSummary, text: &str) -> bool {
            let haystack = fold(&format!(
                "{} {} {}",
                p.name,
                p.producer.name,
                commune_label(catalog, p)
            ));
            words(text).iter().all(|w| haystack.contains(w.as_str()))
        }

        fn naive_matches(catalog: &Catalog, p: &ProductSummary, q: &GalleryQuery) -> bool {
            (q.communes.is_empty() || q.communes.contains(&p.commune))
                && (q.stars.is_empty() || q.stars.contains(&p.stars))
                && (q.groups.is_empty() || q.groups.contains(&p.group))
                && (q.kinds.is_empty() || q.kinds.contains(&p.producer.kind))
                && (!q.valid_only || !is_expired(p, TODAY))
                && text_matches(catalog, p, &q.text)
        }

        /// The sort orders, spelled out from the spec rather than shared
        /// with the implementation.
        fn naive_compare(sort: Sort, a: &ProductSummary, b: &ProductSummary) -> Ordering {
            let certified =
                |p: &ProductSummary| match (p.expires_on.as_deref().and_then(parse_date), p.year) {
                    (Some(d), _) => (2, d.year - 3, d.month, d.day),
                    (None, Some(y)) => (2, i32::from(y), 0, 0),
                    (None, None) => (1, 0, 0, 0),
                };
            let name = compare_vi(&a.name, &b.name).then_with(|| a.id.cmp(&b.id));
            let newest = certified(b).cmp(&certified(a)).then(name);
            match sort {
                Sort::Name => name,
                Sort::Newest => newest,
                Sort::Stars => b.stars.cmp(&a.stars).then(newest),
            }
        }

        fn with_selection(q: &GalleryQuery, facet: Facet, value: &str) -> GalleryQuery {
            let mut only = q.clone();
            match facet {
                Facet::Commune => only.communes = vec![value.to_owned()],
                Facet::Stars => only.stars = vec![value.parse().unwrap()],
                Facet::Group => only.groups = vec![value.to_owned()],
                Facet::Kind => only.kinds = vec![value.to_owned()],
            }
            only
        }

        proptest! {
            #[test]
            fn results_satisfy_every_active_filter(catalog in any_catalog(), q in any_query()) {
                let gallery = Gallery::new(&catalog);
                for i in gallery.results(&q, TODAY) {
                    let p = &catalog.items[i];
                    prop_assert!(q.communes.is_empty() || q.communes.contains(&p.commune));
                    prop_assert!(q.stars.is_empty() || q.stars.contains(&p.stars));
                    prop_assert!(q.groups.is_empty() || q.groups.contains(&p.group));
                    prop_assert!(q.kinds.is_empty() || q.kinds.contains(&p.producer.kind));
                    prop_assert!(!q.valid_only || !is_expired(p, TODAY));
                    prop_assert!(text_matches(&catalog, p, &q.text));
                }
            }

            #[test]
            fn no_matching_product_is_missing(catalog in any_catalog(), q in any_query()) {
                let gallery = Gallery::new(&catalog);
                let mut found = gallery.results(&q, TODAY);
                found.sort_unstable();
                let expected: Vec<usize> = (0..catalog.items.len())
                    .filter(|&i| naive_matches(&catalog, &catalog.items[i], &q))
                    .collect();
                prop_assert_eq!(found, expected);
            }

            #[test]
            fn facet_counts_are_the_results_of_that_single_choice(catalog in any_catalog(), q in any_query()) {
                let gallery = Gallery::new(&catalog);
                let facets = gallery.facets(&q, TODAY);
                prop_assert_eq!(facets.total, gallery.results(&q, TODAY).len());
                for facet in Facet::ALL {
                    let selected = q.selected(facet);
                    let options = facets.get(facet);
                    for option in options {
                        let only = with_selection(&q, facet, &option.value);
                        let naive = catalog.items.iter().filter(|p| naive_matches(&catalog, p, &only)).count();
                        prop_assert_eq!(option.count, gallery.results(&only, TODAY).len(), "{:?} {}", facet, option.value);
                        prop_assert_eq!(option.count, naive);
                        prop_assert_eq!(option.selected, selected.contains(&option.value));
                    }
                    // Every selected value is offered (so it can be unselected),
                    // and nothing twice.
                    prop_assert!(selected.iter().all(|v| options.iter().any(|o| &o.value == v)));
                    let mut values: Vec<&str> = options.iter().map(|o| o.value.as_str()).collect();
                    values.sort_unstable();
                    values.dedup();
                    prop_assert_eq!(values.len(), options.len());
                }
                // Every selectable value a product uses is offered.
                for p in &catalog.items {
                    if is_slug(&p.commune) {
                        prop_assert!(facets.communes.iter().any(|o| o.value == p.commune));
                    }
                    if is_slug(&p.producer.kind) {
                        prop_assert!(facets.kinds.iter().any(|o| o.value == p.producer.kind));
                    }
                }
            }

            #[test]
            fn results_are_sorted(catalog in any_catalog(), q in any_query()) {
                let gallery = Gallery::new(&catalog);
                let found = gallery.results(&q, TODAY);
                for pair in found.windows(2) {
                    let (a, b) = (&catalog.items[pair[0]], &catalog.items[pair[1]]);
                    prop_assert_eq!(naive_compare(q.sort, a, b), Ordering::Less, "{:?}: {:?} before {:?}", q.sort, a.name, b.name);
                }
            }

            #[test]
            fn paging_never_panics(len in 0usize..200, page in any::<u32>()) {
                let items: Vec<usize> = (0..len).collect();
                let slice = page_of(&items, page);
                prop_assert!(slice.len() <= PAGE_SIZE);
                let pages = page_count(len);
                prop_assert_eq!(!slice.is_empty(), page >= 1 && page <= pages && len > 0);
            }
        }
    }
}
