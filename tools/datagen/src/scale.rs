//! A large synthetic data set with the same layout as `public/api/`, to see
//! how the app copes with a district that has thousands of products and
//! years of news.
//!
//! Items are numbered variants of the real content ("Bưởi Diễn (mẫu 12)"),
//! so every text, body and image is well-formed and meaningful, while
//! communes, stars, years, certificate dates, publication times, views and
//! an extra tag are drawn from a seeded generator: the same seed gives the
//! same bytes.

use crate::content::{Content, PointRow};
use crate::dates::{days_in_month, timestamp_from_local_minutes};
use crate::news::{self, ArticleInput};
use crate::output::Files;
use crate::products::{self, ProductInput};
use crate::{images, points, site, Result};
use ocop_portal::domain::format::{days_from_civil, Date};
use ocop_portal::domain::html::escape_text;
use std::collections::BTreeSet;

#[derive(Clone, Debug)]
pub struct ScaleConfig {
    pub products: usize,
    pub articles: usize,
    pub seed: u64,
}

impl Default for ScaleConfig {
    fn default() -> Self {
        Self {
            products: 10_000,
            articles: 3_000,
            seed: 0x0C0F_61A1_A4D0_2024,
        }
    }
}

/// xorshift64*: tiny, fast, and fully determined by its seed, which is all
/// a synthetic data set needs (no cryptographic or statistical claims).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        // The state must never be zero.
        Self(seed.max(1))
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (`n > 0`). The modulo bias is irrelevant here.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
}

pub fn build(content: &Content, config: &ScaleConfig) -> Result<Files> {
    let mut rng = Rng::new(config.seed);
    let mut files = Files::new();
    site::write(&mut files, &content.site)?;
    let articles = scale_articles(content, config.articles, &mut rng)?;
    news::write(&mut files, articles, news::categories_of(content))?;
    let products = scale_products(content, config.products, &mut rng)?;
    let ids: BTreeSet<&str> = products.iter().map(|p| p.id.as_str()).collect();
    points::write(&mut files, &scale_points(content, &ids), &ids)?;
    products::write(
        &mut files,
        content,
        &content.site.catalog.updated_at,
        products,
    )?;
    images::write_all(&mut files)?;
    Ok(files)
}

/// The content's points, selling the first numbered copy of each of their
/// products (`…-mau-1`) where the set has one.
fn scale_points(content: &Content, ids: &BTreeSet<&str>) -> Vec<PointRow> {
    content
        .points
        .iter()
        .map(|p| PointRow {
            products: p
                .products
                .iter()
                .map(|id| format!("{id}-mau-1"))
                .filter(|id| ids.contains(id.as_str()))
                .collect(),
            ..p.clone()
        })
        .collect()
}

/// A drawn OCOP recognition of a synthetic product.
pub struct Recognition {
    pub stars: u8,
    pub year: u16,
    pub issued_on: Option<String>,
    pub decision: Option<String>,
}

/// Stars, year and certificate of a synthetic product (the scale set and
/// the `--district` set draw them the same way).
pub fn draw_recognition(rng: &mut Rng) -> Recognition {
    // Roughly the real mix: most products 4★, a third 3★, a few 5★.
    let stars = match rng.below(100) {
        0..=36 => 3,
        37..=94 => 4,
        _ => 5,
    };
    // 2019–2024, the years of the real catalogue.
    let year = 2019 + rng.below(6) as u16;
    // One in ten, like the reported products, has no public certificate.
    let (issued_on, decision) = if rng.below(10) == 0 {
        (None, None)
    } else {
        let month = 1 + rng.below(12) as u32;
        let day = 1 + rng.below(days_in_month(year.into(), month) as usize) as u32;
        let date = Date {
            year: year.into(),
            month,
            day,
        }
        .iso();
        let number = 1000 + rng.below(9000);
        (Some(date), Some(format!("{number}/QĐ-UBND")))
    };
    Recognition {
        stars,
        year,
        issued_on,
        decision,
    }
}

