use crate::{app::SiteData, components::Loaded, pages::search::search_href, web::href};
use leptos::prelude::*;
use leptos_router::{components::A, hooks::use_navigate};

/// The masthead: the site's name and tagline from `site.json`, the main
/// navigation (a menu button on phones) and the news search box.
#[component]
pub fn Header() -> impl IntoView {
    let SiteData { site, .. } = expect_context();
    let (menu_open, set_menu_open) = signal(false);
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <a class="brand" href=href("/")>
                    <span class="brand__mark" aria-hidden="true">"OCOP"</span>
                    <Loaded resource=site compact=true fallback=|| view! { <span class="brand__name skeleton__line"></span> } let:site>
                        <span class="brand__text">
                            <span class="brand__name">{site.name}</span>
                            <span class="brand__tagline">{site.tagline}</span>
                        </span>
                    </Loaded>
                </a>
                <button
                    type="button"
                    class="menu-button"
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
                    <li><A href=href("/") exact=true>"Trang chủ"</A></li>
                    <li><A href=href("/tin-tuc")>"Tin tức"</A></li>
                    <li><A href=href("/san-pham")>"Sản phẩm OCOP"</A></li>
                </ul>
                <SearchBox />
            </nav>
        </header>
    }
}

/// The header's search form: it leads to `/tim-kiem?q=…`.
#[component]
fn SearchBox() -> impl IntoView {
    let navigate = use_navigate();
    let input = NodeRef::<leptos::html::Input>::new();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let q = input.get().map(|i| i.value()).unwrap_or_default();
        let q = q.trim();
        if !q.is_empty() {
            navigate(&search_href("q", q), Default::default());
        }
    };
    view! {
        <form class="search-box" role="search" action=href("/tim-kiem") on:submit=on_submit>
            <label class="visually-hidden" for="header-search">"Tìm kiếm tin tức"</label>
            <input id="header-search" node_ref=input type="search" name="q" placeholder="Tìm tin tức…" autocomplete="off" />
            <button type="submit" class="button button--quiet">"Tìm"</button>
        </form>
    }
}
