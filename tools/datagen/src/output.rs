//! The generated data set as an in-memory file tree, and writing it out.
//!
//! Everything is built in memory first and only written once the whole set
//! is known to be good, so a content error never leaves a half-written
//! `public/api/` behind. A `BTreeMap` keeps paths sorted, which makes the
//! output (and any listing of it) independent of hash or directory order.

use serde::Serialize;
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

/// Relative path (with `/`) → file bytes.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Files(pub BTreeMap<String, Vec<u8>>);

impl Files {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds `value` as compact JSON with a trailing newline. Compact keeps the
    /// embedded set small; the newline keeps `git diff` and `cat` tidy.
    pub fn json<T: Serialize>(&mut self, path: impl Into<String>, value: &T) -> crate::Result<()> {
        let path = path.into();
        let mut bytes =
            serde_json::to_vec(value).map_err(|e| format!("cannot serialise {path}: {e}"))?;
        bytes.push(b'\n');
        self.insert(path, bytes)
    }

    pub fn text(&mut self, path: impl Into<String>, text: String) -> crate::Result<()> {
        self.insert(path.into(), text.into_bytes())
    }

    fn insert(&mut self, path: String, bytes: Vec<u8>) -> crate::Result<()> {
        if self.0.insert(path.clone(), bytes).is_some() {
            return Err(format!("two generated files share the path {path}"));
        }
        Ok(())
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn total_bytes(&self) -> usize {
        self.0.values().map(Vec::len).sum()
    }

    /// Replaces `dir` with exactly these files: whatever was in `dir` before
    /// is removed, so files of deleted articles or products never linger.
    pub fn replace_dir(&self, dir: &Path) -> crate::Result<()> {
        if dir.exists() {
            fs::remove_dir_all(dir).map_err(|e| format!("cannot remove {}: {e}", dir.display()))?;
        }
        for (path, bytes) in &self.0 {
            let file = dir.join(path);
            if let Some(parent) = file.parent() {
                fs::create_dir_all(parent)
                    .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
            }
            fs::write(&file, bytes).map_err(|e| format!("cannot write {}: {e}", file.display()))?;
        }
        Ok(())
    }

    /// Reads every file under `dir` (for comparing a committed tree with a
    /// fresh one).
    pub fn read_dir(dir: &Path) -> crate::Result<Files> {
        let mut files = Files::new();
        read_into(dir, "", &mut files)?;
        Ok(files)
    }
}

fn read_into(dir: &Path, prefix: &str, files: &mut Files) -> crate::Result<()> {
    let entries = fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = entry.path();
        let rel = format!("{prefix}{name}");
        if path.is_dir() {
            read_into(&path, &format!("{rel}/"), files)?;
        } else {
            let bytes =
                fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            files.insert(rel, bytes)?;
        }
    }
    Ok(())
}
