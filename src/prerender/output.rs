//! Writing the new site aside and swapping it in: the prerenderer copies
//! `dist/` to `dist.next/`, writes every page there, and only when all are
//! written renames it into place. If anything fails, `dist.next/` is
//! removed and `dist/` is as it was.

use super::shell::SHELL_DIR;
use std::path::{Path, PathBuf};

/// What a run wrote, for its report.
#[derive(Debug, Default)]
pub struct Written {
    pub pages: usize,
    pub files: usize,
    pub bytes: u64,
    pub dist: PathBuf,
    /// Pages not written, each with why: one record the API could not
    /// give (the browser shows its not-found or error view there).
    pub skipped: Vec<(String, String)>,
}

/// The list of files an earlier run wrote, removed before the next writes
/// (an article since deleted must not stay behind as a page).
const WRITTEN_LIST: &str = "written.txt";

pub struct Staging {
    dist: PathBuf,
    next: PathBuf,
    written: Vec<String>,
    report: Written,
    finished: bool,
}

impl Staging {
    pub fn begin(dist: &Path) -> Result<Staging, String> {
        let next = sibling(dist, "next");
        if next.exists() {
            std::fs::remove_dir_all(&next).map_err(|e| format!("{}: {e}", next.display()))?;
        }
        let earlier: Vec<String> = std::fs::read_to_string(dist.join(SHELL_DIR).join(WRITTEN_LIST))
            .map(|list| list.lines().map(str::to_owned).collect())
            .unwrap_or_default();
        copy_tree(dist, &next, dist, &earlier)?;
        Ok(Staging {
            dist: dist.to_owned(),
            next,
            written: Vec::new(),
            report: Written::default(),
            finished: false,
        })
    }

    /// A page at its route: `/` → `index.html`, `/tin-tuc/a` →
    /// `tin-tuc/a/index.html`, so a static host's `try_files $uri $uri/`
    /// finds it.
    pub fn page(&mut self, route: &str, html: &[u8]) -> Result<(), String> {
        let dir = route.split('?').next().unwrap_or("").trim_matches('/');
        let file = if dir.is_empty() {
            "index.html".to_owned()
        } else {
            format!("{dir}/index.html")
        };
        self.report.pages += 1;
        self.file(&file, html)
    }

    pub fn file(&mut self, relative: &str, bytes: &[u8]) -> Result<(), String> {
        if !crate::domain::url::stays_inside(relative) {
            return Err(format!("{relative}: not a path inside the site"));
        }
        let path = self.next.join(relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        std::fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))?;
        self.written.push(relative.to_owned());
        self.report.files += 1;
        self.report.bytes += bytes.len() as u64;
        Ok(())
    }

    /// Swaps the new site in.
    pub fn finish(mut self) -> Result<Written, String> {
        let list = self.written.join("\n");
        let list_path = self.next.join(SHELL_DIR).join(WRITTEN_LIST);
        std::fs::write(&list_path, list).map_err(|e| format!("{}: {e}", list_path.display()))?;
        let old = sibling(&self.dist, "old");
        if old.exists() {
            std::fs::remove_dir_all(&old).map_err(|e| format!("{}: {e}", old.display()))?;
        }
        std::fs::rename(&self.dist, &old).map_err(|e| format!("{}: {e}", self.dist.display()))?;
        if let Err(e) = std::fs::rename(&self.next, &self.dist) {
            // Put the old site back rather than leave none.
            let _ = std::fs::rename(&old, &self.dist);
            return Err(format!("{}: {e}", self.dist.display()));
        }
        let _ = std::fs::remove_dir_all(&old);
        self.finished = true;
        let mut report = std::mem::take(&mut self.report);
        report.dist = self.dist.clone();
        Ok(report)
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.finished {
            let _ = std::fs::remove_dir_all(&self.next);
        }
    }
}

/// `dist` → `dist.next`, beside it.
fn sibling(dist: &Path, suffix: &str) -> PathBuf {
    let name = dist
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "dist".to_owned());
    dist.with_file_name(format!("{name}.{suffix}"))
}

