//! The news side of the API: `news/page-N.json`, `news/index.json` and
//! `articles/{slug}.json`.

use crate::content::{is_slug, Content};
use crate::html::render_markdown;
use crate::output::Files;
use crate::Result;
use ocop_portal::api::models::{
    Article, ArticleSummary, Category, Image, IndexEntry, NewsIndex, NewsPage, Source,
};
use ocop_portal::domain::format::parse_timestamp;
use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet};

/// Articles per `news/page-N.json`.
pub const PAGE_SIZE: usize = 12;
/// At most this many `related` articles.
pub const RELATED: usize = 5;
/// Sharing the category counts as much as sharing this many tags when
/// choosing related articles.
const CATEGORY_WEIGHT: usize = 2;

/// One article, resolved and rendered, ready to be written. The scale set
/// builds these too.
#[derive(Clone, Debug)]
pub struct ArticleInput {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub published_at: String,
    pub views: u64,
    pub category: Category,
    pub tags: Vec<String>,
    /// Illustration theme of the thumbnail.
    pub theme: String,
    pub image_alt: String,
    pub author: Option<String>,
    pub source: Option<String>,
    pub body_html: String,
}

/// The articles of `content/articles/`, with their Markdown rendered.
pub fn inputs_from_content(content: &Content) -> Result<Vec<ArticleInput>> {
    content
        .articles
        .iter()
        .map(|a| {
            let f = &a.front;
            let category = content
                .category(&f.category)
                .ok_or_else(|| format!("articles/{}.md: unknown category", a.slug))?;
            Ok(ArticleInput {
                slug: a.slug.clone(),
                title: f.title.clone(),
                summary: f.summary.clone(),
                published_at: f.published_at.clone(),
                views: f.views,
                category: Category {
                    slug: category.slug.clone(),
                    name: category.name.clone(),
                },
                tags: f.tags.clone(),
                theme: f.image.clone(),
                image_alt: f.image_alt.clone(),
                author: f.author.clone(),
                source: f.source.clone(),
                body_html: render_markdown(&a.body),
            })
        })
        .collect()
}

/// Every category of `categories.toml`, for `news/index.json` (the app
/// names category views from it).
pub fn categories_of(content: &Content) -> Vec<Category> {
    content
        .categories
        .iter()
        .map(|c| Category {
            slug: c.slug.clone(),
            name: c.name.clone(),
        })
        .collect()
}

/// Writes the news pages, the index and one file per article.
pub fn write(
    files: &mut Files,
    mut articles: Vec<ArticleInput>,
    categories: Vec<Category>,
) -> Result<()> {
    sort_newest_first(&mut articles)?;
    let mut seen = BTreeSet::new();
    for a in &articles {
        if !is_slug(&a.slug) || !seen.insert(a.slug.as_str()) {
            return Err(format!(
                "article slug {:?} is malformed or repeated",
                a.slug
            ));
        }
    }
    let summaries: Vec<ArticleSummary> = articles.iter().map(summary_of).collect();

    // news/page-N.json: one page even when there is no news, so page 1
    // always exists.
    let total_pages = summaries.len().div_ceil(PAGE_SIZE).max(1);
    for page in 1..=total_pages {
        let start = (page - 1) * PAGE_SIZE;
        let end = (start + PAGE_SIZE).min(summaries.len());
        files.json(
            format!("news/page-{page}.json"),
            &NewsPage {
                page: page as u32,
                total_pages: total_pages as u32,
                total_items: summaries.len() as u32,
                items: summaries[start.min(end)..end].to_vec(),
            },
        )?;
    }

    files.json(
        "news/index.json",
        &NewsIndex {
            items: articles
                .iter()
                .map(|a| IndexEntry {
                    slug: a.slug.clone(),
                    title: a.title.clone(),
                    published_at: a.published_at.clone(),
                    category: Some(a.category.slug.clone()),
                    tags: a.tags.clone(),
                })
                .collect(),
            categories,
        },
    )?;

    let related = related_indices(&articles);
    for (i, a) in articles.into_iter().enumerate() {
        let article = Article {
            summary: summaries[i].clone(),
            body_html: a.body_html,
            author: a.author,
            source: a.source.map(|name| Source { name, url: None }),
            updated_at: None,
            related: related[i].iter().map(|&j| summaries[j].clone()).collect(),
        };
        files.json(format!("articles/{}.json", a.slug), &article)?;
    }
    Ok(())
}

fn summary_of(a: &ArticleInput) -> ArticleSummary {
    ArticleSummary {
        slug: a.slug.clone(),
        title: a.title.clone(),
        summary: a.summary.clone(),
        published_at: a.published_at.clone(),
        views: a.views,
        category: Some(a.category.clone()),
        tags: a.tags.clone(),
        thumbnail: Some(Image {
            src: crate::images::illustration_src(&a.theme),
            alt: a.image_alt.clone(),
        }),
    }
}

