//! "Nhúng vào trang web": a dialog that writes the embed snippet for the
//! reader's current filters, with a live preview and copy buttons.

use crate::{
    domain::{
        catalog::products_title,
        embed::{snippets, EmbedOptions, SnippetLinks, Theme, DEFAULT_LIMIT},
        query::GalleryQuery,
    },
    routes,
    site::use_site,
};
use leptos::prelude::*;

#[component]
pub fn EmbedDialog(query: Memo<GalleryQuery>) -> impl IntoView {
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let (limit, set_limit) = signal(8usize);
    let (dark, set_dark) = signal(false);
    let site = use_site();
    let theme = move || {
        if dark.get() {
            Theme::Dark
        } else {
            Theme::Light
        }
    };
    // The frame's own link, and the snippets' links, from the route builders.
    let frame_link = move || {
        let options = EmbedOptions {
            limit: limit.get(),
            theme: theme(),
            ..EmbedOptions::default()
        };
        routes::embed(&query.get().with_page(1), &options)
    };
    let codes = Memo::new(move |_| {
        let q = query.get();
        let links = SnippetLinks {
            gallery: routes::gallery(&q.with_page(1)).absolute(),
            frame: frame_link().absolute(),
            loader: routes::file_url("embed.js"),
        };
        snippets(
            &links,
            &q,
            limit.get(),
            theme(),
            &products_title(site.locality().as_deref()),
        )
    });
    // The snippets name the portal's public address, for other sites; the
    // preview is this page's own frame, from where this page was served
    // (the portal's policy lets it frame only itself).
    let preview_src = move || frame_link().served();
    // The preview frame exists only while the dialog is open, so the
    // gallery page does not load a second copy of itself in the background.
    let (is_open, set_open) = signal(false);
    let open = move |_| {
        if let Some(d) = dialog.get() {
            if d.show_modal().is_ok() {
                set_open.set(true);
            }
        }
    };
    let close = move |_| {
        if let Some(d) = dialog.get() {
            d.close();
        }
    };
    view! {
        <button type="button" class="button button--quiet" on:click=open aria-haspopup="dialog">
            "Nhúng vào trang web"
        </button>
        <dialog class="embed-dialog" node_ref=dialog aria-labelledby="embed-dialog-title" on:close=move |_| set_open.set(false)>
            <div class="embed-dialog__head">
                <h2 id="embed-dialog-title">"Nhúng bộ sưu tập sản phẩm vào trang web"</h2>
                <button type="button" class="button button--quiet" on:click=close aria-label="Đóng hộp thoại">"✕"</button>
            </div>
            <p>"Mã dưới đây hiển thị các sản phẩm theo bộ lọc bạn đang chọn. Dán vào trang web của xã, điểm du lịch hoặc cửa hàng."</p>
            <div class="embed-dialog__options">
                <label>
                    "Số sản phẩm hiển thị "
                    <select on:change=move |ev| set_limit.set(event_target_value(&ev).parse().unwrap_or(DEFAULT_LIMIT))>
                        {[4usize, 8, 12, 24].into_iter().map(|n| view! { <option value=n selected=move || limit.get() == n>{n}</option> }).collect_view()}
                    </select>
                </label>
                <label>
                    <input type="checkbox" on:change=move |ev| set_dark.set(event_target_checked(&ev)) />
                    " Giao diện tối"
                </label>
            </div>
            <Snippet label="Cách 1: mã nhúng có tự co giãn chiều cao (khuyên dùng)" id="embed-code-script" code=Signal::derive(move || codes.get().0) />
            <Snippet label="Cách 2: chỉ dùng iframe (cho trang không cho phép JavaScript)" id="embed-code-iframe" code=Signal::derive(move || codes.get().1) />
            <h3>"Xem trước"</h3>
            <Show when=move || is_open.get()>
                <iframe class="embed-dialog__preview" title="Xem trước bộ sưu tập nhúng" src=preview_src></iframe>
            </Show>
        </dialog>
    }
}

/// A read-only code box with a copy button.
#[component]
fn Snippet(label: &'static str, id: &'static str, code: Signal<String>) -> impl IntoView {
    let (copied, set_copied) = signal(None::<bool>);
    let copy = move |_| {
        crate::web::copy_to_clipboard(&code.get_untracked(), move |ok| set_copied.set(Some(ok)))
    };
    view! {
        <div class="snippet">
            <label for=id>{label}</label>
            <textarea id=id readonly rows="5" prop:value=move || code.get()></textarea>
            <div class="snippet__actions">
                <button type="button" class="button" on:click=copy>"Sao chép mã"</button>
                <span role="status">
                    {move || match copied.get() {
                        Some(true) => "Đã sao chép.",
                        Some(false) => "Không sao chép được: hãy chọn và sao chép bằng tay.",
                        None => "",
                    }}
                </span>
            </div>
        </div>
    }
}
