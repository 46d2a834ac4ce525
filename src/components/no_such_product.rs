//! An id the back end does not have, on a product page or its label: said
//! plainly, since a shopper may have scanned a label this portal never
//! issued.

use crate::{
    components::page_meta::{PageInfo, PageMeta},
    domain::query::GalleryQuery,
    routes,
};
use leptos::either::Either;
use leptos::prelude::*;

/// `label`: the label page, which stands alone (its own `<main>`) and has
/// no label to print.
#[component]
pub fn NoSuchProduct(id: String, #[prop(optional)] label: bool) -> impl IntoView {
    let gallery = routes::gallery(&GalleryQuery::default());
    let ending = if label {
        ", nên không có tem cho nó."
    } else {
        "."
    };
    let content = move || {
        view! {
            <PageMeta info=PageInfo::new("Không tìm thấy sản phẩm", "Cổng thông tin không có sản phẩm OCOP này.", gallery.clone()) />
            <h1>"Không tìm thấy sản phẩm"</h1>
            <p>{format!("Cổng thông tin không có sản phẩm OCOP được chứng nhận nào mang mã “{id}”{ending}")}</p>
            {(!label).then(|| view! {
                <p>"Nếu bạn vừa quét mã QR trên bao bì, tem có thể không do cổng này cấp, hoặc sản phẩm đã thôi được chứng nhận."</p>
            })}
            <p class="not-found__actions">
                <a class="button" href=gallery.href()>"Xem các sản phẩm OCOP"</a>
                {(!label).then(|| view! { <a class="button button--quiet" href=routes::home().href()>"Về trang chủ"</a> })}
            </p>
        }
    };
    if label {
        Either::Left(view! { <main class="page not-found">{content()}</main> })
    } else {
        Either::Right(view! { <section class="page not-found">{content()}</section> })
    }
}
