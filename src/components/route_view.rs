//! [`RouteView`]: a route's view, hydrated synchronously.
//!
//! The router type-erases every route's view (`AnyView`), and an erased
//! view keeps a pointer to the *asynchronous* hydration of its whole tree
//! (for lazy routes, which this app has none of) beside the synchronous
//! one. That second copy of every page's hydration code, never run, made
//! the wasm 515 KB brotli instead of 365. Wrapped in a
//! `RouteView`, a page hydrates asynchronously the default way, by
//! hydrating synchronously, so only one copy is compiled.

use leptos::prelude::*;
use leptos::tachys::{
    html::attribute::{any_attribute::AnyAttribute, Attribute},
    hydration::Cursor,
    ssr::StreamBuilder,
    view::{add_attr::AddAnyAttr, Position, PositionState, Render, RenderHtml},
};

/// Wraps a route's view: see the module's documentation.
pub struct RouteView<V>(pub V);

impl<V: Render> Render for RouteView<V> {
    type State = V::State;

    fn build(self) -> Self::State {
        self.0.build()
    }

    fn rebuild(self, state: &mut Self::State) {
        self.0.rebuild(state)
    }
}

impl<V: AddAnyAttr> AddAnyAttr for RouteView<V> {
    type Output<SomeNewAttr: Attribute> = RouteView<V::Output<SomeNewAttr>>;

    fn add_any_attr<NewAttr: Attribute>(self, attr: NewAttr) -> Self::Output<NewAttr>
    where
        Self::Output<NewAttr>: RenderHtml,
    {
        RouteView(self.0.add_any_attr(attr))
    }
}

impl<V: RenderHtml> RenderHtml for RouteView<V> {
    type AsyncOutput = RouteView<V::AsyncOutput>;
    type Owned = RouteView<V::Owned>;

    const MIN_LENGTH: usize = V::MIN_LENGTH;
    const EXISTS: bool = V::EXISTS;

    fn dry_resolve(&mut self) {
        self.0.dry_resolve()
    }

    async fn resolve(self) -> Self::AsyncOutput {
        RouteView(self.0.resolve().await)
    }

    fn html_len(&self) -> usize {
        self.0.html_len()
    }

    fn to_html_with_buf(
        self,
        buf: &mut String,
        position: &mut Position,
        escape: bool,
        mark_branches: bool,
        extra_attrs: Vec<AnyAttribute>,
    ) {
        self.0
            .to_html_with_buf(buf, position, escape, mark_branches, extra_attrs)
    }

    fn to_html_async_with_buf<const OUT_OF_ORDER: bool>(
        self,
        buf: &mut StreamBuilder,
        position: &mut Position,
        escape: bool,
        mark_branches: bool,
        extra_attrs: Vec<AnyAttribute>,
    ) where
        Self: Sized,
    {
        self.0.to_html_async_with_buf::<OUT_OF_ORDER>(
            buf,
            position,
            escape,
            mark_branches,
            extra_attrs,
        )
    }

    fn hydrate<const FROM_SERVER: bool>(
        self,
        cursor: &Cursor,
        position: &PositionState,
    ) -> Self::State {
        self.0.hydrate::<FROM_SERVER>(cursor, position)
    }

    // `hydrate_async` is the trait's default: `hydrate`, synchronously.

    fn into_owned(self) -> Self::Owned {
        RouteView(self.0.into_owned())
    }
}

/// A route's view function, its view wrapped in a [`RouteView`].
pub fn route<V: IntoView + 'static>(
    view: impl Fn() -> V + Clone + Send + Sync + 'static,
) -> impl Fn() -> RouteView<View<V>> + Clone + Send + Sync + 'static {
    move || RouteView(view().into_view())
}
