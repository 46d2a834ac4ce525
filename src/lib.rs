//! The OCOP portal: a Leptos app over the JSON API of `docs/api.md`, drawn
//! in the browser and prerendered natively from the same components.
//!
//! Layers, each using only those below it:
//! - `app`: the shell and the route table (leptos_router);
//! - `pages`: one file per route;
//! - `gallery`: the product gallery's views (the gallery page, the embed
//!   and the home page's strip share them);
//! - `components`: views shared by pages; `site`: the data every page
//!   shares; `find`: the search indexes, built once per load;
//! - `routes` (public URLs, link builders), `api` (the network), `env`
//!   and `web` (where the app runs);
//! - `domain`: pure logic, native-tested, reused by the data generator.
//!
//! `api` (models, endpoints, decoding) and `domain` build with no features,
//! so `cargo test` runs them natively and `tools/datagen` reuses them.

// Deep view types (the gallery, the product page) need more than the default.
#![recursion_limit = "512"]

pub mod api;
pub mod domain;
pub mod env;
pub mod routes;

#[cfg(feature = "ui")]
pub mod app;
#[cfg(feature = "ui")]
pub mod components;
#[cfg(feature = "ui")]
pub mod find;
#[cfg(feature = "ui")]
pub mod gallery;
#[cfg(feature = "ui")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod prerender;
#[cfg(feature = "ui")]
pub mod site;
#[cfg(feature = "ui")]
pub mod web;

#[cfg(feature = "ui")]
pub use app::App;
