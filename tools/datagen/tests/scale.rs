//! The scale set, at a test-sized scale: same layout, same contract.

mod common;

use common::Scratch;
use datagen::content::Content;
use datagen::scale::{self, ScaleConfig};
use std::collections::BTreeSet;

#[test]
fn scale_set_decodes_and_keeps_the_contract() {
    let content = Content::load(&datagen::content_dir()).unwrap_or_else(|e| panic!("{e}"));
    let config = ScaleConfig {
        products: 500,
        articles: 100,
        ..ScaleConfig::default()
    };
    let files = scale::build(&content, &config).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        files,
        scale::build(&content, &config).unwrap(),
        "not deterministic"
    );

    let scratch = Scratch::new("scale");
    files
        .replace_dir(&scratch.0)
        .unwrap_or_else(|e| panic!("{e}"));
    let api = common::load_and_check(&scratch.0);

    assert_eq!(api.catalog.items.len(), 500);
    assert_eq!(api.articles.len(), 100);
    assert_eq!(api.pages.len(), 9, "100 articles, 12 a page");
    assert_eq!(api.pages.last().unwrap().items.len(), 4);
    // Spread over every pre-2025 commune, every group, every star level.
    let communes: BTreeSet<&str> = api
        .catalog
        .items
        .iter()
        .map(|p| p.commune.as_str())
        .collect();
    assert_eq!(communes.len(), 22);
    let groups: BTreeSet<&str> = api.catalog.items.iter().map(|p| p.group.as_str()).collect();
    assert_eq!(groups.len(), 6);
    let stars: BTreeSet<u8> = api.catalog.items.iter().map(|p| p.stars).collect();
    assert_eq!(stars.len(), 3);
    // The content's sale points, selling the numbered copies.
    let points = api.points.as_ref().expect("points.json");
    assert_eq!(points.items.len(), content.points.len());
    assert!(points
        .items
        .iter()
        .flat_map(|p| &p.products)
        .all(|id| id.ends_with("-mau-1")));
    assert!(points.items.iter().any(|p| !p.products.is_empty()));
    // The images are the shared set, not one per product.
    let images = api.files.keys().filter(|p| p.ends_with(".svg")).count();
    assert!(images < 150, "{images} images");
}
