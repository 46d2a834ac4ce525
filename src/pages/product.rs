//! `/san-pham/{id}`: one product. A shopper who scanned its label sees
//! first whether its certificate holds today, then the product, its
//! producer, where to buy it, and more like it. The query string, if any,
//! is the gallery view the reader came from, so the way back keeps it.

use crate::components::phone::Phone;
use crate::components::{no_such_product::NoSuchProduct, LoadedPage, Placeholder};
use crate::{
    api::{
        endpoints,
        models::{Catalog, Points, ProductDetail, ProductSummary, Shop},
        remote::Remote,
    },
    components::{
        breadcrumb::Breadcrumb,
        image_gallery::ImageGallery,
        page_meta::{PageInfo, PageMeta},
        point_card::PointCard,
        safe_html::SafeHtml,
        stars::Stars,
        ErrorPanel, Loaded, SkeletonLines,
    },
    domain::{
        catalog::{commune_name, group_label, kind_name, successor_note, validity, Validity},
        format::{format_calendar_date, format_day, parse_date},
        points::selling,
        query::{parse_query_string, GalleryQuery},
        sanitize::is_safe_link,
        url::scheme_of,
    },
    gallery::card,
    routes,
    site::use_site,
};
use leptos::either::Either;
use leptos::either::EitherOf3;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use std::sync::Arc;

/// How many related products each "more" strip shows.
const MORE: usize = 4;

#[component]
pub fn ProductPage(id: String) -> impl IntoView {
    let wanted = id.clone();
    let product = Remote::new(move || endpoints::product(&wanted));
    view! {
        <LoadedPage
            remote=product
            placeholder=Placeholder::Page
            missing=move || view! { <NoSuchProduct id=id.clone() /> }
            let:product
        >
            <ProductView product />
        </LoadedPage>
    }
}

#[component]
fn ProductView(product: Arc<ProductDetail>) -> impl IntoView {
    let site = use_site();
    let summary = product.summary.clone();
    // Back to the gallery exactly as the reader left it.
    let from = parse_query_string(&use_location().search.get_untracked());
    let gallery_link = routes::gallery(&from);
    let catalog = Remote::new(endpoints::catalog);
    let mut images = product.images.clone();
    if images.is_empty() {
        images.extend(summary.image.clone());
    }
    let link = routes::product(&summary.id, &GalleryQuery::default());
    let label = routes::label(&summary.id);
    let info = PageInfo {
        image: summary.image.as_ref().map(|i| i.src.clone()),
        trail: vec![
            ("Trang chủ".into(), routes::home()),
            (
                "Sản phẩm OCOP".into(),
                routes::gallery(&GalleryQuery::default()),
            ),
            (summary.name.clone(), link.clone()),
        ],
        ..PageInfo::new(summary.name.clone(), summary.summary.clone(), link)
    };
    let for_more = summary.clone();
    let for_place = summary.clone();
    view! {
        <PageMeta info />
        <article class="page product">
            <Breadcrumb trail=vec![
                ("Trang chủ".into(), Some(routes::home())),
                ("Sản phẩm OCOP".into(), Some(gallery_link.clone())),
                (summary.name.clone(), None),
            ] />
            {
                let product = product.clone();
                move || view! { <ValidityBanner product=product.clone() today=site.today.get() /> }
            }
            <div class="product__top">
                <ImageGallery images name=summary.name.clone() />
                <div class="product__facts">
                    <h1 class="product__name">{summary.name.clone()}</h1>
                    <p class="product__stars"><Stars stars=summary.stars /> " " {format!("Sản phẩm OCOP {} sao", summary.stars)}</p>
                    <p class="product__summary">{summary.summary.clone()}</p>
                    <Loaded remote=catalog compact=true placeholder=Placeholder::lines(2) let:catalog>
                        <PlaceAndGroup catalog summary=for_place.clone() />
                    </Loaded>
                    <Producer product=product.clone() />
                    {
                        let product = product.clone();
                        move || {
                            let validity = validity(&product.summary, product.certificate.as_ref(), site.today.get());
                            view! { <CertificateBox product=product.clone() validity /> }
                        }
                    }
                    <p><a class="button button--quiet" href=label.href()>"Tem QR của sản phẩm"</a></p>
                </div>
            </div>
            <section class="product__description" aria-labelledby="product-description">
                <h2 id="product-description">"Giới thiệu sản phẩm"</h2>
                <SafeHtml html=product.description_html.clone() class="prose" />
            </section>
            <WhereToBuy product=product.clone() catalog />
            <Loaded remote=catalog compact=true placeholder=Placeholder::lines(3) let:catalog>
                <MoreProducts catalog current=for_more.clone() from=from.clone() />
            </Loaded>
            <p><a class="more-link" href=gallery_link.href()>"‹ Quay lại danh sách sản phẩm"</a></p>
        </article>
    }
}

