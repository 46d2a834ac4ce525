use leptos::prelude::*;

/// Grey placeholder lines while content loads, announced once to screen
/// readers as loading.
#[component]
pub fn SkeletonLines(
    #[prop(default = 3)] lines: usize,
    #[prop(default = "Đang tải…")] label: &'static str,
) -> impl IntoView {
    view! {
        <div class="skeleton" role="status" aria-live="polite">
            <span class="visually-hidden">{label}</span>
            {(0..lines).map(|_| view! { <span class="skeleton__line" aria-hidden="true"></span> }).collect_view()}
        </div>
    }
}
