//! The `--district` set (huyện Đông Anh, sample data): a complete data set
//! that keeps the contract and never names the default district.

mod common;

use common::Scratch;
use datagen::content::Content;
use std::collections::BTreeSet;
use std::process::Command;

fn district_set(name: &str) -> (Scratch, common::Api) {
    let content = Content::load(&datagen::content_dir()).unwrap_or_else(|e| panic!("{e}"));
    let files = datagen::district::build(&content).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        files,
        datagen::district::build(&content).unwrap(),
        "not deterministic"
    );
    let scratch = Scratch::new(name);
    files
        .replace_dir(&scratch.0)
        .unwrap_or_else(|e| panic!("{e}"));
    // Decodes every file with the app's models and resolves every reference.
    let api = common::load_and_check(&scratch.0);
    (scratch, api)
}

#[test]
fn district_set_keeps_the_contract_with_its_own_identity_and_counts() {
    let (_scratch, api) = district_set("district");

    assert_eq!(api.site.name, "Cổng thông tin OCOP huyện Đông Anh");
    assert_eq!(api.site.locality.as_deref(), Some("huyện Đông Anh"));
    assert!(api.site.links.len() >= 6, "the national link block");
    // Different figures from the default set's (5954 / 3.219.712).
    assert_eq!(api.stats.online, 1287);
    assert_eq!(api.stats.total_visits, 402_518);

    // Every file the contract lists.
    for path in [
        "site.json",
        "stats.json",
        "news/index.json",
        "news/page-1.json",
        "news/page-2.json",
        "products.json",
        "points.json",
    ] {
        assert!(api.files.contains_key(path), "no {path}");
    }
    assert_eq!(api.articles.len(), 15);
    assert_eq!(api.pages.len(), 2, "15 articles, 12 a page");
    assert_eq!(api.pages[1].items.len(), 3);
    assert!(api.articles.values().any(|a| !a.related.is_empty()));
    assert_eq!(api.catalog.items.len(), 30);
    assert_eq!(api.products.len(), 30);
    assert!(api.files.keys().any(|p| p.ends_with(".svg")));

    // Its own communes, every one with products; none of the default set's.
    let communes: BTreeSet<&str> = api
        .catalog
        .communes
        .iter()
        .map(|c| c.slug.as_str())
        .collect();
    assert_eq!(communes.len(), 8);
    assert!(communes.contains("co-loa"));
    let used: BTreeSet<&str> = api
        .catalog
        .items
        .iter()
        .map(|p| p.commune.as_str())
        .collect();
    assert_eq!(used, communes);
    let default = Content::load(&datagen::content_dir()).unwrap();
    for c in &default.communes {
        assert!(!communes.contains(c.slug.as_str()), "{}", c.slug);
    }
    let groups: BTreeSet<&str> = api.catalog.items.iter().map(|p| p.group.as_str()).collect();
    assert_eq!(groups.len(), 6, "every product group");
    let stars: BTreeSet<u8> = api.catalog.items.iter().map(|p| p.stars).collect();
    assert!(stars.len() >= 2, "{stars:?}");
    assert!(api.products.values().any(|p| !p.shops.is_empty()));

    // Sale points: a centre, an open point and a planned one.
    let points = api.points.as_ref().expect("points.json");
    assert_eq!(points.items.len(), 3);
    assert!(points.items.iter().any(|p| p.kind == "trung-tam"));
    assert!(points
        .items
        .iter()
        .any(|p| p.planned && p.products.is_empty()));
    for p in &points.items {
        let g = p.geo.unwrap();
        // Roughly huyện Đông Anh.
        assert!(
            (21.05..=21.25).contains(&g.lat) && (105.70..=105.95).contains(&g.lng),
            "{}: {g:?}",
            p.id
        );
    }
}

/// The end-to-end suite asserts that no page says "Gia Lâm" when the app
/// runs on this set; that holds only if no file of it does.
#[test]
fn no_file_of_the_district_set_names_the_default_district() {
    let (_scratch, api) = district_set("district-names");
    let spellings = [
        "gia lâm",
        "gia la\u{302}m", // decomposed (NFD) â
        "gia lam",
        "gia-lam",
        "gia_lam",
        "gialam",
        "gia%20l",
        "gia l\\u00e2m", // JSON-escaped â
    ];
    let place = datagen::district::place_words("huyện Gia Lâm");
    let mut found = Vec::new();
    for (path, bytes) in &api.files {
        let text = String::from_utf8_lossy(bytes);
        let lower = text.to_lowercase();
        for s in spellings {
            if lower.contains(s) {
                found.push(format!("{path}: {s:?}"));
            }
        }
        // Folded words: any case, diacritics or separators.
        if datagen::district::names_place(&text, &place) {
            found.push(format!("{path}: names the place"));
        }
        assert!(!path.contains("gia-lam"), "{path}");
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// Like `--scale`, `--district` never writes into `public/`.
#[test]
fn the_cli_refuses_to_write_the_district_set_into_public() {
    let target = datagen::repo_root()
        .join("public")
        .join("district-api-test");
    let out = Command::new(env!("CARGO_BIN_EXE_datagen"))
        .arg("--district")
        .arg(&target)
        .output()
        .expect("runs datagen");
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("under public/"), "{stderr}");
    assert!(!target.exists());
}

/// The generator itself refuses a district set that names the default
/// district (here through a template), so `--district` cannot write one.
#[test]
fn the_generator_refuses_a_set_naming_the_default_district() {
    let content = Content::load(&datagen::content_dir()).unwrap();
    let mut district = datagen::district::parse(datagen::district::DONG_ANH).unwrap();
    district.article_templates[0].body += "\nSản phẩm của xã láng giềng gia-lam.\n";
    let err = datagen::district::build_from(&content, &district).unwrap_err();
    assert!(err.contains("names \"huyện Gia Lâm\""), "{err}");
}
