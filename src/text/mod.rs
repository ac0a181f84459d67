//! Text shared by every stage: reading a source file as UTF-8 with a position for the first bad
//! byte, 1-based line:column of a byte offset, the one list of invisible characters, and HTML
//! escaping.
//!
//! It sits below the pipeline (as `config` and `error` do): any stage may use it, it uses
//! none of them, so a rule about text is written once and every stage applies the same one.

pub mod cue_words;
pub mod did_you_mean;
pub mod escape;
pub mod invisible;
pub mod locate;
pub mod match_words;
pub mod named_after;
pub mod normalize;
pub mod source;

pub use escape::escape_html;
pub use invisible::is_invisible;
pub use source::{LineIndex, line_col, read_utf8, without_bom};
