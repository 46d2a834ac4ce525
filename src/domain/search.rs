//! News search over `news/index.json`: the forgiving matcher
//! (`text_search`) over titles, then tags and category names; and the tag
//! and category views.

use super::text::fold;
use super::text_search::{Found, Record, TextIndex};
use crate::api::models::IndexEntry;
use crate::api::models::NewsIndex;

/// What the reader asked for on `/tim-kiem`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NewsQuery {
    pub text: String,
    pub tag: Option<String>,
    pub category: Option<String>,
}

impl NewsQuery {
    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty() && self.tag.is_none() && self.category.is_none()
    }
}

/// The news index prepared for text search, built once per index load.
/// Records are the index's entries, newest first (so, among equal
/// matches, the newer article ranks first).
#[derive(Clone, Debug, Default)]
pub struct NewsSearch {
    text: TextIndex,
    /// Entry index of each record.
    newest_first: Vec<usize>,
}

impl NewsSearch {
    pub fn new(index: &NewsIndex) -> Self {
        let items = &index.items;
        let mut newest_first: Vec<usize> = (0..items.len()).collect();
        // RFC 3339 strings with the same offset sort as text; the API's are
        // all +07:00, and a mixed offset only nudges the order.
        newest_first.sort_by(|&a, &b| items[b].published_at.cmp(&items[a].published_at));
        let category_name = |slug: &str| -> String {
            index
                .categories
                .iter()
                .find(|c| c.slug == slug)
                .map_or_else(|| slug.replace('-', " "), |c| c.name.clone())
        };
        let details: Vec<Vec<String>> = newest_first
            .iter()
            .map(|&i| {
                let e = &items[i];
                e.tags
                    .iter()
                    .cloned()
                    .chain(e.category.as_deref().map(category_name))
                    .collect()
            })
            .collect();
        let details: Vec<Vec<&str>> = details
            .iter()
            .map(|d| d.iter().map(String::as_str).collect())
            .collect();
        let text = TextIndex::new(newest_first.iter().zip(&details).map(|(&i, d)| Record {
            name: &items[i].title,
            details: d,
            rank: 0,
        }));
        NewsSearch { text, newest_first }
    }

    /// What the text of a query finds: records are positions in
    /// [`NewsSearch::entry`]'s numbering.
    pub fn find(&self, text: &str) -> Found {
        self.text.find(text)
    }

    /// The entry index of a record the search found.
    pub fn entry(&self, record: usize) -> Option<usize> {
        self.newest_first.get(record).copied()
    }

    /// The words' index, for suggestions ("did you mean").
    pub fn text(&self) -> &TextIndex {
        &self.text
    }

    /// The entries matching `query`, best first (newest first among equal
    /// matches, and for tag and category views), with what to highlight.
    pub fn search<'a>(
        &self,
        items: &'a [IndexEntry],
        query: &NewsQuery,
    ) -> (Vec<&'a IndexEntry>, Found) {
        let tag = query.tag.as_deref().map(fold);
        let keep = |e: &IndexEntry| {
            tag.as_ref()
                .is_none_or(|tag| e.tags.iter().any(|t| fold(t).trim() == tag.trim()))
                && query
                    .category
                    .as_ref()
                    .is_none_or(|c| e.category.as_deref() == Some(c.as_str()))
        };
        if super::text_search::has_no_words(&query.text) {
            let hits = self
                .newest_first
                .iter()
                .filter_map(|&i| items.get(i))
                .filter(|e| keep(e))
                .collect();
            return (hits, Found::default());
        }
        let found = self.find(&query.text);
        let hits = found
            .hits
            .iter()
            .filter_map(|h| self.entry(h.record).and_then(|i| items.get(i)))
            .filter(|e| keep(e))
            .collect();
        (hits, found)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(slug: &str, title: &str, date: &str, category: &str, tags: &[&str]) -> IndexEntry {
        IndexEntry {
            slug: slug.into(),
            title: title.into(),
            published_at: format!("{date}T08:00:00+07:00"),
            category: Some(category.into()),
            tags: tags.iter().map(|t| t.to_string()).collect(),
        }
    }

    fn index() -> NewsIndex {
        NewsIndex {
            items: vec![
                entry(
                    "a",
                    "Gốm sứ Bát Tràng vươn ra thế giới",
                    "2023-01-01",
                    "lang-nghe",
                    &["Làng nghề"],
                ),
                entry(
                    "b",
                    "Rau an toàn Văn Đức",
                    "2024-02-01",
                    "ocop",
                    &["Gốm sứ Bát Tràng"],
                ),
                entry(
                    "c",
                    "Hội chợ OCOP: gốm và hoa",
                    "2024-03-01",
                    "ocop",
                    &["OCOP"],
                ),
                entry(
                    "d",
                    "Đặng Xá phát triển rau",
                    "2022-05-01",
                    "nong-thon-moi",
                    &["Rau an toàn"],
                ),
            ],
            ..Default::default()
        }
    }

    fn search<'a>(index: &'a NewsIndex, query: &NewsQuery) -> Vec<&'a IndexEntry> {
        NewsSearch::new(index).search(&index.items, query).0
    }

    fn slugs(hits: &[&IndexEntry]) -> Vec<String> {
        hits.iter().map(|e| e.slug.clone()).collect()
    }

    fn text(q: &str) -> NewsQuery {
        NewsQuery {
            text: q.into(),
            ..Default::default()
        }
    }

    #[test]
    fn finds_without_diacritics_title_matches_first() {
        let index = index();
        // "a" has every word in its title; "b" only through a tag.
        assert_eq!(
            slugs(&search(&index, &text("gom su bat trang"))),
            ["a", "b"]
        );
        assert_eq!(slugs(&search(&index, &text("GỐM"))), ["c", "a", "b"]);
        assert_eq!(slugs(&search(&index, &text("dang xa"))), ["d"]);
        assert_eq!(slugs(&search(&index, &text("đặng"))), ["d"]);
        assert!(search(&index, &text("không có")).is_empty());
    }

    #[test]
    fn partial_title_matches_rank_between() {
        let index = index();
        // "rau" is in b's and d's titles; "an toan" in b's title and d's tag.
        assert_eq!(slugs(&search(&index, &text("rau an toan"))), ["b", "d"]);
    }

    #[test]
    fn tag_and_category_views() {
        let index = index();
        let by_tag = NewsQuery {
            tag: Some("gốm sứ bát tràng".into()),
            ..Default::default()
        };
        assert_eq!(slugs(&search(&index, &by_tag)), ["b"]);
        let by_category = NewsQuery {
            category: Some("ocop".into()),
            ..Default::default()
        };
        assert_eq!(slugs(&search(&index, &by_category)), ["c", "b"]);
        let both = NewsQuery {
            text: "hoa".into(),
            category: Some("ocop".into()),
            tag: None,
        };
        assert_eq!(slugs(&search(&index, &both)), ["c"]);
    }
}
