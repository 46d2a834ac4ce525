//! News search over `news/index.json`: matching that ignores diacritics and
//! case, title matches ranked first, and highlighting of the matched words.

use super::text::{fold, words};
use crate::api::models::IndexEntry;

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

/// The entries matching `query`, best first: entries whose title contains
/// every word, then those whose title contains some, then the rest (matched
/// through tags); newest first within each rank.
pub fn search<'a>(items: &'a [IndexEntry], query: &NewsQuery) -> Vec<&'a IndexEntry> {
    let terms = terms(&query.text);
    let tag = query.tag.as_deref().map(fold);
    let mut hits: Vec<(u8, &IndexEntry)> = items
        .iter()
        .filter(|e| match &tag {
            Some(tag) => e.tags.iter().any(|t| fold(t).trim() == tag.trim()),
            None => true,
        })
        .filter(|e| match &query.category {
            Some(category) => e.category.as_deref() == Some(category.as_str()),
            None => true,
        })
        .filter_map(|e| {
            if terms.is_empty() {
                return Some((0, e));
            }
            let title = fold(&e.title);
            let all_text = format!("{title} {}", fold(&e.tags.join(" ")));
            if !terms.iter().all(|t| all_text.contains(t.as_str())) {
                return None;
            }
            let in_title = terms.iter().filter(|t| title.contains(t.as_str())).count();
            let rank = if in_title == terms.len() {
                0
            } else if in_title > 0 {
                1
            } else {
                2
            };
            Some((rank, e))
        })
        .collect();
    // RFC 3339 strings with the same offset sort as text; the API's are all
    // +07:00, and a mixed offset only nudges the order within a rank.
    hits.sort_by(|(ra, a), (rb, b)| ra.cmp(rb).then_with(|| b.published_at.cmp(&a.published_at)));
    hits.into_iter().map(|(_, e)| e).collect()
}

/// The folded words of a search text, a repeated word once.
pub fn terms(text: &str) -> Vec<String> {
    let mut terms = words(text);
    terms.dedup();
    terms
}

/// Splits `text` into runs, `true` for the runs that match one of `terms`
/// (compared folded, shown as written): "Gốm sứ" with `["gom"]` gives
/// `[("Gốm", true), (" sứ", false)]`.
pub fn highlight(text: &str, terms: &[String]) -> Vec<(String, bool)> {
    // Fold char by char, remembering which original char each folded byte
    // came from, so a match in folded text maps back to the original.
    let chars: Vec<char> = text.chars().collect();
    let mut folded = String::new();
    let mut origin = Vec::new();
    for (i, c) in chars.iter().enumerate() {
        let f = fold(c.encode_utf8(&mut [0; 4]));
        origin.extend(std::iter::repeat_n(i, f.len()));
        folded.push_str(&f);
    }
    let mut marked = vec![false; chars.len()];
    for term in terms.iter().filter(|t| !t.is_empty()) {
        let mut from = 0;
        while let Some(at) = folded.get(from..).and_then(|rest| rest.find(term.as_str())) {
            let start = from + at;
            let end = start + term.len();
            for &i in &origin[start..end] {
                marked[i] = true;
            }
            from = end;
        }
    }
    let mut runs: Vec<(String, bool)> = Vec::new();
    for (c, m) in chars.into_iter().zip(marked) {
        match runs.last_mut() {
            Some((run, flag)) if *flag == m => run.push(c),
            _ => runs.push((c.to_string(), m)),
        }
    }
    runs
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

    fn index() -> Vec<IndexEntry> {
        vec![
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
        ]
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

    #[test]
    fn highlights_matches_as_written() {
        let runs = highlight("Gốm sứ Bát Tràng", &terms("gom trang"));
        assert_eq!(
            runs,
            [
                ("Gốm".to_string(), true),
                (" sứ Bát ".to_string(), false),
                ("Tràng".to_string(), true)
            ]
        );
        let runs = highlight("Đặng Xá", &terms("dang"));
        assert_eq!(runs[0], ("Đặng".to_string(), true));
        assert_eq!(highlight("abc", &[]), [("abc".to_string(), false)]);
        assert!(highlight("", &terms("a")).is_empty());
    }
}
