//! Import raw scraped article text into a Sahifa article (YAML front matter + Markdown body).
//!
//! Scraped news text arrives as one paragraph a line, with no front matter and with scraper
//! noise mixed in (video time codes, stray markers, photo captions). The importer keeps every
//! word the reader must see exactly as written, removes only what is clearly noise, and reports
//! each decision with its input line so an editor can check it instead of re-reading the file.
//!
//! [`import_text`] is pure; [`import_file`] and [`import_paths`] add the file handling (UTF-8
//! check, no silent overwrite, atomic write).

use std::fmt;
use std::io;
use std::path::PathBuf;

use serde::Serialize;

mod archive;
mod atomic;
mod bundle;
mod escape;
mod files;
mod noise;
mod place;
mod posts;
mod punctuation;
#[cfg(test)]
mod tests;
mod title;
mod words;

pub use escape::escape_paragraph;
pub use files::{article_file_name, import_file, import_paths};

use escape::{escape_heading, escape_inline};
use noise::{is_digit, is_photo_caption, noise_reason};
use punctuation::attach_punctuation;
#[cfg(test)]
use title::{derive_title, is_headline};
use title::{is_heading, take_title};
use words::{arabic_letter_count, repair_broken_words};

/// A first line this short that ends with `:` names the source (`موقع مصرنا الإخباري:`).
const SOURCE_MAX_WORDS: usize = 6;
/// Opening quotes: a short line starting with one is a quotation, not a heading.
const OPENING_QUOTES: &[char] = &['“', '«', '"', '\'', '‘', '„'];

/// What the importer needs beyond the text. The date is not in the scraped text, so the
/// editor supplies it; `force` is the only way an existing article gets replaced, whether it
/// has the new file's name or is an earlier import of the same text under another name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportOptions {
    /// Publication date, `YYYY-MM-DD` or an RFC 3339 date-time; checked by
    /// [`ImportOptions::validate`].
    pub date: Option<String>,
    /// Overwrite an existing article file, and replace an earlier import of the same text
    /// written under another name (undated, or with another date).
    pub force: bool,
}

impl ImportOptions {
    /// Checks the date up front, so a typo stops the run before anything is written.
    pub fn validate(&self) -> Result<(), ImportError> {
        match &self.date {
            Some(date) => validate_date(date),
            None => Ok(()),
        }
    }
}

/// Where the title came from, so tools can ask the editor to revise derived ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitleSource {
    /// The first line read as a headline and was taken as is.
    Headline,
    /// No headline: cut from the first sentence; the editor should revise it.
    Derived,
    /// A post of another generator: its front matter's `title`.
    FrontMatter,
}

/// The result of importing one text: front matter fields, Markdown body and the decisions made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedArticle {
    pub title: String,
    pub title_source: TitleSource,
    /// From a leading source line such as `موقع مصرنا الإخباري:` (without the colon).
    pub source: Option<String>,
    pub date: Option<String>,
    /// Markdown; paragraphs separated by one blank line, text escaped to render literally.
    pub body: String,
    /// Every decision worth reporting, in input line order.
    pub notes: Vec<ImportNote>,
    /// Further front-matter keys, written after `title`, `date` and `source` (a post's
    /// `updated`, `tags`, `author`, `aliases` …; see [`posts`]).
    pub front: serde_yaml::Mapping,
    /// The name the file keeps instead of one made from the date and title: a post's own.
    pub file_stem: Option<String>,
    /// A page of the site (`about.md`, Jekyll's `layout: page`), not an article: written to
    /// `content/pages/` beside the articles' folder, with a page's keys only.
    pub page: bool,
}

/// One decision the importer made, tied to its 1-based input line for the editor to check
/// (0 for a decision about the whole file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportNote {
    pub line: usize,
    pub kind: NoteKind,
    pub text: String,
}

