//! The door to the network: models of the JSON contract, where the API is,
//! and the one request function.

pub mod client;
pub mod config;
pub mod error;
pub mod lenient;
pub mod models;

pub use error::ApiError;
