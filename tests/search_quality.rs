//! The forgiving search's quality on the default data: a query set made
//! from every product name and article title, as readers type them
//! (accents dropped, one slip in a long word, only the first letters of
//! the last word, words reordered). The intended record must be in the top
//! 3 for ≥ 97 % of queries. `cargo test --test search_quality -- --nocapture`
//! prints the figure per kind; `SEARCH_QUERIES=path` also writes the set as
//! JSON (the benchmark runs MiniSearch over the same set).

use ocop_portal::api::models::{Catalog, NewsIndex};
use ocop_portal::domain::gallery::Gallery;
use ocop_portal::domain::search::NewsSearch;
use ocop_portal::domain::text::fold;
use ocop_portal::domain::text_search::TextIndex;

fn read<T: serde::de::DeserializeOwned>(path: &str) -> T {
    let text = std::fs::read_to_string(format!("{}/public/api/{path}", env!("CARGO_MANIFEST_DIR")))
        .expect("the default data set ships in public/api");
    serde_json::from_str(&text).expect("the default data decodes")
}

/// One slip in the longest word of ≥ 5 letters, of the kind `n` picks
/// (swap, delete, insert, substitute); `None` when no word is long enough.
fn with_slip(words: &[String], n: usize) -> Option<Vec<String>> {
    let (at, word) = words
        .iter()
        .enumerate()
        .filter(|(_, w)| w.chars().count() >= 5)
        .max_by_key(|(i, w)| (w.chars().count(), std::cmp::Reverse(*i)))?;
    let mut letters: Vec<char> = word.chars().collect();
    let mid = letters.len() / 2;
    match n % 4 {
        0 => letters.swap(mid - 1, mid),
        1 => {
            letters.remove(mid);
        }
        2 => letters.insert(mid, letters[mid]),
        _ => letters[mid] = if letters[mid] == 'a' { 'e' } else { 'a' },
    }
    let mut words = words.to_vec();
    words[at] = letters.into_iter().collect();
    Some(words)
}

/// The queries for one title: (kind, text).
fn queries(title: &str, n: usize) -> Vec<(&'static str, String)> {
    let words: Vec<String> = fold(title)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect();
    if words.is_empty() {
        return Vec::new();
    }
    let mut out = vec![("no accents", words.join(" "))];
    if let Some(slipped) = with_slip(&words, n) {
        out.push(("one slip", slipped.join(" ")));
    }
    let mut started = words.clone();
    if let Some(last) = started.last_mut() {
        let letters: Vec<char> = last.chars().collect();
        let keep = letters.len().div_ceil(2).max(1);
        *last = letters[..keep].iter().collect();
    }
    out.push(("last word started", started.join(" ")));
    if words.len() > 1 {
        let mut reordered = words.clone();
        reordered.reverse();
        out.push(("reordered", reordered.join(" ")));
    }
    out
}

