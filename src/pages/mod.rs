//! One file per route of the public URL table (`docs/api.md`).

pub mod article;
pub mod embed;
pub mod figures;
pub mod gallery;
pub mod home;
pub mod label;
pub mod news_list;
pub mod not_found;
pub mod points;
pub mod product;
pub mod search;
