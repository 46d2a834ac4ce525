//! The programme in figures (`/thong-ke`): how many products at each star
//! level, in each group, commune and certification year, by producer kind,
//! and which certificates run out soon or already have.
//!
//! Every count comes from the gallery's own index ([`Gallery::facets`],
//! [`Gallery::results`]) with the query its link opens, so a figure and the
//! gallery it links to cannot disagree.

use crate::api::models::Catalog;
use crate::domain::catalog::{commune_labels, expiry_date};
use crate::domain::format::Date;
use crate::domain::gallery::Gallery;
use crate::domain::query::{Facet, GalleryQuery};

/// Days ahead that count as "expiring soon".
pub const EXPIRING_WITHIN_DAYS: i64 = 90;

/// One bar: what it counts, how many, and the gallery view of exactly
/// those products.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bar {
    pub label: String,
    pub count: usize,
    pub query: GalleryQuery,
}

/// A commune's products, split by star level (3, 4, 5).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommuneRow {
    pub total: Bar,
    pub by_stars: Vec<Bar>,
}

/// A certificate that runs out soon, or has.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Expiry {
    /// Index into `catalog.items`.
    pub product: usize,
    pub expires_on: Date,
    /// Days from today to the expiry day (negative: already expired).
    pub days_left: i64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Figures {
    pub products: usize,
    /// Distinct producer names.
    pub producers: usize,
    /// Communes with at least one product, and communes listed.
    pub communes_with_products: usize,
    pub by_stars: Vec<Bar>,
    pub by_group: Vec<Bar>,
    /// Every commune the catalogue lists (those without products too) and
    /// any a product names without it being listed.
    pub by_commune: Vec<CommuneRow>,
    /// Oldest year first; products without a year are left out (see
    /// `without_year`).
    pub by_year: Vec<Bar>,
    pub without_year: usize,
    pub by_kind: Vec<Bar>,
    /// Valid today and running out within [`EXPIRING_WITHIN_DAYS`], soonest
    /// first.
    pub expiring: Vec<Expiry>,
    /// Already run out, most recent first.
    pub expired: Vec<Expiry>,
}

impl Figures {
    pub fn new(catalog: &Catalog, gallery: &Gallery, today: Date) -> Figures {
        let all = GalleryQuery::default();
        let facets = gallery.facets(&all, today);
        let bars = |facet: Facet| -> Vec<Bar> {
            facets
                .get(facet)
                .iter()
                .map(|o| Bar {
                    label: o.label.clone(),
                    count: o.count,
                    query: all.with_toggled(facet, &o.value),
                })
                .collect()
        };
        let by_stars = bars(Facet::Stars);
        // The gallery offers the communes that have products; the figures
        // list every commune the catalogue names too, in its order.
        let mut communes = bars(Facet::Commune);
        let labels = commune_labels(&catalog.communes);
        for (at, (slug, label)) in labels.iter().enumerate() {
            let listed_before = labels[..at].iter().any(|(b, _)| b == slug);
            if !listed_before && !communes.iter().any(|b| b.query.communes == [*slug]) {
                let at = communes.len().min(at);
                communes.insert(
                    at,
                    Bar {
                        label: label.clone(),
                        count: 0,
                        query: all.with_toggled(Facet::Commune, slug),
                    },
                );
            }
        }
        let by_commune = communes
            .into_iter()
            .map(|total| CommuneRow {
                by_stars: by_stars
                    .iter()
                    .map(|stars| {
                        let query = GalleryQuery {
                            communes: total.query.communes.clone(),
                            ..stars.query.clone()
                        };
                        Bar {
                            label: stars.label.clone(),
                            count: gallery.results(&query, today).len(),
                            query,
                        }
                    })
                    .collect(),
                total,
            })
            .collect::<Vec<_>>();

        let mut years: Vec<u16> = catalog.items.iter().filter_map(|p| p.year).collect();
        years.sort_unstable();
        years.dedup();
        let by_year = years
            .into_iter()
            .map(|year| {
                let query = all.with_year(Some(year));
                Bar {
                    label: year.to_string(),
                    count: gallery.results(&query, today).len(),
                    query,
                }
            })
            .collect();

        let mut producers: Vec<&str> = catalog
            .items
            .iter()
            .map(|p| p.producer.name.trim())
            .collect();
        producers.sort_unstable();
        producers.dedup();

        let mut expiring = Vec::new();
        let mut expired = Vec::new();
        for (product, p) in catalog.items.iter().enumerate() {
            let Some(expires_on) = expiry_date(p) else {
                continue;
            };
            let days_left = expires_on.days() - today.days();
            let expiry = Expiry {
                product,
                expires_on,
                days_left,
            };
            if days_left < 0 {
                expired.push(expiry);
            } else if days_left <= EXPIRING_WITHIN_DAYS {
                expiring.push(expiry);
            }
        }
        expiring.sort_by_key(|e| (e.days_left, e.product));
        expired.sort_by_key(|e| (-e.days_left, e.product));

        Figures {
            products: facets.total,
            producers: producers.len(),
            communes_with_products: by_commune.iter().filter(|c| c.total.count > 0).count(),
            by_stars,
            by_group: bars(Facet::Group),
            by_commune,
            by_year,
            without_year: catalog.items.iter().filter(|p| p.year.is_none()).count(),
            by_kind: bars(Facet::Kind),
            expiring,
            expired,
        }
    }
}

