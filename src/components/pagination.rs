use crate::domain::paging::{page_links, PageLink};
use crate::routes::Link;
use leptos::either::Either;
use leptos::prelude::*;

/// Numbered page links; `link` gives the place of a page, so the page
/// number lives in the URL and back/forward work. Nothing for one page.
#[component]
pub fn Pagination(
    current: u32,
    total: u32,
    link: impl Fn(u32) -> Link + 'static,
    #[prop(default = "Phân trang")] label: &'static str,
) -> impl IntoView {
    (total > 1).then(|| {
        let href = |n: u32| link(n).href();
        let previous = (current > 1).then(|| href(current - 1));
        let next = (current < total).then(|| href(current + 1));
        let items = page_links(current, total)
            .into_iter()
            .map(|item| match item {
                PageLink::Gap => Either::Left(view! { <li class="pagination__gap" aria-hidden="true">"…"</li> }),
                PageLink::Page(n) => {
                    let here = n == current;
                    let label = if here {
                        format!("Trang {n}, trang hiện tại")
                    } else {
                        format!("Trang {n}")
                    };
                    Either::Right(view! {
                        <li><a href=href(n) aria-current=here.then_some("page") aria-label=label>{n}</a></li>
                    })
                }
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
    })
}
