//! Matching: OR within a facet, AND across facets, the search text and
//! "valid only".

use super::{Gallery, IndexedProduct};
use crate::domain::format::Date;
use crate::domain::query::{Facet, GalleryQuery};
use crate::domain::text_search::has_no_words;
use std::sync::{Arc, Mutex, PoisonError};

/// A query resolved against a gallery's options.
pub(super) struct Matcher {
    /// Per facet, which option numbers are selected; `None`: no filter.
    selected: [Option<Vec<bool>>; 4],
    /// Per product, whether it matches the search text; `None`: no text.
    text: Option<Arc<Vec<bool>>>,
    valid_only: bool,
    year: Option<u16>,
    today: Date,
}

impl Matcher {
    pub(super) fn new(gallery: &Gallery, q: &GalleryQuery, today: Date) -> Self {
        let selected = Facet::ALL.map(|facet| {
            let values = q.selected(facet);
            let options = &gallery.options[facet as usize];
            (!values.is_empty()).then(|| {
                let mut chosen = vec![false; options.len()];
                for i in values.iter().filter_map(|v| options.position(v)) {
                    chosen[i] = true;
                }
                chosen
            })
        });
        let text = (!has_no_words(&q.text)).then(|| gallery.text_matches(&q.text));
        Matcher {
            selected,
            text,
            valid_only: q.valid_only,
            year: q.year,
            today,
        }
    }

    /// The filters that are not facets: "valid only", the year and the
    /// search text.
    pub(super) fn passes_common(&self, i: usize, p: &IndexedProduct) -> bool {
        !(self.valid_only && p.expires_on.is_some_and(|d| d < self.today))
            && self.year.is_none_or(|y| p.year == Some(y))
            && self
                .text
                .as_ref()
                .is_none_or(|m| m.get(i).copied().unwrap_or(false))
    }

    /// Bit `f` set for each facet `f` whose selection excludes the product.
    pub(super) fn failed_facets(&self, p: &IndexedProduct) -> u32 {
        let mut failed = 0;
        for (f, selected) in self.selected.iter().enumerate() {
            if let Some(chosen) = selected {
                if !p.options[f].is_some_and(|o| chosen[o]) {
                    failed |= 1 << f;
                }
            }
        }
        failed
    }
}

/// The last search text's matches, kept: one gallery state asks for its
/// results, its facet counts and, when empty, the count each dropped filter
/// would give, all with the same text, so the text is searched once.
#[derive(Debug, Default)]
pub(super) struct LastText(Mutex<Option<(String, Arc<Vec<bool>>)>>);

impl Clone for LastText {
    fn clone(&self) -> Self {
        LastText::default()
    }
}

impl Gallery {
    /// Per product, whether it matches `text`.
    fn text_matches(&self, text: &str) -> Arc<Vec<bool>> {
        let mut last = self
            .last_text
            .0
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if let Some((kept, matched)) = last.as_ref() {
            if kept == text {
                return matched.clone();
            }
        }
        let mut matched = vec![false; self.products.len()];
        for hit in self.text.find(text).hits {
            if let Some(m) = matched.get_mut(hit.record) {
                *m = true;
            }
        }
        let matched = Arc::new(matched);
        *last = Some((text.to_owned(), matched.clone()));
        matched
    }
}
