use crate::domain::catalog::stars_label;
use leptos::prelude::*;

/// OCOP stars drawn as ★, read by screen readers as "4 sao".
#[component]
pub fn Stars(stars: u8) -> impl IntoView {
    let label = stars_label(stars);
    view! {
        <span class="stars" role="img" aria-label=label.clone() title=label>
            {"★".repeat(usize::from(stars))}
        </span>
    }
}