/// The kinds of decision an import can make.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoteKind {
    /// The first line was taken as the title.
    Headline,
    /// A leading source line went to the front matter.
    Source,
    /// A short middle line became a `##` sub-heading.
    Heading,
    /// A noise line was removed.
    Dropped { reason: String },
    /// A word broken by a stray space was repaired.
    Joined,
    /// The title was cut from the first sentence.
    DerivedTitle,
    /// Spaces before Arabic punctuation were removed (`البلاد .` → `البلاد.`).
    Punctuation,
    /// A photo caption was kept, as an emphasised line of its own.
    Caption,
    /// A post's front-matter key was kept under another name.
    Kept,
    /// A post's line holds another generator's shortcode, left as text.
    Shortcode,
    /// An old address of a post kept as an alias: Sahifa publishes a redirect page there.
    Address,
}

impl fmt::Display for NoteKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NoteKind::Headline => f.write_str("headline"),
            NoteKind::Source => f.write_str("source"),
            NoteKind::Heading => f.write_str("heading"),
            NoteKind::Dropped { reason } => write!(f, "dropped ({reason})"),
            NoteKind::Joined => f.write_str("joined"),
            NoteKind::DerivedTitle => f.write_str("derived title"),
            NoteKind::Caption => f.write_str("photo caption kept"),
            NoteKind::Kept => f.write_str("kept"),
            NoteKind::Shortcode => f.write_str("shortcode left as text; replace it"),
            NoteKind::Punctuation => f.write_str("punctuation"),
            NoteKind::Address => f.write_str("old address kept (redirect)"),
        }
    }
}

impl fmt::Display for ImportNote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Line 0: a decision about the whole file (its folder, its default address).
        match self.line {
            0 => write!(f, "{}: {}", self.kind, self.text),
            line => write!(f, "line {line}: {}: {}", self.kind, self.text),
        }
    }
}

/// One imported file: where it came from, where it went, and what was decided.
#[derive(Debug, Clone)]
pub struct ImportReport {
    pub source: PathBuf,
    pub written: PathBuf,
    pub article: ImportedArticle,
    /// Articles of an earlier import of the same text under another name (undated, or of
    /// another date) that `--force` replaced: removed once the new file was in place.
    pub replaced: Vec<PathBuf>,
    /// The pictures of a page bundle copied beside the article (see [`bundle`]).
    pub pictures: Vec<PathBuf>,
    /// The bundle's files that are neither pictures nor posts, not copied: said, not dropped.
    pub left_behind: Vec<PathBuf>,
}

/// A file of an archive that is not imported, and why (a section's list page, the old
/// site's home page): said, not skipped silently.
#[derive(Debug, Clone)]
pub struct Skipped {
    pub source: PathBuf,
    pub reason: String,
}

/// What `sahifa import` did: the files written, the files left out on purpose, the errors.
#[derive(Debug, Default)]
pub struct ImportRun {
    pub reports: Vec<ImportReport>,
    pub skipped: Vec<Skipped>,
    pub errors: Vec<ImportError>,
}

