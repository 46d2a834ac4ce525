//! `prerender --api <URL or folder> --dist <dist folder> [--site-url URL]`:
//! draws every public page of the portal from an API into `dist/` (built by
//! `scripts/build.sh`), with share cards, sitemap, robots.txt and RSS. See
//! README.md, "Deploying". The site address also comes from
//! `OCOP_SITE_URL`. Exit status: 0 every page written; 3 written, but
//! pages of single records the API could not give were skipped (listed);
//! 1 nothing changed.

use ocop_portal::{api::client::ApiSource, prerender};
use std::path::PathBuf;
use std::process::ExitCode;

/// The exit status of a run that wrote the site but skipped some pages
/// (0: every page written; 1: nothing changed).
const PARTIAL: u8 = 3;

const USAGE: &str = "usage: prerender --api <URL or folder> --dist <dist folder> [--site-url https://portal.example.vn] [--base-path /ocop]";

fn main() -> ExitCode {
    match parse(std::env::args().skip(1).collect()).and_then(|o| prerender::run(&o)) {
        Ok(written) => {
            println!(
                "prerender: wrote {} pages ({} files, {} bytes) to {}",
                written.pages,
                written.files,
                written.bytes,
                written.dist.display()
            );
            if written.skipped.is_empty() {
                return ExitCode::SUCCESS;
            }
            println!(
                "prerender: PARTIAL: {} pages skipped (readers are served the app there, which shows their not-found or error view):",
                written.skipped.len()
            );
            for (path, why) in &written.skipped {
                println!("  {path}: {why}");
            }
            ExitCode::from(PARTIAL)
        }
        Err(message) => {
            eprintln!("prerender: {message}\nprerender: nothing was changed");
            ExitCode::FAILURE
        }
    }
}

fn parse(args: Vec<String>) -> Result<prerender::Options, String> {
    let mut api = None;
    let mut dist = None;
    let mut site_url = std::env::var("OCOP_SITE_URL").ok();
    let mut base_path = None;
    let mut it = args.into_iter();
    while let Some(arg) = it.next() {
        let mut value = || it.next().ok_or(format!("{arg} needs a value\n{USAGE}"));
        match arg.as_str() {
            "--api" => api = Some(value()?),
            "--dist" => dist = Some(PathBuf::from(value()?)),
            "--site-url" => site_url = Some(value()?),
            "--base-path" => base_path = Some(value()?),
            "-h" | "--help" => return Err(USAGE.to_owned()),
            other => return Err(format!("unknown argument {other:?}\n{USAGE}")),
        }
    }
    let api = api.ok_or(format!("--api is required\n{USAGE}"))?;
    let api = if api.starts_with("http://") || api.starts_with("https://") {
        ApiSource::Http(api)
    } else {
        let folder = PathBuf::from(&api);
        if !folder.join("site.json").is_file() {
            return Err(format!("{api}: no site.json there: not an API folder"));
        }
        ApiSource::Folder(folder)
    };
    let site_url = site_url
        .filter(|u| u.starts_with("http://") || u.starts_with("https://"))
        .ok_or(format!(
            "the portal's public address is needed for canonical and share links: \
             --site-url https://… or OCOP_SITE_URL\n{USAGE}"
        ))?;
    Ok(prerender::Options {
        api,
        dist: dist.ok_or(format!("--dist is required\n{USAGE}"))?,
        site_url,
        today: ocop_portal::env::today(),
        base_path,
    })
}
