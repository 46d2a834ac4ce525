//! Facet counts: for every option of every facet, how many results the
//! query would have with that facet's selection replaced by that option.

use super::filter::Matcher;
use super::Gallery;
use crate::domain::format::Date;
use crate::domain::query::{Facet, GalleryQuery};

/// One choice of a facet, as the filter panel shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FacetOption {
    /// The query value (`bat-trang`, `5`, `htx`).
    pub value: String,
    /// What the reader sees (`Bát Tràng`, `5 sao`, `Hợp tác xã`).
    pub label: String,
    /// Results if this facet's selection were exactly this option.
    pub count: usize,
    pub selected: bool,
}

/// Every facet's options with their counts, and the current result count.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Facets {
    pub communes: Vec<FacetOption>,
    pub stars: Vec<FacetOption>,
    pub groups: Vec<FacetOption>,
    pub kinds: Vec<FacetOption>,
    /// Results of the query itself.
    pub total: usize,
}

impl Facets {
    pub fn get(&self, facet: Facet) -> &[FacetOption] {
        match facet {
            Facet::Commune => &self.communes,
            Facet::Stars => &self.stars,
            Facet::Group => &self.groups,
            Facet::Kind => &self.kinds,
        }
    }

    fn get_mut(&mut self, facet: Facet) -> &mut Vec<FacetOption> {
        match facet {
            Facet::Commune => &mut self.communes,
            Facet::Stars => &mut self.stars,
            Facet::Group => &mut self.groups,
            Facet::Kind => &mut self.kinds,
        }
    }
}

impl Gallery {
    /// Every facet's options with counts for `q` (see the module docs).
    /// Values selected in `q` that the catalog lacks are listed last, with
    /// count 0, so the reader can still unselect them.
    pub fn facets(&self, q: &GalleryQuery, today: Date) -> Facets {
        let matcher = Matcher::new(self, q, today);
        let mut counts: [Vec<usize>; 4] = std::array::from_fn(|f| vec![0; self.options[f].len()]);
        let mut total = 0;
        for (i, product) in self.products.iter().enumerate() {
            if !matcher.passes_common(i, product) {
                continue;
            }
            let failed = matcher.failed_facets(product);
            if failed == 0 {
                total += 1;
            }
            // A product counts for its own option of facet `f` when it
            // passes every other facet: replacing `f`'s selection by that
            // option is then the only change that matters.
            for (f, option) in product.options.iter().enumerate() {
                if failed & !(1 << f) == 0 {
                    if let Some(o) = option {
                        counts[f][*o] += 1;
                    }
                }
            }
        }
        let mut facets = Facets {
            total,
            ..Facets::default()
        };
        for facet in Facet::ALL {
            *facets.get_mut(facet) =
                self.facet_options(facet, &counts[facet as usize], &q.selected(facet));
        }
        facets
    }

    fn facet_options(
        &self,
        facet: Facet,
        counts: &[usize],
        selected: &[String],
    ) -> Vec<FacetOption> {
        let known = &self.options[facet as usize].options;
        let listed = known
            .iter()
            .zip(counts)
            .map(|((value, label), &count)| FacetOption {
                value: value.clone(),
                label: label.clone(),
                count,
                selected: selected.contains(value),
            });
        let unknown = selected
            .iter()
            .filter(|value| !known.iter().any(|(v, _)| v == *value))
            .map(|value| FacetOption {
                value: value.clone(),
                label: value.clone(),
                count: 0,
                selected: true,
            });
        listed.chain(unknown).collect()
    }
}
