use leptos::either::EitherOf3;
use leptos::prelude::*;

/// Grey placeholder lines while content loads, announced once to screen
/// readers as loading.
#[component]
pub fn SkeletonLines(
    #[prop(default = 3)] lines: usize,
    #[prop(default = "Đang tải…")] label: &'static str,
) -> impl IntoView {
    view! {
        <div class="skeleton" role="status" aria-live="polite">
            <span class="visually-hidden">{label}</span>
            {(0..lines).map(|_| view! { <span class="skeleton__line" aria-hidden="true"></span> }).collect_view()}
        </div>
    }
}

/// Grey news cards while a news list loads: the size of the cards they
/// stand for, so nothing jumps when those arrive.
#[component]
pub fn CardSkeletons(#[prop(default = 6)] count: usize) -> impl IntoView {
    view! {
        <div class="card-list" role="status" aria-live="polite">
            <span class="visually-hidden">"Đang tải tin tức…"</span>
            {(0..count)
                .map(|_| view! {
                    <div class="article-card article-card--skeleton" aria-hidden="true">
                        <span class="thumb skeleton__line"></span>
                        <div class="article-card__body">
                            <span class="skeleton__line"></span>
                            <span class="skeleton__line"></span>
                            <span class="skeleton__line"></span>
                        </div>
                    </div>
                })
                .collect_view()}
        </div>
    }
}

/// What a block shows while its data loads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placeholder {
    /// Grey lines, with what is loading for screen readers.
    Lines(usize, &'static str),
    /// Grey news cards.
    Cards(usize),
    /// A whole page of grey lines (an article, a product).
    Page,
}

impl Placeholder {
    /// `n` grey lines, read as "Đang tải…".
    pub fn lines(n: usize) -> Placeholder {
        Placeholder::Lines(n, "Đang tải…")
    }

    pub fn view(self) -> impl IntoView {
        match self {
            Placeholder::Lines(lines, label) => {
                EitherOf3::A(view! { <SkeletonLines lines label /> })
            }
            Placeholder::Cards(count) => EitherOf3::B(view! { <CardSkeletons count /> }),
            Placeholder::Page => {
                EitherOf3::C(view! { <section class="page"><SkeletonLines lines=8 /></section> })
            }
        }
    }
}
