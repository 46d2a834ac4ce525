//! `/diem-ban?commune=…`: where to see and buy OCOP products, filterable by
//! commune (the URL holds the filter, like the gallery's).

use crate::{
    api::{endpoints, models::Points, remote::Remote},
    components::{
        breadcrumb::Breadcrumb,
        page_meta::{PageInfo, PageMeta},
        point_card::PointCard,
        ErrorPanel, SkeletonLines,
    },
    domain::{catalog::commune_label, points::PointsQuery},
    routes,
    site::use_site,
};
use leptos::either::EitherOf4;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use std::sync::Arc;

#[component]
pub fn PointsPage() -> impl IntoView {
    let points = Remote::new(endpoints::points);
    // Names communes, groups and products; the list shows without it.
    let catalog = Remote::new(endpoints::catalog);
    let retrying = points.pending();
    let title = "Điểm giới thiệu và bán sản phẩm OCOP";
    view! {
        <PageMeta info=PageInfo::new(title, "Các điểm giới thiệu và bán sản phẩm OCOP: địa chỉ, giờ mở cửa, sản phẩm có bán.", routes::points(&PointsQuery::default())) />
        <section class="page points-page">
            <Breadcrumb trail=vec![("Trang chủ".into(), Some(routes::home())), ("Điểm bán".into(), None)] />
            <h1>{title}</h1>
            {move || match points.get() {
                None => EitherOf4::A(view! { <SkeletonLines lines=6 label="Đang tải danh sách điểm bán…" /> }),
                Some(Err(e)) if e.is_not_found() => EitherOf4::B(view! {
                    <p class="notice">"Cổng thông tin chưa có danh sách điểm giới thiệu và bán sản phẩm OCOP."</p>
                }),
                Some(Err(error)) => EitherOf4::C(view! {
                    <ErrorPanel error on_retry=Callback::new(move |()| points.refetch()) busy=retrying />
                }),
                Some(Ok(all)) => EitherOf4::D(view! { <PointList points=all catalog /> }),
            }}
        </section>
    }
}

#[component]
fn PointList(points: Arc<Points>, catalog: Remote<crate::api::models::Catalog>) -> impl IntoView {
    let site = use_site();
    let location = use_location();
    let go = crate::routes::use_go();
    let query = {
        let points = points.clone();
        Memo::new(move |_| PointsQuery::parse(&location.search.get()).known(&points.items))
    };
    // Every commune some point is in, in the order of the list.
    let mut communes: Vec<String> = Vec::new();
    for p in &points.items {
        if !communes.contains(&p.commune) {
            communes.push(p.commune.clone());
        }
    }
    let options = communes
        .into_iter()
        .map(|slug| {
            let count = points.items.iter().filter(|p| p.commune == slug).count();
            let id = format!("p-commune-{slug}");
            let go = go.clone();
            let toggled = slug.clone();
            let name = slug.clone();
            view! {
                <li class="facet__option">
                    <input type="checkbox" id=id.clone()
                        prop:checked=move || query.with(|q| q.communes.contains(&slug))
                        on:change=move |_| go(&routes::points(&query.get_untracked().with_toggled(&toggled)), routes::Move::State) />
                    <label for=id>
                        <span class="facet__label">
                            {move || catalog.data().map_or(name.clone(), |c| commune_label(&c.communes, &name).to_owned())}
                        </span>
                        <span class="facet__count">{count}</span>
                    </label>
                </li>
            }
        })
        .collect_view();
    let list = move || {
        let q = query.get();
        let today = site.today.get();
        let catalog = catalog.data();
        let shown: Vec<_> = points
            .items
            .iter()
            .filter(|p| q.matches(p))
            .cloned()
            .collect();
        view! {
            <p class="result-count" role="status">{format!("{} điểm", shown.len())}</p>
            <ul class="point-list">
                {shown.into_iter().map(|point| view! {
                    <li><PointCard point catalog=catalog.clone() today with_products=true /></li>
                }).collect_view()}
            </ul>
        }
    };
    view! {
        <div class="points">
            <fieldset class="facet points__filter">
                <legend>"Lọc theo xã"</legend>
                <ul class="facet__options">{options}</ul>
            </fieldset>
            <section class="points__list" aria-labelledby="points-list-title">
                <h2 id="points-list-title" class="visually-hidden">"Danh sách điểm bán"</h2>
                {list}
            </section>
        </div>
    }
}
