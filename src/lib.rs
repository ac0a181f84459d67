//! Sahifa: a static site generator for Arabic news.
pub mod import;
