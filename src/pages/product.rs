//! `/san-pham/{id}`: one product. The query string, if any, is the gallery
//! view the reader came from, so the breadcrumb leads back to it.

use crate::{
    api::{
        client::{get, get_shared},
        config::image_src,
        models::{Catalog, Image, ProductDetail, ProductSummary},
        ApiError,
    },
    components::{
        breadcrumb::Breadcrumb,
        product_card::{product_href, ProductCard},
        safe_html::SafeHtml,
        stars::Stars,
        Loaded, SkeletonLines,
    },
    domain::{
        filter::{is_expired, kind_name, successor_note},
        format::{format_calendar_date, parse_date},
        query::{is_slug, parse_query_string, to_query_string},
        sanitize::is_safe_link,
    },
    pages::not_found::NotFoundPage,
    web::{href, set_meta_description, set_title, tel_href, today},
};
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_params_map};
use std::sync::Arc;

/// How many related products each "more" strip shows.
const MORE: usize = 4;

#[component]
pub fn ProductPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let product = LocalResource::new(move || {
        let id = id.get();
        async move {
            if !is_slug(&id) {
                return Err(ApiError::Status(404));
            }
            get::<ProductDetail>(&format!("products/{id}.json")).await
        }
    });
    view! {
        <Loaded
            resource=product
            fallback=|| view! { <section class="page"><SkeletonLines lines=8 /></section> }
            not_found=|| view! { <NotFoundPage /> }
            let:product
        >
            <ProductView product />
        </Loaded>
    }
}

#[component]
fn ProductView(product: ProductDetail) -> impl IntoView {
    let summary = product.summary.clone();
    set_title(&summary.name);
    set_meta_description(&summary.summary);
    // Back to the gallery exactly as the reader left it.
    let location = use_location();
    let gallery_query = to_query_string(&parse_query_string(&location.search.get_untracked()));
    let gallery_link = if gallery_query.is_empty() {
        href("/san-pham")
    } else {
        href(&format!("/san-pham?{gallery_query}"))
    };
    let catalog = LocalResource::new(|| get_shared::<Catalog>("products.json"));
    let mut images = product.images.clone();
    if images.is_empty() {
        images.extend(summary.image.clone());
    }
    let expired = is_expired(&summary, today());
    let for_place = summary.clone();
    let for_more = summary.clone();
    view! {
        <article class="page product">
            <Breadcrumb trail=vec![
                ("Trang chủ".into(), Some(href("/"))),
                ("Sản phẩm OCOP".into(), Some(gallery_link.clone())),
                (summary.name.clone(), None),
            ] />
            <div class="product__top">
                <ImageGallery images name=summary.name.clone() />
                <div class="product__facts">
                    <h1 class="product__name">{summary.name.clone()}</h1>
                    <p class="product__stars"><Stars stars=summary.stars /> " " {format!("Sản phẩm OCOP {} sao", summary.stars)}</p>
                    <p class="product__summary">{summary.summary.clone()}</p>
                    <Loaded resource=catalog compact=true fallback=|| view! { <SkeletonLines lines=2 /> } let:catalog>
                        <PlaceAndGroup catalog summary=for_place.clone() />
                    </Loaded>
                    <Producer product=product.clone() />
                    <CertificateBox product=product.clone() expired />
                </div>
            </div>
            <section class="product__description" aria-labelledby="product-description">
                <h2 id="product-description">"Giới thiệu sản phẩm"</h2>
                <SafeHtml html=product.description_html.clone() class="prose" />
            </section>
            <Loaded resource=catalog compact=true fallback=|| view! { <SkeletonLines lines=3 /> } let:catalog>
                <MoreProducts catalog current=for_more.clone() gallery_query=gallery_query.clone() />
            </Loaded>
            <p><a class="more-link" href=gallery_link>"‹ Quay lại danh sách sản phẩm"</a></p>
        </article>
    }
}

/// The commune (with where it belongs since 2025) and the product group,
/// named from the catalogue.
#[component]
fn PlaceAndGroup(catalog: Arc<Catalog>, summary: ProductSummary) -> impl IntoView {
    let commune = catalog.communes.iter().find(|c| c.slug == summary.commune);
    let commune_name = commune.map_or(summary.commune.clone(), |c| {
        let kind = if c.kind.is_empty() {
            String::new()
        } else {
            format!("{} ", c.kind)
        };
        format!("{kind}{}", c.name)
    });
    let note = commune.and_then(|c| successor_note(c, &catalog.communes));
    let group = catalog
        .groups
        .iter()
        .find(|g| g.slug == summary.group)
        .map_or(summary.group.clone(), |g| g.name.clone());
    view! {
        <dl class="facts">
            <div><dt>"Địa phương"</dt><dd>{commune_name}{note.map(|n| format!(" ({n})"))}", huyện Gia Lâm"</dd></div>
            <div><dt>"Nhóm sản phẩm"</dt><dd>{group}</dd></div>
            {summary.year.map(|y| view! { <div><dt>"Năm công nhận"</dt><dd>{y}</dd></div> })}
        </dl>
    }
}

