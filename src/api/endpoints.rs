//! One typed function per file of the API (`docs/api.md`). Each owns its
//! path and checks its argument, so no page writes an API path or pairs a
//! type with the wrong file, and an id that cannot exist is never asked for.

use super::models::{
    Article, Catalog, Listed, NewsIndex, NewsPage, Points, ProductDetail, Site, Stats,
};
use super::ApiError;
use crate::domain::url::is_slug;
use std::marker::PhantomData;

/// An API file and the type it decodes to. An argument that names nothing
/// (a slug outside the API's alphabet) makes an endpoint that answers "not
/// found" without a request.
pub struct Endpoint<T> {
    path: Result<String, ApiError>,
    _decodes_to: PhantomData<fn() -> T>,
}

impl<T> Endpoint<T> {
    fn at(path: String) -> Self {
        Endpoint {
            path: Ok(path),
            _decodes_to: PhantomData,
        }
    }

    fn nothing() -> Self {
        Endpoint {
            path: Err(ApiError::Status(404)),
            _decodes_to: PhantomData,
        }
    }

    /// The path relative to the API base, or why there is none.
    pub fn path(&self) -> Result<&str, ApiError> {
        self.path.as_deref().map_err(Clone::clone)
    }
}

// Written out: derived impls would ask `T` for `Clone` and `PartialEq`.
impl<T> Clone for Endpoint<T> {
    fn clone(&self) -> Self {
        Endpoint {
            path: self.path.clone(),
            _decodes_to: PhantomData,
        }
    }
}

impl<T> PartialEq for Endpoint<T> {
    fn eq(&self, other: &Self) -> bool {
        self.path == other.path
    }
}

impl<T> std::fmt::Debug for Endpoint<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Endpoint({:?})", self.path)
    }
}

/// `site.json`: the portal's identity and link block.
pub fn site() -> Endpoint<Site> {
    Endpoint::at("site.json".into())
}

/// `stats.json`: visitor statistics.
pub fn stats() -> Endpoint<Stats> {
    Endpoint::at("stats.json".into())
}

/// `news/page-{n}.json`, from page 1.
pub fn news_page(n: u32) -> Endpoint<NewsPage> {
    Endpoint::at(format!("news/page-{}.json", n.max(1)))
}

/// `news/index.json`: every article, compact, for search.
pub fn news_index() -> Endpoint<NewsIndex> {
    Endpoint::at("news/index.json".into())
}

/// `articles/{slug}.json`.
pub fn article(slug: &str) -> Endpoint<Article> {
    if is_slug(slug) {
        Endpoint::at(format!("articles/{slug}.json"))
    } else {
        Endpoint::nothing()
    }
}

/// `products.json`: the catalogue with its facets.
pub fn catalog() -> Endpoint<Catalog> {
    Endpoint::at("products.json".into())
}

/// `products/{id}.json`.
pub fn product(id: &str) -> Endpoint<ProductDetail> {
    if is_slug(id) {
        Endpoint::at(format!("products/{id}.json"))
    } else {
        Endpoint::nothing()
    }
}

/// `points.json`, optional: a 404 means the back end has no sale points.
pub fn points() -> Endpoint<Points> {
    Endpoint::at("points.json".into())
}

/// `points.json`, only how many points it lists.
pub fn points_listed() -> Endpoint<Listed> {
    Endpoint::at("points.json".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_and_arguments() {
        assert_eq!(news_page(0).path(), Ok("news/page-1.json"));
        assert_eq!(news_page(3).path(), Ok("news/page-3.json"));
        assert_eq!(
            article("gia-lam-doi-moi").path(),
            Ok("articles/gia-lam-doi-moi.json")
        );
        let long = "a".repeat(200);
        assert!(article(&long).path().is_ok(), "article slugs may be long");
        for bad in ["", "..%2fsite", "../site", "A", "a b", "a/b"] {
            assert_eq!(article(bad).path(), Err(ApiError::Status(404)), "{bad:?}");
            assert_eq!(product(bad).path(), Err(ApiError::Status(404)), "{bad:?}");
        }
        assert_eq!(product(&"a".repeat(201)).path(), Err(ApiError::Status(404)));
        assert_eq!(
            product("men-suoi-ngoc").path(),
            Ok("products/men-suoi-ngoc.json")
        );
    }
}
