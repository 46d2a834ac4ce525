//! Pure logic, free of Leptos and the browser, tested natively.

pub mod catalog;
pub mod embed;
pub mod figures;
pub mod format;
pub mod gallery;
pub mod html;
pub mod open_data;
pub mod paging;
pub mod points;
pub mod query;
pub mod sanitize;
pub mod search;
pub mod seo;
pub mod text;
pub mod text_search;
pub mod url;

/// What the domain's tests (unit and `tests/gallery.rs`) build their
/// catalogues from. Nothing else calls it, so no build ships it.
#[doc(hidden)]
pub mod fixtures {
    use super::format::Date;
    use crate::api::models::{Commune, Producer, ProductSummary};

    /// 1 July 2025, the day the communes' successors took over.
    pub const TODAY: Date = Date {
        year: 2025,
        month: 7,
        day: 1,
    };

    pub fn commune(slug: &str, name: &str) -> Commune {
        Commune {
            slug: slug.into(),
            name: name.into(),
            kind: "xã".into(),
            successors: Vec::new(),
        }
    }

    /// A product with what the gallery reads; its producer is "HTX {name}".
    #[allow(clippy::too_many_arguments)]
    pub fn product(
        id: &str,
        name: &str,
        stars: u8,
        commune: &str,
        group: &str,
        kind: &str,
        year: Option<u16>,
        expires_on: Option<&str>,
    ) -> ProductSummary {
        ProductSummary {
            id: id.into(),
            name: name.into(),
            stars,
            year,
            commune: commune.into(),
            group: group.into(),
            expires_on: expires_on.map(str::to_owned),
            producer: Producer {
                name: format!("HTX {name}"),
                kind: kind.into(),
                ..Producer::default()
            },
            ..ProductSummary::default()
        }
    }
}
