//! `cargo run -p datagen`: rewrites `public/api/` from `content/`.
//! `cargo run -p datagen -- --scale DIR [--products N] [--articles N]`:
//! writes a large synthetic data set to DIR instead.

use datagen::content::Content;
use datagen::output::Files;
use datagen::scale::ScaleConfig;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "\
usage: datagen                      rewrite public/api/ from content/
       datagen --scale DIR [--products N] [--articles N]
                                    write a synthetic load-test set to DIR
                                    (default 10000 products, 3000 articles)";

enum Command {
    Embedded,
    Scale { dir: PathBuf, config: ScaleConfig },
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = parse(&args).and_then(run);
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("datagen: {message}");
            ExitCode::FAILURE
        }
    }
}

fn parse(args: &[String]) -> Result<Command, String> {
    let mut scale_dir = None;
    let mut config = ScaleConfig::default();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value = || {
            it.next()
                .cloned()
                .ok_or(format!("{arg} needs a value\n{USAGE}"))
        };
        match arg.as_str() {
            "--scale" => scale_dir = Some(PathBuf::from(value()?)),
            "--products" => config.products = number(&value()?)?,
            "--articles" => config.articles = number(&value()?)?,
            "-h" | "--help" => return Err(USAGE.to_owned()),
            other => return Err(format!("unknown argument {other:?}\n{USAGE}")),
        }
    }
    match scale_dir {
        Some(dir) => Ok(Command::Scale { dir, config }),
        None if args.is_empty() => Ok(Command::Embedded),
        None => Err(format!("--products and --articles need --scale\n{USAGE}")),
    }
}

fn number(s: &str) -> Result<usize, String> {
    s.parse().map_err(|_| format!("{s:?} is not a number"))
}

fn run(command: Command) -> Result<(), String> {
    let content = Content::load(&datagen::content_dir())?;
    match command {
        Command::Embedded => {
            let files = datagen::build(&content)?;
            let dir = datagen::public_api_dir();
            files.replace_dir(&dir)?;
            report(&files, &dir);
        }
        Command::Scale { dir, config } => {
            check_scale_dir(&dir)?;
            let files = datagen::scale::build(&content, &config)?;
            files.replace_dir(&dir)?;
            report(&files, &dir);
        }
    }
    Ok(())
}

/// The scale set replaces DIR wholesale, so DIR must not be the committed
/// data set, nor a folder holding anything but an earlier generated set.
fn check_scale_dir(dir: &Path) -> Result<(), String> {
    let public = datagen::repo_root().join("public");
    let absolute = std::path::absolute(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let resolved = absolute.canonicalize().unwrap_or(absolute);
    let public = public.canonicalize().unwrap_or(public);
    if resolved.starts_with(&public) {
        return Err(format!(
            "{} is under public/: the scale set must not ship with the app (try target/scale-api)",
            dir.display()
        ));
    }
    if let Ok(mut entries) = std::fs::read_dir(dir) {
        if entries.next().is_some() && !dir.join("site.json").is_file() {
            return Err(format!(
                "{} is not empty and does not look like a generated data set; refusing to replace it",
                dir.display()
            ));
        }
    }
    Ok(())
}

fn report(files: &Files, dir: &Path) {
    println!(
        "wrote {} files ({} bytes) to {}",
        files.len(),
        files.total_bytes(),
        dir.display()
    );
}
