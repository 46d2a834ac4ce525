//! Bar charts for `/thong-ke`: each bar an inline SVG beside its label and
//! count written as text (so the numbers read at 360 px, in print, with
//! 200 % text, to screen readers and without script), the bar a link to
//! the gallery of exactly those products, and the values again in a real
//! table behind a toggle.

use crate::domain::figures::{scale, Bar, CommuneRow};
use leptos::either::Either;
use leptos::prelude::*;

/// A count's share of the chart's width, in the SVG's units (0–100).
fn share(count: usize, max: usize) -> f64 {
    count as f64 * 100.0 / max as f64
}

/// The label, the count and the drawn bar; a link when there is something
/// to open.
#[component]
fn BarRow(bar: Bar, children: Children) -> impl IntoView {
    let inner = view! {
        <span class="bars__label">{bar.label.clone()}</span>
        <span class="bars__value">{bar.count}<span class="visually-hidden">" sản phẩm"</span></span>
        <svg class="bars__track" viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            {children()}
        </svg>
    };
    if bar.count > 0 {
        Either::Left(
            view! { <a class="bars__item" href=crate::routes::gallery(&bar.query).href()>{inner}</a> },
        )
    } else {
        Either::Right(view! { <span class="bars__item">{inner}</span> })
    }
}

/// One bar per value: `heading` names the values' column in the table.
#[component]
pub fn BarChart(
    id: &'static str,
    title: &'static str,
    heading: &'static str,
    bars: Vec<Bar>,
    #[prop(default = None)] note: Option<String>,
) -> impl IntoView {
    let max = scale(bars.iter().map(|b| b.count));
    let rows = bars
        .iter()
        .cloned()
        .map(|bar| {
            let width = format!("{:.2}", share(bar.count, max));
            view! {
                <li><BarRow bar><rect class="bars__fill" width=width height="1" /></BarRow></li>
            }
        })
        .collect_view();
    let table = bars
        .into_iter()
        .map(|bar| view! { <tr><th scope="row">{bar.label}</th><td>{bar.count}</td></tr> })
        .collect_view();
    view! {
        <section class="chart" aria-labelledby=id>
            <h2 id=id>{title}</h2>
            <ol class="bars">{rows}</ol>
            {note.map(|note| view! { <p class="hint">{note}</p> })}
            <details class="chart__table">
                <summary>"Bảng số liệu"</summary>
                <table>
                    <caption class="visually-hidden">{title}</caption>
                    <thead><tr><th scope="col">{heading}</th><th scope="col">"Số sản phẩm"</th></tr></thead>
                    <tbody>{table}</tbody>
                </table>
            </details>
        </section>
    }
}

/// Each commune's products, the bar split by star level; the table
/// gives each commune × star level as a link.
#[component]
pub fn CommuneChart(id: &'static str, title: &'static str, rows: Vec<CommuneRow>) -> impl IntoView {
    let max = scale(rows.iter().map(|r| r.total.count));
    let levels: Vec<String> = rows
        .first()
        .map(|r| r.by_stars.iter().map(|b| b.label.clone()).collect())
        .unwrap_or_default();
    let legend = levels
        .iter()
        .enumerate()
        .map(|(at, label)| {
            view! { <li><span class=format!("swatch swatch--{at}") aria-hidden="true"></span>{label.clone()}</li> }
        })
        .collect_view();
    let bars = rows
        .iter()
        .map(|row| {
            let mut x = 0.0;
            let segments = row
                .by_stars
                .iter()
                .enumerate()
                .map(|(at, bar)| {
                    let width = share(bar.count, max);
                    let segment = view! {
                        <rect class=format!("bars__fill bars__fill--{at}") x=format!("{x:.2}") width=format!("{width:.2}") height="1" />
                    };
                    x += width;
                    segment
                })
                .collect_view();
            view! { <li><BarRow bar=row.total.clone()>{segments}</BarRow></li> }
        })
        .collect_view();
    let cell = |bar: &Bar| {
        if bar.count > 0 {
            Either::Left(
                view! { <a href=crate::routes::gallery(&bar.query).href()>{bar.count}</a> },
            )
        } else {
            Either::Right(bar.count)
        }
    };
    let table = rows
        .iter()
        .map(|row| {
            let cells = row
                .by_stars
                .iter()
                .map(|bar| view! { <td>{cell(bar)}</td> })
                .collect_view();
            view! {
                <tr><th scope="row">{row.total.label.clone()}</th>{cells}<td>{cell(&row.total)}</td></tr>
            }
        })
        .collect_view();
    let heads = levels
        .into_iter()
        .map(|label| view! { <th scope="col">{label}</th> })
        .collect_view();
    view! {
        <section class="chart" aria-labelledby=id>
            <h2 id=id>{title}</h2>
            <ul class="chart__legend" aria-label="Chú giải: màu theo hạng sao">{legend}</ul>
            <ol class="bars">{bars}</ol>
            <details class="chart__table">
                <summary>"Bảng số liệu theo hạng sao"</summary>
                <table>
                    <caption class="visually-hidden">{title}</caption>
                    <thead><tr><th scope="col">"Xã, thị trấn"</th>{heads}<th scope="col">"Tổng"</th></tr></thead>
                    <tbody>{table}</tbody>
                </table>
            </details>
        </section>
    }
}
