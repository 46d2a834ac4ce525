//! Views shared by several pages.

pub mod error_panel;
pub mod footer;
pub mod header;
pub mod loaded;
pub mod skeleton;

pub use error_panel::ErrorPanel;
pub use loaded::Loaded;
pub use skeleton::SkeletonLines;
