//! One file per route of the public URL table (`docs/api.md`), compiled
//! into the bundles that carry it.

#[cfg(carries_news)]
pub mod article;
#[cfg(carries_shop)]
pub mod embed;
#[cfg(carries_shop)]
pub mod gallery;
#[cfg(carries_news)]
pub mod home;
#[cfg(carries_label)]
pub mod label;
#[cfg(carries_news)]
pub mod news_list;
pub mod not_found;
#[cfg(carries_shop)]
pub mod points;
#[cfg(carries_shop)]
pub mod product;
#[cfg(carries_news)]
pub mod search;