/// A publication time in office hours (7:00–16:55, Vietnam time) on `day`
/// (days since 1970-01-01).
pub fn office_hours_on(day: i64, rng: &mut Rng) -> String {
    let minute_of_day = 7 * 60 + 5 * rng.below(120) as i64;
    timestamp_from_local_minutes(day * 1440 + minute_of_day)
}

fn scale_products(content: &Content, n: usize, rng: &mut Rng) -> Result<Vec<ProductInput>> {
    let real = products::inputs_from_content(content)?;
    // Certificates keep the commune they were issued under, so only the
    // units that existed before the 2025 reorganisation are used.
    let communes: Vec<&str> = content
        .communes
        .iter()
        .filter(|c| c.since.is_none())
        .map(|c| c.slug.as_str())
        .collect();
    if real.is_empty() || communes.is_empty() {
        return Err("the scale set needs at least one product and one commune".into());
    }
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let base = &real[i % real.len()];
        let round = i / real.len() + 1;
        let drawn = draw_recognition(rng);
        out.push(ProductInput {
            id: format!("{}-mau-{round}", base.id),
            name: format!("{} (mẫu {round})", base.name),
            stars: drawn.stars,
            year: drawn.year,
            commune: communes[rng.below(communes.len())].to_owned(),
            group: base.group.clone(),
            producer: base.producer.clone(),
            summary: base.summary.clone(),
            description_html: base.description_html.clone(),
            issued_on: drawn.issued_on,
            decision: drawn.decision,
            shops: base.shops.clone(),
        });
    }
    Ok(out)
}

fn scale_articles(content: &Content, n: usize, rng: &mut Rng) -> Result<Vec<ArticleInput>> {
    let real = news::inputs_from_content(content)?;
    if real.is_empty() {
        return Err("the scale set needs at least one article".into());
    }
    let mut tag_pool: Vec<&str> = real
        .iter()
        .flat_map(|a| a.tags.iter().map(String::as_str))
        .collect();
    tag_pool.sort_unstable();
    tag_pool.dedup();

    // Going back from the seed article's day, 0–2 days between articles
    // (about one a day), each published in office hours.
    let mut day = days_from_civil(2024, 6, 24);
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let base = &real[i % real.len()];
        let round = i / real.len() + 1;
        // The second half of the body comes from another article, so bodies
        // differ in length and subject while staying real text.
        let other = &real[rng.below(real.len())];
        let mut tags = base.tags.clone();
        let extra = tag_pool[rng.below(tag_pool.len())];
        if !tags.iter().any(|t| t == extra) {
            tags.push(extra.to_owned());
        }
        out.push(ArticleInput {
            slug: format!("{}-ban-{round}", base.slug),
            title: format!("{} (bản {round})", base.title),
            summary: base.summary.clone(),
            published_at: office_hours_on(day, rng),
            views: rng.below(5000) as u64,
            category: base.category.clone(),
            tags,
            theme: base.theme.clone(),
            image_alt: base.image_alt.clone(),
            author: base.author.clone(),
            source: base.source.clone(),
            body_html: format!(
                "{}<h2>Cùng chủ đề: {}</h2>\n<p>{}</p>\n",
                base.body_html,
                escape_text(&other.title),
                escape_text(&other.summary)
            ),
        });
        day -= rng.below(3) as i64;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rng_is_seeded_and_spreads() {
        let a: Vec<u64> = {
            let mut r = Rng::new(7);
            (0..5).map(|_| r.next_u64()).collect()
        };
        let b: Vec<u64> = {
            let mut r = Rng::new(7);
            (0..5).map(|_| r.next_u64()).collect()
        };
        assert_eq!(a, b);
        let mut r = Rng::new(1);
        let mut seen = [0usize; 6];
        for _ in 0..6000 {
            seen[r.below(6)] += 1;
        }
        assert!(seen.iter().all(|&n| n > 800), "{seen:?}");
        assert_eq!(Rng::new(0).next_u64(), Rng::new(1).next_u64());
    }
}
