//! The door to the network: the models of the JSON contract, one function
//! per API file, the request, and (for the views) the reactive loader.

pub mod client;
pub mod endpoints;
pub mod error;
pub mod lenient;
pub mod models;
#[cfg(feature = "ui")]
pub mod remote;

pub use error::ApiError;
