use crate::domain::paging::{page_links, PageLink};
use leptos::prelude::*;

/// Numbered page links; `link` builds the URL of a page, so the page number
/// lives in the URL and back/forward work.
#[component]
pub fn Pagination(
    current: u32,
    total: u32,
    link: impl Fn(u32) -> String + 'static,
    #[prop(default = "Phân trang")] label: &'static str,
) -> impl IntoView {
    if total <= 1 {
        return ().into_any();
    }
    let previous = (current > 1).then(|| link(current - 1));
    let next = (current < total).then(|| link(current + 1));
    let items = page_links(current, total)
        .into_iter()
        .map(|item| match item {
            PageLink::Gap => view! { <li class="pagination__gap" aria-hidden="true">"…"</li> }.into_any(),
            PageLink::Page(n) if n == current => view! {
                <li><a href=link(n) aria-current="page" aria-label=format!("Trang {n}, trang hiện tại")>{n}</a></li>
            }
            .into_any(),
            PageLink::Page(n) => view! {
                <li><a href=link(n) aria-label=format!("Trang {n}")>{n}</a></li>
            }
            .into_any(),
        })
        .collect_view();
    view! {
        <nav class="pagination" aria-label=label>
            <ul>
                {previous.map(|href| view! { <li><a href=href rel="prev" class="pagination__step">"‹ Trước"</a></li> })}
                {items}
                {next.map(|href| view! { <li><a href=href rel="next" class="pagination__step">"Sau ›"</a></li> })}
            </ul>
        </nav>
    }
    .into_any()
}