/// Copies `from` to `to`, leaving out what an earlier run wrote.
fn copy_tree(from: &Path, to: &Path, root: &Path, skip: &[String]) -> Result<(), String> {
    std::fs::create_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    let entries = std::fs::read_dir(from).map_err(|e| format!("{}: {e}", from.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("{}: {e}", from.display()))?;
        let path = entry.path();
        let relative = path
            .strip_prefix(root)
            .map(|p| p.to_string_lossy().replace('\\', "/"))
            .unwrap_or_default();
        if skip.contains(&relative) {
            continue;
        }
        let target = to.join(entry.file_name());
        let kind = entry
            .file_type()
            .map_err(|e| format!("{}: {e}", path.display()))?;
        if kind.is_dir() {
            copy_tree(&path, &target, root, skip)?;
            // A folder that held only pages an earlier run wrote (a record
            // the back end has since removed) is not left behind empty: a
            // plain static server would list it instead of the app's
            // not-found page.
            if is_empty(&target) && !is_empty(&path) {
                std::fs::remove_dir(&target).map_err(|e| format!("{}: {e}", target.display()))?;
            }
        } else {
            std::fs::copy(&path, &target).map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    Ok(())
}

fn is_empty(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|mut entries| entries.next().is_none())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("ocop-staging-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("dist").join(SHELL_DIR)).expect("temp dist");
        std::fs::write(dir.join("dist/app.js"), "js").expect("a file");
        dir
    }

    #[test]
    fn a_failed_run_leaves_dist_as_it_was() {
        let dir = temp("fail");
        let dist = dir.join("dist");
        {
            let mut staging = Staging::begin(&dist).expect("begin");
            staging.page("/tin-tuc/a", b"<p>a</p>").expect("page");
            // Dropped without finishing, as on an API failure.
        }
        assert!(!dist.join("tin-tuc/a/index.html").exists());
        assert!(!sibling(&dist, "next").exists());
        assert_eq!(
            std::fs::read_to_string(dist.join("app.js")).ok().as_deref(),
            Some("js")
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn nothing_is_written_outside_the_site() {
        let dir = temp("escape");
        let dist = dir.join("dist");
        let mut staging = Staging::begin(&dist).expect("begin");
        assert!(staging.page("/tin-tuc/../../../escaped", b"x").is_err());
        assert!(staging.file("../escaped.txt", b"x").is_err());
        assert!(staging.file("/tmp/escaped.txt", b"x").is_err());
        assert!(!dir.join("escaped").exists() && !dir.join("escaped.txt").exists());
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_run_replaces_what_the_last_one_wrote() {
        let dir = temp("swap");
        let dist = dir.join("dist");
        let mut first = Staging::begin(&dist).expect("begin");
        first.page("/", b"home").expect("page");
        first.page("/tin-tuc/old", b"old").expect("page");
        first.page("/san-pham/gone/tem", b"label").expect("page");
        first.page("/san-pham/kept", b"kept").expect("page");
        first.finish().expect("finish");
        assert!(dist.join("tin-tuc/old/index.html").exists());
        let mut second = Staging::begin(&dist).expect("begin");
        second.page("/", b"home 2").expect("page");
        second.page("/san-pham/kept", b"kept 2").expect("page");
        let written = second.finish().expect("finish");
        assert_eq!(written.pages, 2);
        assert!(
            !dist.join("tin-tuc/old/index.html").exists(),
            "a page of the old site stayed"
        );
        // Nor the folders that held only the old site's pages.
        for gone in ["tin-tuc", "san-pham/gone/tem", "san-pham/gone"] {
            assert!(!dist.join(gone).exists(), "{gone} stayed behind, empty");
        }
        assert!(dist.join("san-pham/kept/index.html").exists());
        assert_eq!(
            std::fs::read_to_string(dist.join("index.html"))
                .ok()
                .as_deref(),
            Some("home 2")
        );
        assert!(dist.join("app.js").exists());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
