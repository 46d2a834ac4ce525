//! The prerenderer: every public page drawn natively with the app's own
//! components into static HTML that the browser app then hydrates, plus
//! share cards, `sitemap.xml`, `robots.txt`, `rss.xml`, and the catalogue
//! as open data (`du-lieu/`).
//!
//! It reads the API like the browser does (a base URL, or a folder laid out
//! like one), writes the new `dist/` aside and swaps it in only when every
//! page was drawn, so a failing API never leaves a half-written site.

mod cards;
mod discovery;
mod output;
mod render;
mod shell;

use crate::{
    api::{client::ApiSource, endpoints, models::*, remote},
    domain::{format::Date, query::GalleryQuery, url::is_slug},
    env,
    routes::{self, Link, Page},
};
use std::path::PathBuf;
use std::sync::Arc;

pub use output::Written;

/// What to draw, from where, for which site.
pub struct Options {
    pub api: ApiSource,
    pub dist: PathBuf,
    /// The portal's public address (scheme and host, and any path the base
    /// path does not cover): canonical links and share cards start with it.
    pub site_url: String,
    /// The day pages are drawn for (certificates expire by it).
    pub today: Date,
    /// Where the site is served (`/ocop`); `None`: as the last run, or `/`.
    pub base_path: Option<String>,
}

/// The items that have a page: a slug or id the app's URLs cannot carry
/// (`../x`, capitals) names no page, and never a file path.
fn with_pages<'a, T>(
    items: &'a [T],
    slug: impl Fn(&T) -> &str + 'a,
    what: &'static str,
) -> impl Iterator<Item = &'a T> + 'a {
    items.iter().filter(move |item| {
        let ok = is_slug(slug(item));
        if !ok {
            eprintln!("prerender: skipped {what} {:?}: not a slug", slug(item));
        }
        ok
    })
}

fn articles(index: &NewsIndex) -> impl Iterator<Item = &IndexEntry> {
    with_pages(&index.items, |e| &e.slug, "the article")
}

fn products(catalog: &Catalog) -> impl Iterator<Item = &ProductSummary> {
    with_pages(&catalog.items, |p| &p.id, "the product")
}

