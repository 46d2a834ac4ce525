//! Cổng thông tin OCOP huyện Gia Lâm: a Leptos single-page app over the JSON
//! API of `../shared/API.md`.
//!
//! `api` (models, config, request) and `domain` (pure logic) build on every
//! target, so `cargo test` runs them natively and `tools/datagen` reuses
//! them. The views only build for the browser.

pub mod api;
pub mod domain;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod pages;
#[cfg(target_arch = "wasm32")]
pub mod web;

#[cfg(target_arch = "wasm32")]
pub use app::App;
