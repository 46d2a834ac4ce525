//! Pages of a list: which page numbers a pagination bar shows, reading a
//! page number from a URL, and slicing results into pages.

/// One slot of a pagination bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageLink {
    Page(u32),
    /// An ellipsis standing for the pages left out.
    Gap,
}

/// The page numbers around `current`, always with the first and the last:
/// `1 … 4 5 [6] 7 8 … 20`. Short runs are shown whole.
pub fn page_links(current: u32, total: u32) -> Vec<PageLink> {
    if total == 0 {
        return Vec::new();
    }
    let current = current.clamp(1, total);
    let window = 2;
    let from = current.saturating_sub(window).max(1);
    let to = current.saturating_add(window).min(total);
    let mut links = Vec::new();
    if from > 1 {
        links.push(PageLink::Page(1));
        if from > 3 {
            links.push(PageLink::Gap);
        } else if from == 3 {
            links.push(PageLink::Page(2));
        }
    }
    links.extend((from..=to).map(PageLink::Page));
    if to < total {
        // `to < total` here, so the difference cannot overflow.
        if total - to > 2 {
            links.push(PageLink::Gap);
        } else if total - to == 2 {
            links.push(PageLink::Page(total - 1));
        }
        links.push(PageLink::Page(total));
    }
    links
}

/// Highest page number accepted from a URL; beyond it the value is
/// malformed.
pub const MAX_PAGE: u32 = 100_000;

/// Products per gallery page (a 4-, 3- or 2-column grid fills evenly).
pub const PAGE_SIZE: usize = 24;

/// Reads a page number from a URL (`?page=`, `/trang/N`): digits only
/// (spaces around them ignored), 1 to [`MAX_PAGE`]. `None` for anything
/// else: callers show page 1, since a malformed value is ignored, never an
/// error.
pub fn parse_page(raw: &str) -> Option<u32> {
    let raw = raw.trim();
    if raw.is_empty() || !raw.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let digits = raw.trim_start_matches('0');
    if digits.len() > 6 {
        return None;
    }
    let n: u32 = digits.parse().ok()?;
    (1..=MAX_PAGE).contains(&n).then_some(n)
}

/// Pages needed for `total` results; at least 1, since an empty gallery
/// still shows its first page (with the "no products" message).
pub fn page_count(total: usize) -> u32 {
    u32::try_from(total.div_ceil(PAGE_SIZE).max(1)).unwrap_or(u32::MAX)
}

/// The items of 1-based page `page`; empty when the page does not exist
/// (including page 0).
pub fn page_of<T>(items: &[T], page: u32) -> &[T] {
    let start = usize::try_from(page)
        .ok()
        .and_then(|p| p.checked_sub(1))
        .and_then(|p| p.checked_mul(PAGE_SIZE));
    match start {
        Some(start) if start < items.len() => &items[start..items.len().min(start + PAGE_SIZE)],
        _ => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use PageLink::{Gap, Page};

    #[test]
    fn short_runs_show_every_page() {
        assert_eq!(page_links(1, 1), [Page(1)]);
        assert_eq!(page_links(2, 4), [Page(1), Page(2), Page(3), Page(4)]);
        assert!(page_links(1, 0).is_empty());
    }

    #[test]
    fn a_back_end_claiming_u32_max_pages_gets_a_bar_not_an_overflow() {
        let m = u32::MAX;
        assert_eq!(
            page_links(m - 3, m),
            [
                Page(1),
                Gap,
                Page(m - 5),
                Page(m - 4),
                Page(m - 3),
                Page(m - 2),
                Page(m - 1),
                Page(m)
            ]
        );
    }

    #[test]
    fn long_runs_keep_the_ends_and_a_window() {
        assert_eq!(
            page_links(10, 20),
            [
                Page(1),
                Gap,
                Page(8),
                Page(9),
                Page(10),
                Page(11),
                Page(12),
                Gap,
                Page(20)
            ]
        );
        assert_eq!(
            page_links(1, 20),
            [Page(1), Page(2), Page(3), Gap, Page(20)]
        );
        assert_eq!(
            page_links(20, 20),
            [Page(1), Gap, Page(18), Page(19), Page(20)]
        );
        // A gap of exactly one page shows that page instead of "…".
        assert_eq!(
            page_links(4, 9),
            [
                Page(1),
                Page(2),
                Page(3),
                Page(4),
                Page(5),
                Page(6),
                Gap,
                Page(9)
            ]
        );
        assert_eq!(
            page_links(6, 9),
            [
                Page(1),
                Gap,
                Page(4),
                Page(5),
                Page(6),
                Page(7),
                Page(8),
                Page(9)
            ]
        );
    }

    #[test]
    fn current_beyond_the_end_is_clamped() {
        assert_eq!(page_links(99, 3), [Page(1), Page(2), Page(3)]);
    }

    #[test]
    fn page_parameter() {
        for (raw, page) in [
            ("", None),
            ("3", Some(3)),
            ("003", Some(3)),
            (" 7 ", Some(7)),
            ("100000", Some(100_000)),
            ("100001", None),
            ("0", None),
            ("-2", None),
            ("+3", None),
            ("2abc", None),
            ("1e3", None),
            ("1.5", None),
            ("٣", None),
            ("１", None),
            ("1000000000000", None),
            ("99999999999999999999999999", None),
        ] {
            assert_eq!(parse_page(raw), page, "{raw:?}");
        }
    }

    #[test]
    fn pages_of_results() {
        let items: Vec<usize> = (0..50).collect();
        assert_eq!(page_count(0), 1);
        assert_eq!(page_count(24), 1);
        assert_eq!(page_count(25), 2);
        assert_eq!(page_of(&items, 1).len(), PAGE_SIZE);
        assert_eq!(page_of(&items, 3), &[48, 49]);
        assert!(page_of(&items, 0).is_empty());
        assert!(page_of(&items, 4).is_empty());
    }
}
