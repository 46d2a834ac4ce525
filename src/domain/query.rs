//! The gallery's URL state: `/san-pham?commune=…&stars=…&group=…&kind=…
//! &year=…&q=…&sort=…&valid=1&page=N` (see `docs/api.md`, "Public URLs").
//!
//! Readers share these URLs and other sites embed them, so parsing is
//! forgiving (an unknown key or a malformed value is dropped, never an error)
//! and printing is canonical (one spelling per state, defaults omitted), so
//! equal states give equal URLs and the browser history is not cluttered by
//! spellings of the same page.

use super::catalog::{parse_stars, STAR_LEVELS};
use super::paging::{parse_page, MAX_PAGE};
use super::url::{encode_component, is_slug, query_pairs};

/// How the gallery orders its results.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Sort {
    /// Most stars first (then newest, then name).
    #[default]
    Stars,
    /// Most recently certified first (then name).
    Newest,
    /// Vietnamese alphabetical order.
    Name,
}

impl Sort {
    pub const ALL: [Sort; 3] = [Sort::Stars, Sort::Newest, Sort::Name];

    /// The `sort=` value.
    pub fn key(self) -> &'static str {
        match self {
            Sort::Stars => "stars",
            Sort::Newest => "newest",
            Sort::Name => "name",
        }
    }

    /// What the sort menu calls it.
    pub fn label(self) -> &'static str {
        match self {
            Sort::Stars => "Nhiều sao nhất",
            Sort::Newest => "Chứng nhận mới nhất",
            Sort::Name => "Tên A–Z",
        }
    }

    /// The sort named by a `sort=` value, if any.
    pub fn from_key(key: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// The four multi-choice filters, for UI code that treats them alike.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Facet {
    Commune,
    Stars,
    Group,
    Kind,
}

impl Facet {
    pub const ALL: [Facet; 4] = [Facet::Commune, Facet::Stars, Facet::Group, Facet::Kind];

    /// The query key.
    pub fn key(self) -> &'static str {
        match self {
            Facet::Commune => "commune",
            Facet::Stars => "stars",
            Facet::Group => "group",
            Facet::Kind => "kind",
        }
    }
}

/// Years a `year=` filter may name (OCOP began in 2018).
pub const YEARS: std::ops::RangeInclusive<u16> = 2000..=2100;

/// Longest search text kept, in characters: enough for any product name,
/// small enough that a hostile URL cannot make every keystroke slow.
pub const MAX_TEXT_CHARS: usize = 100;

/// The gallery's state as its URL carries it.
///
/// A *normalised* query (what [`parse`] returns and every `with_…` helper
/// keeps) has its lists sorted and deduplicated and holding only valid
/// values, its text trimmed, collapsed and capped, and `page` in
/// `1..=MAX_PAGE`. Build one by hand with [`GalleryQuery::normalized`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GalleryQuery {
    /// Commune slugs (`commune=`).
    pub communes: Vec<String>,
    /// Star levels, only 3, 4 and 5 (`stars=`).
    pub stars: Vec<u8>,
    /// Product group slugs (`group=`).
    pub groups: Vec<String>,
    /// Producer kinds (`kind=`): `htx`, `doanh-nghiep`, …
    pub kinds: Vec<String>,
    /// The year of recognition (`year=2023`): what `/thong-ke`'s time line
    /// links to.
    pub year: Option<u16>,
    /// Free search text (`q=`).
    pub text: String,
    pub sort: Sort,
    /// Hide products whose certificate has expired (`valid=1`).
    pub valid_only: bool,
    /// 1-based (`page=`).
    pub page: u32,
}

impl Default for GalleryQuery {
    fn default() -> Self {
        GalleryQuery {
            communes: Vec::new(),
            stars: Vec::new(),
            groups: Vec::new(),
            kinds: Vec::new(),
            year: None,
            text: String::new(),
            sort: Sort::default(),
            valid_only: false,
            page: 1,
        }
    }
}

impl GalleryQuery {
    /// This query with its lists sorted, deduplicated and stripped of invalid
    /// values, its text normalised and its page in range.
    pub fn normalized(mut self) -> Self {
        for list in [&mut self.communes, &mut self.groups, &mut self.kinds] {
            list.retain(|v| is_slug(v));
            list.sort_unstable();
            list.dedup();
        }
        self.stars.retain(|s| STAR_LEVELS.contains(s));
        self.stars.sort_unstable();
        self.stars.dedup();
        self.year = self.year.filter(|y| YEARS.contains(y));
        self.text = normalize_text(&self.text);
        self.page = self.page.clamp(1, MAX_PAGE);
        self
    }