/// Why a file could not be imported. Every message names the file and says what to do.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error(
        "{}:{line}: not valid UTF-8 (first bad byte at byte offset {offset}); \
         convert the file to UTF-8 first, e.g. `iconv -f WINDOWS-1256 -t UTF-8`",
        path.display()
    )]
    NotUtf8 {
        path: PathBuf,
        offset: usize,
        line: usize,
    },
    #[error("{} already exists; pass --force to overwrite it", path.display())]
    Exists { path: PathBuf },
    #[error(
        "{} already exists and is not the bundle's picture; the import never replaces a \
         picture: move it away first",
        path.display()
    )]
    PictureExists { path: PathBuf },
    #[error(
        "{} was already imported as {}; pass --force to replace that article with this one \
         ({})",
        path.display(), existing.display(), written.display()
    )]
    AlreadyImported {
        path: PathBuf,
        existing: PathBuf,
        written: PathBuf,
    },
    #[error(
        "invalid date {value:?}: {reason}; write YYYY-MM-DD (2022-01-19) or an RFC 3339 \
         date-time (2022-01-19T10:00:00+03:00)"
    )]
    InvalidDate { value: String, reason: String },
    #[error(
        "{}:{line}: the front matter cannot be read: {message}; fix it, or remove it to import \
         the file as plain text",
        path.display()
    )]
    BadFrontMatter {
        path: PathBuf,
        line: usize,
        message: String,
    },
    #[error(
        "{}: a web page (HTML), not text: nothing written; save the article's text as a .txt \
         file, or export the site's posts as Markdown (WordPress, for one, has exporters to \
         Markdown with front matter, which `sahifa import` reads)",
        path.display()
    )]
    Html { path: PathBuf },
    #[error(
        "{}: no article text found (the file is empty or holds only noise); nothing written",
        path.display()
    )]
    Empty { path: PathBuf },
    #[error(
        "{}: not a regular file (a device, pipe or socket); pass a text file or a folder of \
         .txt files",
        path.display()
    )]
    NotAFile { path: PathBuf },
    #[error(
        "{}: {bytes} bytes, more than the {} MB one source may have; split it into one text \
         file per article",
        path.display(), files::MAX_SOURCE_BYTES >> 20
    )]
    TooLarge { path: PathBuf, bytes: u64 },
    #[error("{}: not imported: {reason}", path.display())]
    NotImported { path: PathBuf, reason: String },
    #[error(
        "{} would be written to {}, which {} was already imported to in this run; \
         rename one of the two source files",
        path.display(), written.display(), other.display()
    )]
    SameOutput {
        path: PathBuf,
        other: PathBuf,
        written: PathBuf,
    },
}

/// Checks a date with the site's own parser ([`crate::load::Date::parse`]), so the importer
/// never writes a date that the build would then refuse (or accept one the build refuses).
pub fn validate_date(value: &str) -> Result<(), ImportError> {
    match crate::load::Date::parse(value) {
        Ok(_) => Ok(()),
        Err(e) => Err(ImportError::InvalidDate {
            value: value.to_string(),
            reason: e.message,
        }),
    }
}

/// A kept input line: its 1-based number and its text (trimmed, broken words repaired).
#[derive(Debug, Clone)]
struct Line {
    no: usize,
    text: String,
    /// A photo caption (`… (أ ف ب)`): kept, set apart as an emphasised line, never a title,
    /// source or heading. Its names are the article's too (issue 13: captions were dropped and
    /// their mentions lost).
    caption: bool,
}

/// Imports raw scraped text. Pure and total: any input gives an article (possibly with an
/// empty body), never a panic. A date that fails [`validate_date`] is left out.
pub fn import_text(raw: &str, opts: &ImportOptions) -> ImportedArticle {
    let mut notes = Vec::new();
    let lines = content_lines(raw, &mut notes);
    let (source, rest) = take_source(&lines, &mut notes);
    let (title, title_source, body_lines) = take_title(rest, &mut notes);
    let body = render_body(&body_lines, &mut notes);
    notes.sort_by_key(|n| n.line);
    ImportedArticle {
        title,
        title_source,
        source,
        date: opts.date.clone().filter(|d| validate_date(d).is_ok()),
        body,
        notes,
        front: serde_yaml::Mapping::new(),
        file_stem: None,
        page: false,
    }
}

/// Splits into trimmed, non-empty lines; drops noise and repairs broken words, with notes.
fn content_lines(raw: &str, notes: &mut Vec<ImportNote>) -> Vec<Line> {
    let text = raw.strip_prefix('\u{feff}').unwrap_or(raw);
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut kept = Vec::new();
    // Marks moved, lines touched, first line touched.
    let mut spacing: (usize, usize, Option<usize>) = (0, 0, None);
    for (index, line) in text.split('\n').enumerate() {
        let no = index + 1;
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if is_photo_caption(line) {
            notes.push(note(no, NoteKind::Caption, line));
            kept.push(Line {
                no,
                text: line.to_string(),
                caption: true,
            });
            continue;
        }
        if let Some(reason) = noise_reason(line) {
            let kind = NoteKind::Dropped {
                reason: reason.into(),
            };
            notes.push(note(no, kind, line));
            continue;
        }
        let (text, fixes) = repair_broken_words(line);
        for fix in fixes {
            notes.push(note(no, NoteKind::Joined, &fix));
        }
        let (text, moved) = attach_punctuation(&text);
        if moved > 0 {
            spacing.0 += moved;
            spacing.1 += 1;
            spacing.2.get_or_insert(no);
        }
        kept.push(Line {
            no,
            text,
            caption: false,
        });
    }
    if let (marks, lines, Some(first)) = spacing {
        notes.push(note(
            first,
            NoteKind::Punctuation,
            &spacing_note(marks, lines),
        ));
    }
    kept
}

