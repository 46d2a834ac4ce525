//! `/thong-ke`: the programme in figures for the district the data names,
//! from the catalogue the gallery loads (`domain::figures`), and the
//! catalogue as open data (`domain::open_data`).
//!
//! Dates count from the reader's today in Vietnam: the prerendered page
//! shows the build day's figures, and the app moves them to today once it
//! runs (`site.today`), as the gallery's "valid only" does.

use crate::{
    api::{endpoints, models::Catalog, remote::Remote},
    components::{
        breadcrumb::Breadcrumb,
        charts::{BarChart, CommuneChart},
        page_meta::{PageInfo, PageMeta},
        Loaded, Placeholder,
    },
    domain::{
        catalog::{commune_label, stars_label},
        figures::{Expiry, Figures, EXPIRING_WITHIN_DAYS},
        format::{format_date, format_day, group_thousands},
        open_data::{self, FIELDS, LICENCE, LICENCE_URL},
        query::GalleryQuery,
    },
    env, routes,
    site::use_site,
};
use leptos::either::Either;
use leptos::prelude::*;
use std::sync::Arc;

/// Certificates listed by name at most, in each list (the rest are counted).
const LISTED: usize = 100;

/// The name a download is saved under: the written file's own.
fn file_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

#[component]
pub fn FiguresPage() -> impl IntoView {
    let catalog = Remote::new(endpoints::catalog);
    let site = use_site();
    let title = move || match site.locality() {
        Some(place) => format!("Thống kê OCOP {place}"),
        None => "Thống kê OCOP".to_owned(),
    };
    let meta = move || {
        let description = format!(
            "{}: số sản phẩm theo hạng sao, nhóm, xã và năm công nhận; chứng nhận sắp hết hạn; tải danh mục dạng CSV và JSON.",
            title()
        );
        view! { <PageMeta info=PageInfo::new(title(), description, routes::figures()) /> }
    };
    view! {
        {meta}
        <section class="page figures">
            <Breadcrumb trail=vec![("Trang chủ".into(), Some(routes::home())), ("Thống kê".into(), None)] />
            <h1>{title}</h1>
            <Loaded remote=catalog placeholder=Placeholder::Lines(8, "Đang tải danh mục sản phẩm…") let:catalog>
                <FiguresOf catalog />
            </Loaded>
        </section>
    }
}

#[component]
fn FiguresOf(catalog: Arc<Catalog>) -> impl IntoView {
    let site = use_site();
    let gallery = crate::find::catalog_index(&catalog);
    let drawn = catalog.clone();
    let figures = move || {
        let today = site.today.get();
        let f = Figures::new(&drawn, &gallery, today);
        view! {
            <p class="figures__asof">
                {format!("Số liệu tính đến ngày {}", format_day(today))}
                {drawn.updated_at.as_deref().map(format_date).filter(|d| !d.is_empty())
                    .map(|d| format!(", theo danh mục cập nhật ngày {d}"))}
                "."
            </p>
            <Totals figures=f.clone() />
            <div class="figures__charts">
                <BarChart id="chart-stars" title="Theo hạng sao" heading="Hạng sao" bars=f.by_stars.clone() />
                <BarChart id="chart-groups" title="Theo nhóm sản phẩm" heading="Nhóm sản phẩm" bars=f.by_group.clone() />
                <BarChart id="chart-years" title="Theo năm công nhận" heading="Năm" bars=f.by_year.clone()
                    note=(f.without_year > 0).then(|| format!("{} sản phẩm chưa có năm công nhận.", f.without_year)) />
                <BarChart id="chart-kinds" title="Theo loại hình chủ thể" heading="Loại hình" bars=f.by_kind.clone() />
            </div>
            <CommuneChart id="chart-communes" title="Theo xã, thị trấn" rows=f.by_commune.clone() />
            <Certificates figures=f catalog=drawn.clone() />
        }
    };
    view! {
        {figures}
        <OpenData catalog />
    }
}

#[component]
fn Totals(figures: Figures) -> impl IntoView {
    let all = routes::gallery(&GalleryQuery::default());
    view! {
        <dl class="figures__totals">
            <div><dt>"Sản phẩm OCOP"</dt><dd><a href=all.href()>{group_thousands(figures.products as u64)}</a></dd></div>
            <div><dt>"Chủ thể sản xuất"</dt><dd>{group_thousands(figures.producers as u64)}</dd></div>
            <div><dt>"Xã, thị trấn có sản phẩm"</dt>
                <dd>{format!("{} / {}", figures.communes_with_products, figures.by_commune.len())}</dd></div>
        </dl>
    }
}

