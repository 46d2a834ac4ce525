use crate::{
    components::page_meta::{PageInfo, PageMeta},
    routes,
};
use leptos::prelude::*;

/// Any URL the app does not know, and any slug or id the API does not have.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let products = routes::gallery(&Default::default());
    view! {
        <PageMeta info=PageInfo::new(
            "Không tìm thấy trang",
            "Địa chỉ bạn mở không tồn tại hoặc nội dung đã được gỡ bỏ.",
            routes::home(),
        ) />
        <section class="page not-found">
            <h1>"Không tìm thấy trang"</h1>
            <p>"Địa chỉ bạn mở không tồn tại hoặc nội dung đã được gỡ bỏ."</p>
            <p class="not-found__actions">
                <a class="button" href=routes::home().href()>"Về trang chủ"</a>
                <a class="button button--quiet" href=routes::news(1).href()>"Xem tin tức"</a>
                <a class="button button--quiet" href=products.href()>"Xem sản phẩm OCOP"</a>
            </p>
        </section>
    }
}
