use crate::web::{href, set_title};
use leptos::prelude::*;

/// Any URL the app does not know, and any slug or id the API does not have.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    set_title("Không tìm thấy trang");
    view! {
        <section class="page not-found">
            <h1>"Không tìm thấy trang"</h1>
            <p>"Địa chỉ bạn mở không tồn tại hoặc nội dung đã được gỡ bỏ."</p>
            <p class="not-found__actions">
                <a class="button" href=href("/")>"Về trang chủ"</a>
                <a class="button button--quiet" href=href("/tin-tuc")>"Xem tin tức"</a>
                <a class="button button--quiet" href=href("/san-pham")>"Xem sản phẩm OCOP"</a>
            </p>
        </section>
    }
}
