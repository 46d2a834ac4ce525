//! Pure logic, free of Leptos and the browser, tested natively.

pub mod catalog;
pub mod embed;
pub mod format;
pub mod gallery;
pub mod html;
pub mod paging;
pub mod points;
pub mod query;
pub mod sanitize;
pub mod search;
pub mod seo;
pub mod text;
pub mod url;

/// What the domain's unit tests build their catalogues from.
#[cfg(test)]
pub(crate) mod fixtures {
    use super::format::Date;
    use crate::api::models::Commune;

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
}
