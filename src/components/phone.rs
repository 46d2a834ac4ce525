use crate::domain::url::tel_href;
use leptos::either::Either;
use leptos::prelude::*;

/// A phone number as written, a link that dials it when it has digits.
#[component]
pub fn Phone(number: String) -> impl IntoView {
    match tel_href(&number) {
        Some(href) => Either::Left(view! { <a href=href>{number}</a> }),
        None => Either::Right(number),
    }
}
