//! A complete, small data set for another district, so the end-to-end suite
//! can run the app against a back end that is not the default one and check
//! that no page still names the default district.
//!
//! The district is described by `districts/dong-anh.toml` (identity,
//! communes, product and article templates, sale points; all sample data).
//! This module turns that description into a [`Content`], as if it had been
//! read from a `content/` folder, checks it with the same rules, and writes
//! it with [`crate::build`], the code that writes `public/api/`. Stars,
//! years, certificates and publication times are drawn like the scale set's
//! ([`crate::scale`]), from the file's seed: the same file gives the same
//! bytes. Categories, product groups and the link block come from the
//! default content (they are national, not the district's).

use crate::content::{
    ArticleRow, CommuneRow, Content, FrontMatter, PointRow, ProducerRow, ProductRow, ShopRow,
    SiteFile,
};
use crate::output::Files;
use crate::scale::{draw_recognition, office_hours_on, Rng};
use crate::Result;
use ocop_portal::domain::format::{days_from_civil, parse_date};
use ocop_portal::domain::text::words;
use serde::Deserialize;

/// The district `--district` writes: huyện Đông Anh (sample data).
pub const DONG_ANH: &str = include_str!("../districts/dong-anh.toml");

/// A district description (the format is documented in
/// `districts/dong-anh.toml`).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DistrictFile {
    pub products: usize,
    pub articles: usize,
    /// `YYYY-MM-DD`: the newest article's day.
    pub news_until: String,
    pub seed: u64,
    /// Ends the producers' addresses ("…, huyện Đông Anh, Hà Nội").
    pub province: String,
    pub site: SiteFile,
    #[serde(rename = "commune")]
    pub communes: Vec<CommuneRow>,
    #[serde(rename = "product")]
    pub product_templates: Vec<ProductTemplate>,
    #[serde(rename = "article")]
    pub article_templates: Vec<ArticleTemplate>,
    #[serde(default, rename = "point")]
    pub points: Vec<PointRow>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProductTemplate {
    pub id: String,
    pub name: String,
    pub group: String,
    pub producer: String,
    pub producer_kind: String,
    pub summary: String,
    /// Markdown.
    pub description: String,
    #[serde(default)]
    pub shops: Vec<ShopRow>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleTemplate {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub category: String,
    #[serde(default)]
    pub tags: Vec<String>,
    pub image: String,
    pub image_alt: String,
    /// Markdown.
    pub body: String,
}

/// Appended to every product description and article body: the set is
/// sample data and says so.
const SAMPLE_PRODUCT: &str =
    "*Sản phẩm mẫu của bộ dữ liệu kiểm thử: tên, chủ thể và chứng nhận là giả định.*";
const SAMPLE_ARTICLE: &str = "*Bài viết mẫu của bộ dữ liệu kiểm thử: nội dung là giả định.*";

pub fn parse(text: &str) -> Result<DistrictFile> {
    toml::from_str(text).map_err(|e| format!("district description: {e}"))
}

/// The Đông Anh set, with the national parts taken from `base` (the
/// default content).
pub fn build(base: &Content) -> Result<Files> {
    build_from(base, &parse(DONG_ANH)?)
}

pub fn build_from(base: &Content, district: &DistrictFile) -> Result<Files> {
    let content = content(base, district)?;
    let files = crate::build(&content)?;
    // The point of the set: nothing in it may name the default district.
    if let Some(place) = base.site.locality.as_deref().map(place_words) {
        if let Some(path) = files
            .0
            .iter()
            .find(|(_, bytes)| names_place(&String::from_utf8_lossy(bytes), &place))
            .map(|(path, _)| path)
        {
            return Err(format!(
                "{path} names {:?}, the default district",
                base.site.locality.as_deref().unwrap_or_default()
            ));
        }
    }
    Ok(files)
}

/// The district as content: communes, producers, products and articles made
/// from the templates, checked like `content/`.
pub fn content(base: &Content, district: &DistrictFile) -> Result<Content> {
    let locality = district
        .site
        .locality
        .clone()
        .ok_or("district description: [site] needs a locality")?;
    let communes = &district.communes;
    if communes.is_empty() {
        return Err("district description: no communes".into());
    }
    let mut rng = Rng::new(district.seed);

    let mut producers = Vec::with_capacity(district.products);
    let mut products = Vec::with_capacity(district.products);
    let templates = &district.product_templates;
    for (i, (template, commune)) in spread(templates, communes, district.products, "product")?
        .into_iter()
        .enumerate()
    {
        let place = Place::new(commune, &locality);
        let id = format!("{}-{}", template.id, commune.slug);
        producers.push(ProducerRow {
            key: id.clone(),
            name: place.fill(&template.producer)?,
            kind: template.producer_kind.clone(),
            address: Some(format!(
                "{}, {locality}, {}",
                place.commune, district.province
            )),
            phone: Some(format!("0900 000 {:03}", 300 + i)),
            website: None,
            reported: false,
        });
        let drawn = draw_recognition(&mut rng);
        products.push(ProductRow {
            id: id.clone(),
            name: place.fill(&template.name)?,
            stars: drawn.stars,
            year: drawn.year,
            commune: commune.slug.clone(),
            group: template.group.clone(),
            producer: id,
            summary: place.fill(&template.summary)?,
            description: format!(
                "{}\n\n{SAMPLE_PRODUCT}\n",
                place.fill(&template.description)?
            ),
            issued_on: drawn.issued_on,
            decision: drawn.decision,
            reported: false,
            shops: template.shops.clone(),
        });
    }

    let until = parse_date(&district.news_until).ok_or_else(|| {
        format!(
            "district description: bad news_until {:?}",
            district.news_until
        )
    })?;
    let mut day = days_from_civil(until.year, until.month, until.day);
    let mut articles = Vec::with_capacity(district.articles);
    let locality_tag = capitalise(&locality);
    for (template, commune) in spread(
        &district.article_templates,
        communes,
        district.articles,
        "article",
    )? {
        let place = Place::new(commune, &locality);
        let mut tags = vec!["OCOP".to_owned(), locality_tag.clone()];
        tags.extend(template.tags.iter().cloned());
        articles.push(ArticleRow {
            slug: format!("{}-{}", template.slug, commune.slug),
            front: FrontMatter {
                title: place.fill(&template.title)?,
                summary: place.fill(&template.summary)?,
                published_at: office_hours_on(day, &mut rng),
                views: rng.below(2000) as u64,
                category: template.category.clone(),
                tags,
                author: None,
                source: None,
                image: template.image.clone(),
                image_alt: template.image_alt.clone(),
            },
            body: format!("{}\n{SAMPLE_ARTICLE}\n", place.fill(&template.body)?),
        });
        day -= 4 + rng.below(9) as i64;
    }

    let mut site = district.site.clone();
    if site.links.is_empty() {
        site.links = base.site.links.clone();
    }
    let content = Content {
        site,
        categories: base.categories.clone(),
        communes: communes.clone(),
        groups: base.groups.clone(),
        producers,
        products,
        articles,
        points: district.points.clone(),
    };
    content
        .check()
        .map_err(|e| format!("the district set: {e}"))?;
    Ok(content)
}

/// `n` (template, commune) pairs: item `i` uses template `t = i mod T` in
/// commune `(t + i div T) mod C`, so every template appears in different
/// communes and no pair repeats (hence at most `T × C` items).
fn spread<'a, T>(
    templates: &'a [T],
    communes: &'a [CommuneRow],
    n: usize,
    what: &str,
) -> Result<Vec<(&'a T, &'a CommuneRow)>> {
    if n == 0 {
        return Ok(Vec::new());
    }
    if templates.is_empty() || n > templates.len() * communes.len() {
        return Err(format!(
            "district description: {n} {what}s need more than {} templates × {} communes",
            templates.len(),
            communes.len()
        ));
    }
    Ok((0..n)
        .map(|i| {
            let t = i % templates.len();
            let k = i / templates.len();
            (&templates[t], &communes[(t + k) % communes.len()])
        })
        .collect())
}

