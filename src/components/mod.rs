//! Views shared by several pages.

pub mod article_card;
pub mod breadcrumb;
pub mod embed_dialog;
pub mod error_panel;
pub mod footer;
pub mod header;
pub mod loaded;
pub mod pagination;
pub mod product_card;
pub mod safe_html;
pub mod skeleton;
pub mod stars;

pub use error_panel::ErrorPanel;
pub use loaded::Loaded;
pub use skeleton::SkeletonLines;
