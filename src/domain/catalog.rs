//! What the catalogue's values mean to a reader: star levels and their
//! labels, producer kinds, commune names and where a merged commune now
//! belongs, certificate validity, and the place the portal serves.

use crate::api::models::{Certificate, Commune, Group, ProductSummary};
use crate::domain::format::{parse_date, Date};

/// OCOP certified levels: only 3, 4 and 5 stars earn a certificate.
pub const STAR_LEVELS: [u8; 3] = [3, 4, 5];

/// A star level written in a URL or by a back end (`"4"`), if it is one.
pub fn parse_stars(value: &str) -> Option<u8> {
    let n: u8 = value.trim().parse().ok()?;
    STAR_LEVELS.contains(&n).then_some(n)
}

/// "4 sao".
pub fn stars_label(stars: u8) -> String {
    format!("{stars} sao")
}

/// Producer kinds the API names, in the order the gallery lists them.
pub const KNOWN_KINDS: [(&str, &str); 4] = [
    ("doanh-nghiep", "Doanh nghiệp"),
    ("htx", "Hợp tác xã"),
    ("to-hop-tac", "Tổ hợp tác"),
    ("ho-kinh-doanh", "Hộ kinh doanh"),
];

/// A certificate is valid 36 months (`docs/api.md`), so it was issued three years
/// before it expires.
pub const CERTIFICATE_YEARS: i32 = 3;

/// Whether the product's certificate expired before `today`. A missing or
/// unreadable `expires_on` is not treated as expired: the gallery only marks
/// what it knows.
pub fn is_expired(p: &ProductSummary, today: Date) -> bool {
    expiry_date(p).is_some_and(|d| d < today)
}

/// The certificate's expiry date, when the product has a readable one.
pub fn expiry_date(p: &ProductSummary) -> Option<Date> {
    p.expires_on.as_deref().and_then(parse_date)
}

/// Whether a product's certificate holds today, as a shopper who scanned
/// its label needs to know first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Validity {
    /// Valid until this day (inclusive).
    Valid(Date),
    /// Lapsed after this day.
    Expired(Date),
    /// The back end gives no readable date.
    Unknown,
}

/// The certificate's validity on `today`: its own `valid_until`, else the
/// product's `expires_on`. An unreadable date is unknown, never "expired".
pub fn validity(
    product: &ProductSummary,
    certificate: Option<&Certificate>,
    today: Date,
) -> Validity {
    let until = certificate
        .and_then(|c| c.valid_until.as_deref())
        .and_then(parse_date)
        .or_else(|| expiry_date(product));
    match until {
        Some(day) if day < today => Validity::Expired(day),
        Some(day) => Validity::Valid(day),
        None => Validity::Unknown,
    }
}

/// The display name of a producer kind; an unknown kind is shown as is.
pub fn kind_name(kind: &str) -> String {
    KNOWN_KINDS
        .iter()
        .find(|(slug, _)| *slug == kind)
        .map_or(kind, |(_, name)| name)
        .to_owned()
}

/// A commune as a sentence names it: "xã Bát Tràng", "thị trấn Trâu Quỳ"
/// (just the name when its kind is unknown).
pub fn commune_name(commune: &Commune) -> String {
    if commune.kind.is_empty() {
        commune.name.clone()
    } else {
        format!("{} {}", commune.kind, commune.name)
    }
}

/// Each listed commune's slug and the label a list of communes shows: its
/// name, or where two communes share it (Gia Lâm had a "thị trấn Yên Viên"
/// and a "xã Yên Viên"), its kind and name.
pub fn commune_labels(communes: &[Commune]) -> Vec<(&str, String)> {
    communes
        .iter()
        .map(|c| {
            let shared = communes
                .iter()
                .any(|other| other.slug != c.slug && other.name == c.name);
            let label = if shared {
                commune_name(c)
            } else {
                c.name.clone()
            };
            (c.slug.as_str(), label)
        })
        .collect()
}

/// A commune's name as a card shows it, looked up by slug; a slug the
/// catalogue does not list is shown as it is.
pub fn commune_label<'c>(communes: &'c [Commune], slug: &'c str) -> &'c str {
    communes
        .iter()
        .find(|c| c.slug == slug)
        .map_or(slug, |c| c.name.as_str())
}

/// A product group's name, looked up by slug; an unlisted slug is shown as
/// it is.
pub fn group_label<'c>(groups: &'c [Group], slug: &'c str) -> &'c str {
    groups
        .iter()
        .find(|g| g.slug == slug)
        .map_or(slug, |g| g.name.as_str())
}

/// For a commune that a reorganisation merged into others: "nay thuộc xã
/// Bát Tràng" ("now part of …"), naming each successor by its kind and name
/// from `communes` (its slug when it is not listed). `None` when the commune
/// has no successors or only itself.
pub fn successor_note(commune: &Commune, communes: &[Commune]) -> Option<String> {
    let successors = &commune.successors;
    if successors.is_empty() || (successors.len() == 1 && successors[0] == commune.slug) {
        return None;
    }
    let names: Vec<String> = successors
        .iter()
        .map(|slug| match communes.iter().find(|c| c.slug == *slug) {
            Some(c) => commune_name(c),
            None => slug.clone(),
        })
        .collect();
    Some(format!("nay thuộc {}", names.join(", ")))
}