/// First and large: does the certificate hold today? In words and colour,
/// never colour alone.
#[component]
fn ValidityBanner(
    product: Arc<ProductDetail>,
    today: crate::domain::format::Date,
) -> impl IntoView {
    let stars = product.summary.stars;
    let (class, text) = match validity(&product.summary, product.certificate.as_ref(), today) {
        Validity::Valid(until) => (
            "validity validity--valid",
            format!(
                "✓ Chứng nhận OCOP {stars} sao còn hiệu lực đến {}",
                format_day(until)
            ),
        ),
        Validity::Expired(on) => (
            "validity validity--expired",
            format!(
                "✗ Chứng nhận OCOP {stars} sao đã hết hạn ngày {}",
                format_day(on)
            ),
        ),
        Validity::Unknown => (
            "validity validity--unknown",
            format!("Sản phẩm OCOP {stars} sao · chưa có thông tin về thời hạn chứng nhận"),
        ),
    };
    view! { <p class=class role="status">{text}</p> }
}

/// The commune (with where it belongs since 2025), the product group and
/// the year, named from the catalogue.
#[component]
fn PlaceAndGroup(catalog: Arc<Catalog>, summary: ProductSummary) -> impl IntoView {
    let site = use_site();
    let commune = catalog.communes.iter().find(|c| c.slug == summary.commune);
    let commune_text = commune.map_or(summary.commune.clone(), commune_name);
    let note = commune.and_then(|c| successor_note(c, &catalog.communes));
    let group = group_label(&catalog.groups, &summary.group).to_owned();
    let place = move || {
        let mut text = commune_text.clone();
        if let Some(note) = &note {
            text.push_str(&format!(" ({note})"));
        }
        if let Some(locality) = site.locality() {
            text.push_str(&format!(", {locality}"));
        }
        text
    };
    view! {
        <dl class="facts">
            <div><dt>"Địa phương"</dt><dd>{place}</dd></div>
            <div><dt>"Nhóm sản phẩm"</dt><dd>{group}</dd></div>
            {summary.year.map(|y| view! { <div><dt>"Năm công nhận"</dt><dd>{y}</dd></div> })}
        </dl>
    }
}

#[component]
fn Producer(product: Arc<ProductDetail>) -> impl IntoView {
    let producer = product.summary.producer.clone();
    let phone = producer.phone.clone().map(|p| {
        view! { <div><dt>"Điện thoại"</dt><dd><Phone number=p /></dd></div> }
    });
    let website = producer
        .website
        .clone()
        .filter(|w| is_web_link(w))
        .map(|w| view! { <div><dt>"Website"</dt><dd><a href=w.clone() target="_blank" rel="noopener noreferrer">{w.clone()}</a></dd></div> });
    view! {
        <section class="producer" aria-labelledby="producer-title">
            <h2 id="producer-title">"Chủ thể sản xuất"</h2>
            <dl class="facts">
                <div><dt>"Tên"</dt><dd>{producer.name.clone()}</dd></div>
                {(!producer.kind.is_empty()).then(|| view! { <div><dt>"Loại hình"</dt><dd>{kind_name(&producer.kind)}</dd></div> })}
                {producer.address.clone().map(|a| view! { <div><dt>"Địa chỉ"</dt><dd>{a}</dd></div> })}
                {phone}
                {website}
            </dl>
        </section>
    }
}

/// An absolute http(s) link: the only kind a producer's website or shop
/// may be.
fn is_web_link(url: &str) -> bool {
    is_safe_link(url) && matches!(scheme_of(url).as_deref(), Some("http" | "https"))
}

#[component]
fn CertificateBox(product: Arc<ProductDetail>, validity: Validity) -> impl IntoView {
    let certificate = product.certificate.clone().unwrap_or_default();
    let valid_until = certificate
        .valid_until
        .clone()
        .or(product.summary.expires_on.clone())
        .filter(|d| parse_date(d).is_some());
    let expired = matches!(validity, Validity::Expired(_));
    view! {
        <section class="certificate" class:certificate--expired=expired aria-labelledby="certificate-title">
            <h2 id="certificate-title">"Giấy chứng nhận OCOP"</h2>
            <dl class="facts">
                {certificate.decision.clone().map(|d| view! { <div><dt>"Quyết định"</dt><dd>{format!("Số {d}")}</dd></div> })}
                {certificate.issued_on.clone().filter(|d| parse_date(d).is_some()).map(|d| view! { <div><dt>"Ngày cấp"</dt><dd>{format_calendar_date(&d)}</dd></div> })}
                {valid_until.map(|d| view! { <div><dt>"Hiệu lực đến"</dt><dd>{format_calendar_date(&d)}</dd></div> })}
            </dl>
            {if expired {
                view! { <p class="badge badge--expired">"Chứng nhận đã hết hạn (hiệu lực 36 tháng)"</p> }
            } else if certificate.decision.is_none() && certificate.issued_on.is_none() {
                view! { <p class="hint">"Số và ngày quyết định chưa được cập nhật."</p> }
            } else {
                view! { <p class="badge badge--valid">"Còn hiệu lực"</p> }
            }}
        </section>
    }
}

