use super::ErrorPanel;
use crate::api::ApiError;
use leptos::prelude::*;
use std::sync::Arc;

/// Shows what a request returned: `fallback` on the first load, the
/// `children` view of the data, or a retryable [`ErrorPanel`]. While a new
/// request runs (retry, next page), the previous view stays on screen, marked
/// busy, instead of flashing blank.
///
/// A 404 shows `not_found` when given, because a missing slug is a page that
/// does not exist, not a server failure.
#[component]
pub fn Loaded<T, F, V>(
    resource: LocalResource<Result<T, ApiError>>,
    #[prop(into)] fallback: ViewFn,
    #[prop(optional, into)] not_found: Option<ViewFn>,
    /// Compact error panel, for side blocks.
    #[prop(optional)]
    compact: bool,
    children: F,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    F: Fn(T) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let children = Arc::new(children);
    let (pending, set_pending) = signal(false);
    let retry = Callback::new(move |()| resource.refetch());
    view! {
        <div class="loaded" aria-busy=move || pending.get().to_string()>
            <Transition fallback=move || fallback.run() set_pending>
                {move || {
                    let children = children.clone();
                    let not_found = not_found.clone();
                    Suspend::new(async move {
                        match resource.await {
                            Ok(data) => children(data).into_any(),
                            Err(error) => match not_found {
                                Some(view) if error.is_not_found() => view.run(),
                                _ => {
                                    view! {
                                        <ErrorPanel error on_retry=retry pending=pending compact />
                                    }
                                        .into_any()
                                }
                            },
                        }
                    })
                }}
            </Transition>
        </div>
    }
}
