//! `/san-pham/{id}/tem`: the product's printable QR label. The code leads
//! to the product's page on this portal, where a shopper who scans it sees
//! at once whether the certificate holds. One label at 3 × 3 cm or
//! 5 × 5 cm, or a sheet of them on A4 (`style/label.css` lays them out for
//! print).

use crate::components::{no_such_product::NoSuchProduct, LoadedPage, Placeholder};
use crate::{
    api::{endpoints, models::ProductDetail, remote::Remote},
    components::{
        page_meta::{PageInfo, PageMeta},
        qr_code::QrCode,
    },
    domain::{
        catalog::{stars_label, validity, Validity},
        format::format_day,
        query::GalleryQuery,
    },
    routes,
    site::use_site,
};
use leptos::prelude::*;
use std::sync::Arc;

/// Labels on an A4 sheet: 3 columns by 5 rows of 5 × 5 cm.
const SHEET: usize = 15;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Size {
    Small,
    Large,
    Sheet,
}

impl Size {
    const ALL: [Size; 3] = [Size::Small, Size::Large, Size::Sheet];

    fn key(self) -> &'static str {
        match self {
            Size::Small => "3",
            Size::Large => "5",
            Size::Sheet => "a4",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Size::Small => "1 tem 3 × 3 cm",
            Size::Large => "1 tem 5 × 5 cm",
            Size::Sheet => "Tờ A4: 15 tem 5 × 5 cm",
        }
    }
}

#[component]
pub fn LabelPage(id: String) -> impl IntoView {
    let wanted = id.clone();
    let product = Remote::new(move || endpoints::product(&wanted));
    view! {
        <LoadedPage
            remote=product
            placeholder=Placeholder::Page
            missing=move || view! { <NoSuchProduct id=id.clone() label=true /> }
            let:product
        >
            <LabelView product />
        </LoadedPage>
    }
}

#[component]
fn LabelView(product: Arc<ProductDetail>) -> impl IntoView {
    let site = use_site();
    let summary = &product.summary;
    let page = routes::product(&summary.id, &GalleryQuery::default());
    let url = page.absolute();
    let title = format!("Tem QR: {}", summary.name);
    let (size, set_size) = signal(Size::Large);
    let print = move |_| crate::web::print();
    let label = {
        let product = product.clone();
        let url = url.clone();
        move || {
            let today = site.today.get();
            let portal = site.name().unwrap_or_default();
            view! { <Label product=product.clone() url=url.clone() portal today /> }
        }
    };
    let warning =
        {
            let product = product.clone();
            move || {
                matches!(
                validity(&product.summary, product.certificate.as_ref(), site.today.get()),
                Validity::Expired(_)
            )
            .then(|| view! {
                <p class="validity validity--expired" role="alert">
                    "Chứng nhận của sản phẩm này đã hết hạn: tem sẽ báo như vậy cho người quét."
                </p>
            })
            }
        };
    view! {
        <PageMeta info=PageInfo::new(title.clone(), format!("Tem QR in trên bao bì {}: quét để kiểm tra chứng nhận OCOP.", summary.name), routes::label(&summary.id)) />
        <main class="label-page">
            <div class="label-page__controls">
                <p><a href=page.href()>"‹ Trang sản phẩm"</a></p>
                <h1>{title}</h1>
                <p class="hint">"Dán tem lên bao bì: người mua quét mã bằng điện thoại để xem sản phẩm và hạn chứng nhận trên cổng thông tin."</p>
                {warning}
                <fieldset class="label-page__sizes">
                    <legend>"Khổ tem"</legend>
                    {Size::ALL.into_iter().map(|choice| {
                        let id = format!("label-size-{}", choice.key());
                        let input_id = id.clone();
                        view! {
                            <label for=id>
                                // `checked` for the HTML the page arrives as, the property
                                // once it runs.
                                <input type="radio" name="label-size" id=input_id value=choice.key()
                                    checked=choice == Size::Large
                                    prop:checked=move || size.get() == choice
                                    on:change=move |_| set_size.set(choice) />
                                " " {choice.label()}
                            </label>
                        }
                    }).collect_view()}
                </fieldset>
                <p><button type="button" class="button" on:click=print>"In tem"</button></p>
            </div>
            <div class="label-sheet" data-size=move || size.get().key()>
                {move || {
                    let copies = if size.get() == Size::Sheet { SHEET } else { 1 };
                    (0..copies).map(|_| label.clone()()).collect_view()
                }}
            </div>
        </main>
    }
}

/// One label: the code, the product, its stars drawn and in words, the
/// decision and validity, the portal, and what to do with it.
#[component]
fn Label(
    product: Arc<ProductDetail>,
    url: String,
    portal: String,
    today: crate::domain::format::Date,
) -> impl IntoView {
    let summary = &product.summary;
    let stars = summary.stars;
    let decision = product
        .certificate
        .as_ref()
        .and_then(|c| c.decision.clone())
        .map(|d| format!("QĐ số {d}"));
    let valid = match validity(summary, product.certificate.as_ref(), today) {
        Validity::Valid(until) => format!("Hiệu lực đến {}", format_day(until)),
        Validity::Expired(on) => format!("Hết hạn ngày {}", format_day(on)),
        Validity::Unknown => "Chưa có ngày hết hiệu lực".to_owned(),
    };
    view! {
        <div class="label">
            <QrCode text=url.clone() label=format!("Mã QR tới trang sản phẩm: {url}") />
            <p class="label__name">{summary.name.clone()}</p>
            <p class="label__stars">
                <span aria-hidden="true">{"★".repeat(usize::from(stars))}</span>
                " OCOP " {stars_label(stars)}
            </p>
            {decision.map(|d| view! { <p class="label__decision">{d}</p> })}
            <p class="label__valid">{valid}</p>
            <p class="label__portal">{portal}</p>
            <p class="label__hint">"Quét mã để kiểm tra chứng nhận"</p>
        </div>
    }
}
