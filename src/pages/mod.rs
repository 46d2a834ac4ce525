//! One file per route of the public URL table (`docs/api.md`), compiled
//! into the bundles that carry it (`routes::Bundle`).

#[cfg(carries_article)]
pub mod article;
#[cfg(carries_gallery)]
pub mod embed;
#[cfg(carries_gallery)]
pub mod gallery;
#[cfg(carries_home)]
pub mod home;
#[cfg(carries_label)]
pub mod label;
#[cfg(carries_home)]
pub mod news_list;
pub mod not_found;
#[cfg(carries_product)]
pub mod points;
#[cfg(carries_product)]
pub mod product;
#[cfg(carries_article)]
pub mod search;
