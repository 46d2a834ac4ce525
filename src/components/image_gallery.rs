use crate::{api::models::Image, components::lead_image::LeadImage, env::image_src};
use leptos::either::Either;
use leptos::prelude::*;
use std::sync::Arc;

/// A main picture with thumbnails: buttons and arrow keys move between
/// pictures, and a swipe does on touch screens.
#[component]
pub fn ImageGallery(images: Vec<Image>, name: String) -> impl IntoView {
    let images: Vec<(String, String)> = images.iter().filter_map(image_src).collect();
    if images.is_empty() {
        return Either::Left(
            view! { <div class="image-gallery image-gallery--empty" aria-hidden="true"></div> },
        );
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
    Either::Right(view! {
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
                    view! { <LeadImage src=src alt=alt.clone() width=640 height=480 /> <figcaption>{alt}</figcaption> }
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
    })
}
