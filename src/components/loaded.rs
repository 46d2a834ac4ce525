use super::ErrorPanel;
use crate::api::remote::Remote;
use leptos::prelude::*;
use std::sync::Arc;

/// Shows what a [`Remote`] holds: `fallback` until the first answer, the
/// `children` view of the data, or a retryable [`ErrorPanel`]. While a new
/// request runs (retry, next page), the previous view stays on screen,
/// marked busy, instead of flashing blank.
///
/// A 404 shows `not_found` when given, because a missing slug is a page that
/// does not exist, not a server failure.
#[component]
pub fn Loaded<T, F, V>(
    remote: Remote<T>,
    #[prop(into)] fallback: ViewFn,
    #[prop(optional, into)] not_found: Option<ViewFn>,
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
    // Made here, not in the closure below: the panel it is handed to is
    // disposed by the very answer it waits for.
    let busy = remote.pending();
    let retry = Callback::new(move |()| remote.refetch());
    view! {
        <div class="loaded" aria-busy=move || busy.get().to_string()>
            {move || match remote.get() {
                None => fallback.run(),
                Some(Ok(data)) => children(data).into_any(),
                Some(Err(error)) => match &not_found {
                    Some(view) if error.is_not_found() => view.run(),
                    _ => view! { <ErrorPanel error on_retry=retry busy compact /> }.into_any(),
                },
            }}
        </div>
    }
}
