use crate::web::set_title;
use leptos::prelude::*;

#[component]
pub fn ArticlePage() -> impl IntoView {
    set_title("Tin tức");
    view! {
        <section class="page">
            <h1>"Tin tức"</h1>
            <p>"Nội dung trang này đang được cập nhật."</p>
        </section>
    }
}