/// One note for the whole text: the fix is the same on every line and needs no review.
fn spacing_note(marks: usize, lines: usize) -> String {
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    format!(
        "space removed before {} on {} (from this line on)",
        plural(marks, "punctuation mark", "punctuation marks"),
        plural(lines, "line", "lines")
    )
}

fn note(line: usize, kind: NoteKind, text: &str) -> ImportNote {
    ImportNote {
        line,
        kind,
        text: text.to_string(),
    }
}

/// Takes a leading source line (`موقع مصرنا الإخباري:`) if the first line is one.
fn take_source<'a>(lines: &'a [Line], notes: &mut Vec<ImportNote>) -> (Option<String>, &'a [Line]) {
    let Some((first, rest)) = lines.split_first() else {
        return (None, lines);
    };
    let Some(name) = first.text.strip_suffix(':').map(str::trim_end) else {
        return (None, lines);
    };
    // A lead-in to a quotation (`وقال:` followed by `“...”`) is text, not a source.
    let introduces_quote = rest
        .first()
        .is_some_and(|l| l.text.starts_with(OPENING_QUOTES));
    let is_source = first.text.split_whitespace().count() <= SOURCE_MAX_WORDS
        && arabic_letter_count(name) > 0
        && !introduces_quote;
    if !is_source {
        return (None, lines);
    }
    notes.push(note(first.no, NoteKind::Source, &first.text));
    (Some(name.to_string()), rest)
}

/// Builds the Markdown body: headings for short middle lines, escaped paragraphs otherwise.
fn render_body(lines: &[Line], notes: &mut Vec<ImportNote>) -> String {
    let last = lines.len().saturating_sub(1);
    let blocks: Vec<String> = lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            if line.caption {
                format!("*{}*", escape_inline(&line.text))
            } else if i > 0 && i < last && is_heading(&line.text) {
                notes.push(note(line.no, NoteKind::Heading, &line.text));
                format!("## {}", escape_heading(&line.text))
            } else {
                escape_paragraph(&line.text)
            }
        })
        .collect();
    blocks.join("\n\n")
}

/// Front matter fields in the order the site expects; absent ones are left out.
#[derive(Serialize)]
struct FrontMatter<'a> {
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'a str>,
    #[serde(flatten)]
    front: &'a serde_yaml::Mapping,
}

/// Renders the article file: `---\n<yaml>---\n\n<body>\n`.
pub fn to_article_file(a: &ImportedArticle) -> String {
    let front = FrontMatter {
        title: &a.title,
        date: a.date.as_deref(),
        source: a.source.as_deref(),
        front: &a.front,
    };
    let yaml = serde_yaml::to_string(&front).unwrap_or_else(|_| fallback_yaml(&front));
    format!("---\n{yaml}---\n\n{}\n", a.body)
}

/// Double-quoted YAML by hand; only used if serde_yaml ever fails on plain strings.
fn fallback_yaml(front: &FrontMatter<'_>) -> String {
    let quote = |s: &str| {
        let mut q = String::from("\"");
        for c in s.chars() {
            match c {
                '"' | '\\' => q.extend(['\\', c]),
                c if c.is_control() => q.push_str(&format!("\\x{:02x}", u32::from(c))),
                c => q.push(c),
            }
        }
        q + "\""
    };
    [("title", Some(front.title)), ("date", front.date)]
        .into_iter()
        .chain([("source", front.source)])
        .filter_map(|(key, value)| Some(format!("{key}: {}\n", quote(value?))))
        .collect()
}
