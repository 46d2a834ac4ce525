use crate::routes::Link;
use leptos::either::Either;
use leptos::prelude::*;

/// "Trang chủ › Tin tức › …": `trail` holds (label, link) pairs; the last
/// entry is the current page and is not a link.
#[component]
pub fn Breadcrumb(trail: Vec<(String, Option<Link>)>) -> impl IntoView {
    let count = trail.len();
    let items = trail
        .into_iter()
        .enumerate()
        .map(|(i, (label, link))| match link.filter(|_| i + 1 < count) {
            Some(link) => Either::Left(view! { <li><a href=link.href()>{label}</a></li> }),
            None => Either::Right(view! { <li aria-current="page">{label}</li> }),
        })
        .collect_view();
    view! {
        <nav class="breadcrumb" aria-label="Đường dẫn">
            <ol>{items}</ol>
        </nav>
    }
}
