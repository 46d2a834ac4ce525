//! The gallery's reactive state: the URL is the state. Every filter, the
//! text, the sort and the page live in the query string, so a link
//! reproduces the view and Back undoes a change.

use crate::{
    api::models::Catalog,
    domain::{
        embed::EmbedOptions,
        gallery::{Facets, Gallery},
        query::{parse_query_string, GalleryQuery},
    },
    routes::{self, Link},
    site::use_site,
};
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use std::sync::Arc;

/// Where the gallery's state lives: `/san-pham`, or the embed's URL with
/// its frame options, kept across changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    Gallery,
    Embed(EmbedOptions),
}

/// The state every part of the gallery reads: cheap to copy, provided once
/// per gallery with [`provide_gallery`] and read with [`use_gallery`].
#[derive(Clone, Copy)]
pub struct GalleryState {
    catalog: StoredValue<Arc<Catalog>>,
    index: StoredValue<Arc<Gallery>>,
    place: StoredValue<Place>,
    /// The query as the URL says it, values the catalogue lacks dropped.
    pub query: Memo<GalleryQuery>,
    /// Indices into the catalogue's items, in the chosen order.
    pub results: Memo<Vec<usize>>,
    pub facets: Memo<Facets>,
}

impl GalleryState {
    pub fn catalog(&self) -> Arc<Catalog> {
        self.catalog.get_value()
    }

    pub fn index(&self) -> Arc<Gallery> {
        self.index.get_value()
    }

    /// The place of the gallery in state `q`.
    pub fn link(&self, q: &GalleryQuery) -> Link {
        self.place.with_value(|place| match place {
            Place::Gallery => routes::gallery(q),
            Place::Embed(options) => routes::embed(q, options),
        })
    }
}

/// Builds the state from the URL, and provides it to the gallery's parts.
pub fn provide_gallery(catalog: Arc<Catalog>, place: Place) -> GalleryState {
    let index = crate::find::catalog_index(&catalog);
    let location = use_location();
    let today = use_site().today;
    let query = {
        let index = index.clone();
        Memo::new(move |_| index.known(&parse_query_string(&location.search.get())))
    };
    let results = {
        let index = index.clone();
        Memo::new(move |_| query.with(|q| index.results(q, today.get())))
    };
    let facets = {
        let index = index.clone();
        Memo::new(move |_| query.with(|q| index.facets(q, today.get())))
    };
    let state = GalleryState {
        catalog: StoredValue::new(catalog),
        index: StoredValue::new(index),
        place: StoredValue::new(place),
        query,
        results,
        facets,
    };
    provide_context(state);
    state
}

pub fn use_gallery() -> GalleryState {
    expect_context()
}

/// Shows the gallery in state `q`: a new history entry per change, without
/// scrolling the reader away from the filters.
pub fn use_show() -> impl Fn(&GalleryQuery) + Clone + Send + Sync + 'static {
    let state = use_gallery();
    let go = crate::routes::use_go();
    move |q: &GalleryQuery| go(&state.link(q), routes::Move::State)
}