/// Certificates running out within 90 days, soonest first, and those that
/// have, most recent first.
#[component]
fn Certificates(figures: Figures, catalog: Arc<Catalog>) -> impl IntoView {
    let list = move |rows: &[Expiry], expired: bool| {
        let shown = rows
            .iter()
            .take(LISTED)
            .filter_map(|e| {
                let p = catalog.items.get(e.product)?;
                let when = if expired {
                    format!("{} ngày trước", -e.days_left)
                } else if e.days_left == 0 {
                    "hôm nay".to_owned()
                } else {
                    format!("còn {} ngày", e.days_left)
                };
                Some(view! {
                    <tr>
                        <th scope="row"><a href=routes::product(&p.id, &GalleryQuery::default()).href()>{p.name.clone()}</a></th>
                        <td>{commune_label(&catalog.communes, &p.commune).to_owned()}</td>
                        <td>{stars_label(p.stars)}</td>
                        <td><time datetime=e.expires_on.iso()>{format_day(e.expires_on)}</time></td>
                        <td>{when}</td>
                    </tr>
                })
            })
            .collect_view();
        let more = rows.len().saturating_sub(LISTED);
        view! {
            <div class="table-wrap">
                <table class="expiry-table">
                    <thead><tr>
                        <th scope="col">"Sản phẩm"</th><th scope="col">"Xã, thị trấn"</th><th scope="col">"Hạng"</th>
                        <th scope="col">"Hết hiệu lực"</th><th scope="col">{if expired { "Đã hết" } else { "Thời gian" }}</th>
                    </tr></thead>
                    <tbody>{shown}</tbody>
                </table>
            </div>
            {(more > 0).then(|| view! { <p class="hint">{format!("… và {more} sản phẩm khác (xem đủ trong tệp dữ liệu bên dưới).")}</p> })}
        }
    };
    let expiring = if figures.expiring.is_empty() {
        Either::Left(
            view! { <p>{format!("Không có chứng nhận nào hết hiệu lực trong {EXPIRING_WITHIN_DAYS} ngày tới.")}</p> },
        )
    } else {
        Either::Right(list(&figures.expiring, false))
    };
    let expired = if figures.expired.is_empty() {
        Either::Left(view! { <p>"Không có chứng nhận nào đã hết hiệu lực."</p> })
    } else {
        Either::Right(list(&figures.expired, true))
    };
    view! {
        <section class="figures__certificates" aria-labelledby="expiring-title">
            <h2 id="expiring-title">{format!("Chứng nhận sắp hết hiệu lực ({} trong {EXPIRING_WITHIN_DAYS} ngày tới)", figures.expiring.len())}</h2>
            <p class="hint">"Giấy chứng nhận OCOP có hiệu lực 36 tháng. Chủ thể cần đánh giá lại trước ngày hết hiệu lực."</p>
            {expiring}
            <h3 id="expired-title">{format!("Đã hết hiệu lực ({})", figures.expired.len())}</h3>
            {expired}
        </section>
    }
}

/// The catalogue as open data: the files the prerenderer wrote, or, when
/// this page shows a newer catalogue than theirs, the same files made here.
#[component]
fn OpenData(catalog: Arc<Catalog>) -> impl IntoView {
    let site = use_site();
    let version = open_data::version(&catalog);
    let written = env::open_data_written_from(&version);
    let download = move |csv: bool| {
        let catalog = catalog.clone();
        move |_| {
            let rows = open_data::rows(
                &catalog,
                |_| None,
                |id| routes::product(id, &GalleryQuery::default()).absolute(),
            );
            let name = site.site.data().map(|s| s.name.clone()).unwrap_or_default();
            if csv {
                crate::web::save_file(
                    file_name(routes::OPEN_DATA_CSV),
                    "text/csv;charset=utf-8",
                    &open_data::csv(&rows),
                );
            } else {
                let json = open_data::json(
                    &rows,
                    &name,
                    &routes::figures().absolute(),
                    catalog.updated_at.as_deref(),
                );
                crate::web::save_file(file_name(routes::OPEN_DATA_JSON), "application/json", &json);
            }
        }
    };
    let links = if written {
        Either::Left(view! {
            <li><a class="button" href=routes::file_href(routes::OPEN_DATA_CSV) download=file_name(routes::OPEN_DATA_CSV)>"Tải CSV"</a></li>
            <li><a class="button button--quiet" href=routes::file_href(routes::OPEN_DATA_JSON) download=file_name(routes::OPEN_DATA_JSON)>"Tải JSON"</a></li>
        })
    } else {
        Either::Right(view! {
            <li><button type="button" class="button" on:click=download(true)>"Tải CSV"</button></li>
            <li><button type="button" class="button button--quiet" on:click=download(false)>"Tải JSON"</button></li>
        })
    };
    let fields = FIELDS
        .iter()
        .map(|(key, about)| view! { <tr><th scope="row"><code>{*key}</code></th><td>{*about}</td></tr> })
        .collect_view();
    view! {
        <section class="open-data" aria-labelledby="open-data-title">
            <h2 id="open-data-title">"Dữ liệu mở: danh mục sản phẩm OCOP"</h2>
            <p>"Tải toàn bộ danh mục, mỗi dòng một sản phẩm, miễn phí và không cần đăng nhập. Tệp CSV mở được bằng Excel (mã UTF-8)."</p>
            <ul class="open-data__files">{links}</ul>
            <p class="hint">"Giấy phép: " <a href=LICENCE_URL rel="license external">{LICENCE}</a>
                ". Khi dùng lại, xin ghi nguồn là cổng thông tin này."</p>
            <details class="chart__table">
                <summary>"Mô tả các trường dữ liệu"</summary>
                <table>
                    <caption class="visually-hidden">"Các trường của tệp dữ liệu"</caption>
                    <thead><tr><th scope="col">"Trường"</th><th scope="col">"Nội dung"</th></tr></thead>
                    <tbody>{fields}</tbody>
                </table>
            </details>
        </section>
    }
}
