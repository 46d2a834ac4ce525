//! What every page shares: the site's identity (`site.json`), the visitor
//! statistics (`stats.json`), the sale points (`points.json`) and the day
//! the page is shown for. Provided
//! once by the app, read anywhere with [`use_site`].

use crate::api::{
    endpoints,
    models::{Listed, Site, Stats},
    remote::Remote,
};
use crate::domain::format::Date;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct SiteContext {
    pub site: Remote<Site>,
    pub stats: Remote<Stats>,
    /// Whether the back end lists sale points; a 404 means it has none,
    /// and then no block or link to them shows anywhere.
    pub sale_points: Remote<Listed>,
    /// Certificates expire and sale points open by this date. A hydrated
    /// page starts from the day it was prerendered for (so it matches the
    /// HTML), then moves to the reader's today.
    pub today: RwSignal<Date>,
}

impl SiteContext {
    /// The place the portal serves, as a sentence names it ("huyện Gia
    /// Lâm"), once `site.json` has it.
    pub fn locality(&self) -> Option<String> {
        self.site
            .data()
            .and_then(|site| site.locality.clone())
            .filter(|l| !l.trim().is_empty())
    }

    /// Whether the back end lists sale points (false until it answers).
    pub fn has_points(&self) -> bool {
        self.sale_points
            .data()
            .is_some_and(|listed| listed.items > 0)
    }

    /// The site's name, once known.
    pub fn name(&self) -> Option<String> {
        self.site.data().map(|site| site.name.clone())
    }
}

/// Loads `site.json` and `stats.json` for the whole visit.
pub fn provide_site_context(drawn_for: Date) {
    provide_context(SiteContext {
        site: Remote::new(endpoints::site),
        stats: Remote::new(endpoints::stats),
        sale_points: Remote::new(endpoints::points_listed),
        today: RwSignal::new(drawn_for),
    });
}

pub fn use_site() -> SiteContext {
    expect_context()
}