    /// The selected values of one facet, as strings.
    pub fn selected(&self, facet: Facet) -> Vec<String> {
        match facet {
            Facet::Commune => self.communes.clone(),
            Facet::Stars => self.stars.iter().map(u8::to_string).collect(),
            Facet::Group => self.groups.clone(),
            Facet::Kind => self.kinds.clone(),
        }
    }

    /// Adds `value` to the facet's selection or removes it, back on page 1.
    /// An invalid value (not a slug, not 3–5 stars) leaves the query as is.
    pub fn with_toggled(&self, facet: Facet, value: &str) -> Self {
        let mut next = self.clone();
        let changed = match facet {
            Facet::Commune => toggle_slug(&mut next.communes, value),
            Facet::Group => toggle_slug(&mut next.groups, value),
            Facet::Kind => toggle_slug(&mut next.kinds, value),
            Facet::Stars => parse_stars(value)
                .map(|stars| toggle(&mut next.stars, stars))
                .is_some(),
        };
        if changed {
            next.page = 1;
        }
        next
    }

    /// Every filter and the search text removed; the sort is kept, because
    /// it is a preference rather than a filter.
    pub fn cleared(&self) -> Self {
        GalleryQuery {
            sort: self.sort,
            ..GalleryQuery::default()
        }
    }

    /// Page `n`, clamped to `1..=MAX_PAGE` (page 0 means the first).
    pub fn with_page(&self, n: u32) -> Self {
        GalleryQuery {
            page: n.clamp(1, MAX_PAGE),
            ..self.clone()
        }
    }

    /// A new order starts again at page 1: page 5 of another order shows
    /// unrelated products.
    pub fn with_sort(&self, sort: Sort) -> Self {
        GalleryQuery {
            sort,
            page: 1,
            ..self.clone()
        }
    }

    /// New search text (normalised), back on page 1.
    pub fn with_text(&self, text: &str) -> Self {
        GalleryQuery {
            text: normalize_text(text),
            page: 1,
            ..self.clone()
        }
    }

    /// Only products recognised in `year` (or any year), back on page 1.
    pub fn with_year(&self, year: Option<u16>) -> Self {
        GalleryQuery {
            year: year.filter(|y| YEARS.contains(y)),
            page: 1,
            ..self.clone()
        }
    }

    pub fn with_valid_only(&self, valid_only: bool) -> Self {
        GalleryQuery {
            valid_only,
            page: 1,
            ..self.clone()
        }
    }

    /// Selected facet values plus the "valid only" switch, for a badge such
    /// as "Bộ lọc (3)". The search text is not counted: it has its own box.
    pub fn active_filter_count(&self) -> usize {
        self.communes.len()
            + self.stars.len()
            + self.groups.len()
            + self.kinds.len()
            + usize::from(self.year.is_some())
            + usize::from(self.valid_only)
    }

    /// Whether anything (a filter or search text) narrows the results.
    pub fn is_filtered(&self) -> bool {
        self.active_filter_count() > 0 || !self.text.is_empty()
    }
}

/// The query carried by already-percent-decoded `(key, value)` pairs (for
/// example from `URLSearchParams`).
///
/// List keys take comma-separated values and repeat (`stars=4&stars=5` is
/// `stars=4,5`); for single-valued keys the last valid value wins. Unknown
/// keys and malformed values are dropped silently, so a missing or bad
/// `sort` or `page` leaves the default (most stars, page 1).
pub fn parse<K, V>(pairs: impl IntoIterator<Item = (K, V)>) -> GalleryQuery
where
    K: AsRef<str>,
    V: AsRef<str>,
{
    let mut q = GalleryQuery::default();
    for (key, value) in pairs {
        let value = value.as_ref();
        match key.as_ref() {
            "commune" => q
                .communes
                .extend(list_values(value).filter(|v| is_slug(v)).map(str::to_owned)),
            "group" => q
                .groups
                .extend(list_values(value).filter(|v| is_slug(v)).map(str::to_owned)),
            "kind" => q
                .kinds
                .extend(list_values(value).filter(|v| is_slug(v)).map(str::to_owned)),
            "stars" => q.stars.extend(list_values(value).filter_map(parse_stars)),
            "year" => q.year = value.trim().parse().ok().or(q.year),
            "q" => q.text = normalize_text(value),
            "sort" => q.sort = Sort::from_key(value.trim()).unwrap_or(q.sort),
            "valid" => q.valid_only = parse_flag(value).unwrap_or(q.valid_only),
            "page" => q.page = parse_page(value).unwrap_or(q.page),
            _ => {}
        }
    }
    q.normalized()
}

