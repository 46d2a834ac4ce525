//! Pure logic, free of Leptos and the browser, tested natively.

pub mod format;
pub mod sanitize;
pub mod text;