#[component]
fn Producer(product: ProductDetail) -> impl IntoView {
    let producer = product.summary.producer;
    let phone = producer.phone.clone().map(|p| {
        view! { <div><dt>"Điện thoại"</dt><dd><a href=tel_href(&p)>{p.clone()}</a></dd></div> }
    });
    let website = producer
        .website
        .clone()
        .filter(|w| is_safe_link(w) && (w.starts_with("http://") || w.starts_with("https://")))
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

#[component]
fn CertificateBox(product: ProductDetail, expired: bool) -> impl IntoView {
    let certificate = product.certificate.unwrap_or_default();
    let valid_until = certificate
        .valid_until
        .clone()
        .or(product.summary.expires_on.clone())
        .filter(|d| parse_date(d).is_some());
    view! {
        <section class="certificate" class:certificate--expired=expired aria-labelledby="certificate-title">
            <h2 id="certificate-title">"Giấy chứng nhận OCOP"</h2>
            <dl class="facts">
                {certificate.decision.clone().map(|d| view! { <div><dt>"Quyết định"</dt><dd>{format!("Số {d}")}</dd></div> })}
                {certificate.issued_on.clone().filter(|d| parse_date(d).is_some()).map(|d| view! { <div><dt>"Ngày cấp"</dt><dd>{format_calendar_date(&d)}</dd></div> })}
                {valid_until.map(|d| view! { <div><dt>"Hiệu lực đến"</dt><dd>{format_calendar_date(&d)}</dd></div> })}
            </dl>
            {if expired {
                view! { <p class="badge badge--expired">"Chứng nhận đã hết hạn (hiệu lực 36 tháng)"</p> }.into_any()
            } else if certificate.decision.is_none() && certificate.issued_on.is_none() {
                view! { <p class="hint">"Số và ngày quyết định chưa được cập nhật."</p> }.into_any()
            } else {
                view! { <p class="badge badge--valid">"Còn hiệu lực"</p> }.into_any()
            }}
        </section>
    }
}

/// A main picture with thumbnails: buttons and arrow keys move between
/// pictures, and a swipe does on touch screens.
#[component]
fn ImageGallery(images: Vec<Image>, name: String) -> impl IntoView {
    let images: Vec<(String, String)> = images.iter().filter_map(image_src).collect();
    if images.is_empty() {
        return view! { <div class="image-gallery image-gallery--empty" aria-hidden="true"></div> }
            .into_any();
    }
    let count = images.len();
    let images = Arc::new(images);
    let (current, set_current) = signal(0usize);
    let step = move |delta: isize| {
        set_current.update(|c| *c = (*c as isize + delta).rem_euclid(count as isize) as usize)
    };
    let touch_start = StoredValue::new(None::<i32>);
    let main_images = images.clone();
    let thumbs = images
        .iter()
        .enumerate()
        .map(|(i, (src, alt))| {
            view! {
                <li>
                    <button
                        type="button"
                        class="image-gallery__thumb"
                        aria-label=format!("Ảnh {} / {count}: {alt}", i + 1)
                        aria-current=move || (current.get() == i).then_some("true")
                        on:click=move |_| set_current.set(i)
                    >
                        <img src=src.clone() alt="" loading="lazy" width="80" height="60" />
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="image-gallery" role="group" aria-roledescription="bộ ảnh" aria-label=format!("Ảnh sản phẩm {name}")>
            <figure
                class="image-gallery__main"
                tabindex="0"
                aria-label="Dùng phím mũi tên trái, phải để xem ảnh khác"
                on:keydown=move |ev| match ev.key().as_str() {
                    "ArrowRight" => { ev.prevent_default(); step(1) }
                    "ArrowLeft" => { ev.prevent_default(); step(-1) }
                    _ => {}
                }
                on:touchstart=move |ev: leptos::ev::TouchEvent| {
                    touch_start.set_value(ev.changed_touches().get(0).map(|t| t.client_x()));
                }
                on:touchend=move |ev: leptos::ev::TouchEvent| {
                    let end = ev.changed_touches().get(0).map(|t| t.client_x());
                    if let (Some(start), Some(end)) = (touch_start.get_value(), end) {
                        if (end - start).abs() > 40 {
                            step(if end < start { 1 } else { -1 });
                        }
                    }
                }
            >
                {move || {
                    let (src, alt) = main_images.get(current.get()).cloned().unwrap_or_default();
                    view! { <img src=src alt=alt.clone() width="640" height="480" /> <figcaption>{alt}</figcaption> }
                }}
            </figure>
            {(count > 1).then(|| view! {
                <div class="image-gallery__controls">
                    <button type="button" class="button button--quiet" aria-label="Ảnh trước" on:click=move |_| step(-1)>"‹"</button>
                    <span aria-live="polite">{move || format!("{}/{count}", current.get() + 1)}</span>
                    <button type="button" class="button button--quiet" aria-label="Ảnh sau" on:click=move |_| step(1)>"›"</button>
                </div>
                <ul class="image-gallery__thumbs">{thumbs}</ul>
            })}
        </div>
    }
    .into_any()
}

/// More from the same producer, and from the same commune.
#[component]
fn MoreProducts(
    catalog: Arc<Catalog>,
    current: ProductSummary,
    gallery_query: String,
) -> impl IntoView {
    let today = today();
    let name_of = |slug: &str| {
        catalog
            .communes
            .iter()
            .find(|c| c.slug == slug)
            .map_or(slug.to_owned(), |c| c.name.clone())
    };
    let strip = |title: String, items: Vec<&ProductSummary>| {
        if items.is_empty() {
            return ().into_any();
        }
        let cards = items
            .into_iter()
            .map(|p| {
                let commune = name_of(&p.commune);
                let link = product_href(&p.id, &gallery_query);
                view! { <li><ProductCard product=p.clone() commune link expired=is_expired(p, today) /></li> }
            })
            .collect_view();
        view! {
            <section class="more-products">
                <h2>{title}</h2>
                <ul class="product-grid product-grid--strip">{cards}</ul>
            </section>
        }
        .into_any()
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
    let commune_name = name_of(&current.commune);
    view! {
        {strip(format!("Sản phẩm khác của {}", current.producer.name), same_producer)}
        {strip(format!("Sản phẩm OCOP khác tại {commune_name}"), same_commune)}
    }
}
