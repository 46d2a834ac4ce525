use crate::{
    app::SiteData,
    components::{footer::VisitorStats, Loaded, SkeletonLines},
    web::set_title,
};
use leptos::prelude::*;

/// The front page.
#[component]
pub fn HomePage() -> impl IntoView {
    set_title("");
    let SiteData { site, stats } = expect_context();
    view! {
        <section class="page home">
            <Loaded resource=site fallback=|| view! { <SkeletonLines lines=2 /> } let:site>
                <h1 class="home__title">{site.name}</h1>
                <p class="home__tagline">{site.tagline}</p>
            </Loaded>
            <section class="home__stats" aria-labelledby="home-stats">
                <h2 id="home-stats">"Thống kê truy cập"</h2>
                <Loaded resource=stats fallback=|| view! { <SkeletonLines lines=2 /> } let:stats>
                    <VisitorStats stats />
                </Loaded>
            </section>
        </section>
    }
}