/// The largest count of `bars`, at least 1 (a bar's length is its share of
/// it).
pub fn scale(bars: impl IntoIterator<Item = usize>) -> usize {
    bars.into_iter().max().unwrap_or(0).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::models::ProductSummary;
    use crate::domain::fixtures::{self, commune};

    /// A product of `commune` whose producer is the commune's one HTX.
    fn product(
        id: &str,
        stars: u8,
        commune: &str,
        year: Option<u16>,
        expires: &str,
    ) -> ProductSummary {
        let expires = (!expires.is_empty()).then_some(expires);
        let mut p = fixtures::product(
            id,
            &format!("Sản phẩm {id}"),
            stars,
            commune,
            "thuc-pham",
            "htx",
            year,
            expires,
        );
        p.producer.name = format!("HTX {commune}");
        p
    }

    fn catalog() -> Catalog {
        Catalog {
            communes: vec![
                commune("bat-trang", "Bát Tràng"),
                commune("da-ton", "Đa Tốn"),
                commune("kim-lan", "Kim Lan"),
            ],
            items: vec![
                product("a", 4, "bat-trang", Some(2022), "2025-01-10"),
                product("b", 5, "bat-trang", Some(2023), "2026-02-01"),
                product("c", 4, "da-ton", Some(2023), "2026-01-05"),
                product("d", 3, "da-ton", None, ""),
                product("e", 3, "mystery", Some(2024), "2027-06-30"),
            ],
            ..Default::default()
        }
    }

    const TODAY: Date = Date {
        year: 2025,
        month: 12,
        day: 3,
    };

    #[test]
    fn each_count_is_what_its_gallery_view_shows() {
        let catalog = catalog();
        let gallery = Gallery::new(&catalog);
        let f = Figures::new(&catalog, &gallery, TODAY);
        assert_eq!(
            (f.products, f.producers, f.communes_with_products),
            (5, 3, 3)
        );
        let bars = f
            .by_stars
            .iter()
            .chain(&f.by_group)
            .chain(&f.by_year)
            .chain(&f.by_kind)
            .chain(
                f.by_commune
                    .iter()
                    .flat_map(|c| std::iter::once(&c.total).chain(&c.by_stars)),
            );
        for bar in bars {
            assert_eq!(
                bar.count,
                gallery.results(&bar.query, TODAY).len(),
                "{}",
                bar.label
            );
        }
        let stars: Vec<_> = f
            .by_stars
            .iter()
            .map(|b| (b.label.as_str(), b.count))
            .collect();
        assert_eq!(stars, [("3 sao", 2), ("4 sao", 2), ("5 sao", 1)]);
    }

    #[test]
    fn every_listed_commune_is_counted_even_without_products() {
        let catalog = catalog();
        let f = Figures::new(&catalog, &Gallery::new(&catalog), TODAY);
        let communes: Vec<_> = f
            .by_commune
            .iter()
            .map(|c| (c.total.label.as_str(), c.total.count))
            .collect();
        assert!(communes.contains(&("Kim Lan", 0)), "{communes:?}");
        assert!(communes.contains(&("mystery", 1)), "{communes:?}");
        let bat_trang = f
            .by_commune
            .iter()
            .find(|c| c.total.label == "Bát Tràng")
            .unwrap();
        let split: Vec<_> = bat_trang.by_stars.iter().map(|b| b.count).collect();
        assert_eq!(split, [0, 1, 1]);
        assert_eq!(
            crate::domain::query::to_query_string(&bat_trang.by_stars[1].query),
            "commune=bat-trang&stars=4"
        );
    }

    #[test]
    fn years_run_oldest_first_and_products_without_one_are_counted_apart() {
        let catalog = catalog();
        let f = Figures::new(&catalog, &Gallery::new(&catalog), TODAY);
        let years: Vec<_> = f
            .by_year
            .iter()
            .map(|b| (b.label.as_str(), b.count))
            .collect();
        assert_eq!(years, [("2022", 1), ("2023", 2), ("2024", 1)]);
        assert_eq!(f.without_year, 1);
    }

    #[test]
    fn certificates_expiring_within_90_days_come_soonest_first_and_expired_apart() {
        let catalog = catalog();
        let f = Figures::new(&catalog, &Gallery::new(&catalog), TODAY);
        let ids = |list: &[Expiry]| -> Vec<(String, i64)> {
            list.iter()
                .map(|e| (catalog.items[e.product].id.clone(), e.days_left))
                .collect()
        };
        // 2026-01-05 is 33 days after 2025-12-03; 2026-02-01, 60.
        assert_eq!(ids(&f.expiring), [("c".into(), 33), ("b".into(), 60)]);
        assert_eq!(ids(&f.expired), [("a".into(), -327)]);
        // The day it runs out still counts as valid (the gallery's rule), the next not.
        let on_the_day = Figures::new(
            &catalog,
            &Gallery::new(&catalog),
            Date {
                year: 2026,
                month: 1,
                day: 5,
            },
        );
        assert_eq!(ids(&on_the_day.expiring)[0], ("c".into(), 0));
        let after = Figures::new(
            &catalog,
            &Gallery::new(&catalog),
            Date {
                year: 2026,
                month: 1,
                day: 6,
            },
        );
        assert!(ids(&after.expired).contains(&("c".into(), -1)));
    }
}