struct Tally {
    by_kind: Vec<(&'static str, usize, usize)>,
    misses: Vec<String>,
    set: Vec<serde_json::Value>,
}

fn measure(index: &TextIndex, titles: &[(usize, String)], group: &str, tally: &mut Tally) {
    for (n, (record, title)) in titles.iter().enumerate() {
        for (kind, text) in queries(title, n) {
            let found = index.find(&text);
            let top3 = found.hits.iter().take(3).any(|h| h.record == *record);
            match tally.by_kind.iter_mut().find(|(k, _, _)| *k == kind) {
                Some((_, hit, all)) => {
                    *hit += usize::from(top3);
                    *all += 1;
                }
                None => tally.by_kind.push((kind, usize::from(top3), 1)),
            }
            if !top3 {
                tally
                    .misses
                    .push(format!("{group} {kind}: {text:?} for {title:?}"));
            }
            tally.set.push(
                serde_json::json!({"group": group, "kind": kind, "q": text, "record": record}),
            );
        }
    }
}

#[test]
fn the_intended_item_is_in_the_top_three_for_97_percent_of_queries() {
    let catalog: Catalog = read("products.json");
    let news: NewsIndex = read("news/index.json");
    let gallery = Gallery::new(&catalog);
    let articles = NewsSearch::new(&news);
    let mut tally = Tally {
        by_kind: Vec::new(),
        misses: Vec::new(),
        set: Vec::new(),
    };
    let products: Vec<(usize, String)> = catalog
        .items
        .iter()
        .map(|p| p.name.clone())
        .enumerate()
        .collect();
    measure(gallery.text(), &products, "products", &mut tally);
    // The news search numbers its records newest first.
    let titles: Vec<(usize, String)> = (0..news.items.len())
        .filter_map(|record| {
            articles
                .entry(record)
                .map(|i| (record, news.items[i].title.clone()))
        })
        .collect();
    measure(articles.text(), &titles, "articles", &mut tally);

    let (hit, all) = tally
        .by_kind
        .iter()
        .fold((0, 0), |(h, a), (_, hit, all)| (h + hit, a + all));
    for (kind, hit, all) in &tally.by_kind {
        println!(
            "{kind:>18}: {hit}/{all} ({:.1} %)",
            100.0 * *hit as f64 / *all as f64
        );
    }
    println!(
        "{:>18}: {hit}/{all} ({:.1} %)",
        "all",
        100.0 * hit as f64 / all as f64
    );
    for miss in tally.misses.iter().take(20) {
        println!("  missed: {miss}");
    }
    if let Ok(path) = std::env::var("SEARCH_QUERIES") {
        std::fs::write(&path, serde_json::to_string(&tally.set).unwrap_or_default())
            .expect("writes the query set");
    }
    assert!(all > 500, "the query set covers the data ({all} queries)");
    assert!(hit * 100 >= all * 97, "{hit}/{all} in the top 3");
}

/// Keystrokes for the timing run: every prefix (by letter) of queries made
/// from every 50th product and 20th article title (accents dropped, one
/// slip), as a reader types them.
fn keystrokes(titles: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for (n, title) in titles.iter().enumerate() {
        for (kind, text) in queries(title, n) {
            if kind != "one slip" && kind != "no accents" {
                continue;
            }
            let letters: Vec<char> = text.chars().collect();
            for end in 2..=letters.len().min(24) {
                out.push(letters[..end].iter().collect());
            }
        }
    }
    out
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

/// Engine-only timing on the scale set (`cargo run -p datagen -- --scale
/// target/scale-api` first): index build, and a search per keystroke,
/// median and p90. `scripts/bench-search.mjs` runs MiniSearch over the same
/// data and keystrokes beside it.
#[test]
#[ignore]
fn timing_on_the_scale_set() {
    let dir = std::env::var("SCALE_API")
        .unwrap_or_else(|_| format!("{}/target/scale-api", env!("CARGO_MANIFEST_DIR")));
    let load = |path: &str| {
        std::fs::read_to_string(format!("{dir}/{path}")).expect("the scale set (datagen --scale)")
    };
    let catalog: Catalog = serde_json::from_str(&load("products.json")).expect("decodes");
    let news: NewsIndex = serde_json::from_str(&load("news/index.json")).expect("decodes");
    let started = std::time::Instant::now();
    let gallery = Gallery::new(&catalog);
    let gallery_ms = started.elapsed().as_secs_f64() * 1e3;
    let started = std::time::Instant::now();
    let articles = NewsSearch::new(&news);
    let news_ms = started.elapsed().as_secs_f64() * 1e3;
    let titles: Vec<String> = catalog
        .items
        .iter()
        .step_by(50)
        .map(|p| p.name.clone())
        .chain(news.items.iter().step_by(20).map(|e| e.title.clone()))
        .collect();
    let keys = keystrokes(&titles);
    let mut times: Vec<f64> = keys
        .iter()
        .map(|k| {
            let started = std::time::Instant::now();
            let p = gallery.text().find(k);
            let a = articles.find(k);
            std::hint::black_box((p.hits.len(), a.hits.len()));
            started.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    times.sort_by(f64::total_cmp);
    println!(
        "text_search: {} products + {} articles, {} + {} words; gallery index (filters, orders, text) {gallery_ms:.0} ms, news index {news_ms:.0} ms; {} keystrokes: median {:.2} ms, p90 {:.2} ms",
        catalog.items.len(),
        news.items.len(),
        gallery.text().vocabulary(),
        articles.text().vocabulary(),
        times.len(),
        percentile(&times, 0.5),
        percentile(&times, 0.9)
    );
    if let Ok(path) = std::env::var("SEARCH_KEYSTROKES") {
        std::fs::write(&path, serde_json::to_string(&keys).unwrap_or_default())
            .expect("writes the keystrokes");
    }
}