/// Draws every page and swaps the new site in.
pub fn run(options: &Options) -> Result<Written, String> {
    let shell = shell::Shell::load(&options.dist, options.base_path.as_deref())?;
    env::set_for_prerender(env::Env {
        site_url: format!(
            "{}{}",
            options.site_url.trim_end_matches('/'),
            shell.base_path
        ),
        api_base: env::api_base_for(&shell.base_path, shell.api_meta.as_deref()),
        base_path: shell.base_path.clone(),
    });
    let mut fetched = render::Fetched::default();
    let api = &options.api;
    let site: Arc<Site> = read(api, &mut fetched, endpoints::site())?;
    let first: Arc<NewsPage> = read(api, &mut fetched, endpoints::news_page(1))?;
    let index: Arc<NewsIndex> = read(api, &mut fetched, endpoints::news_index())?;
    let catalog: Arc<Catalog> = read(api, &mut fetched, endpoints::catalog())?;
    fetched.fetch(api, "points.json")?;
    let has_points = remote_has_points();

    // Every public page, with the day it last changed.
    let newest_news = first
        .items
        .first()
        .and_then(|a| discovery::day_of(&a.published_at));
    let catalog_day = catalog.updated_at.as_deref().and_then(discovery::day_of);
    let mut pages: Vec<(Link, Option<String>)> = vec![(routes::home(), newest_news.clone())];
    for n in 1..=first.total_pages.max(1) {
        pages.push((routes::news(n), newest_news.clone()));
    }
    for entry in articles(&index) {
        pages.push((
            routes::article(&entry.slug),
            discovery::day_of(&entry.published_at),
        ));
    }
    pages.push((routes::search(routes::SearchBy::Text, ""), None));
    pages.push((
        routes::gallery(&GalleryQuery::default()),
        catalog_day.clone(),
    ));
    for product in products(&catalog) {
        pages.push((
            routes::product(&product.id, &GalleryQuery::default()),
            catalog_day.clone(),
        ));
        pages.push((routes::label(&product.id), catalog_day.clone()));
    }
    if has_points {
        pages.push((routes::points(&Default::default()), None));
    }
    pages.push((routes::figures(), catalog_day.clone()));

    let mut out = output::Staging::begin(&options.dist)?;
    out.file(
        &format!("{}/{}", shell::SHELL_DIR, shell::BASE_FILE),
        shell.base_path.as_bytes(),
    )?;
    let loader_js = shell.loader_js();
    let loader_name = format!("boot-{}.js", crate::api::client::fingerprint(&loader_js));
    let loader = routes::file_href(&loader_name);
    out.file(&loader_name, loader_js.as_bytes())?;
    let drawn_for = options.today.iso();
    let open_data_version = crate::domain::open_data::version(&catalog);
    let draw = |path: &str, fetched: &mut render::Fetched| -> Result<String, String> {
        let drawn = render::draw(path, options.today, api, fetched)?;
        let (route, query) = path.split_once('?').unwrap_or((path, ""));
        let page = Page::at(route, query);
        Ok(shell.page(&shell::PageHtml {
            drawn: &drawn,
            drawn_at: routes::drawn_at_for(&page, &format!("{}{route}", shell.base_path), query),
            drawn_for: drawn_for.clone(),
            loader: loader.clone(),
            noscript: shell::noscript_note(&page),
            open_data: open_data_version.clone(),
        }))
    };
    // A page of one record (an article, a product, a news page past the
    // first) that the API cannot give is skipped, not the whole run: one
    // broken record must not keep the district's news from going out.
    // The pages every reader passes through must all be drawn.
    let mut skipped: Vec<(String, String)> = Vec::new();
    for (link, _) in &pages {
        match draw(link.path(), &mut fetched) {
            Ok(html) => out.page(link.path(), html.as_bytes())?,
            Err(why) if stands_alone(&link.page()) => {
                eprintln!("prerender: skipped {}: {why}", link.path());
                skipped.push((link.path().to_owned(), why));
            }
            Err(why) => return Err(why),
        }
    }
    let pages: Vec<(Link, Option<String>)> = pages
        .into_iter()
        .filter(|(link, _)| !skipped.iter().any(|(path, _)| path == link.path()))
        .collect();
    // For hosts that serve a fixed page for unknown paths (GitHub Pages).
    let not_found = draw("/404", &mut fetched)?;
    out.file("404.html", not_found.as_bytes())?;

    // Labels are for printing, not for searchers.
    let listed: Vec<(Link, Option<String>)> = pages
        .iter()
        .filter(|(link, _)| !matches!(link.page(), Page::Label { .. }))
        .cloned()
        .collect();
    out.file("sitemap.xml", discovery::sitemap(&listed).as_bytes())?;
    out.file("robots.txt", discovery::robots().as_bytes())?;
    let mut latest: Vec<ArticleSummary> = first.items.clone();
    let mut n = 2;
    while latest.len() < discovery::FEED_ITEMS && n <= first.total_pages {
        // A missing news page ends the feed early rather than the run.
        match read::<NewsPage>(api, &mut fetched, endpoints::news_page(n)) {
            Ok(page) => latest.extend(page.items.iter().cloned()),
            Err(why) => {
                eprintln!("prerender: the feed stops before news page {n}: {why}");
                break;
            }
        }
        n += 1;
    }
    let description = format!(
        "Tin tức Chương trình Mỗi xã một sản phẩm (OCOP){}",
        site.locality
            .as_deref()
            .map(|l| format!(" {l}"))
            .unwrap_or_default()
    );
    out.file(
        routes::FEED,
        discovery::feed(&site.name, &description, &latest).as_bytes(),
    )?;

    write_open_data(&mut out, api, &mut fetched, &site, &catalog)?;
    write_cards(&mut out, api, &site, &index, &catalog)?;
    let mut written = out.finish()?;
    written.skipped = skipped;
    Ok(written)
}

