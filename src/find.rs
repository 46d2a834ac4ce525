//! The portal's search as views use it: the catalogue's and the news
//! index's search indexes, each built once per load and shared (the
//! gallery, the embed and product pages, `/tim-kiem` and the header's
//! suggestions), and what a text finds across both.

use crate::api::models::{Catalog, NewsIndex};
use crate::domain::gallery::Gallery;
use crate::domain::search::NewsSearch;
use crate::domain::text_search::{Found, Marks};
use std::{
    any::Any,
    cell::RefCell,
    sync::{Arc, Weak},
};

type Shared = Arc<dyn Any + Send + Sync>;

thread_local! {
    /// What was built, beside a weak reference to what it was built from.
    static BUILT: RefCell<Vec<(Weak<dyn Any + Send + Sync>, Shared)>> = const { RefCell::new(Vec::new()) };
}

/// `build(source)`, built once while `source` is the loaded file: a
/// second page (the gallery, then a product, then the header's box) reuses
/// it. Indexing 10,000 products takes a good part of a second in the
/// browser.
fn built_once<S, T>(source: &Arc<S>, build: impl FnOnce(&S) -> T) -> Arc<T>
where
    S: Any + Send + Sync,
    T: Any + Send + Sync,
{
    BUILT.with(|built| {
        let mut built = built.borrow_mut();
        built.retain(|(of, _)| of.strong_count() > 0);
        let same =
            |of: &Weak<dyn Any + Send + Sync>| std::ptr::addr_eq(of.as_ptr(), Arc::as_ptr(source));
        if let Some(found) = built
            .iter()
            .filter(|(of, _)| same(of))
            .find_map(|(_, value)| value.clone().downcast::<T>().ok())
        {
            return found;
        }
        let value = Arc::new(build(source));
        let of: Arc<dyn Any + Send + Sync> = source.clone();
        built.push((Arc::downgrade(&of), value.clone()));
        value
    })
}

/// The catalogue's gallery index (filters, orders, text).
pub fn catalog_index(catalog: &Arc<Catalog>) -> Arc<Gallery> {
    built_once(catalog, Gallery::new)
}

/// The news index's search.
pub fn news_search(index: &Arc<NewsIndex>) -> Arc<NewsSearch> {
    built_once(index, NewsSearch::new)
}

/// What a text finds across the portal, each kind best first: indices into
/// `catalog.items` and into `news.items`.
#[derive(Clone, Debug, Default)]
pub struct Across {
    pub products: Vec<usize>,
    pub articles: Vec<usize>,
    /// Whether products come first: some product has the text in its name
    /// and scores at least as well as the best article.
    pub products_first: bool,
    pub marks: Marks,
}

/// Searches both indexes (either may be missing: not loaded, or failed).
pub fn across(text: &str, products: Option<&Gallery>, news: Option<&NewsSearch>) -> Across {
    let found_products = products.map(|g| g.text().find(text)).unwrap_or_default();
    let found_articles = news.map(|n| n.find(text)).unwrap_or_default();
    let best = |f: &Found| f.hits.first().map(|h| (h.score, h.in_name));
    let products_first = match (best(&found_products), best(&found_articles)) {
        (Some((p, in_name)), Some((a, _))) => in_name && p >= a,
        (Some(_), None) => true,
        _ => false,
    };
    let mut marks = found_products.marks.clone();
    marks.merge(found_articles.marks.clone());
    Across {
        products: found_products.hits.iter().map(|h| h.record).collect(),
        articles: found_articles
            .hits
            .iter()
            .filter_map(|h| news.and_then(|n| n.entry(h.record)))
            .collect(),
        products_first,
        marks,
    }
}

/// A nearby text that finds something (products first), for a text that
/// finds nothing. Only a results page asks: it tries many spellings, too
/// slow to run on every keystroke of the header's box.
pub fn did_you_mean(
    text: &str,
    products: Option<&Gallery>,
    news: Option<&NewsSearch>,
) -> Option<String> {
    products
        .and_then(|g| g.text().did_you_mean(text))
        .or_else(|| news.and_then(|n| n.text().did_you_mean(text)))
}
