//! html5ever as the sanitiser's parser in native tests: the app's own
//! native adapter (`domain::sanitize::native_tree`), which parses exactly
//! as a browser does, so the walk sees the tree the app would see.
#![allow(dead_code, unused_imports)]

pub use ocop_portal::domain::sanitize::native_tree::{clean as clean_nodes, parse, Node};