/// The catalogue as CSV and JSON (`domain::open_data`), with each
/// product's decision number from its detail file (already read for its
/// page; a product without one leaves the cell empty).
fn write_open_data(
    out: &mut output::Staging,
    api: &ApiSource,
    fetched: &mut render::Fetched,
    site: &Site,
    catalog: &Catalog,
) -> Result<(), String> {
    use crate::domain::open_data;
    let mut decisions = std::collections::HashMap::new();
    for p in &catalog.items {
        let decision = read::<ProductDetail>(api, fetched, endpoints::product(&p.id))
            .ok()
            .and_then(|detail| detail.certificate.as_ref()?.decision.clone());
        decisions.insert(p.id.clone(), decision);
    }
    let rows = open_data::rows(
        catalog,
        |id| decisions.get(id).cloned().flatten(),
        |id| routes::product(id, &GalleryQuery::default()).absolute(),
    );
    out.file(routes::OPEN_DATA_CSV, open_data::csv(&rows).as_bytes())?;
    let json = open_data::json(
        &rows,
        &site.name,
        &routes::figures().absolute(),
        catalog.updated_at.as_deref(),
    );
    out.file(routes::OPEN_DATA_JSON, json.as_bytes())
}

/// Pages of one record each, which a run may skip when the API cannot give
/// that record; the others (home, the first news page, search, the
/// gallery, sale points) draw from files every page needs.
fn stands_alone(page: &Page) -> bool {
    match page {
        Page::Article { .. } | Page::Product { .. } | Page::Label { .. } => true,
        Page::News { page } => *page > 1,
        _ => false,
    }
}

/// Reads and decodes one API file through the response store (so pages
/// drawn later find it there).
fn read<T: serde::de::DeserializeOwned + Send + Sync + 'static>(
    api: &ApiSource,
    fetched: &mut render::Fetched,
    endpoint: endpoints::Endpoint<T>,
) -> Result<Arc<T>, String> {
    let path = endpoint.path().map_err(|e| e.to_string())?.to_owned();
    fetched.fetch(api, &path)?;
    let owner = leptos::prelude::Owner::new();
    owner.with(|| {
        let remote = remote::Remote::new(move || endpoint.clone());
        match remote.get() {
            Some(Ok(value)) => Ok(value),
            Some(Err(e)) => Err(format!("{path}: {} ({e})", e.title())),
            None => Err(format!("{path}: not read")),
        }
    })
}

fn remote_has_points() -> bool {
    let owner = leptos::prelude::Owner::new();
    owner.with(|| {
        remote::Remote::new(endpoints::points)
            .data()
            .is_some_and(|p| !p.items.is_empty())
    })
}

/// The site card, and a card for every article and product with a picture.
fn write_cards(
    out: &mut output::Staging,
    api: &ApiSource,
    site: &Site,
    index: &NewsIndex,
    catalog: &Catalog,
) -> Result<(), String> {
    let painter = cards::Painter::new();
    if !painter.has_fonts() {
        eprintln!("prerender: no fonts found; the site card will have no text (install fonts-dejavu-core)");
    }
    out.file(routes::SITE_CARD, &painter.site(&site.name, &site.tagline)?)?;
    let mut jobs: Vec<(String, String)> = Vec::new();
    let owner = leptos::prelude::Owner::new();
    owner.with(|| {
        for entry in articles(index) {
            let article = remote::Remote::new({
                let slug = entry.slug.clone();
                move || endpoints::article(&slug)
            });
            if let Some(image) = article.data().and_then(|a| a.summary.thumbnail.clone()) {
                let card = routes::share_card(
                    &Page::Article {
                        slug: entry.slug.clone(),
                    },
                    true,
                );
                jobs.push((card, image.src));
            }
        }
    });
    for product in products(catalog) {
        if let Some(image) = &product.image {
            let card = routes::share_card(
                &Page::Product {
                    id: product.id.clone(),
                },
                true,
            );
            jobs.push((card, image.src.clone()));
        }
    }
    for (card, src) in jobs {
        let png = picture_bytes(api, &src)
            .and_then(|bytes| painter.picture(&bytes))
            .or_else(|e| {
                eprintln!("prerender: {src}: {e}; {card} shows the site card instead");
                painter.site(&site.name, &site.tagline)
            })?;
        out.file(&card, &png)?;
    }
    Ok(())
}

/// A picture's bytes: a relative `src` from the API, an absolute one over
/// HTTP.
fn picture_bytes(api: &ApiSource, src: &str) -> Result<Vec<u8>, String> {
    let read = match crate::domain::url::scheme_of(src).as_deref() {
        Some("http" | "https") => {
            crate::api::client::read_bytes(&ApiSource::Http(String::new()), src)
        }
        Some(other) => return Err(format!("a {other}: picture is not drawn")),
        None => crate::api::client::read_bytes(api, src),
    };
    read.map_err(|e| e.to_string())
}
