//! Property-based fuzzing of everything that reads outside data: JSON
//! decoding of every model, the sanitiser, the gallery query parser and the
//! diacritic folding. None may panic, whatever arrives.
//!
//! `cargo test --test fuzz` runs 256 cases per target; for a longer run:
//! `PROPTEST_CASES=20000 cargo test --release --test fuzz`.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use markup5ever_rcdom::{Handle, NodeData};
use ocop_portal::{
    api::{
        client::decode,
        lenient::take_warnings,
        models::{Article, Catalog, NewsIndex, NewsPage, ProductDetail, Site, Stats},
    },
    domain::{
        embed::EmbedOptions,
        format::{format_date, format_long_date, parse_date},
        html::to_html,
        paging::parse_page,
        query::{parse_query_string, to_query_string},
        text::{compare_vi, fold},
        text_search::{highlight, Record, TextIndex},
    },
};
use proptest::prelude::*;
use std::path::Path;

/// Decodes `body` as every model; only panics matter here.
fn decode_all(body: &str) {
    let _ = decode::<Site>(body);
    let _ = decode::<Stats>(body);
    let _ = decode::<NewsPage>(body);
    let _ = decode::<NewsIndex>(body);
    let _ = decode::<Article>(body);
    let _ = decode::<Catalog>(body);
    let _ = decode::<ProductDetail>(body);
    take_warnings();
}

fn json_value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::Bool),
        any::<i64>().prop_map(|n| serde_json::json!(n)),
        any::<f64>().prop_map(|n| serde_json::json!(n)),
        "[a-z0-9-]{0,12}".prop_map(serde_json::Value::String),
        "\\PC{0,20}".prop_map(serde_json::Value::String),
    ];
    let keys = prop::sample::select(vec![
        "name",
        "tagline",
        "links",
        "title",
        "url",
        "online",
        "total_visits",
        "page",
        "total_pages",
        "items",
        "slug",
        "summary",
        "published_at",
        "views",
        "category",
        "tags",
        "thumbnail",
        "src",
        "alt",
        "body_html",
        "related",
        "id",
        "stars",
        "commune",
        "group",
        "producer",
        "kind",
        "communes",
        "groups",
        "expires_on",
        "images",
        "certificate",
        "description_html",
        "successors",
        "source",
        "other",
    ]);
    leaf.prop_recursive(5, 200, 12, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::Array),
            prop::collection::btree_map(keys.clone().prop_map(str::to_owned), inner, 0..10)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Every file of the embedded API, as text.
fn real_files() -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("public/api")];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "json") && out.len() < 60 {
                out.push(std::fs::read_to_string(&path).expect("readable API file"));
            }
        }
    }
    out.sort();
    out
}

/// The first thing in a parsed tree that could run script, if any.
fn executable(handle: &Handle) -> Option<String> {
    if let NodeData::Element { name, attrs, .. } = &handle.data {
        let tag = name.local.to_string();
        if [
            "script", "iframe", "svg", "math", "style", "object", "embed", "form", "template",
            "base", "meta", "link",
        ]
        .contains(&tag.as_str())
        {
            return Some(format!("<{tag}>"));
        }
        for a in attrs.borrow().iter() {
            let attr = a.name.local.to_string().to_ascii_lowercase();
            let value: String = a
                .value
                .to_string()
                .to_ascii_lowercase()
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            if attr.starts_with("on") || attr == "style" || attr == "srcdoc" || attr == "formaction"
            {
                return Some(format!("attribute {attr}"));
            }
            if (attr == "href" || attr == "src")
                && (value.starts_with("javascript:")
                    || value.starts_with("vbscript:")
                    || value.starts_with("data:text"))
            {
                return Some(format!("{attr}={value}"));
            }
        }
    }
    handle.children.borrow().iter().find_map(executable)
}

fn sanitize_html(html: &str) -> String {
    to_html(&common::clean_nodes(html, "https://x.vn/api/"))
}

/// HTML-ish soup: tags, attributes, quotes, entities and schemes.
fn html_soup() -> impl Strategy<Value = String> {
    let token = prop::sample::select(vec![
        "<",
        ">",
        "</",
        "/>",
        "=",
        "\"",
        "'",
        " ",
        "script",
        "img",
        "a",
        "svg",
        "math",
        "style",
        "iframe",
        "table",
        "td",
        "p",
        "div",
        "noscript",
        "template",
        "form",
        "src",
        "href",
        "onerror",
        "onload",
        "javascript:",
        "data:",
        "&#106;",
        "&lt;",
        "&amp;",
        "<!--",
        "-->",
        "alert(1)",
        "Gốm sứ",
        "\t",
        "\n",
        "x",
        "http://a.vn",
        "<![CDATA[",
        "]]>",
        "title",
    ]);
    prop::collection::vec(token, 0..80).prop_map(|tokens| tokens.concat())
}

proptest! {
    #[test]
    fn arbitrary_json_never_panics_any_model(value in json_value()) {
        decode_all(&value.to_string());
    }

    #[test]
    fn damaged_real_files_never_panic(index in 0usize..60, cut in 0.0f64..1.0, flip in any::<u8>(), at in 0.0f64..1.0) {
        let files = real_files();
        let file = &files[index % files.len()];
        // Truncated, as by a dropped connection.
        let mut end = (file.len() as f64 * cut) as usize;
        while !file.is_char_boundary(end) { end -= 1; }
        decode_all(&file[..end]);
        // One byte changed, as by a broken proxy.
        let mut bytes = file.clone().into_bytes();
        let i = ((bytes.len() as f64 * at) as usize).min(bytes.len().saturating_sub(1));
        if let Some(b) = bytes.get_mut(i) { *b = flip; }
        decode_all(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn arbitrary_text_never_panics_decoding(text in "\\PC{0,200}") {
        decode_all(&text);
    }

    #[test]
    fn sanitiser_never_panics_and_nothing_executable_survives(html in html_soup()) {
        let out = sanitize_html(&html);
        // Parse the output again, as a browser would, and inspect the tree.
        if let Some(problem) = executable(&common::parse(&out).document) {
            prop_assert!(false, "{problem} in {out:?} (from {html:?})");
        }
    }

    #[test]
    fn text_helpers_never_panic(text in "\\PC{0,120}", other in "\\PC{0,40}") {
        let _ = fold(&text);
        let _ = compare_vi(&text, &other);
        // The forgiving search: any record and any query; highlighting
        // keeps every character of the text, in order.
        let index = TextIndex::new([Record { name: &text, details: &[&other], rank: 0 }]);
        for query in [&other, &text] {
            let found = index.find(query);
            let did_you_mean = index.did_you_mean(query);
            prop_assert!(found.hits.len() <= 1 && did_you_mean.is_none_or(|d| !d.is_empty()));
            let runs = highlight(&text, &found.marks);
            prop_assert_eq!(runs.iter().map(|(run, _)| run.as_str()).collect::<String>(), text.clone());
        }
        let _ = format_date(&text);
        let _ = format_long_date(&text);
        let _ = parse_date(&text);
        let _ = parse_page(&text);
        let _ = ocop_portal::routes::Page::at(&text, &text);
        let _ = EmbedOptions::parse(&text);
        let q = parse_query_string(&text);
        prop_assert_eq!(parse_query_string(&to_query_string(&q)), q);
    }
}

#[test]
fn real_files_still_decode_cleanly() {
    assert!(real_files().len() >= 20);
}
