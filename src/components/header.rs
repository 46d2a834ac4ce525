use crate::{components::search_form::SearchForm, routes, site::use_site};
use leptos::either::EitherOf3;
use leptos::prelude::*;
use leptos_router::components::A;

/// The masthead: the site's name and tagline from `site.json`, the main
/// navigation (a menu button on phones) and the news search box.
#[component]
pub fn Header(
    /// Whether the back end has sale points (a link to them then shows).
    #[prop(into)]
    has_points: Signal<bool>,
) -> impl IntoView {
    let site = use_site().site;
    let retrying = site.pending();
    let (menu_open, set_menu_open) = signal(false);
    let menu_button = NodeRef::<leptos::html::Button>::new();
    // Escape closes the open menu (on phones) and gives the focus back to
    // its button, as a disclosure does. Not from the search box: there the
    // first Escape closes the suggestions, the next one clears the box.
    let close_on_escape = move |ev: leptos::ev::KeyboardEvent| {
        let in_text_box = event_target::<web_sys::Element>(&ev).tag_name() == "INPUT";
        if ev.key() == "Escape"
            && menu_open.get_untracked()
            && !in_text_box
            && !ev.default_prevented()
        {
            set_menu_open.set(false);
            if let Some(button) = menu_button.get_untracked() {
                let _ = button.focus();
            }
        }
    };
    let home = routes::home();
    // `<A>` marks the section the reader is in (`aria-current`): the home
    // link on the home page only, the others on every page under them.
    let nav_link = move |to: routes::Link, label: &'static str| {
        let exact = to == routes::home();
        view! {
            <li>
                <A href=to.href() exact>{label}</A>
            </li>
        }
    };
    let points = routes::points(&Default::default());
    view! {
        <header class="site-header" on:keydown=close_on_escape>
            <div class="site-header__inner">
                // The retry button of a failed site.json sits beside the
                // link, never inside it: a click on it must not go home.
                <div class="brand">
                    <a class="brand__home" href=home.href()>
                        <span class="brand__mark" aria-hidden="true">"OCOP"</span>
                        {move || match site.get() {
                            Some(Ok(site)) => EitherOf3::A(view! {
                                <span class="brand__text">
                                    <span class="brand__name">{site.name.clone()}</span>
                                    <span class="brand__tagline">{site.tagline.clone()}</span>
                                </span>
                            }),
                            Some(Err(_)) => EitherOf3::B(view! { <span class="visually-hidden">"Trang chủ"</span> }),
                            None => EitherOf3::C(view! { <span class="brand__name skeleton__line"></span> }),
                        }}
                    </a>
                    {move || match site.get() {
                        Some(Err(error)) => Some(view! {
                            <crate::components::ErrorPanel error on_retry=Callback::new(move |()| site.refetch()) busy=retrying compact=true />
                        }),
                        _ => None,
                    }}
                </div>
                <button
                    type="button"
                    class="menu-button"
                    node_ref=menu_button
                    aria-controls="site-nav"
                    aria-expanded=move || menu_open.get().to_string()
                    on:click=move |_| set_menu_open.update(|open| *open = !*open)
                >
                    <span aria-hidden="true">"☰"</span>
                    <span>"Danh mục"</span>
                </button>
            </div>
            <nav
                id="site-nav"
                class="site-nav"
                class:site-nav--open=move || menu_open.get()
                aria-label="Điều hướng chính"
                on:click=move |_| set_menu_open.set(false)
            >
                <ul class="site-nav__list">
                    {nav_link(routes::home(), "Trang chủ")}
                    {nav_link(routes::news(1), "Tin tức")}
                    {nav_link(routes::gallery(&Default::default()), "Sản phẩm OCOP")}
                    {move || has_points.get().then(|| nav_link(points.clone(), "Điểm bán"))}
                </ul>
                <SearchForm id="header-search" label="Tìm sản phẩm, tin tức" landmark="Tìm kiếm trên cổng" class="search-box" placeholder="Tìm sản phẩm, tin tức…" compact=true suggest=true />
            </nav>
        </header>
    }
}