/// The query of a raw query string (`commune=bat-trang&q=g%E1%BB%91m`, with
/// or without a leading `?`): splits at `&` and the first `=`, turns `+` into
/// a space and decodes `%XX` escapes. An invalid escape is kept literally and
/// invalid UTF-8 is replaced, so any string parses.
pub fn parse_query_string(query: &str) -> GalleryQuery {
    parse(query_pairs(query))
}

/// The canonical query string of a query, without the `?`: keys in the order
/// commune, stars, group, kind, year, q, sort, valid, page; defaults omitted (the
/// default query gives `""`); values percent-encoded except the unreserved
/// characters, with literal commas between list values.
pub fn to_query_string(q: &GalleryQuery) -> String {
    let mut pairs: Vec<(&str, String)> = Vec::new();
    let stars: Vec<String> = q.stars.iter().map(u8::to_string).collect();
    for (key, values) in [
        ("commune", &q.communes),
        ("stars", &stars),
        ("group", &q.groups),
        ("kind", &q.kinds),
    ] {
        if !values.is_empty() {
            let encoded: Vec<String> = values.iter().map(|v| encode_component(v)).collect();
            pairs.push((key, encoded.join(",")));
        }
    }
    if let Some(year) = q.year {
        pairs.push(("year", year.to_string()));
    }
    if !q.text.is_empty() {
        pairs.push(("q", encode_component(&q.text)));
    }
    if q.sort != Sort::default() {
        pairs.push(("sort", q.sort.key().to_owned()));
    }
    if q.valid_only {
        pairs.push(("valid", "1".to_owned()));
    }
    if q.page != 1 {
        pairs.push(("page", q.page.to_string()));
    }
    pairs
        .iter()
        .map(|(key, value)| format!("{key}={value}"))
        .collect::<Vec<_>>()
        .join("&")
}

/// Search text as kept in the URL: no control characters, whitespace trimmed
/// and collapsed to single spaces, at most [`MAX_TEXT_CHARS`] characters.
pub fn normalize_text(text: &str) -> String {
    let collapsed = text
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let cut = collapsed
        .char_indices()
        .nth(MAX_TEXT_CHARS)
        .map_or(collapsed.len(), |(i, _)| i);
    // The cut may land just after a space.
    collapsed[..cut].trim_end().to_owned()
}

fn list_values(value: &str) -> impl Iterator<Item = &str> {
    value.split(',').map(str::trim).filter(|v| !v.is_empty())
}

fn parse_flag(value: &str) -> Option<bool> {
    match value.trim() {
        "1" => Some(true),
        "0" => Some(false),
        _ => None,
    }
}

/// Adds `value` to a sorted, deduplicated list, or removes it if present.
fn toggle<T: Ord>(list: &mut Vec<T>, value: T) {
    match list.binary_search(&value) {
        Ok(i) => {
            list.remove(i);
        }
        Err(i) => list.insert(i, value),
    }
}

