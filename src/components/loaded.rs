//! Showing what a [`Remote`] holds: a placeholder until the first answer,
//! the view of the data, or a retryable [`ErrorPanel`]. While a new
//! request runs (retry, next page), the previous view stays on screen,
//! marked busy, instead of flashing blank.
//!
//! The placeholder and the error panel are drawn by one non-generic
//! [`Status`]: only the data's own view is per use. (Each generic copy of
//! the rest would be code repeated in the browser bundles.)

use super::{skeleton::Placeholder, ErrorPanel};
use crate::api::{remote::Remote, ApiError};
use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;
use std::sync::Arc;

/// Where a request stands, as [`Status`] shows it.
#[derive(Clone, Debug, PartialEq)]
enum Phase {
    Loading,
    Failed(ApiError),
    /// The data (or the page's own "not found") is on screen.
    Shown,
}

/// The data's view, or while there is none, a placeholder or the error.
#[component]
pub fn Loaded<T, F, V>(
    remote: Remote<T>,
    placeholder: Placeholder,
    /// Compact error panel, for side blocks.
    #[prop(optional)]
    compact: bool,
    children: F,
) -> impl IntoView
where
    T: Send + Sync + 'static,
    F: Fn(Arc<T>) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let phase = Signal::derive(move || phase_of(remote.get(), false));
    view! {
        <div class="loaded" aria-busy=move || remote.pending().get().to_string()>
            <Status phase placeholder compact retry=Callback::new(move |()| remote.refetch()) busy=remote.pending() />
            {move || remote.data().map(&children)}
        </div>
    }
}

/// [`Loaded`] for a page's own data: a 404 shows `missing` (a slug that
/// names nothing is a page that does not exist, not a server failure).
#[component]
pub fn LoadedPage<T, F, V, M, MV>(
    remote: Remote<T>,
    placeholder: Placeholder,
    missing: M,
    children: F,
) -> impl IntoView
where
    T: Send + Sync + 'static,
    F: Fn(Arc<T>) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
    M: Fn() -> MV + Send + Sync + 'static,
    MV: IntoView + 'static,
{
    let phase = Signal::derive(move || phase_of(remote.get(), true));
    view! {
        <div class="loaded" aria-busy=move || remote.pending().get().to_string()>
            <Status phase placeholder compact=false retry=Callback::new(move |()| remote.refetch()) busy=remote.pending() />
            {move || match remote.get() {
                Some(Ok(data)) => Some(Either::Left(children(data))),
                // The back end may simply not have it yet (an article being
                // published): the reader can ask again.
                Some(Err(error)) if error.is_not_found() => Some(Either::Right(view! {
                    {missing()}
                    <AskAgain retry=Callback::new(move |()| remote.refetch()) busy=remote.pending() />
                })),
                _ => None,
            }}
        </div>
    }
}

/// "Just published? Try again": below a page's own "not found".
#[component]
fn AskAgain(retry: Callback<()>, busy: Signal<bool>) -> impl IntoView {
    view! {
        <p class="ask-again">
            "Nội dung vừa được đăng? "
            <button type="button" class="button button--quiet" on:click=move |_| retry.run(()) disabled=move || busy.try_get().unwrap_or(false)>
                "Thử lại"
            </button>
        </p>
    }
}

fn phase_of<T>(answer: Option<Result<Arc<T>, ApiError>>, own_not_found: bool) -> Phase {
    match answer {
        None => Phase::Loading,
        Some(Err(error)) if !(own_not_found && error.is_not_found()) => Phase::Failed(error),
        Some(_) => Phase::Shown,
    }
}

#[component]
fn Status(
    phase: Signal<Phase>,
    placeholder: Placeholder,
    compact: bool,
    retry: Callback<()>,
    busy: Signal<bool>,
) -> impl IntoView {
    move || match phase.get() {
        Phase::Loading => EitherOf3::A(placeholder.view()),
        Phase::Failed(error) => {
            EitherOf3::B(view! { <ErrorPanel error on_retry=retry busy compact /> })
        }
        Phase::Shown => EitherOf3::C(()),
    }
}