/// What the placeholders of a template stand for.
struct Place<'a> {
    /// "xã Cổ Loa"
    commune: String,
    /// "Cổ Loa"
    commune_name: &'a str,
    /// "huyện Đông Anh"
    locality: &'a str,
}

impl<'a> Place<'a> {
    fn new(commune: &'a CommuneRow, locality: &'a str) -> Self {
        Place {
            commune: format!("{} {}", commune.kind, commune.name),
            commune_name: &commune.name,
            locality,
        }
    }

    fn fill(&self, template: &str) -> Result<String> {
        let text = template
            .replace("{commune}", &self.commune)
            .replace("{Commune}", &capitalise(&self.commune))
            .replace("{commune_name}", self.commune_name)
            .replace("{locality}", self.locality)
            .replace("{Locality}", &capitalise(self.locality));
        match text.find('{') {
            Some(at) => Err(format!(
                "district description: unknown placeholder in {:?}",
                &text[at..text.len().min(at + 20)]
            )),
            None => Ok(text),
        }
    }
}

/// "xã Cổ Loa" → "Xã Cổ Loa".
fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The folded words of a locality without its kind: "huyện Gia Lâm" →
/// `["gia", "lam"]`.
pub fn place_words(locality: &str) -> Vec<String> {
    const KINDS: [&[&str]; 5] = [
        &["huyen"],
        &["quan"],
        &["thi", "xa"],
        &["thanh", "pho"],
        &["tinh"],
    ];
    let w = words(locality);
    for kind in KINDS {
        if w.len() > kind.len() && w.iter().zip(kind.iter()).all(|(a, b)| a == b) {
            return w[kind.len()..].to_vec();
        }
    }
    w
}

