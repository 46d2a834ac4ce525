//! `cargo run -p datagen`: rewrites `public/api/` from `content/`.
//! `cargo run -p datagen -- --scale DIR [--products N] [--articles N]`:
//! writes a large synthetic data set to DIR instead.
//! `cargo run -p datagen -- --district DIR`: writes the data set of another
//! district (huyện Đông Anh, sample data) to DIR, for end-to-end tests.

use datagen::content::Content;
use datagen::output::Files;
use datagen::scale::ScaleConfig;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "\
usage: datagen                      rewrite public/api/ from content/
       datagen --scale DIR [--products N] [--articles N]
                                    write a synthetic load-test set to DIR
                                    (default 10000 products, 3000 articles)
       datagen --district DIR       write another district's set (sample data
                                    for huyện Đông Anh) to DIR, for tests";

enum Command {
    Embedded,
    Scale { dir: PathBuf, config: ScaleConfig },
    District { dir: PathBuf },
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
    let mut district_dir = None;
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
            "--district" => district_dir = Some(PathBuf::from(value()?)),
            "--products" => config.products = number(&value()?)?,
            "--articles" => config.articles = number(&value()?)?,
            "-h" | "--help" => return Err(USAGE.to_owned()),
            other => return Err(format!("unknown argument {other:?}\n{USAGE}")),
        }
    }
    match (scale_dir, district_dir) {
        (Some(_), Some(_)) => Err(format!(
            "--scale and --district exclude each other\n{USAGE}"
        )),
        (Some(dir), None) => Ok(Command::Scale { dir, config }),
        (None, Some(dir)) if args.len() == 2 => Ok(Command::District { dir }),
        (None, None) if args.is_empty() => Ok(Command::Embedded),
        _ => Err(format!("--products and --articles need --scale\n{USAGE}")),
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
            check_out_dir(&dir, "scale")?;
            let files = datagen::scale::build(&content, &config)?;
            files.replace_dir(&dir)?;
            report(&files, &dir);
        }
        Command::District { dir } => {
            check_out_dir(&dir, "district")?;
            let files = datagen::district::build(&content)?;
            files.replace_dir(&dir)?;
            report(&files, &dir);
        }
    }
    Ok(())
}

/// The scale and district sets replace DIR wholesale, so DIR must not be
/// the committed data set (nor anything under `public/`, which ships with
/// the app), nor a folder holding anything but an earlier generated set.
fn check_out_dir(dir: &Path, set: &str) -> Result<(), String> {
    let public = datagen::repo_root().join("public");
    let absolute = std::path::absolute(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let resolved = absolute.canonicalize().unwrap_or(absolute);
    let public = public.canonicalize().unwrap_or(public);
    if resolved.starts_with(&public) {
        return Err(format!(
            "{} is under public/: the {set} set must not ship with the app (try target/{set}-api)",
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