/// "Mua ở đâu": the sale points that sell the product (or carry its group)
/// and the producer's online stores. A back end without sale points (a 404
/// for `points.json`) shows the stores alone, or nothing.
#[component]
fn WhereToBuy(product: Arc<ProductDetail>, catalog: Remote<Catalog>) -> impl IntoView {
    let site = use_site();
    let points: Remote<Points> = Remote::new(endpoints::points);
    let shops: Vec<Shop> = product
        .shops
        .iter()
        .filter(|s| is_web_link(&s.url) && !s.name.trim().is_empty())
        .cloned()
        .collect();
    let has_shops = !shops.is_empty();
    let summary = product.summary.clone();
    let retrying = points.pending();
    let sale_points = move || match points.get() {
        None => Some(EitherOf3::A(view! { <SkeletonLines lines=2 /> })),
        Some(Err(e)) if e.is_not_found() => None,
        Some(Err(error)) => Some(EitherOf3::B(
            view! { <ErrorPanel error on_retry=Callback::new(move |()| points.refetch()) busy=retrying compact=true /> },
        )),
        Some(Ok(all)) => {
            let today = site.today.get();
            let here: Vec<_> = selling(&all.items, &summary, today)
                .into_iter()
                .cloned()
                .collect();
            let catalog = catalog.data();
            Some(EitherOf3::C(if here.is_empty() {
                Either::Left(
                    view! { <p class="hint">"Chưa có điểm bán nào đăng ký sản phẩm này."</p> },
                )
            } else {
                Either::Right(view! {
                    <ul class="point-list">
                        {here.into_iter().map(|point| view! {
                            <li><PointCard point catalog=catalog.clone() today /></li>
                        }).collect_view()}
                    </ul>
                })
            }))
        }
    };
    let shows = move || has_shops || !matches!(points.get(), Some(Err(e)) if e.is_not_found());
    move || {
        shows().then(|| {
            let shops = shops.clone();
            view! {
                <section class="where-to-buy" aria-labelledby="where-to-buy-title">
                    <h2 id="where-to-buy-title">"Mua ở đâu"</h2>
                    {sale_points.clone()}
                    {(!shops.is_empty()).then(|| view! {
                        <h3>"Cửa hàng trực tuyến của chủ thể"</h3>
                        <ul class="shop-links">
                            {shops.into_iter().map(|shop| view! {
                                <li>
                                    <a href=shop.url.clone() target="_blank" rel="noopener">
                                        {shop.name.clone()}
                                        <span class="visually-hidden">" (mở trong thẻ mới)"</span>
                                    </a>
                                </li>
                            }).collect_view()}
                        </ul>
                    })}
                </section>
            }
        })
    }
}

/// More from the same producer, and from the same commune.
#[component]
fn MoreProducts(
    catalog: Arc<Catalog>,
    current: ProductSummary,
    from: GalleryQuery,
) -> impl IntoView {
    let today = use_site().today;
    move || {
        let today = today.get();
        let strip = |title: String, items: Vec<&ProductSummary>| {
            (!items.is_empty()).then(|| {
                let cards = items
                    .into_iter()
                    .map(|p| view! { <li>{card(&catalog, p, routes::product(&p.id, &from), today, false)}</li> })
                    .collect_view();
                view! {
                    <section class="more-products">
                        <h2>{title}</h2>
                        <ul class="product-grid product-grid--strip">{cards}</ul>
                    </section>
                }
            })
        };
        let same_producer: Vec<&ProductSummary> = catalog
            .items
            .iter()
            .filter(|p| p.id != current.id && p.producer.name == current.producer.name)
            .take(MORE)
            .collect();
        let same_commune: Vec<&ProductSummary> = catalog
            .items
            .iter()
            .filter(|p| {
                p.id != current.id
                    && p.commune == current.commune
                    && p.producer.name != current.producer.name
            })
            .take(MORE)
            .collect();
        let commune = crate::domain::catalog::commune_label(&catalog.communes, &current.commune);
        view! {
            {strip(format!("Sản phẩm khác của {}", current.producer.name), same_producer)}
            {strip(format!("Sản phẩm OCOP khác tại {commune}"), same_commune)}
        }
    }
}
