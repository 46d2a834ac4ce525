//! Views shared by several pages.

pub mod article_card;
pub mod breadcrumb;
pub mod charts;
pub mod error_panel;
pub mod footer;
pub mod header;
pub mod highlighted;
pub mod image_gallery;
pub mod lead_image;
pub mod loaded;
pub mod no_such_product;
pub mod page_meta;
pub mod page_moves;
pub mod pagination;
pub mod phone;
pub mod point_card;
pub mod product_card;
pub mod qr_code;
pub mod route_view;
pub mod safe_html;
pub mod search_form;
pub mod skeleton;
pub mod stars;
pub mod suggestions;
pub mod text_box;

pub use error_panel::ErrorPanel;
pub use loaded::Loaded;
pub use loaded::LoadedPage;
pub use skeleton::{Placeholder, SkeletonLines};