/// Whether `text` names the place of `place` words in any case, with or
/// without diacritics, with any separators ("Gia Lâm", "GIA LAM",
/// "gia-lam") or run together ("gialam"). Strict on purpose: "tham gia
/// làm" also matches, so templates avoid that phrase.
pub fn names_place(text: &str, place: &[String]) -> bool {
    if place.is_empty() {
        return false;
    }
    let w = words(text);
    let joined = place.concat();
    w.windows(place.len()).any(|window| window == place)
        || w.iter().any(|word| word.contains(&joined))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn place_names_are_found_in_every_spelling() {
        let place = place_words("huyện Gia Lâm");
        assert_eq!(place, ["gia", "lam"]);
        for text in [
            "Cổng OCOP huyện Gia Lâm",
            "GIA LÂM",
            "gia-lam-ocop",
            "https://gialam.example.vn/",
            "\"Gia Lam\"",
        ] {
            assert!(names_place(text, &place), "{text}");
        }
        for text in ["Cổng OCOP huyện Đông Anh", "giàn lâm", "Thụy Lâm"] {
            assert!(!names_place(text, &place), "{text}");
        }
        assert_eq!(place_words("thị xã Sơn Tây"), ["son", "tay"]);
    }

    #[test]
    fn templates_fill_and_reject_unknown_placeholders() {
        let commune = CommuneRow {
            slug: "co-loa".into(),
            name: "Cổ Loa".into(),
            kind: "xã".into(),
            successors: Vec::new(),
            since: None,
        };
        let place = Place::new(&commune, "huyện Đông Anh");
        assert_eq!(
            place.fill("{Commune}, {locality}: {commune_name}").unwrap(),
            "Xã Cổ Loa, huyện Đông Anh: Cổ Loa"
        );
        assert_eq!(place.fill("{Locality}").unwrap(), "Huyện Đông Anh");
        assert!(place.fill("{xa}").is_err());
    }

    #[test]
    fn spread_never_repeats_a_pair() {
        let communes: Vec<CommuneRow> = (0..3)
            .map(|i| CommuneRow {
                slug: format!("c{i}"),
                name: format!("C{i}"),
                kind: "xã".into(),
                successors: Vec::new(),
                since: None,
            })
            .collect();
        let templates = ["a", "b"];
        let pairs = spread(&templates, &communes, 6, "x").unwrap();
        let mut keys: Vec<String> = pairs
            .iter()
            .map(|(t, c)| format!("{t}-{}", c.slug))
            .collect();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), 6);
        assert!(spread(&templates, &communes, 7, "x").is_err());
    }
}
