//! One file per route of `../shared/API.md`'s URL table.

pub mod article;
pub mod embed;
pub mod gallery;
pub mod home;
pub mod news_list;
pub mod not_found;
pub mod product;
pub mod search;
