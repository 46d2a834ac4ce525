//! The gallery's three orders, computed once per catalogue.

use crate::api::models::ProductSummary;
use crate::domain::catalog::{expiry_date, CERTIFICATE_YEARS};
use crate::domain::text::collation_key;
use std::cmp::Reverse;

/// When the product was certified, as far as known: the issue date implied
/// by `expires_on`, else its `year` (ranked after dated certificates of the
/// same year, whose date is known). `None` ranks below every date.
fn certified_on(p: &ProductSummary) -> Option<(i32, u32, u32)> {
    match (expiry_date(p), p.year) {
        (Some(d), _) => Some((d.year - CERTIFICATE_YEARS, d.month, d.day)),
        (None, Some(year)) => Some((i32::from(year), 0, 0)),
        (None, None) => None,
    }
}

/// Every product index in each order of `Sort::ALL`:
/// - name: Vietnamese alphabetical order (ties: the name's bytes), then id;
/// - newest: most recently certified first, unknown last, then name;
/// - stars: most stars first, then newest, then name.
///
/// Only the name order compares strings. The others end with each
/// product's rank in it, so they sort plain integers, and since ranks are
/// unique every order is total.
pub(super) fn sort_orders(items: &[ProductSummary]) -> [Vec<usize>; 3] {
    let by_name = name_order(items);
    let mut name_rank = vec![0; items.len()];
    for (rank, &i) in by_name.iter().enumerate() {
        name_rank[i] = rank;
    }
    let newest: Vec<_> = items
        .iter()
        .zip(&name_rank)
        .map(|(p, &rank)| (Reverse(certified_on(p)), rank))
        .collect();
    let mut by_newest: Vec<usize> = (0..items.len()).collect();
    by_newest.sort_unstable_by_key(|&i| newest[i]);
    let mut by_stars: Vec<usize> = (0..items.len()).collect();
    by_stars.sort_unstable_by_key(|&i| (Reverse(items[i].stars), newest[i]));
    // Indexed by `Sort as usize`, the order of `Sort::ALL`.
    [by_stars, by_newest, by_name]
}

/// Product indices in the gallery's default order (most stars, then
/// newest, then name), without building the whole index: the home page's
/// featured strip.
pub fn default_order(items: &[ProductSummary]) -> Vec<usize> {
    let [by_stars, _, _] = sort_orders(items);
    by_stars
}

/// Product indices in Vietnamese alphabetical order of name, then id; a
/// stable sort, so products equal in both keep catalog order.
fn name_order(items: &[ProductSummary]) -> Vec<usize> {
    let keys: Vec<Vec<u32>> = items.iter().map(|p| collation_key(&p.name)).collect();
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by(|&a, &b| {
        keys[a]
            .cmp(&keys[b])
            .then_with(|| items[a].name.cmp(&items[b].name))
            .then_with(|| items[a].id.cmp(&items[b].id))
    });
    order
}
