use crate::components::Placeholder;
use crate::{
    api::models::{Site, Stats},
    components::phone::Phone,
    components::Loaded,
    domain::{format::group_thousands, sanitize::is_safe_link},
    routes,
    site::use_site,
};
use leptos::prelude::*;
use std::sync::Arc;

/// The footer: the "Liên kết website" block, the visitor statistics and the
/// district's contact details. Each block loads and fails on its own, so a
/// broken `stats.json` leaves the links (and the page above) alone.
#[component]
pub fn Footer(
    /// Whether the back end has sale points (a link to them then shows).
    #[prop(into)]
    has_points: Signal<bool>,
) -> impl IntoView {
    let site = use_site();
    let points = routes::points(&Default::default());
    let feed = routes::file_href(routes::FEED);
    let figures = routes::figures();
    view! {
        <footer class="site-footer">
            <div class="site-footer__inner">
                <section class="footer-block" aria-labelledby="footer-links">
                    <h2 id="footer-links" class="footer-block__title">"Liên kết website"</h2>
                    <Loaded remote=site.site compact=true placeholder=Placeholder::lines(4) let:site>
                        <LinkList site />
                    </Loaded>
                </section>
                <section class="footer-block" aria-labelledby="footer-stats">
                    <h2 id="footer-stats" class="footer-block__title">"Thống kê truy cập"</h2>
                    <Loaded remote=site.stats compact=true placeholder=Placeholder::lines(2) let:stats>
                        <VisitorStats stats=(*stats).clone() />
                    </Loaded>
                </section>
                <section class="footer-block" aria-labelledby="footer-contact">
                    <h2 id="footer-contact" class="footer-block__title">"Liên hệ"</h2>
                    <Loaded remote=site.site compact=true placeholder=Placeholder::lines(3) let:site>
                        <ContactBlock site />
                    </Loaded>
                    <ul class="footer-links">
                        {move || has_points.get().then(|| view! {
                            <li><a href=points.href()>"Điểm giới thiệu và bán sản phẩm OCOP"</a></li>
                        })}
                        <li><a href=figures.href()>"Thống kê OCOP và dữ liệu mở"</a></li>
                        <li><a href=feed.clone() rel="external">"Tin mới qua RSS"</a></li>
                    </ul>
                </section>
            </div>
        </footer>
    }
}

/// Related sites open in a new tab, without giving them a handle on ours.
#[component]
fn LinkList(site: Arc<Site>) -> impl IntoView {
    let links = site
        .links
        .iter()
        .filter(|l| is_safe_link(&l.url))
        .map(|link| {
            view! {
                <li>
                    <a href=link.url.clone() target="_blank" rel="noopener noreferrer">
                        {link.title.clone()}
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
fn ContactBlock(site: Arc<Site>) -> impl IntoView {
    let contact = site.contact.clone().unwrap_or_default();
    view! {
        <address class="contact">
            <strong>{site.name.clone()}</strong>
            {contact.address.map(|a| view! { <span>{a}</span> })}
            {contact.phone.map(|p| view! { <span>"Điện thoại: " <Phone number=p /></span> })}
            {contact.email.map(|e| view! { <span>"Thư điện tử: " <a href=format!("mailto:{e}")>{e.clone()}</a></span> })}
        </address>
    }
}
