use crate::web::set_title;
use leptos::prelude::*;

#[component]
pub fn ProductPage() -> impl IntoView {
    set_title("Sản phẩm OCOP");
    view! {
        <section class="page">
            <h1>"Sản phẩm OCOP"</h1>
            <p>"Nội dung trang này đang được cập nhật."</p>
        </section>
    }
}
