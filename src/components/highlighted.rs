use crate::domain::text_search::{highlight, Marks};
use leptos::either::Either;
use leptos::prelude::*;

/// `text` with what a search matched in `<mark>`.
#[component]
pub fn Highlighted(text: String, marks: Marks) -> impl IntoView {
    highlight(&text, &marks)
        .into_iter()
        .map(|(run, hit)| {
            if hit {
                Either::Left(view! { <mark>{run}</mark> })
            } else {
                Either::Right(run)
            }
        })
        .collect_view()
}
