//! The views' data: a [`Remote`] holds what one API file answered, as a
//! signal, and `components::Loaded` shows it.
//!
//! One store of responses serves both renderers, so both draw a page from
//! the same bytes:
//! - the prerenderer fills it before drawing a page, and learns from
//!   [`take_wanted`] which files the page asked for and it lacked;
//! - in the browser, a prerendered page's files are fetched once at start
//!   ([`prefetch`]), so hydration draws from exactly what the API serves
//!   now; later pages fill it as they ask.
//!
//! A file read once is kept for the visit (the catalogue is decoded and
//! indexed once, however many pages show it); a retry asks the server
//! again.
//!
//! The reactive machinery is written once, over type-erased values; only
//! the decoding is per model. (Per-type signals, memos and effects would
//! repeat the same code in the browser bundles for every model.)

use super::{client, endpoints::Endpoint, lenient, ApiError};
use leptos::prelude::*;
use serde::de::DeserializeOwned;
use std::{
    any::{Any, TypeId},
    cell::RefCell,
    collections::HashMap,
    marker::PhantomData,
    sync::Arc,
};

/// A decoded API file, of the type its [`Remote`] knows.
type Decoded = Arc<dyn Any + Send + Sync>;
type Answer = Result<Decoded, ApiError>;
/// How a [`Remote`] turns a body into its type.
type Decode = fn(&str, &str) -> Answer;

/// A request under way, which a second asker awaits instead of asking
/// again (a page whose data was requested when the reader showed intent).
#[cfg(feature = "browser")]
type InFlight =
    futures::future::Shared<futures::future::LocalBoxFuture<'static, Result<Arc<str>, ApiError>>>;

#[derive(Default)]
struct Store {
    /// Browser: requests under way, by path.
    #[cfg(feature = "browser")]
    in_flight: HashMap<String, InFlight>,
    /// Bodies (prefetched, or read by the prerenderer), and failures of the
    /// start-up prefetch, each shown once in the browser.
    bodies: HashMap<String, Result<Arc<str>, ApiError>>,
    /// By path and type: one file may be read as two types (the header
    /// and footer only ask whether sale points exist).
    decoded: HashMap<(String, TypeId), Decoded>,
    /// Native renders: files a page asked for that the store lacked.
    wanted: Vec<String>,
    /// Native renders: files the page was drawn from.
    used: Vec<String>,
}

thread_local! {
    static STORE: RefCell<Store> = RefCell::new(Store::default());
}

/// What the store has for `path` as type `of`, decoding a stored body on
/// first use.
fn lookup(path: &str, of: TypeId, decode: Decode) -> Option<Answer> {
    STORE.with(|store| {
        let mut store = store.borrow_mut();
        let key = (path.to_owned(), of);
        if let Some(value) = store.decoded.get(&key).cloned() {
            store.used.push(path.to_owned());
            return Some(Ok(value));
        }
        // The browser shows a prefetched failure once (a retry asks the
        // server); bodies stay, as another type may read them.
        let body = match store.bodies.get(path).cloned() {
            Some(Err(error)) if !cfg!(feature = "ssr") => {
                store.bodies.remove(path);
                Some(Err(error))
            }
            other => other,
        };
        match body {
            Some(Ok(body)) => {
                let decoded = decode(path, &body);
                if let Ok(value) = &decoded {
                    store.decoded.insert(key, value.clone());
                }
                // A file that does not decode is drawn from too (its error
                // panel): the browser must fetch it before adopting the page,
                // or it would draw a placeholder where the HTML has the panel.
                store.used.push(path.to_owned());
                Some(decoded)
            }
            Some(Err(error)) => {
                store.used.push(path.to_owned());
                Some(Err(error))
            }
            None => {
                if cfg!(feature = "ssr") {
                    store.wanted.push(path.to_owned());
                }
                None
            }
        }
    })
}

/// Decodes a body as `T`, with the lenient rules' warnings on the console.
fn decode<T: DeserializeOwned + Send + Sync + 'static>(path: &str, body: &str) -> Answer {
    let decoded = client::decode::<T>(body);
    for warning in lenient::take_warnings() {
        leptos::logging::warn!("{path}: {warning}");
    }
    if let Err(e) = &decoded {
        leptos::logging::warn!("{path}: {e}");
    }
    decoded.map(|value| Arc::new(value) as Decoded)
}