/// "Sản phẩm OCOP huyện Gia Lâm", or "Sản phẩm OCOP" for a back end that
/// names no place: headings, the embed's title and its snippets.
pub fn products_title(locality: Option<&str>) -> String {
    match locality.map(str::trim).filter(|l| !l.is_empty()) {
        Some(place) => format!("Sản phẩm OCOP {place}"),
        None => "Sản phẩm OCOP".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::domain::fixtures::{commune, TODAY};

    #[test]
    fn communes_sharing_a_name_are_told_apart_by_their_kind() {
        let mut town = commune("yen-vien", "Yên Viên");
        town.kind = "thị trấn".into();
        let list = [
            town,
            commune("xa-yen-vien", "Yên Viên"),
            commune("bat-trang", "Bát Tràng"),
        ];
        let labels: Vec<(&str, String)> = commune_labels(&list);
        assert_eq!(
            labels,
            [
                ("yen-vien", "thị trấn Yên Viên".to_owned()),
                ("xa-yen-vien", "xã Yên Viên".to_owned()),
                ("bat-trang", "Bát Tràng".to_owned()),
            ]
        );
    }

    fn expiring(on: Option<&str>) -> ProductSummary {
        ProductSummary {
            expires_on: on.map(str::to_owned),
            ..ProductSummary::default()
        }
    }

    #[test]
    fn expiry() {
        assert!(!is_expired(&expiring(Some("2026-12-15")), TODAY));
        assert!(is_expired(&expiring(Some("2024-05-01")), TODAY));
        assert!(!is_expired(&expiring(None), TODAY), "no date");
        assert!(
            !is_expired(&expiring(Some("garbage")), TODAY),
            "unreadable date"
        );
        assert!(
            !is_expired(&expiring(Some("2025-07-01")), TODAY),
            "valid on its last day"
        );
    }

    #[test]
    fn validity_prefers_the_certificate() {
        let product = expiring(Some("2026-01-01"));
        let mut certificate = Certificate {
            valid_until: Some("2026-12-15".into()),
            ..Certificate::default()
        };
        let day = |y, m, d| Date {
            year: y,
            month: m,
            day: d,
        };
        assert_eq!(
            validity(&product, Some(&certificate), TODAY),
            Validity::Valid(day(2026, 12, 15))
        );
        assert_eq!(
            validity(&product, None, TODAY),
            Validity::Valid(day(2026, 1, 1))
        );
        certificate.valid_until = Some("2025-06-30".into());
        assert_eq!(
            validity(&product, Some(&certificate), TODAY),
            Validity::Expired(day(2025, 6, 30))
        );
        certificate.valid_until = Some("soon".into());
        assert_eq!(
            validity(&expiring(None), Some(&certificate), TODAY),
            Validity::Unknown
        );
    }

    #[test]
    fn stars_and_kinds() {
        assert_eq!(parse_stars(" 5"), Some(5));
        assert_eq!(parse_stars("2"), None);
        assert_eq!(parse_stars("45"), None);
        assert_eq!(stars_label(4), "4 sao");
        assert_eq!(kind_name("to-hop-tac"), "Tổ hợp tác");
        assert_eq!(kind_name("ho-kinh-doanh"), "Hộ kinh doanh");
        assert_eq!(kind_name("ca-nhan"), "ca-nhan");
    }

    #[test]
    fn places() {
        assert_eq!(
            products_title(Some("huyện Đông Anh")),
            "Sản phẩm OCOP huyện Đông Anh"
        );
        assert_eq!(products_title(Some(" ")), "Sản phẩm OCOP");
        assert_eq!(products_title(None), "Sản phẩm OCOP");
        let mut c = commune("bat-trang", "Bát Tràng");
        assert_eq!(commune_name(&c), "xã Bát Tràng");
        c.kind.clear();
        assert_eq!(commune_name(&c), "Bát Tràng");
    }

    #[test]
    fn successor_notes() {
        let mut old = commune("kieu-ky", "Kiêu Kỵ");
        let communes = vec![
            commune("gia-lam", "Gia Lâm"),
            commune("bat-trang", "Bát Tràng"),
        ];
        assert_eq!(successor_note(&old, &communes), None);
        old.successors = vec!["kieu-ky".into()];
        assert_eq!(successor_note(&old, &communes), None);
        old.successors = vec!["bat-trang".into()];
        assert_eq!(
            successor_note(&old, &communes).as_deref(),
            Some("nay thuộc xã Bát Tràng")
        );
        old.successors = vec!["gia-lam".into(), "bat-trang".into()];
        assert_eq!(
            successor_note(&old, &communes).as_deref(),
            Some("nay thuộc xã Gia Lâm, xã Bát Tràng")
        );
        old.successors = vec!["kieu-ky".into(), "phuong-moi".into()];
        assert_eq!(
            successor_note(&old, &communes).as_deref(),
            Some("nay thuộc kieu-ky, phuong-moi")
        );
    }
}
