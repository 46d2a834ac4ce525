//! Draws one page natively with the app's own components, from the
//! response store (`api::remote`), and asks the API for whatever the page
//! lacked until it lacks nothing.

use crate::components::page_meta::ServerHead;
use crate::{
    api::{client, remote, ApiError},
    app::App,
    domain::format::Date,
};
use hydration_context::SsrSharedContext;
use leptos::prelude::*;
use std::collections::BTreeMap;
use std::sync::Arc;

/// A page as the prerenderer drew it.
pub struct Drawn {
    /// The app's markup, for inside `<div id="app">`.
    pub body: String,
    /// The `<head>` tags of the page (title, description, Open Graph…), in
    /// the order the browser's hydration will walk them.
    pub head: String,
    /// `(path, fingerprint)` of every API file the page was drawn from.
    pub sources: Vec<(String, String)>,
}

/// The API files read so far, by path: their bodies are in the response
/// store; this keeps what the page data needs to record.
#[derive(Default)]
pub struct Fetched {
    /// Fingerprint of each body, or `None` for a file the API says is absent
    /// (an optional `points.json`).
    prints: BTreeMap<String, Option<String>>,
}

/// Files a back end may leave out (`docs/api.md`): a 404 means "none", not a
/// failure.
const OPTIONAL: &[&str] = &["points.json"];

impl Fetched {
    /// Reads `path` from the API into the response store.
    pub fn fetch(&mut self, source: &client::ApiSource, path: &str) -> Result<(), String> {
        if self.prints.contains_key(path) {
            return Ok(());
        }
        match client::read_blocking(source, path) {
            Ok(body) => {
                self.prints
                    .insert(path.to_owned(), Some(client::fingerprint(&body)));
                remote::provide_body(path, Ok(body));
                Ok(())
            }
            Err(ApiError::Status(404)) if OPTIONAL.contains(&path) => {
                self.prints.insert(path.to_owned(), None);
                remote::provide_body(path, Err(ApiError::Status(404)));
                Ok(())
            }
            Err(e) => Err(format!("{path}: {} ({e})", e.title())),
        }
    }

    /// The record of a file the page used: its fingerprint, or "absent".
    fn record(&self, path: &str) -> Option<(String, String)> {
        let print = self.prints.get(path)?;
        Some((
            path.to_owned(),
            print.clone().unwrap_or_else(|| remote::ABSENT.to_owned()),
        ))
    }
}

/// Draws the page at `path` (relative to the base path, with its query) for
/// `drawn_for`, fetching what it needs from `source`.
pub fn draw(
    path: &str,
    drawn_for: Date,
    source: &client::ApiSource,
    fetched: &mut Fetched,
) -> Result<Drawn, String> {
    // Each pass draws with what the store has and notes what it lacked; a
    // page needs at most a few (the article, then nothing more).
    for _ in 0..8 {
        remote::take_used();
        let (body, head) = draw_once(path, drawn_for);
        let wanted = remote::take_wanted();
        if wanted.is_empty() {
            let sources = remote::take_used()
                .iter()
                .filter_map(|p| fetched.record(p))
                .collect();
            return Ok(Drawn {
                body,
                head,
                sources,
            });
        }
        for file in wanted {
            fetched.fetch(source, &file)?;
        }
    }
    Err(format!("{path}: the page kept asking for more API files"))
}

fn draw_once(path: &str, drawn_for: Date) -> (String, String) {
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    let full = format!("{}{path}", crate::env::base_path());
    let head = ServerHead::default();
    let body = owner.with(|| {
        provide_context(leptos_router::location::RequestUrl::new(&full));
        provide_context(head.clone());
        view! { <App drawn_for /> }.to_html()
    });
    drop(owner);
    let head = head.0.lock().map(|h| h.clone()).unwrap_or_default();
    (body, head)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{embed::EmbedOptions, points::PointsQuery, query::parse_query_string};
    use crate::routes::{self, Page, SearchBy};

    /// What only the view of `page` draws (its root's classes).
    fn mark_of(page: &Page) -> &'static str {
        match page {
            Page::Home => "class=\"page home\"",
            Page::News { .. } => "class=\"page news-list\"",
            Page::Article { .. } => "class=\"page article\"",
            Page::Search => "class=\"page search\"",
            Page::Gallery => "class=\"page gallery-page\"",
            Page::Product { .. } => "class=\"page product\"",
            Page::Label { .. } => "class=\"label-page\"",
            Page::Points => "class=\"page points-page\"",
            Page::Figures => "class=\"page figures\"",
            Page::Embed => "class=\"embed\"",
            Page::NotFound => "class=\"page not-found\"",
        }
    }

    /// `routes` spells the URLs, the router in `app.rs` shows them: every
    /// link builder's URL, drawn through the router, shows the view of the
    /// page `Page::at` says it names, and paths that name no page show
    /// "not found".
    #[test]
    fn every_link_reaches_the_view_it_names() {
        let api = client::ApiSource::Folder(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("public/api"),
        );
        let mut fetched = Fetched::default();
        let today = crate::env::today();
        let q = parse_query_string("stars=5&commune=bat-trang");
        let slug = "bat-trang-ra-mat-trung-tam-thiet-ke-sang-tao-gioi-thieu-san-pham-ocop";
        let id = "am-tich-vuot-tay-men-nau";
        let links = [
            routes::home(),
            routes::news(1),
            routes::news(3),
            routes::article(slug),
            routes::search(SearchBy::Tag, "Bát Tràng"),
            routes::search(SearchBy::Text, ""),
            routes::gallery(&q),
            routes::product(id, &q),
            routes::label(id),
            routes::points(&PointsQuery::default()),
            routes::figures(),
            routes::embed(&q, &EmbedOptions::default()),
        ];
        let mut shown = Vec::new();
        for link in links {
            let page = link.page();
            assert_ne!(page, Page::NotFound, "{link:?}");
            shown.push((link.path().to_owned(), page));
        }
        for path in [
            "/khong-co",
            "/tin-tuc/trang/x",
            "/san-pham/a/b/c",
            "/tin-tuc/a/b",
        ] {
            shown.push((path.to_owned(), Page::NotFound));
        }
        for (path, page) in shown {
            let drawn = draw(&path, today, &api, &mut fetched).expect("drawn");
            assert!(
                drawn.body.contains(mark_of(&page)),
                "{path} should show {page:?}: {}",
                &drawn.body[..drawn.body.len().min(600)]
            );
            let (route, query) = path.split_once('?').unwrap_or((&path, ""));
            assert_eq!(Page::at(route, query), page, "{path}");
        }
    }
}
