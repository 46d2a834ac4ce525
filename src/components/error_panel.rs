use crate::api::ApiError;
use leptos::prelude::*;

/// A failed request, told in Vietnamese, with a button that tries again.
#[component]
pub fn ErrorPanel(
    error: ApiError,
    /// Runs the request again.
    #[prop(into)]
    on_retry: Callback<()>,
    /// True while the retry is in flight.
    #[prop(optional, into)]
    busy: Signal<bool>,
    /// A compact panel for side blocks (the footer's statistics).
    #[prop(optional)]
    compact: bool,
) -> impl IntoView {
    let class = if compact {
        "error-panel error-panel--compact"
    } else {
        "error-panel"
    };
    // `try_get`: never panic on a value disposed mid-update.
    let busy = move || busy.try_get().unwrap_or(false);
    view! {
        <div class=class role="alert" data-error=error.to_string()>
            <p class="error-panel__title">{error.title()}</p>
            <p class="error-panel__advice">{error.advice()}</p>
            <button
                type="button"
                class="button"
                on:click=move |_| on_retry.run(())
                disabled=busy
            >
                {move || if busy() { "Đang thử lại…" } else { "Thử lại" }}
            </button>
        </div>
    }
}
