//! The gallery side of the API: `products.json` and `products/{id}.json`.

use crate::content::{is_slug, CommuneRow, Content, GroupRow, ProducerRow};
use crate::dates::{add_months, CERTIFICATE_MONTHS};
use crate::html::render_markdown;
use crate::images;
use crate::output::Files;
use crate::Result;
use ocop_portal::api::models::{
    Catalog, Certificate, Commune, Group, Image, Producer, ProductDetail, ProductSummary, Shop,
};
use ocop_portal::domain::text::collation_key;
use std::cmp::Reverse;
use std::collections::BTreeSet;

/// One product, resolved and rendered, ready to be written. The scale set
/// builds these too.
#[derive(Clone, Debug)]
pub struct ProductInput {
    pub id: String,
    pub name: String,
    pub stars: u8,
    pub year: u16,
    pub commune: String,
    pub group: String,
    pub producer: ProducerRow,
    pub summary: String,
    pub description_html: String,
    pub issued_on: Option<String>,
    pub decision: Option<String>,
    pub shops: Vec<Shop>,
}

/// The products of `content/products.toml`, with their Markdown rendered.
pub fn inputs_from_content(content: &Content) -> Result<Vec<ProductInput>> {
    content
        .products
        .iter()
        .map(|p| {
            let producer = content
                .producer(&p.producer)
                .ok_or_else(|| format!("{}: unknown producer {}", p.id, p.producer))?;
            Ok(ProductInput {
                id: p.id.clone(),
                name: p.name.clone(),
                stars: p.stars,
                year: p.year,
                commune: p.commune.clone(),
                group: p.group.clone(),
                producer: producer.clone(),
                summary: p.summary.clone(),
                description_html: render_markdown(&p.description),
                issued_on: p.issued_on.clone(),
                decision: p.decision.clone(),
                shops: p
                    .shops
                    .iter()
                    .map(|s| Shop {
                        name: s.name.clone(),
                        url: s.url.clone(),
                    })
                    .collect(),
            })
        })
        .collect()
}

/// Writes `products.json` and one `products/{id}.json` per product.
///
/// Items are ordered by commune (in `communes.toml` order), then stars
/// (most first), then name in Vietnamese alphabetical order (the app's own
/// `compare_vi` keys, so "Đào" comes after "Dưa" and not after "Z"), then
/// id, so the order never depends on input order.
pub fn write(
    files: &mut Files,
    content: &Content,
    updated_at: &str,
    mut products: Vec<ProductInput>,
) -> Result<()> {
    let commune_index = |slug: &str| content.communes.iter().position(|c| c.slug == slug);
    let mut seen = BTreeSet::new();
    for p in &products {
        if !is_slug(&p.id) || !seen.insert(p.id.as_str()) {
            return Err(format!("product id {:?} is malformed or repeated", p.id));
        }
        if commune_index(&p.commune).is_none() || content.group(&p.group).is_none() {
            return Err(format!("{}: unknown commune or group", p.id));
        }
        if images::product_motif(&p.group, &p.name).is_none() {
            return Err(format!("{}: no illustration for group {}", p.id, p.group));
        }
    }
    products.sort_by_cached_key(|p| {
        (
            commune_index(&p.commune),
            Reverse(p.stars),
            collation_key(&p.name),
            p.name.clone(),
            p.id.clone(),
        )
    });

    let mut items = Vec::with_capacity(products.len());
    for p in &products {
        // Both looked up successfully above.
        let index = commune_index(&p.commune).unwrap_or_default();
        let commune = &content.communes[index];
        let group = content.group(&p.group).expect("checked above");
        let detail = detail_of(p, commune, index, group)?;
        files.json(format!("products/{}.json", p.id), &detail)?;
        let mut summary = detail.summary;
        // The list shows the producer's name and kind only; contact details
        // stay on the detail page.
        summary.producer = Producer {
            name: summary.producer.name,
            kind: summary.producer.kind,
            ..Producer::default()
        };
        items.push(summary);
    }

    files.json(
        "products.json",
        &Catalog {
            updated_at: Some(updated_at.to_owned()),
            communes: content.communes.iter().map(commune_of).collect(),
            groups: content.groups.iter().map(group_of).collect(),
            items,
        },
    )
}

fn commune_of(c: &CommuneRow) -> Commune {
    Commune {
        slug: c.slug.clone(),
        name: c.name.clone(),
        kind: c.kind.clone(),
        successors: c.successors.clone(),
    }
}

fn group_of(g: &GroupRow) -> Group {
    Group {
        slug: g.slug.clone(),
        name: g.name.clone(),
    }
}

fn detail_of(
    p: &ProductInput,
    commune: &CommuneRow,
    commune_index: usize,
    group: &GroupRow,
) -> Result<ProductDetail> {
    let expires_on = match &p.issued_on {
        Some(d) => Some(
            add_months(d, CERTIFICATE_MONTHS)
                .ok_or_else(|| format!("{}: bad issued_on {d:?}", p.id))?,
        ),
        None => None,
    };
    // Reported products have neither a decision nor a date: then there is
    // nothing to certify on the page, rather than an empty certificate box.
    let certificate = (p.decision.is_some() || p.issued_on.is_some()).then(|| Certificate {
        decision: p.decision.clone(),
        issued_on: p.issued_on.clone(),
        valid_until: expires_on.clone(),
    });

    let motif = images::product_motif(&p.group, &p.name).expect("checked in write");
    let variant = images::product_variant(&p.group, &p.name, commune_index);
    let main = images::product_src(&p.group, motif, variant);
    // "xã Bát Tràng", "thị trấn Yên Viên": the kind tells the two Yên Viên
    // apart.
    let alt = format!(
        "Ảnh minh họa sản phẩm {} ({}, {} {})",
        p.name, group.name, commune.kind, commune.name
    );
    let mut images_list = vec![Image {
        src: main.clone(),
        alt: alt.clone(),
    }];
    if let Some(src) = images::packaging_src(&p.group) {
        images_list.push(Image {
            src,
            alt: format!("{alt}: bao bì"),
        });
    }
    let (place_src, place) = images::place_src(&p.group);
    images_list.push(Image {
        src: place_src,
        alt: format!("{alt}: {place}"),
    });

    Ok(ProductDetail {
        summary: ProductSummary {
            id: p.id.clone(),
            name: p.name.clone(),
            stars: p.stars,
            year: Some(p.year),
            commune: p.commune.clone(),
            group: p.group.clone(),
            expires_on,
            producer: Producer {
                name: p.producer.name.clone(),
                kind: p.producer.kind.clone(),
                address: p.producer.address.clone(),
                phone: p.producer.phone.clone(),
                website: p.producer.website.clone(),
            },
            summary: p.summary.clone(),
            image: Some(Image { src: main, alt }),
        },
        description_html: p.description_html.clone(),
        images: images_list,
        certificate,
        shops: p.shops.clone(),
    })
}
