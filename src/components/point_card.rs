use crate::components::phone::Phone;
use crate::{
    api::models::{Catalog, Point},
    domain::{
        catalog::{commune_label, group_label},
        format::{format_calendar_date, Date},
        points::{is_planned, kind_name, map_link},
        query::GalleryQuery,
    },
    routes,
};
use leptos::prelude::*;

/// One display and sale point: kind, address, phone, hours, the groups it
/// carries and the products it sells (when the catalogue is at hand), and a
/// link to a map app when it has coordinates. Names from the back end are
/// text, never markup.
#[component]
pub fn PointCard(
    point: Point,
    /// Names the commune, groups and products; without it their slugs show.
    catalog: Option<std::sync::Arc<Catalog>>,
    today: Date,
    /// Show the products it sells (the points page; not inside a product).
    #[prop(optional)]
    with_products: bool,
) -> impl IntoView {
    let planned = is_planned(&point, today);
    let commune = catalog
        .as_ref()
        .map(|c| commune_label(&c.communes, &point.commune).to_owned())
        .unwrap_or_else(|| point.commune.clone());
    let groups: Vec<String> = point
        .groups
        .iter()
        .map(|g| {
            catalog
                .as_ref()
                .map_or(g.as_str(), |c| group_label(&c.groups, g))
                .to_owned()
        })
        .collect();
    let products: Vec<(String, routes::Link)> = if with_products {
        point
            .products
            .iter()
            .filter_map(|id| {
                let p = catalog.as_ref()?.items.iter().find(|p| &p.id == id)?;
                Some((
                    p.name.clone(),
                    routes::product(&p.id, &GalleryQuery::default()),
                ))
            })
            .collect()
    } else {
        Vec::new()
    };
    let map = point.geo.map(|g| map_link(g.lat, g.lng));
    view! {
        <article class="point-card" class:point-card--planned=planned>
            <h3 class="point-card__name">{point.name.clone()}</h3>
            <p class="point-card__kind">
                {(!point.kind.is_empty()).then(|| kind_name(&point.kind).to_owned())}
                {planned.then(|| view! { <span class="badge badge--planned">"Sắp mở"</span> })}
            </p>
            <dl class="facts">
                <div><dt>"Xã"</dt><dd>{commune}</dd></div>
                {point.address.clone().map(|a| view! { <div><dt>"Địa chỉ"</dt><dd>{a}</dd></div> })}
                {point.phone.clone().map(|p| view! { <div><dt>"Điện thoại"</dt><dd><Phone number=p /></dd></div> })}
                {point.hours.clone().map(|h| view! { <div><dt>"Giờ mở cửa"</dt><dd>{h}</dd></div> })}
                {point.opened_on.clone().filter(|d| !format_calendar_date(d).is_empty()).map(|d| view! {
                    <div><dt>{if planned { "Dự kiến mở" } else { "Khai trương" }}</dt><dd>{format_calendar_date(&d)}</dd></div>
                })}
                {(!groups.is_empty()).then(|| view! { <div><dt>"Nhóm sản phẩm"</dt><dd>{groups.join(", ")}</dd></div> })}
            </dl>
            {(!products.is_empty()).then(|| view! {
                <div class="point-card__products">
                    <h4>"Sản phẩm có bán"</h4>
                    <ul>
                        {products.into_iter().map(|(name, link)| view! {
                            <li><a href=link.href()>{name}</a></li>
                        }).collect_view()}
                    </ul>
                </div>
            })}
            {map.map(|href| view! {
                <p><a class="button button--quiet" href=href target="_blank" rel="noopener noreferrer">
                    "Xem bản đồ" <span class="visually-hidden">" (mở trong thẻ mới)"</span>
                </a></p>
            })}
        </article>
    }
}