/// The untyped part of a [`Remote`]: the answer, whether a request runs,
/// and the retry counter.
#[derive(Clone, Copy)]
struct Core {
    value: RwSignal<Option<Answer>>,
    pending: RwSignal<bool>,
    reloads: RwSignal<u32>,
}

impl Core {
    /// Follows `path`, drawing from the store when it can.
    fn new(path: Memo<Result<String, ApiError>>, of: TypeId, decode: Decode) -> Core {
        // Drawn synchronously from the store when it has the file: that is
        // how the prerenderer draws a page and how hydration finds it again.
        let first = match path.get_untracked() {
            Ok(path) => lookup(&path, of, decode),
            Err(nothing) => Some(Err(nothing)),
        };
        let core = Core {
            value: RwSignal::new(first),
            pending: RwSignal::new(false),
            reloads: RwSignal::new(0),
        };
        #[cfg(feature = "browser")]
        core.follow(path, of, decode);
        core
    }

    #[cfg(feature = "browser")]
    fn follow(self, path: Memo<Result<String, ApiError>>, of: TypeId, decode: Decode) {
        use send_wrapper::SendWrapper;
        use std::sync::atomic::{AtomicBool, Ordering};
        let Core {
            value,
            pending,
            reloads,
        } = self;
        Effect::new(move |previous: Option<(Result<String, ApiError>, u32)>| {
            let wanted = path.get();
            let reload = reloads.get();
            let current = (wanted.clone(), reload);
            let retrying = previous
                .as_ref()
                .is_some_and(|(p, r)| *p == wanted && *r != reload);
            if previous.is_none() && value.with_untracked(Option::is_some) {
                return current;
            }
            let file = match wanted {
                Ok(file) => file,
                Err(nothing) => {
                    value.set(Some(Err(nothing)));
                    return current;
                }
            };
            if !retrying {
                if let Some(found) = lookup(&file, of, decode) {
                    value.set(Some(found));
                    return current;
                }
            }
            pending.set(true);
            let controller = web_sys::AbortController::new().ok();
            // The page that asked went away, or asked for another file:
            // cancel, and never show the stale answer.
            let live = Arc::new(AtomicBool::new(true));
            {
                let live = live.clone();
                let controller = SendWrapper::new(controller.clone());
                on_cleanup(move || {
                    live.store(false, Ordering::Relaxed);
                    if let Some(controller) = controller.as_ref() {
                        controller.abort();
                    }
                });
            }
            let asked = STORE.with(|store| store.borrow().in_flight.get(&file).cloned());
            leptos::task::spawn_local(async move {
                let body = match asked {
                    Some(asked) => asked.await,
                    None => client::fetch_text(&file, controller).await.map(Arc::from),
                };
                let answer = body.and_then(|body| decode(&file, &body));
                if !live.load(Ordering::Relaxed) {
                    return;
                }
                if let Ok(decoded) = &answer {
                    STORE.with(|store| {
                        store
                            .borrow_mut()
                            .decoded
                            .insert((file.clone(), of), decoded.clone())
                    });
                }
                value.try_set(Some(answer));
                pending.try_set(false);
            });
            current
        });
    }
}

/// One API file as a signal: `None` until it first arrives, then the
/// latest answer. While a new request runs (a retry, the next page) the
/// previous answer stays, and [`Remote::pending`] says so.
pub struct Remote<T> {
    core: Core,
    _of: PhantomData<fn() -> T>,
}

impl<T> Clone for Remote<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Remote<T> {}

impl<T: DeserializeOwned + Send + Sync + 'static> Remote<T> {
    /// Follows `endpoint` (which may read signals: the page number, a slug)
    /// and asks for its file whenever it changes.
    pub fn new(endpoint: impl Fn() -> Endpoint<T> + Send + Sync + 'static) -> Self {
        let path = Memo::new(move |_| endpoint().path().map(str::to_owned));
        Remote {
            core: Core::new(path, TypeId::of::<T>(), decode::<T>),
            _of: PhantomData,
        }
    }
}

