//! Pure logic, free of Leptos and the browser, tested natively.

pub mod embed;
pub mod filter;
pub mod format;
pub mod paging;
pub mod query;
pub mod sanitize;
pub mod search;
pub mod text;
