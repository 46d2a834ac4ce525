use crate::domain::query::GalleryQuery;
use leptos::prelude::*;

/// "Nhúng vào trang web": the snippet for the reader's current filters.
#[component]
pub fn EmbedDialog(query: Memo<GalleryQuery>) -> impl IntoView {
    let _ = query;
}
