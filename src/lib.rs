//! Sahifa: a static site generator for Arabic news.
//!
//! The build is a one-way pipeline, one module per stage:
//! [`load`] → [`analyse`] → [`link`] → [`render`] → [`write`].

pub mod analyse;
pub mod config;
pub mod error;
pub mod import;
pub mod load;

pub use config::Config;
pub use error::{Diagnostic, Error, Result};
