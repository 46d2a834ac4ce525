//! The committed data set against the contract (`docs/api.md`), read
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

/// Locality, sale points and shops: what the sources say, and no more.
#[test]
fn locality_points_and_shops() {
    let api = common::load_and_check(&datagen::public_api_dir());
    assert_eq!(api.site.locality.as_deref(), Some("huyện Gia Lâm"));

    let points = api.points.expect("the default set has points.json");
    let by_id = |id: &str| {
        points
            .items
            .iter()
            .find(|p| p.id == id)
            .unwrap_or_else(|| panic!("no point {id}"))
    };
    // The seed article: the Bát Tràng centre opened on 23/3/2024 …
    let centre = by_id("bat-trang-trung-tam-thiet-ke");
    assert_eq!(centre.kind, "trung-tam");
    assert_eq!(centre.commune, "bat-trang");
    assert_eq!(centre.opened_on.as_deref(), Some("2024-03-23"));
    assert!(!centre.planned && !centre.products.is_empty());
    // … the district keeps two display and sale points (in Bát Tràng) …
    let open_points: Vec<_> = points
        .items
        .iter()
        .filter(|p| p.kind == "diem-ban" && !p.planned)
        .collect();
    assert_eq!(open_points.len(), 2);
    assert!(open_points.iter().all(|p| p.commune == "bat-trang"));
    // … and plans one in Phù Đổng: no date, nothing sold yet.
    let planned: Vec<_> = points.items.iter().filter(|p| p.planned).collect();
    assert_eq!(planned.len(), 1);
    assert_eq!(planned[0].commune, "phu-dong");
    assert!(planned[0].opened_on.is_none() && planned[0].products.is_empty());
    assert_eq!(points.items.len(), 4);

    // Positions: inside former huyện Gia Lâm (roughly), not just the globe.
    for p in &points.items {
        let g = p.geo.unwrap();
        assert!(
            (20.93..=21.11).contains(&g.lat) && (105.85..=106.03).contains(&g.lng),
            "{}: {g:?}",
            p.id
        );
        // Sample contact details only: the fictional 0900 000 NNN range.
        if let Some(phone) = &p.phone {
            assert!(phone.starts_with("0900 000 "), "{}: {phone}", p.id);
        }
    }

    // Points and shops name sample products only: no source says where the
    // publicly reported products are sold.
    let content = datagen::content::Content::load(&datagen::content_dir()).unwrap();
    let reported: BTreeSet<&str> = content
        .products
        .iter()
        .filter(|p| p.reported)
        .map(|p| p.id.as_str())
        .collect();
    for p in &points.items {
        for id in &p.products {
            assert!(!reported.contains(id.as_str()), "{}: sells {id}", p.id);
        }
    }
    let with_shops: Vec<&String> = api
        .products
        .iter()
        .filter(|(_, d)| !d.shops.is_empty())
        .map(|(id, _)| id)
        .collect();
    assert!(
        (3..=12).contains(&with_shops.len()),
        "{} products with shops",
        with_shops.len()
    );
    for id in &with_shops {
        assert!(!reported.contains(id.as_str()), "{id} has shops");
    }
    // The stores the research names, at their own home pages.
    let stores = [
        ("Postmart", "https://postmart.vn/"),
        ("Voso", "https://voso.vn/"),
        ("Shopee", "https://shopee.vn/"),
        ("Tiki", "https://tiki.vn/"),
        ("Lazada", "https://www.lazada.vn/"),
    ];
    for shop in api.products.values().flat_map(|d| &d.shops) {
        assert!(
            stores.contains(&(shop.name.as_str(), shop.url.as_str())),
            "{shop:?}"
        );
    }
}

/// The content check stops bad points and shops before anything is written.
#[test]
fn content_check_rejects_bad_points_and_shops() {
    let good = datagen::content::Content::load(&datagen::content_dir()).unwrap();
    let bad = |change: &dyn Fn(&mut datagen::content::Content), expect: &str| {
        let mut content = good.clone();
        change(&mut content);
        let err = content.check().unwrap_err();
        assert!(err.contains(expect), "{expect:?} not in {err}");
    };
    bad(
        &|c| c.points[0].products.push("khong-co".into()),
        "unknown product khong-co",
    );
    bad(
        &|c| c.points[0].commune = "khong-co".into(),
        "unknown commune",
    );
    bad(
        &|c| c.points[0].groups = vec!["thuc-pham".into()],
        "not in the point's groups",
    );
    bad(
        &|c| c.points[0].kind = "cua-hang".into(),
        "kind must be one of",
    );
    bad(
        &|c| c.points[0].opened_on = Some("2024-02-30".into()),
        "bad opened_on",
    );
    bad(
        &|c| c.points[3].opened_on = Some("2024-05-01".into()),
        "a planned point",
    );
    bad(
        &|c| c.points[1].id = c.points[0].id.clone(),
        "appears twice",
    );
    bad(
        &|c| {
            c.points[0].geo = Some(datagen::content::GeoRow {
                lat: 120.0,
                lng: 0.0,
            })
        },
        "out of range",
    );
    let shop = |url: &str| datagen::content::ShopRow {
        name: "Postmart".into(),
        url: url.into(),
    };
    bad(
        &|c| {
            let p = c.products.iter_mut().find(|p| p.reported).unwrap();
            p.shops.push(shop("https://postmart.vn/"));
        },
        "a reported product carries no shops",
    );
    bad(
        &|c| {
            let p = c.products.iter_mut().find(|p| !p.reported).unwrap();
            p.shops.push(shop("http://postmart.vn/"));
        },
        "https:// URL",
    );
}
