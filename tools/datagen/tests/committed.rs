//! `public/api/` is generated: it must be exactly what `content/` gives.

mod common;

use common::Scratch;
use datagen::content::Content;
use datagen::output::Files;

#[test]
fn committed_data_is_what_the_generator_writes() {
    let content = Content::load(&datagen::content_dir()).unwrap_or_else(|e| panic!("{e}"));
    let files = datagen::build(&content).unwrap_or_else(|e| panic!("{e}"));
    let scratch = Scratch::new("committed");
    files
        .replace_dir(&scratch.0)
        .unwrap_or_else(|e| panic!("{e}"));
    let fresh = Files::read_dir(&scratch.0)
        .unwrap_or_else(|e| panic!("{e}"))
        .0;
    let committed = Files::read_dir(&datagen::public_api_dir())
        .unwrap_or_else(|e| panic!("{e}\nrun `cargo run -p datagen`"))
        .0;

    let mut problems = Vec::new();
    for (path, bytes) in &fresh {
        match committed.get(path) {
            None => problems.push(format!("missing from public/api: {path}")),
            Some(old) if old != bytes => problems.push(format!("differs: {path}")),
            Some(_) => {}
        }
    }
    for path in committed.keys().filter(|p| !fresh.contains_key(*p)) {
        problems.push(format!("stale in public/api: {path}"));
    }
    assert!(
        problems.is_empty(),
        "public/api/ is not what content/ generates ({} files):\n  {}\nrun `cargo run -p datagen`",
        problems.len(),
        problems
            .iter()
            .take(40)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n  ")
    );
}

#[test]
fn the_generator_is_deterministic() {
    let content = Content::load(&datagen::content_dir()).unwrap_or_else(|e| panic!("{e}"));
    let a = datagen::build(&content).unwrap();
    let b = datagen::build(&content).unwrap();
    assert_eq!(a, b);
}