/// Toggles a slug; returns false (and changes nothing) for a non-slug.
fn toggle_slug(list: &mut Vec<String>, value: &str) -> bool {
    let valid = is_slug(value);
    if valid {
        toggle(list, value.to_owned());
    }
    valid
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(s: &str) -> GalleryQuery {
        parse_query_string(s)
    }

    #[test]
    fn empty_and_default() {
        assert_eq!(q(""), GalleryQuery::default());
        assert_eq!(q("?"), GalleryQuery::default());
        assert_eq!(to_query_string(&GalleryQuery::default()), "");
    }

    #[test]
    fn reads_every_key() {
        let parsed = q("?commune=kieu-ky,bat-trang&stars=5,4&group=thuc-pham&kind=htx&year=2023&q=g%E1%BB%91m+s%E1%BB%A9&sort=newest&valid=1&page=3");
        assert_eq!(
            parsed,
            GalleryQuery {
                communes: vec!["bat-trang".into(), "kieu-ky".into()],
                stars: vec![4, 5],
                groups: vec!["thuc-pham".into()],
                kinds: vec!["htx".into()],
                year: Some(2023),
                text: "gốm sứ".into(),
                sort: Sort::Newest,
                valid_only: true,
                page: 3,
            }
        );
    }

    #[test]
    fn lists_merge_sort_and_deduplicate() {
        let parsed = q("stars=5&stars=4,5,,3&commune=b&commune=a,b&commune=a");
        assert_eq!(parsed.stars, [3, 4, 5]);
        assert_eq!(parsed.communes, ["a", "b"]);
        // Encoded commas separate values too, since decoding comes first.
        assert_eq!(q("stars=4%2C5").stars, [4, 5]);
        assert_eq!(q("stars=4,%205").stars, [4, 5]);
    }

    #[test]
    fn malformed_values_are_dropped_silently() {
        let parsed = q(
            "stars=2,6,45,x,-4,%35&commune=Bat-Trang,b%C3%A1t,a_b,ok&group=&kind=&zzz=1&=&&&page=0",
        );
        assert_eq!(parsed.stars, [5]);
        assert_eq!(parsed.communes, ["ok"]);
        assert!(parsed.groups.is_empty() && parsed.kinds.is_empty());
        assert_eq!(parsed.page, 1);
        let long = "a".repeat(201);
        assert!(q(&format!("group={long}")).groups.is_empty());
        assert_eq!(q(&format!("group={}", "a".repeat(200))).groups.len(), 1);
    }

    #[test]
    fn sort_valid_and_page_rules() {
        assert_eq!(q("sort=name").sort, Sort::Name);
        assert_eq!(q("sort=NAME").sort, Sort::Stars);
        assert_eq!(q("sort=bogus").sort, Sort::Stars);
        assert_eq!(q("sort=name&sort=bogus").sort, Sort::Name);
        assert_eq!(q("sort=name&sort=newest").sort, Sort::Newest);
        assert!(q("valid=1").valid_only);
        assert!(!q("valid=yes").valid_only);
        assert!(!q("valid=1&valid=0").valid_only);
        for (raw, page) in [
            ("page=2", 2),
            ("page=007", 7),
            ("page=100000", 100_000),
            ("page=100001", 1),
            ("page=0", 1),
            ("page=-1", 1),
            ("page=%2B3", 1),
            ("page=+3", 3), // `+` is a space, and spaces around values are trimmed
            ("page=1.5", 1),
            ("page=", 1),
            ("page=99999999999999999999999999", 1),
            ("page=%EF%BC%92", 1), // fullwidth 2
            ("page=3&page=x", 3),
        ] {
            assert_eq!(q(raw).page, page, "{raw}");
        }
    }

    #[test]
    fn text_is_trimmed_collapsed_and_capped() {
        assert_eq!(q("q=++g%E1%BB%91m+++s%E1%BB%A9%09%0A+").text, "gốm sứ");
        assert_eq!(q("q=a%00b").text, "a b");
        let long = "ố".repeat(150);
        let parsed = q(&format!("q={}", encode_component(&long)));
        assert_eq!(parsed.text.chars().count(), MAX_TEXT_CHARS);
        // A cut just after a space does not leave it dangling.
        let spaced = format!("{} {}", "a".repeat(99), "b".repeat(10));
        assert_eq!(normalize_text(&spaced), "a".repeat(99));
    }

    #[test]
    fn invalid_escapes_and_utf8_survive() {
        assert_eq!(q("q=100%").text, "100%");
        assert_eq!(q("q=%zz%4").text, "%zz%4");
        assert_eq!(q("q=%ff%fe").text, "\u{FFFD}\u{FFFD}");
        assert_eq!(q("q=%2B1").text, "+1");
        assert_eq!(q("q=a=b").text, "a=b");
        assert_eq!(q("q=Bát Tràng").text, "Bát Tràng");
    }

    #[test]
    fn year_names_one_year_of_recognition() {
        assert_eq!(q("year=2023").year, Some(2023));
        assert_eq!(q("year=2023&year=2024").year, Some(2024));
        assert_eq!(q("year=1800").year, None);
        assert_eq!(q("year=20x3").year, None);
        assert_eq!(q("year=2023&year=x").year, Some(2023));
        let query = q("year=2023&commune=bat-trang&q=gom");
        assert_eq!(to_query_string(&query), "commune=bat-trang&year=2023&q=gom");
        assert_eq!(query.active_filter_count(), 2);
        assert_eq!(query.with_year(None).year, None);
        assert_eq!(query.with_page(3).with_year(Some(2022)).page, 1);
    }

    #[test]
    fn prints_canonically() {
        let parsed = q("page=2&valid=1&sort=name&q=B%C3%A1t+Tr%C3%A0ng%2C+%26+co&kind=htx&group=do-uong&stars=5,4&commune=da-ton,bat-trang&theme=dark");
        assert_eq!(
            to_query_string(&parsed),
            "commune=bat-trang,da-ton&stars=4,5&group=do-uong&kind=htx&q=B%C3%A1t%20Tr%C3%A0ng%2C%20%26%20co&sort=name&valid=1&page=2"
        );
        assert_eq!(q(&to_query_string(&parsed)), parsed);
    }

    #[test]
    fn helpers_toggle_and_reset_the_page() {
        let base = q("stars=5&page=4&sort=name");
        let toggled = base
            .with_toggled(Facet::Commune, "kieu-ky")
            .with_toggled(Facet::Commune, "bat-trang");
        assert_eq!(toggled.communes, ["bat-trang", "kieu-ky"]);
        assert_eq!(toggled.page, 1);
        assert_eq!(
            toggled.with_toggled(Facet::Commune, "kieu-ky").communes,
            ["bat-trang"]
        );
        assert_eq!(base.with_toggled(Facet::Stars, "4").stars, [4, 5]);
        assert_eq!(base.with_toggled(Facet::Stars, "5").stars, Vec::<u8>::new());
        assert_eq!(base.with_toggled(Facet::Stars, "7"), base);
        assert_eq!(base.with_toggled(Facet::Group, "Not A Slug"), base);
        assert_eq!(base.with_toggled(Facet::Stars, "3").stars, [3, 5]);
        assert_eq!(base.with_toggled(Facet::Kind, "htx").kinds, ["htx"]);
        assert_eq!(
            base.with_toggled(Facet::Group, "thuc-pham").groups,
            ["thuc-pham"]
        );

        let busy = q("commune=a,b&stars=5&group=g&kind=htx&q=x&valid=1&sort=newest&page=3");
        assert_eq!(busy.active_filter_count(), 6);
        assert!(busy.is_filtered());
        let cleared = busy.cleared();
        assert_eq!(
            cleared,
            GalleryQuery {
                sort: Sort::Newest,
                ..GalleryQuery::default()
            }
        );
        assert!(!cleared.is_filtered());
        assert!(cleared.with_text("  x ").is_filtered());
        assert_eq!(cleared.with_text("  x  y ").text, "x y");
        assert_eq!(busy.with_page(0).page, 1);
        assert_eq!(busy.with_page(9).page, 9);
        assert_eq!(busy.with_page(u32::MAX).page, MAX_PAGE);
        assert_eq!(busy.with_sort(Sort::Name).page, 1);
        assert_eq!(busy.with_valid_only(false).active_filter_count(), 5);
        assert_eq!(busy.selected(Facet::Stars), ["5"]);
    }

    #[test]
    fn parse_accepts_decoded_pairs() {
        let parsed = parse([("stars", "4"), ("q", " a  b "), ("commune", "x,y")]);
        assert_eq!(parsed.stars, [4]);
        assert_eq!(parsed.text, "a b");
        assert_eq!(parsed.communes, ["x", "y"]);
        let owned: Vec<(String, String)> = vec![("sort".into(), "name".into())];
        assert_eq!(parse(owned).sort, Sort::Name);
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        fn slug() -> impl Strategy<Value = String> {
            "[a-z0-9-]{1,8}"
        }

        prop_compose! {
            fn any_query()(
                communes in proptest::collection::vec(slug(), 0..4),
                stars in proptest::collection::vec(0u8..8, 0..4),
                groups in proptest::collection::vec(slug(), 0..4),
                kinds in proptest::collection::vec(slug(), 0..3),
                text in "[ a-zA-Zàáạăằắâấđêếôơớưứ0-9%&=+,#?\t\u{0301}東🌸]{0,120}",
                sort in prop::sample::select(Sort::ALL.to_vec()),
                valid_only in any::<bool>(),
                year in proptest::option::of(1990u16..2110),
                page in 0u32..200_000,
            ) -> GalleryQuery {
                GalleryQuery { communes, stars, groups, kinds, year, text, sort, valid_only, page }.normalized()
            }
        }

        proptest! {
            #[test]
            fn round_trips(query in any_query()) {
                let printed = to_query_string(&query);
                prop_assert_eq!(parse_query_string(&printed), query.clone());
                prop_assert_eq!(printed.is_empty(), query == GalleryQuery::default());
            }

            #[test]
            fn any_string_parses_to_a_normalised_query(
                s in "(%|%zz|%ff%fe|%[0-9a-fA-F]{0,2}|[&=,+?]|commune=|stars=|page=|q=|sort=|valid=|[0-9]{1,30}|[a-z-]{1,5}|[ăđ東🌸\u{0}\u{301}]){0,40}"
            ) {
                let parsed = parse_query_string(&s);
                prop_assert_eq!(parsed.clone().normalized(), parsed.clone());
                prop_assert_eq!(parse_query_string(&to_query_string(&parsed)), parsed);
            }

            #[test]
            fn arbitrary_unicode_never_panics(s in any::<String>()) {
                let parsed = parse_query_string(&s);
                prop_assert!((1..=MAX_PAGE).contains(&parsed.page));
            }
        }
    }
}
