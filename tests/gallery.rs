//! The gallery engine at scale and against a naive model: property tests
//! (results match every filter, none is missing, facet counts equal the
//! single-choice query, orders are right) and a timing run on 10,000
//! products (`cargo test --release --test gallery -- --ignored --nocapture`).

use ocop_portal::api::models::{Catalog, Commune, Group, Producer, ProductSummary};
use ocop_portal::domain::catalog::is_expired;
use ocop_portal::domain::format::parse_date;
use ocop_portal::domain::gallery::Gallery;
use ocop_portal::domain::paging::{page_count, page_of, PAGE_SIZE};
use ocop_portal::domain::query::{parse_query_string, Facet, GalleryQuery, Sort};
use ocop_portal::domain::text::{compare_vi, words};
use ocop_portal::domain::url::is_slug;
use std::cmp::Ordering;

use ocop_portal::domain::fixtures::{commune, product, TODAY};

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
fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> (std::time::Duration, std::time::Duration, T) {
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

/// `cargo test --release --test gallery -- --ignored --nocapture timing`
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
            year in prop::option::of(2017u16..2027),
        ) -> GalleryQuery {
            GalleryQuery {
                communes: communes.iter().map(|s| s.to_string()).collect(),
                stars,
                groups: groups.iter().map(|s| s.to_string()).collect(),
                kinds: kinds.iter().map(|s| s.to_string()).collect(),
                year,
                text: text.join(" "),
                sort,
                valid_only,
                page: 1,
            }
            .normalized()
        }
    }

    /// The first listed entry's name for a slug, else the slug.
    fn listed<'c>(mut entries: impl Iterator<Item = (&'c str, &'c str)>, slug: &'c str) -> &'c str {
        entries
            .find(|(s, _)| *s == slug)
            .map_or(slug, |(_, name)| name)
    }

    fn commune_label<'c>(catalog: &'c Catalog, p: &'c ProductSummary) -> &'c str {
        listed(
            catalog
                .communes
                .iter()
                .map(|c| (c.slug.as_str(), c.name.as_str())),
            &p.commune,
        )
    }

    fn group_label<'c>(catalog: &'c Catalog, p: &'c ProductSummary) -> &'c str {
        listed(
            catalog
                .groups
                .iter()
                .map(|g| (g.slug.as_str(), g.name.as_str())),
            &p.group,
        )
    }

    /// The search text's rule for the short words the generator types (no
    /// slips fit words of one or two letters): every word is a word of the
    /// product's name, producer, commune, group or summary, and the last
    /// one, while being typed, may be the start of one.
    fn text_matches(catalog: &Catalog, p: &ProductSummary, text: &str) -> bool {
        let haystack = words(&format!(
            "{} {} {} {} {}",
            p.name,
            p.producer.name,
            commune_label(catalog, p),
            group_label(catalog, p),
            p.summary
        ));
        // A repeated word counts once, where it last stands.
        let mut asked: Vec<String> = Vec::new();
        for w in words(text).into_iter().rev() {
            if !asked.contains(&w) {
                asked.push(w);
            }
        }
        asked.reverse();
        let typing = text.chars().last().is_some_and(char::is_alphanumeric);
        asked.iter().enumerate().all(|(i, w)| {
            haystack
                .iter()
                .any(|h| h == w || (typing && i + 1 == asked.len() && h.starts_with(w.as_str())))
        })
    }

    fn naive_matches(catalog: &Catalog, p: &ProductSummary, q: &GalleryQuery) -> bool {
        (q.communes.is_empty() || q.communes.contains(&p.commune))
            && (q.stars.is_empty() || q.stars.contains(&p.stars))
            && (q.groups.is_empty() || q.groups.contains(&p.group))
            && (q.kinds.is_empty() || q.kinds.contains(&p.producer.kind))
            && (q.year.is_none() || q.year == p.year)
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