impl<T: Send + Sync + 'static> Remote<T> {
    /// The latest answer (`None` while the first request runs), tracked.
    pub fn get(&self) -> Option<Result<Arc<T>, ApiError>> {
        self.core.value.get().map(|answer| {
            answer.and_then(|value| {
                value
                    .downcast::<T>()
                    .map_err(|_| ApiError::BadData("decoded as another type".into()))
            })
        })
    }

    /// The data, once it has arrived and unless the last answer failed.
    pub fn data(&self) -> Option<Arc<T>> {
        self.get().and_then(Result::ok)
    }

    /// True while a request runs.
    pub fn pending(&self) -> Signal<bool> {
        self.core.pending.into()
    }

    /// Asks the server again (the "Thử lại" button).
    pub fn refetch(&self) {
        self.core.reloads.update(|n| *n = n.wrapping_add(1));
    }
}

/// The fingerprint a page records for an optional API file the back end
/// does not have (`points.json` answered 404).
pub const ABSENT: &str = "absent";

/// Fetches, at start, every file a prerendered page was drawn from, and
/// keeps what arrives (or the failure) for the first render. True when
/// every file arrived with the fingerprint the page recorded: the page can
/// then be hydrated; otherwise it is drawn afresh from what arrived.
#[cfg(feature = "browser")]
pub async fn prefetch(sources: &[(String, String)]) -> bool {
    let answers = futures::future::join_all(
        sources
            .iter()
            .map(|(path, _)| client::fetch_text(path, None)),
    )
    .await;
    STORE.with(|store| {
        let mut store = store.borrow_mut();
        let mut unchanged = true;
        for ((path, print), answer) in sources.iter().zip(answers) {
            unchanged &= match &answer {
                Ok(body) => client::fingerprint(body) == *print,
                // An optional file the page was drawn without.
                Err(ApiError::Status(404)) => print == ABSENT,
                Err(_) => false,
            };
            store.bodies.insert(path.clone(), answer.map(Arc::from));
        }
        unchanged
    })
}

/// Starts fetching the files of `paths` the store has not got and nobody
/// is fetching: the reader is about to open a page that draws from them
/// (a pointer over its link, a touch, focus). What arrives waits in the
/// store; a page that asks meanwhile awaits the same request, so nothing
/// is fetched twice. A failure is dropped: the page asks again itself.
#[cfg(feature = "browser")]
pub fn fetch_ahead(paths: &[String]) {
    use futures::FutureExt;
    for path in paths {
        let asked = STORE.with(|store| {
            let mut store = store.borrow_mut();
            let known = store.in_flight.contains_key(path)
                || matches!(store.bodies.get(path), Some(Ok(_)))
                || store.decoded.keys().any(|(p, _)| p == path);
            if known {
                return None;
            }
            let request = {
                let path = path.clone();
                async move { client::fetch_text(&path, None).await.map(Arc::from) }
            };
            let shared = request.boxed_local().shared();
            store.in_flight.insert(path.clone(), shared.clone());
            Some(shared)
        });
        if let Some(asked) = asked {
            let path = path.clone();
            leptos::task::spawn_local(async move {
                let answer = asked.await;
                STORE.with(|store| {
                    let mut store = store.borrow_mut();
                    store.in_flight.remove(&path);
                    if let Ok(body) = answer {
                        store.bodies.insert(path, Ok(body));
                    }
                });
            });
        }
    }
}

/// For the prerenderer: a file's body (or the API's "not found" for an
/// optional file), before the pages that need it draw.
#[cfg(feature = "ssr")]
pub fn provide_body(path: &str, body: Result<String, ApiError>) {
    STORE.with(|store| {
        store
            .borrow_mut()
            .bodies
            .insert(path.to_owned(), body.map(Arc::from))
    });
}

/// For the prerenderer: the files the last render asked for and lacked.
#[cfg(feature = "ssr")]
pub fn take_wanted() -> Vec<String> {
    STORE.with(|store| std::mem::take(&mut store.borrow_mut().wanted))
}

/// For the prerenderer: the files the last render was drawn from, each once.
#[cfg(feature = "ssr")]
pub fn take_used() -> Vec<String> {
    STORE.with(|store| {
        let mut used = std::mem::take(&mut store.borrow_mut().used);
        used.sort_unstable();
        used.dedup();
        used
    })
}
