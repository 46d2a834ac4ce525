//! Numbered pagination: which page numbers to show, and reading `?page=`.

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
        if to + 2 < total {
            links.push(PageLink::Gap);
        } else if to + 2 == total {
            links.push(PageLink::Page(total - 1));
        }
        links.push(PageLink::Page(total));
    }
    links
}

/// Reads a `?page=` value: digits only, at least 1. Missing or malformed
/// values mean page 1; numbers too big for `u32` become `u32::MAX`, a page
/// that does not exist (the page then says so).
pub fn parse_page(raw: Option<&str>) -> u32 {
    let Some(raw) = raw.map(str::trim).filter(|r| !r.is_empty()) else {
        return 1;
    };
    if !raw.bytes().all(|b| b.is_ascii_digit()) {
        return 1;
    }
    let digits = raw.trim_start_matches('0');
    if digits.is_empty() {
        return 1;
    }
    if digits.len() > 10 {
        return u32::MAX;
    }
    digits
        .parse::<u64>()
        .map_or(1, |n| n.min(u64::from(u32::MAX)) as u32)
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
        assert_eq!(parse_page(None), 1);
        assert_eq!(parse_page(Some("")), 1);
        assert_eq!(parse_page(Some("3")), 3);
        assert_eq!(parse_page(Some("003")), 3);
        assert_eq!(parse_page(Some("0")), 1);
        assert_eq!(parse_page(Some("-2")), 1);
        assert_eq!(parse_page(Some("2abc")), 1);
        assert_eq!(parse_page(Some("1e3")), 1);
        assert_eq!(parse_page(Some("٣")), 1);
        assert_eq!(parse_page(Some("1000000000000")), u32::MAX);
        assert_eq!(parse_page(Some("4294967296")), u32::MAX);
    }
}
