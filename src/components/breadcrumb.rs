use leptos::prelude::*;

/// "Trang chủ › Tin tức › …": `trail` holds (label, link) pairs; the last
/// entry is the current page and is not a link.
#[component]
pub fn Breadcrumb(trail: Vec<(String, Option<String>)>) -> impl IntoView {
    let count = trail.len();
    let items = trail
        .into_iter()
        .enumerate()
        .map(|(i, (label, link))| {
            let last = i + 1 == count;
            match link {
                Some(link) if !last => view! { <li><a href=link>{label}</a></li> }.into_any(),
                _ => view! { <li aria-current="page">{label}</li> }.into_any(),
            }
        })
        .collect_view();
    view! {
        <nav class="breadcrumb" aria-label="Đường dẫn">
            <ol>{items}</ol>
        </nav>
    }
}
