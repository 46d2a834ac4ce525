//! `points.json`: the display and sale points, from `content/points.toml`.

use crate::content::PointRow;
use crate::output::Files;
use crate::Result;
use ocop_portal::api::models::{Geo, Point, Points};
use std::collections::BTreeSet;

/// Writes `points.json`, the points in file order. A set without points has
/// no `points.json` at all: the contract makes the file optional, and its
/// absence is how a back end says it has no sale points.
///
/// `product_ids` are the ids of the set's products: a point may only list
/// those (the content check already holds `content/` to this; the scale set
/// renames products, so it is checked again here).
pub fn write(files: &mut Files, points: &[PointRow], product_ids: &BTreeSet<&str>) -> Result<()> {
    if points.is_empty() {
        return Ok(());
    }
    let mut items = Vec::with_capacity(points.len());
    for row in points {
        if let Some(id) = row
            .products
            .iter()
            .find(|id| !product_ids.contains(id.as_str()))
        {
            return Err(format!("point {}: product {id} is not in the set", row.id));
        }
        items.push(point_of(row));
    }
    files.json("points.json", &Points { items })
}

fn point_of(row: &PointRow) -> Point {
    Point {
        id: row.id.clone(),
        name: row.name.clone(),
        commune: row.commune.clone(),
        kind: row.kind.clone(),
        address: row.address.clone(),
        phone: row.phone.clone(),
        hours: row.hours.clone(),
        opened_on: row.opened_on.clone(),
        planned: row.planned,
        geo: row.geo.map(|g| Geo {
            lat: g.lat,
            lng: g.lng,
        }),
        groups: row.groups.clone(),
        products: row.products.clone(),
    }
}
