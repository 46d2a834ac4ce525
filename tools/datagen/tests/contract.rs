//! The committed data set against the contract (`../shared/API.md`), read
//! back through the app's own models, and the figures it must show.

mod common;

use ocop_portal::domain::format::parse_date;
use std::collections::BTreeSet;

#[test]
fn contract() {
    // Decoding, cross-references, images, formats: see `load_and_check`.
    common::load_and_check(&datagen::public_api_dir());
}

#[test]
fn counts() {
    let api = common::load_and_check(&datagen::public_api_dir());
    let catalog = &api.catalog;

    assert_eq!(catalog.items.len(), 149, "the seed article's 149 products");
    // The 22 units before 2025 are the ones with successors.
    let old: Vec<&str> = catalog
        .communes
        .iter()
        .filter(|c| !c.successors.is_empty())
        .map(|c| c.slug.as_str())
        .collect();
    assert_eq!(old.len(), 22);
    let used: BTreeSet<&str> = catalog.items.iter().map(|p| p.commune.as_str()).collect();
    for slug in &old {
        assert!(used.contains(slug), "no product in {slug}");
    }
    assert_eq!(
        catalog.communes.len(),
        25,
        "22 old units and the 3 new ones"
    );
    let groups: BTreeSet<&str> = catalog.items.iter().map(|p| p.group.as_str()).collect();
    assert_eq!(groups.len(), 6);
    assert_eq!(catalog.groups.len(), 6);
    for stars in 3..=5 {
        assert!(
            catalog.items.iter().any(|p| p.stars == stars),
            "no {stars}★ product"
        );
    }

    assert!(api.articles.len() >= 40, "{} articles", api.articles.len());
    let categories: BTreeSet<&str> = api
        .articles
        .values()
        .filter_map(|a| a.summary.category.as_ref())
        .map(|c| c.slug.as_str())
        .collect();
    assert!(categories.len() >= 4, "{categories:?}");
    assert!(api.articles.values().any(|a| !a.related.is_empty()));

    // The gallery marks expired certificates: the data must have both kinds.
    let today = parse_date("2026-11-28").unwrap();
    let expiries: Vec<_> = catalog
        .items
        .iter()
        .filter_map(|p| p.expires_on.as_deref().and_then(parse_date))
        .collect();
    assert!(
        expiries.iter().any(|d| *d < today),
        "no expired certificate"
    );
    assert!(expiries.iter().any(|d| *d >= today), "no valid certificate");
    // Reported products have no public certificate.
    assert!(api.products.values().any(|p| p.certificate.is_none()));

    assert_eq!(api.stats.online, 5954);
    assert_eq!(api.stats.total_visits, 3_219_712);
    assert!(api.site.links.len() >= 6);

    let size: usize = api.files.values().map(Vec::len).sum();
    assert!(size < 3_000_000, "public/api is {size} bytes");
}
