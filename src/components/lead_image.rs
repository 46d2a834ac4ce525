//! The largest picture of a page, the one its reader waits for (Lighthouse's
//! LCP): the top of the home page, an article or a product.
//!
//! It is `loading="lazy"` so that a prerendered page the inline guard in
//! `<head>` hides (drawn for another URL or another back end) never asks
//! for it: the browser's preload scanner would fetch an eager picture
//! before any script could stop it, and a lazy one inside hidden HTML is
//! never fetched. On a page the guard lets through, the guard preloads it
//! at high priority from `<html data-lead-image>`, which the prerenderer
//! writes from the [`MARK`] of this picture (`prerender::shell`), so it
//! starts as early as an eager picture would.

use leptos::prelude::*;

/// What tells this picture apart in the drawn HTML.
pub const MARK: &str = "fetchpriority=\"high\"";

#[component]
pub fn LeadImage(
    src: String,
    alt: String,
    width: u32,
    height: u32,
    #[prop(optional)] class: Option<&'static str>,
) -> impl IntoView {
    view! { <img class=class src=src alt=alt width=width height=height fetchpriority="high" loading="lazy" /> }
}
