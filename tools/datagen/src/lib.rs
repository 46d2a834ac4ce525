//! The data generator of the portal: reads `content/` and writes the static
//! JSON API of `../shared/API.md` (the embedded default back end in
//! `public/api/`), or a large synthetic set for load testing.
//!
//! Every file is serialised through the app's own models
//! (`ocop_portal::api::models`), so the output follows the contract by
//! construction. The output is deterministic: no clock, no hash-map order,
//! and the scale set's randomness comes from a fixed seed.

pub mod content;
pub mod dates;
pub mod html;
pub mod images;
pub mod news;
pub mod output;
pub mod products;
pub mod scale;
pub mod site;

use content::Content;
use output::Files;
use std::path::{Path, PathBuf};

/// Errors are messages for the person running the generator.
pub type Result<T> = std::result::Result<T, String>;

/// The repository root (this crate lives in `tools/datagen`).
pub fn repo_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest
        .parent()
        .and_then(Path::parent)
        .unwrap_or(manifest)
        .to_path_buf()
}

pub fn content_dir() -> PathBuf {
    repo_root().join("content")
}

/// The committed data set's folder, `public/api/`.
pub fn public_api_dir() -> PathBuf {
    repo_root().join("public").join("api")
}

/// The embedded data set, from `content/`.
pub fn build(content: &Content) -> Result<Files> {
    let mut files = Files::new();
    site::write(&mut files, &content.site)?;
    news::write(
        &mut files,
        news::inputs_from_content(content)?,
        news::categories_of(content),
    )?;
    products::write(
        &mut files,
        content,
        &content.site.catalog.updated_at,
        products::inputs_from_content(content)?,
    )?;
    images::write_all(&mut files)?;
    Ok(files)
}
