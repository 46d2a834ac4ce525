//! `/san-pham`: the OCOP gallery. The URL is the state (see
//! `crate::gallery`), so a link reproduces the view.

use crate::components::Placeholder;
use crate::{
    api::{endpoints, remote::Remote},
    components::{
        breadcrumb::Breadcrumb,
        page_meta::{PageInfo, PageMeta},
        Loaded,
    },
    domain::{catalog::products_title, query::parse_query_string},
    gallery::GalleryView,
    routes,
    site::use_site,
};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

#[component]
pub fn GalleryPage() -> impl IntoView {
    let catalog = Remote::new(endpoints::catalog);
    let site = use_site();
    let location = use_location();
    let title = move || products_title(site.locality().as_deref());
    let meta = move || {
        let link = routes::gallery(&parse_query_string(&location.search.get()));
        let description = format!(
            "{}: tìm theo xã, hạng sao, nhóm sản phẩm và chủ thể sản xuất.",
            title()
        );
        view! { <PageMeta info=PageInfo::new("Sản phẩm OCOP", description, link) /> }
    };
    view! {
        {meta}
        <section class="page gallery-page">
            <Breadcrumb trail=vec![("Trang chủ".into(), Some(routes::home())), ("Sản phẩm OCOP".into(), None)] />
            <h1>{title}</h1>
            <Loaded remote=catalog placeholder=Placeholder::Lines(8, "Đang tải danh mục sản phẩm…") let:catalog>
                <GalleryView catalog />
            </Loaded>
            <p><a class="more-link" href=routes::figures().href()>"Thống kê OCOP và dữ liệu mở ›"</a></p>
        </section>
    }
}
