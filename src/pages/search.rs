use crate::web::set_title;
use leptos::prelude::*;

#[component]
pub fn SearchPage() -> impl IntoView {
    set_title("Tìm kiếm");
    view! {
        <section class="page">
            <h1>"Tìm kiếm"</h1>
            <p>"Nội dung trang này đang được cập nhật."</p>
        </section>
    }
}
