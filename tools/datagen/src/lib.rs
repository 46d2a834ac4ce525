//! The data generator of the portal: reads `content/` and writes the static
//! JSON API of `docs/api.md` (the embedded default back end in
//! `public/api/`), a large synthetic set for load testing, or a small
//! set for another district (for end-to-end tests against a back end that
//! is not the default one).
//!
//! Every file is serialised through the app's own models
//! (`ocop_portal::api::models`), so the output follows the contract by
//! construction. The output is deterministic: no clock, no hash-map order,
//! and the scale set's randomness comes from a fixed seed.

pub mod content;
pub mod dates;
pub mod district;
pub mod html;
pub mod images;
pub mod news;
pub mod output;
pub mod points;
pub mod products;
pub mod scale;
pub mod site;

use content::Content;
use output::Files;
use std::collections::BTreeSet;
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

/// The embedded data set, from `content/` (or from content built in
/// memory: [`district`]).
pub fn build(content: &Content) -> Result<Files> {
    let mut files = Files::new();
    site::write(&mut files, &content.site)?;
    let ids: BTreeSet<&str> = content.products.iter().map(|p| p.id.as_str()).collect();
    points::write(&mut files, &content.points, &ids)?;
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
