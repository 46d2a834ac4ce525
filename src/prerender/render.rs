//! Draws one page natively with the app's own components, from the
//! response store (`api::remote`), and asks the API for whatever the page
//! lacked until it lacks nothing.

use crate::{
    api::{client, remote, ApiError},
    app::App,
    domain::format::Date,
    routes::{self, Page},
};
use futures::StreamExt;
use hydration_context::SsrSharedContext;
use leptos::prelude::*;
use leptos_meta::ServerMetaContext;
use leptos_router::location::RequestUrl;
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

/// Files a back end may leave out (API.md): a 404 means "none", not a
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
    let (route, query) = path.split_once('?').unwrap_or((path, ""));
    let bundle = Page::at(route, query).bundle();
    // Each pass draws with what the store has and notes what it lacked; a
    // page needs at most a few (the article, then nothing more).
    for _ in 0..8 {
        remote::take_used();
        let (body, head) = draw_once(path, drawn_for, bundle);
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

fn draw_once(path: &str, drawn_for: Date, bundle: routes::Bundle) -> (String, String) {
    routes::render_as_bundle(Some(bundle));
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    let full = format!("{}{path}", crate::env::base_path());
    let (body, meta) = owner.with(|| {
        provide_context(RequestUrl::new(&full));
        let (meta, output) = ServerMetaContext::new();
        provide_context(meta);
        (view! { <App drawn_for /> }.to_html(), output)
    });
    // leptos_meta writes its tags into a document stream; give it one that
    // is just the marker, and keep what it puts after the marker.
    let document = format!("<head>{HEAD_MARKER}</head>");
    let head = owner.with(|| {
        run_until(async {
            meta.inject_meta_context(futures::stream::iter([document]))
                .await
                .collect::<Vec<String>>()
                .await
                .concat()
        })
    });
    drop(owner);
    let head = head
        .strip_prefix(&format!("<head>{HEAD_MARKER}"))
        .and_then(|h| h.strip_suffix("</head>"))
        .unwrap_or_default()
        .to_owned();
    (body, head)
}

/// Where `leptos_meta` puts a page's tags, and where the browser finds them
/// again when it hydrates.
pub const HEAD_MARKER: &str = "<!--HEAD-->";

thread_local! {
    /// The prerenderer's executor: one thread, tasks run when a page's
    /// `<head>` is assembled (`leptos_meta` waits one tick for the page's
    /// components to have run; nothing the prerenderer draws waits on I/O).
    static POOL: std::cell::RefCell<futures::executor::LocalPool> =
        std::cell::RefCell::new(futures::executor::LocalPool::new());
    static SPAWNER: futures::executor::LocalSpawner = POOL.with(|p| p.borrow().spawner());
}

fn run_until<T>(future: impl std::future::Future<Output = T>) -> T {
    POOL.with(|pool| pool.borrow_mut().run_until(future))
}

struct OnePool;

impl any_spawner::CustomExecutor for OnePool {
    fn spawn(&self, fut: any_spawner::PinnedFuture<()>) {
        self.spawn_local(fut)
    }
    fn spawn_local(&self, fut: any_spawner::PinnedLocalFuture<()>) {
        use futures::task::LocalSpawnExt;
        SPAWNER.with(|s| {
            let _ = s.spawn_local(fut);
        });
    }
    fn poll_local(&self) {}
}

/// Sets the executor once, before the first page.
pub fn init() {
    // The spawner is taken from the pool now, while nothing runs on it.
    SPAWNER.with(|_| ());
    let _ = any_spawner::Executor::init_custom_executor(OnePool);
}
