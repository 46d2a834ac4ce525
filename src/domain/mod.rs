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
