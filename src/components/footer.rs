use crate::{
    api::models::{Site, Stats},
    app::SiteData,
    components::{Loaded, SkeletonLines},
    domain::format::group_thousands,
    web::tel_href,
};
use leptos::prelude::*;

/// The footer: the "Liên kết website" block, the visitor statistics and the
/// district's contact details. Each block loads and fails on its own, so a
/// broken `stats.json` leaves the links (and the page above) alone.
#[component]
pub fn Footer() -> impl IntoView {
    let SiteData { site, stats } = expect_context();
    view! {
        <footer class="site-footer">
            <div class="site-footer__inner">
                <section class="footer-block" aria-labelledby="footer-links">
                    <h2 id="footer-links" class="footer-block__title">"Liên kết website"</h2>
                    <Loaded resource=site compact=true fallback=|| view! { <SkeletonLines lines=4 /> } let:site>
                        <LinkList site />
                    </Loaded>
                </section>
                <section class="footer-block" aria-labelledby="footer-stats">
                    <h2 id="footer-stats" class="footer-block__title">"Thống kê truy cập"</h2>
                    <Loaded resource=stats compact=true fallback=|| view! { <SkeletonLines lines=2 /> } let:stats>
                        <VisitorStats stats />
                    </Loaded>
                </section>
                <section class="footer-block" aria-labelledby="footer-contact">
                    <h2 id="footer-contact" class="footer-block__title">"Liên hệ"</h2>
                    <Loaded resource=site compact=true fallback=|| view! { <SkeletonLines lines=3 /> } let:site>
                        <ContactBlock site />
                    </Loaded>
                </section>
            </div>
        </footer>
    }
}

/// Related sites open in a new tab, without giving them a handle on ours.
#[component]
fn LinkList(site: Site) -> impl IntoView {
    let links = site
        .links
        .into_iter()
        .filter(|l| crate::domain::sanitize::is_safe_link(&l.url))
        .map(|link| {
            view! {
                <li>
                    <a href=link.url target="_blank" rel="noopener noreferrer">
                        {link.title}
                        <span class="visually-hidden">" (mở trong thẻ mới)"</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="link-list">{links}</ul> }
}

#[component]
pub fn VisitorStats(stats: Stats) -> impl IntoView {
    view! {
        <dl class="visitor-stats">
            <div>
                <dt>"Số người đang online:"</dt>
                <dd>{group_thousands(stats.online)}</dd>
            </div>
            <div>
                <dt>"Tổng lượt truy cập:"</dt>
                <dd>{group_thousands(stats.total_visits)}</dd>
            </div>
        </dl>
    }
}

#[component]
fn ContactBlock(site: Site) -> impl IntoView {
    let contact = site.contact.unwrap_or_default();
    let phone_link = contact
        .phone
        .clone()
        .map(|p| view! { <a href=tel_href(&p)>{p.clone()}</a> });
    let email_link = contact
        .email
        .clone()
        .map(|e| view! { <a href=format!("mailto:{e}")>{e.clone()}</a> });
    view! {
        <address class="contact">
            <strong>{site.name}</strong>
            {contact.address.map(|a| view! { <span>{a}</span> })}
            {phone_link.map(|l| view! { <span>"Điện thoại: " {l}</span> })}
            {email_link.map(|l| view! { <span>"Thư điện tử: " {l}</span> })}
        </address>
    }
}
