//! Where to buy: the sale points of `points.json`, filtered by commune
//! (`/diem-ban?commune=…`, one value or several separated by commas), and
//! the points that sell a given product.

use crate::api::models::{Point, ProductSummary};
use crate::domain::format::{parse_date, Date};
use crate::domain::url::{encode_component, is_slug, query_pairs};

/// The points page's URL state.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PointsQuery {
    /// Commune slugs, sorted and deduplicated.
    pub communes: Vec<String>,
}

impl PointsQuery {
    /// Reads `commune=` from a raw query string; malformed values are
    /// dropped, like every filter value.
    pub fn parse(query: &str) -> PointsQuery {
        let mut communes: Vec<String> = query_pairs(query)
            .filter(|(key, _)| key == "commune")
            .flat_map(|(_, value)| {
                value
                    .split(',')
                    .map(|v| v.trim().to_owned())
                    .collect::<Vec<_>>()
            })
            .filter(|v| is_slug(v))
            .collect();
        communes.sort_unstable();
        communes.dedup();
        PointsQuery { communes }
    }

    pub fn to_query_string(&self) -> String {
        if self.communes.is_empty() {
            return String::new();
        }
        let values: Vec<String> = self.communes.iter().map(|c| encode_component(c)).collect();
        format!("commune={}", values.join(","))
    }

    /// This query with `commune` added or removed.
    pub fn with_toggled(&self, commune: &str) -> PointsQuery {
        let mut next = self.clone();
        match next.communes.binary_search_by(|c| c.as_str().cmp(commune)) {
            Ok(i) => {
                next.communes.remove(i);
            }
            Err(i) if is_slug(commune) => next.communes.insert(i, commune.to_owned()),
            Err(_) => {}
        }
        next
    }

    /// Only the communes some point is in: a stale link shows every point.
    pub fn known(&self, points: &[Point]) -> PointsQuery {
        PointsQuery {
            communes: self
                .communes
                .iter()
                .filter(|c| points.iter().any(|p| &p.commune == *c))
                .cloned()
                .collect(),
        }
    }

    pub fn matches(&self, point: &Point) -> bool {
        self.communes.is_empty() || self.communes.contains(&point.commune)
    }
}

/// Whether a point is still to open: marked so, or opening after `today`.
pub fn is_planned(point: &Point, today: Date) -> bool {
    point.planned
        || point
            .opened_on
            .as_deref()
            .and_then(parse_date)
            .is_some_and(|d| d > today)
}

/// The open points that sell `product`: by name first, then those that
/// carry its group. Planned points sell nothing yet.
pub fn selling<'p>(points: &'p [Point], product: &ProductSummary, today: Date) -> Vec<&'p Point> {
    let open = || points.iter().filter(|p| !is_planned(p, today));
    let by_name = open().filter(|p| p.products.contains(&product.id));
    let by_group =
        open().filter(|p| !p.products.contains(&product.id) && p.groups.contains(&product.group));
    by_name.chain(by_group).collect()
}

/// A map link for a point's coordinates. No tiles are loaded by the portal;
/// the reader's map app opens it.
pub fn map_link(lat: f64, lng: f64) -> String {
    format!("https://www.openstreetmap.org/?mlat={lat:.5}&mlon={lng:.5}#map=17/{lat:.5}/{lng:.5}")
}

/// The display name of a point kind; an unknown kind is shown as sent.
pub fn kind_name(kind: &str) -> &str {
    match kind {
        "diem-ban" => "Điểm giới thiệu và bán sản phẩm",
        "trung-tam" => "Trung tâm giới thiệu sản phẩm",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TODAY: Date = Date {
        year: 2026,
        month: 12,
        day: 1,
    };

    fn point(id: &str, commune: &str) -> Point {
        Point {
            id: id.into(),
            name: id.into(),
            commune: commune.into(),
            ..Point::default()
        }
    }

    #[test]
    fn query_round_trips_and_forgives() {
        let q =
            PointsQuery::parse("?commune=phu-dong,bat-trang&commune=bat-trang&commune=Bad%20Slug");
        assert_eq!(q.communes, ["bat-trang", "phu-dong"]);
        assert_eq!(q.to_query_string(), "commune=bat-trang,phu-dong");
        assert_eq!(PointsQuery::parse(&q.to_query_string()), q);
        assert_eq!(q.with_toggled("bat-trang").communes, ["phu-dong"]);
        assert_eq!(
            q.with_toggled("kieu-ky").communes,
            ["bat-trang", "kieu-ky", "phu-dong"]
        );
        assert_eq!(q.with_toggled("<b>"), q);
        assert_eq!(PointsQuery::parse("").to_query_string(), "");
    }

    #[test]
    fn filters_and_selling() {
        let mut a = point("a", "bat-trang");
        a.products = vec!["men".into()];
        let mut b = point("b", "bat-trang");
        b.groups = vec!["thu-cong-my-nghe".into()];
        let mut c = point("c", "phu-dong");
        c.groups = vec!["thu-cong-my-nghe".into()];
        c.planned = true;
        let points = vec![a, b, c];
        let q = PointsQuery::parse("commune=phu-dong,nowhere");
        assert_eq!(q.known(&points).communes, ["phu-dong"]);
        assert!(q.matches(&points[2]) && !q.matches(&points[0]));
        let product = ProductSummary {
            id: "men".into(),
            group: "thu-cong-my-nghe".into(),
            ..ProductSummary::default()
        };
        let ids: Vec<&str> = selling(&points, &product, TODAY)
            .iter()
            .map(|p| p.id.as_str())
            .collect();
        assert_eq!(ids, ["a", "b"], "by name first, planned points left out");
    }

    #[test]
    fn planned_points() {
        let mut p = point("p", "phu-dong");
        assert!(!is_planned(&p, TODAY));
        p.opened_on = Some("2027-01-01".into());
        assert!(is_planned(&p, TODAY));
        p.opened_on = Some("2024-03-23".into());
        assert!(!is_planned(&p, TODAY));
        p.planned = true;
        assert!(is_planned(&p, TODAY));
    }

    #[test]
    fn map_links_and_kinds() {
        assert_eq!(
            map_link(20.974, 105.912),
            "https://www.openstreetmap.org/?mlat=20.97400&mlon=105.91200#map=17/20.97400/105.91200"
        );
        assert_eq!(kind_name("trung-tam"), "Trung tâm giới thiệu sản phẩm");
        assert_eq!(kind_name("cho-phien"), "cho-phien");
    }
}