/// Newest first by the instant (read the way the app reads it), then by
/// slug so that two articles published in the same minute keep a stable
/// order.
fn sort_newest_first(articles: &mut [ArticleInput]) -> Result<()> {
    if let Some(bad) = articles
        .iter()
        .find(|a| parse_timestamp(&a.published_at).is_none())
    {
        return Err(format!(
            "{}: bad published_at {:?}",
            bad.slug, bad.published_at
        ));
    }
    articles.sort_by_cached_key(|a| (Reverse(parse_timestamp(&a.published_at)), a.slug.clone()));
    Ok(())
}

/// The related articles of each article (indices into the newest-first
/// list), by this rule:
///
/// 1. candidates are the other articles that share at least one tag or the
///    category;
/// 2. each scores one point per shared tag, plus [`CATEGORY_WEIGHT`] for the
///    same category;
/// 3. the [`RELATED`] best scores are kept, newer first among equal scores;
/// 4. those are listed newest first.
///
/// Almost every article carries "OCOP" and "Huyện Gia Lâm", so plain "newest
/// sharing a tag" would give nearly every article the same five; scoring
/// first makes the list about the article's own subject.
fn related_indices(articles: &[ArticleInput]) -> Vec<Vec<usize>> {
    // Interned tags and categories make the n² comparison cheap enough for
    // the 3,000-article scale set.
    let mut tag_ids: BTreeMap<&str, u32> = BTreeMap::new();
    let mut category_ids: BTreeMap<&str, u32> = BTreeMap::new();
    let keys: Vec<(u32, Vec<u32>)> = articles
        .iter()
        .map(|a| {
            let next = category_ids.len() as u32;
            let category = *category_ids.entry(a.category.slug.as_str()).or_insert(next);
            let mut tags: Vec<u32> = a
                .tags
                .iter()
                .map(|t| {
                    let next = tag_ids.len() as u32;
                    *tag_ids.entry(t.as_str()).or_insert(next)
                })
                .collect();
            tags.sort_unstable();
            tags.dedup();
            (category, tags)
        })
        .collect();

    (0..articles.len())
        .map(|i| {
            // (score, index), best first; indices grow, so on equal scores
            // the earlier (newer) article stays ahead.
            let mut best: Vec<(usize, usize)> = Vec::with_capacity(RELATED + 1);
            for j in 0..articles.len() {
                if i == j {
                    continue;
                }
                let score = shared(&keys[i].1, &keys[j].1)
                    + if keys[i].0 == keys[j].0 {
                        CATEGORY_WEIGHT
                    } else {
                        0
                    };
                if score == 0 || (best.len() == RELATED && score <= best[RELATED - 1].0) {
                    continue;
                }
                let at = best
                    .iter()
                    .position(|&(s, _)| s < score)
                    .unwrap_or(best.len());
                best.insert(at, (score, j));
                best.truncate(RELATED);
            }
            let mut chosen: Vec<usize> = best.into_iter().map(|(_, j)| j).collect();
            chosen.sort_unstable();
            chosen
        })
        .collect()
}

/// How many ids two sorted lists share.
fn shared(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(slug: &str, day: u32, category: &str, tags: &[&str]) -> ArticleInput {
        ArticleInput {
            slug: slug.into(),
            title: slug.into(),
            summary: String::new(),
            published_at: format!("2024-01-{day:02}T08:00:00+07:00"),
            views: 0,
            category: Category {
                slug: category.into(),
                name: category.into(),
            },
            tags: tags.iter().map(|t| t.to_string()).collect(),
            theme: "rau".into(),
            image_alt: String::new(),
            author: None,
            source: None,
            body_html: String::new(),
        }
    }

    #[test]
    fn related_prefers_more_in_common_then_lists_newest_first() {
        let mut articles = vec![
            input("a", 10, "x", &["t1", "t2"]),
            input("b", 9, "y", &["t1"]),
            input("c", 8, "x", &["t1", "t2"]),
            input("d", 7, "z", &["t9"]),
            input("e", 6, "y", &["t2"]),
        ];
        sort_newest_first(&mut articles).unwrap();
        let related = related_indices(&articles);
        // a: c scores 4 (2 tags + category), b 1, e 1; d shares nothing.
        assert_eq!(related[0], vec![1, 2, 4]);
        // d shares nothing with anyone.
        assert!(related[3].is_empty());
    }

    #[test]
    fn related_keeps_the_best_five() {
        let mut articles: Vec<ArticleInput> = (1..=9)
            .map(|d| input(&format!("a{d}"), d, "x", &["t"]))
            .collect();
        articles.push(input("special", 1, "x", &["t", "rare"]));
        articles.push(input("target", 20, "y", &["t", "rare"]));
        sort_newest_first(&mut articles).unwrap();
        let related = related_indices(&articles);
        let names: Vec<&str> = related[0]
            .iter()
            .map(|&j| articles[j].slug.as_str())
            .collect();
        // "special" shares two tags; the other four are the newest of the rest.
        assert_eq!(names, ["a9", "a8", "a7", "a6", "special"]);
    }
}
